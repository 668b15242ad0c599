"""Slugs are safe file names on Windows, macOS and Linux, whatever the store is given."""

from __future__ import annotations

import json
import random
import string

import pytest

from editor_app.core.dto import ArticleData
from editor_app.core.publishing.export import PageProblem, page_filename
from editor_app.core.importing.importer import import_files
from editor_app.core.text import RESERVED_SLUGS, safe_slug, slug_problem, slugify

HOSTILE = ["../../x", "a/b", "a\\b", "..", ".", ".hidden", "-lead", "trail-", "index", "INDEX", "con",
           "CON", "nul", "Nul.txt", "aux.html", "prn", "com1", "COM9", "lpt1", "lpt0", "con.", "nul ",
           " x", "a:b", 'a"b', "a*b?", "a<b>|c", "x\x00y", "\x1b[31mred", "Đổi mới", "a--b", "A" * 300,
           "a" * 201, "\u202eevil", "ＣＯＮ", "c\u0301on", "com\u00b9", "tên.md"]


def is_file_safe(slug: str) -> bool:
    return (slug_problem(slug) is None and slug.split(".")[0] not in RESERVED_SLUGS
            and all(c in string.ascii_lowercase + string.digits + "-" for c in slug)
            and not slug.startswith(("-", ".")) and 0 < len(slug) <= 200)


def test_the_rule():
    for ok in ("doi-moi-2024", "a", "con-1", "index-2", "com10", "console", "nullable", "a" * 200):
        assert slug_problem(ok) is None, ok
    for bad in HOSTILE + ["", "a" * 201]:
        assert slug_problem(bad), bad
    assert "reserved" in slug_problem("index") and "Windows" in slug_problem("con")
    assert "\x1b" not in slug_problem("\x1b[31mred")


def test_slugify_and_safe_slug_always_give_safe_names():
    rnd = random.Random(9)
    alphabet = string.printable + "Đđổớệ\u0301\u202e\x00．/\\ＣＯＮ"
    samples = HOSTILE + ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 40))) for _ in range(3000)]
    samples += [rnd.choice(sorted(RESERVED_SLUGS)).upper() + rnd.choice(["", ".", ".txt", " "]) for _ in range(200)]
    for value in samples:
        for slug in (slugify(value), safe_slug(value)):
            assert slug == "" or is_file_safe(slug), (value, slug)
            assert slugify(slug) == slug or len(slug) > 80  # stable: storing it again keeps it
    assert safe_slug("doi-moi") == "doi-moi" and safe_slug("con") == "con-1"
    assert slugify("Index") == "index-1" and slugify("CON") == "con-1"


@pytest.mark.parametrize("asked", HOSTILE)
def test_store_keeps_only_safe_slugs(store, asked):
    made = store.create_article(ArticleData(title="CON", slug=asked, body="x"))
    assert is_file_safe(made.slug), made.slug
    assert store.get_article(made.id).slug == made.slug
    made.slug = asked
    saved = store.save_article(made, reason="slug")
    assert is_file_safe(saved.slug) and store.get_article(made.id).slug == saved.slug
    page_filename(saved.slug)  # the export accepts what the store keeps


def test_titles_alone_give_safe_slugs(store):
    for title in ("CON", "Index", "nul", "..", "Aux", "LPT1", "", "!!!"):
        made = store.create_article(ArticleData(title=title))
        assert is_file_safe(made.slug), (title, made.slug)
        made.slug = ""
        assert is_file_safe(store.save_article(made).slug)
    assert is_file_safe(store.unique_slug("index")) and is_file_safe(store.unique_slug("con"))


def test_export_refuses_unsafe_slugs_of_older_libraries():
    for bad in ("index", "con", "../x", ".hidden", "Con", "a/b"):
        with pytest.raises(PageProblem):
            page_filename(bad)
    assert page_filename("doi-moi") == "doi-moi.html"


def test_import_renames_unsafe_slugs_with_a_note(store, tmp_path):
    files = []
    for i, slug in enumerate(["../../x", "con", "index", ".hidden", "a/b", "doi-moi", ".."]):
        f = tmp_path / f"f{i}.md"
        f.write_text(f"---\ntitle: Bài {i}\nslug: {json.dumps(slug)}\n---\nx\n", encoding="utf-8")
        files.append(f)
    report = import_files(store, files)
    assert not report.failed
    slugs = [a.slug for _, a in report.imported]
    assert slugs == ["x", "con-1", "index-1", "hidden", "a-b", "doi-moi", "bai-6"]
    notes = dict(report.notes)
    assert set(notes) == set(files) - {files[5]}  # the safe slug got no note
    assert notes[files[0]] == "the slug '../../x' is not a safe file name; stored as 'x'"
    assert "stored as 'bai-6'" in notes[files[6]]
    # --update finds the article by the slug it was stored under
    files[1].write_text("---\ntitle: Bài mới\nslug: con\n---\ny\n", encoding="utf-8")
    again = import_files(store, [files[1]], update=True)
    assert again.imported[0][1].id == report.imported[1][1].id
    assert store.get_by_slug("con-1").title == "Bài mới" and store.get_by_slug("con") is None


def test_cli_import_stores_safe_slugs(cli, tmp_path):
    lib = str(tmp_path / "l.sqlite")
    f = tmp_path / "a.md"
    f.write_text("---\ntitle: Trang\nslug: ../../../etc/passwd\n---\nx\n", encoding="utf-8")
    out = cli("import", "--library", lib, str(f))
    assert out.returncode == 0 and out.stdout.split("\t")[1] == "etc-passwd"
    listed = json.loads(cli("list", "--json", "--library", lib, check_rc=0).stdout)
    assert [a["slug"] for a in listed] == ["etc-passwd"]


def test_language_tags_are_stored_in_standard_form(store):
    from editor_app.core.dto import ArticleData

    for typed, stored in [("EN-us", "en-US"), ("vie", "vi"), ("", "vi"), ("English", "english")]:
        assert store.create_article(ArticleData(title=f"Bài {typed}", language=typed)).language == stored
