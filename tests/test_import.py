import codecs
from datetime import date

from editor_app.core.importing.importer import import_files


def test_samples_import(store, sample_files):
    report = import_files(store, sample_files)
    assert not report.failed and len(report.imported) == 6
    main = store.get_by_slug("ngoai-giao-cong-chung-trong-ky-nguyen-so")
    assert main.section == "Truyền thông" and main.published_on == date(2023, 12, 17)
    assert main.source.startswith("Bài đăng trên Báo điện tử")
    assert len(main.keywords) == 4
    views = store.related_articles(main)
    assert len(views) == 5 and all(v.exists for v in views)
    assert [v.slug for v in views][0] == "quan-tri-truyen-thong-thuong-hieu-startup-thiet-ke-website"
    bare = store.get_by_slug("phat-trien-noi-dung-so-cua-co-quan-bao-chi")
    assert bare.summary == ""


def test_encodings_and_line_endings(store, tmp_path):
    text = "---\ntitle: Đổi mới\nslug: doi-moi\n---\n\nDòng một\n\nDòng hai\n"
    (tmp_path / "bom.md").write_bytes(codecs.BOM_UTF8 + text.replace("\n", "\r\n").encode())
    (tmp_path / "plain.txt").write_bytes("Tiêu đề văn bản\r\nThân bài\r\n".encode())
    report = import_files(store, [tmp_path / "bom.md", tmp_path / "plain.txt"])
    assert not report.failed
    a = store.get_by_slug("doi-moi")
    assert a.title == "Đổi mới" and a.body == "Dòng một\n\nDòng hai\n"
    b = store.get_by_slug("tieu-de-van-ban")
    assert b.body == "Thân bài\n"


def test_bad_files_reported_others_imported(store, tmp_path):
    good = tmp_path / "good.md"
    good.write_text("---\ntitle: Tốt\n---\nNội dung\n", encoding="utf-8")
    (tmp_path / "empty.md").write_bytes(b"")
    (tmp_path / "blank.md").write_bytes(b"  \n\n")
    (tmp_path / "binary.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (tmp_path / "latin1.md").write_bytes("---\ntitle: caf\xe9\n---\n".encode("latin-1"))
    (tmp_path / "badyaml.md").write_text("---\ntitle: [unclosed\n---\nx\n", encoding="utf-8")
    (tmp_path / "open.md").write_text("---\ntitle: x\nbody never closed\n", encoding="utf-8")
    (tmp_path / "status.md").write_text("---\ntitle: x\nstatus: lost\n---\n", encoding="utf-8")
    (tmp_path / "doc.docx").write_bytes(b"PK")
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4")
    names = ["empty.md", "blank.md", "binary.md", "latin1.md", "badyaml.md", "open.md", "status.md",
             "doc.docx", "scan.pdf", "missing.md", "good.md"]
    report = import_files(store, [tmp_path / n for n in names])
    assert [p.name for p, _ in report.imported] == ["good.md"]
    reasons = {p.name: r for p, r in report.failed}
    assert set(reasons) == set(names) - {"good.md"}
    assert "empty" in reasons["empty.md"] and "empty" in reasons["blank.md"]
    assert "binary" in reasons["binary.md"]
    assert "UTF-8" in reasons["latin1.md"] and "0xe9" in reasons["latin1.md"]
    assert "YAML" in reasons["badyaml.md"]
    assert "never closed" in reasons["open.md"]
    assert "unknown status" in reasons["status.md"]
    assert "damaged" in reasons["doc.docx"]   # a Word file cut short
    assert "unsupported" in reasons["scan.pdf"] and ".docx" in reasons["scan.pdf"]
    assert "no such file" in reasons["missing.md"]
    assert store.count() == 1


def test_slug_suffix_or_update(store, tmp_path):
    f = tmp_path / "a.md"
    f.write_text("---\ntitle: Bài\nslug: bai\n---\nv1\n", encoding="utf-8")
    import_files(store, [f])
    import_files(store, [f])
    assert sorted(store.rows(store.list_ids())[i].slug for i in store.list_ids()) == ["bai", "bai-2"]
    f.write_text("---\ntitle: Bài mới\nslug: bai\n---\nv2\n", encoding="utf-8")
    report = import_files(store, [f], update=True)
    art = store.get_by_slug("bai")
    assert report.imported[0][1].id == art.id and art.body == "v2\n" and art.title == "Bài mới"
    assert any("imported from a.md" in r.reason for r in store.revisions(art.id))
    assert store.count() == 2


def test_authors_and_keywords_forms(store, tmp_path):
    f = tmp_path / "full.md"
    f.write_text(
        "---\ntitle: Đủ\nkeywords: một, hai\nauthors:\n  - name: Lê C\n    affiliation: Viện\n"
        "    orcid: 0000-0002-1825-0097\n  - Phạm D\ndate: 17/12/2023\nstatus: in review\n---\nx\n",
        encoding="utf-8")
    report = import_files(store, [f])
    assert not report.failed
    art = store.get_article(report.imported[0][1].id)
    assert art.keywords == ["một", "hai"] and [a.name for a in art.authors] == ["Lê C", "Phạm D"]
    assert art.authors[0].affiliation == "Viện" and art.published_on == date(2023, 12, 17)
    assert art.status == "in_review"


def test_large_import_runs_in_parallel_with_same_result(store, tmp_path, monkeypatch):
    from editor_app.core.importing import importer

    monkeypatch.setattr(importer, "PARALLEL_FROM", 10)
    monkeypatch.setattr(importer, "BATCH", 7)
    monkeypatch.setattr(importer, "FIRST_BATCH", 3)
    files = []
    for i in range(30):
        f = tmp_path / f"a{i:02d}.md"
        title = "Trùng tên" if i % 10 == 0 else f"Bài số {i}"
        f.write_text(f"---\ntitle: {title}\nkeywords: [một, hai]\nauthors: [Lê A]\n---\nThân bài {i}\n",
                     encoding="utf-8")
        files.append(f)
    bad = tmp_path / "bad.md"
    bad.write_bytes(b"\xff\xfe")
    report = importer.import_files(store, files[:15] + [bad] + files[15:])
    assert [p.name for p, _ in report.failed] == ["bad.md"]
    assert len(report.imported) == 30 and store.count() == 30
    assert [p for p, _ in report.imported] == files  # in the given order
    slugs = sorted(a.slug for _, a in report.imported)
    assert slugs.count("trung-ten") == 1 and "trung-ten-2" in slugs and "trung-ten-3" in slugs
    assert all(store.get_article(a.id).slug == a.slug for _, a in report.imported)
    got = store.get_by_slug("trung-ten-2")
    assert got.keywords == ["một", "hai"] and [a.name for a in got.authors] == ["Lê A"]
    assert store.search("than bai 7") and store.search("le a")
    # the first revision holds the article as stored, slug included
    rev = store.revisions(got.id)[0]
    assert store.revision_content(rev.id).slug == "trung-ten-2"
