"""A whole review round through the command line: pack, the reviewer's marks in
article.md (CriticMarkup) and review.json, the editor's edits meanwhile, merge, show,
accept and reject; merging twice; nothing of a review in the exported page."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

MAIN = "ngoai-giao-cong-chung-trong-ky-nguyen-so"


@pytest.fixture
def library(cli, library_location, samples_dir):
    """A library of the samples, on each engine (a file, a team library on the test server)."""
    lib = library_location
    cli("--library", str(lib), "import", *map(str, sorted((samples_dir / "articles").glob("*.md"))), check_rc=0)
    return lib


def _parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist()}


def _write(path: Path, parts: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in parts.items():
            out.writestr(name, data)
    return path


def _show(cli, library, slug=MAIN) -> dict:
    return json.loads(cli("--library", str(library), "review", "show", slug, "--json", check_rc=0).stdout)


def _edit_body(library, slug, change):
    """The editor keeps working (through the library, as the window saves)."""
    from editor_app.core.library.store import Store

    with Store.open(library) as store:
        art = store.get_by_slug(slug)
        art.body = change(art.body)
        store.save_article(art)


def test_pack_writes_the_contract(cli, library, tmp_path):
    out = cli("--library", str(library), "review", "pack", "--out", str(tmp_path / "gui"), MAIN, check_rc=0)
    path = Path(out.stdout.strip())
    assert path == tmp_path / "gui" / f"{MAIN}.review"
    parts = _parts(path)
    manifest = json.loads(parts["manifest.json"])
    assert set(manifest) == {"format", "version", "article_uuid", "slug", "base_revision", "sent_at", "journal"}
    assert manifest["format"] == "editor-app-review" and manifest["version"] == 1 and manifest["slug"] == MAIN
    md = parts["article.md"].decode()
    assert md.startswith("---\ntitle: Ngoại giao công chúng trong kỷ nguyên số\n")
    import hashlib

    body = md.split("\n---\n\n", 1)[1]
    assert hashlib.sha256(body.encode()).hexdigest() == manifest["base_revision"]
    review = json.loads(parts["review.json"])
    assert review == {"reviewer": {"name": "", "email": ""}, "recommendation": None, "summary": "", "comments": []}
    bad = cli("--library", str(library), "review", "pack", "--out", str(tmp_path / "gui"), "khong-co")
    assert bad.returncode == 1 and "khong-co: no such article" in bad.stderr


def _annotate(path: Path, tmp_path: Path) -> tuple[Path, dict]:
    """The reviewer marks three passages, changes a word in place and adds a remark."""
    parts = _parts(path)
    md = parts["article.md"].decode()
    front, body = md.split("\n---\n\n", 1)
    paras = [p for p in body.split("\n\n") if len(p) > 200]
    picked = {"comment": paras[0][20:70], "replace": paras[1][10:40], "delete": paras[2][5:35]}
    body = body.replace(picked["comment"], "{==" + picked["comment"] + "==}{>>Cần dẫn nguồn.<<}", 1)
    body = body.replace(picked["replace"], "{~~" + picked["replace"] + "~>" + picked["replace"].upper() + "~~}", 1)
    body = body.replace(picked["delete"], "{--" + picked["delete"] + "--}{>>Thừa.<<}", 1)
    parts["article.md"] = (front + "\n---\n\n" + body).encode()
    parts["review.json"] = json.dumps({
        "reviewer": {"name": "Trần Thị Lan", "email": "lan@example.org"}, "recommendation": "minor_revisions",
        "summary": "Bài viết tốt; cần sửa vài chỗ.",
        "comments": [{"id": "r1", "text": "Nhìn chung rõ ràng."},
                     {"id": "r2", "text": "Đồng ý với nhận xét trên.", "reply_to": "r1"}]}, ensure_ascii=False).encode()
    return _write(tmp_path / "tra-ve.review", parts), picked


def test_the_whole_round(cli, library, tmp_path):
    sent = Path(cli("--library", str(library), "review", "pack", "--out", str(tmp_path), MAIN, check_rc=0).stdout.strip())
    back, picked = _annotate(sent, tmp_path)
    # meanwhile the editor adds a paragraph at the top and rewrites the end
    _edit_body(library, MAIN, lambda b: "Đoạn mở đầu mới do biên tập viên viết.\n\n" + b[:-200] + "\n\nKết mới.\n")
    merged = cli("--library", str(library), "review", "merge", str(back), check_rc=0)
    assert "merged into " + MAIN in merged.stdout and "4 comments, 2 suggestions" in merged.stdout
    shown = _show(cli, library)
    body = shown["body"]
    assert body.startswith("Đoạn mở đầu mới")
    assert shown["recommendation"] == "minor_revisions"
    assert shown["reviewer"] == {"name": "Trần Thị Lan", "email": "lan@example.org"}
    assert len(shown["rounds"]) == 1 and shown["rounds"][0]["returned_at"]
    comments = {c["text"]: c for c in shown["comments"]}
    on_passage = comments["Cần dẫn nguồn."]
    assert on_passage["quote"] == picked["comment"] and body[on_passage["start"]:on_passage["end"]] == picked["comment"]
    assert on_passage["author"] == "Trần Thị Lan" and not on_passage["resolved"]
    assert comments["Thừa."]["quote"] == picked["delete"]
    whole = comments["Nhìn chung rõ ràng."]
    assert whole["start"] is None and whole["quote"] == ""
    for c in shown["comments"]:   # the contract's keys, exactly
        assert set(c) == {"id", "quote", "text", "start", "end", "author", "resolved", "created_at"}
    for s in shown["suggestions"]:
        assert set(s) == {"id", "kind", "old", "new", "start", "end", "author"}
    assert set(shown) == {"slug", "body", "recommendation", "reviewer", "rounds", "comments", "suggestions"}
    from editor_app.core.library.store import Store
    from editor_app.core.reviewing.desk import show

    with Store.open(library, readonly=True) as store:
        rows = {n.row.text: n.row for n in show(store, MAIN).notes}
    assert rows["Đồng ý với nhận xét trên."].reply_to == rows["Nhìn chung rõ ràng."].id
    kinds = {s["kind"]: s for s in shown["suggestions"]}
    assert set(kinds) == {"replace", "delete"}
    for s in shown["suggestions"]:
        assert body[s["start"]:s["end"]] == s["old"] and s["author"] == "Trần Thị Lan"
    assert kinds["replace"]["new"] == picked["replace"].upper()
    # merging the same file again changes nothing
    again = cli("--library", str(library), "review", "merge", str(back), check_rc=0)
    assert "already merged" in again.stdout
    assert _show(cli, library) == shown
    # accept one, reject the rest
    accepted = cli("--library", str(library), "review", "accept", MAIN, "--id", str(kinds["replace"]["id"]),
                   check_rc=0)
    assert accepted.stdout.split() == [str(kinds["replace"]["id"])]
    after = _show(cli, library)
    assert picked["replace"].upper() in after["body"] and picked["replace"] not in after["body"]
    assert [s["kind"] for s in after["suggestions"]] == ["delete"]
    for c in after["comments"]:   # still on their passages after the change
        assert c["start"] is None or after["body"][c["start"]:c["end"]] == c["quote"]
    cli("--library", str(library), "review", "reject", MAIN, "--all", check_rc=0)
    final = _show(cli, library)
    assert final["suggestions"] == [] and picked["delete"] in final["body"]
    twice = cli("--library", str(library), "review", "accept", MAIN, "--id", str(kinds["replace"]["id"]))
    assert twice.returncode == 1 and "already accepted" in twice.stderr


def test_a_passage_the_editor_deleted_becomes_a_detached_comment(cli, library, tmp_path):
    sent = Path(cli("--library", str(library), "review", "pack", "--out", str(tmp_path), MAIN, check_rc=0).stdout.strip())
    back, picked = _annotate(sent, tmp_path)
    _edit_body(library, MAIN, lambda b: b.replace(picked["comment"], "").replace(picked["replace"], "đã viết lại"))
    cli("--library", str(library), "review", "merge", str(back), check_rc=0)
    shown = _show(cli, library)
    detached = [c for c in shown["comments"] if c["start"] is None]
    texts = {c["text"] for c in detached}
    assert "Cần dẫn nguồn." in texts
    assert any(t.startswith("{~~" + picked["replace"] + "~>") for t in texts)   # the suggestion, kept as words
    assert all(c["start"] is None for c in detached)
    assert [s["kind"] for s in shown["suggestions"]] == ["delete"]


def test_direct_edits_of_the_reviewer_become_suggestions(cli, library, tmp_path):
    sent = Path(cli("--library", str(library), "review", "pack", "--out", str(tmp_path), MAIN, check_rc=0).stdout.strip())
    parts = _parts(sent)
    md = parts["article.md"].decode()
    front, body = md.split("\n---\n\n", 1)
    para = [p for p in body.split("\n\n") if len(p) > 200][1]
    word = para.split()[5]
    edited = para.replace(" " + word + " ", " " + word + " rất ", 1)
    parts["article.md"] = (front + "\n---\n\n" + body.replace(para, edited, 1)).encode()
    back = _write(tmp_path / "sua-truc-tiep.review", parts)
    cli("--library", str(library), "review", "merge", str(back), check_rc=0)
    (suggestion,) = _show(cli, library)["suggestions"]
    assert suggestion["kind"] == "insert" and suggestion["new"].strip() == "rất" and suggestion["old"] == ""
    cli("--library", str(library), "review", "accept", MAIN, "--all", check_rc=0)
    assert edited in _show(cli, library)["body"]


def test_suggestions_inside_a_commented_passage_are_all_kept(cli, library, tmp_path):
    """``{==a {++b++} c {--d--}==}{>>…<<}``: the comment on the whole passage and each
    suggestion inside it (the reviewer window writes marks this way)."""
    sent = Path(cli("--library", str(library), "review", "pack", "--out", str(tmp_path), MAIN, check_rc=0).stdout.strip())
    parts = _parts(sent)
    md = parts["article.md"].decode()
    front, body = md.split("\n---\n\n", 1)
    para = [p for p in body.split("\n\n") if len(p) > 200][1]
    words = para.split()
    passage = " ".join(words[2:12])
    marked = ("{==" + " ".join(words[2:5]) + " {++rất ++}" + " ".join(words[5:8]) + " {--" + words[8] + " --}"
              + " ".join(words[9:12]) + "==}{>>Xem lại cả câu.<<}")
    assert passage in para
    parts["article.md"] = (front + "\n---\n\n" + body.replace(passage, marked, 1)).encode()
    back = _write(tmp_path / "long-nhau.review", parts)
    cli("--library", str(library), "review", "merge", str(back), check_rc=0)
    shown = _show(cli, library)
    (comment,) = shown["comments"]
    assert comment["quote"] == passage and shown["body"][comment["start"]:comment["end"]] == passage
    kinds = {s["kind"]: s for s in shown["suggestions"]}
    assert set(kinds) == {"insert", "delete"} and kinds["insert"]["new"] == "rất "
    assert kinds["delete"]["old"].strip() == words[8]
    assert kinds["insert"]["start"] == shown["body"].index(passage) + len(" ".join(words[2:5])) + 1
    cli("--library", str(library), "review", "accept", MAIN, "--all", check_rc=0)
    assert (" ".join(words[2:5]) + " rất " + " ".join(words[5:8]) + " " + " ".join(words[9:12])
            in _show(cli, library)["body"])


def test_reviews_never_reach_the_exported_page(cli, library, tmp_path):
    sent = Path(cli("--library", str(library), "review", "pack", "--out", str(tmp_path), MAIN, check_rc=0).stdout.strip())
    back, _ = _annotate(sent, tmp_path)
    cli("--library", str(library), "review", "merge", str(back), check_rc=0)
    cli("--library", str(library), "export", "--out", str(tmp_path / "site"), MAIN, check_rc=0)
    page = (tmp_path / "site" / f"{MAIN}.html").read_text("utf-8")
    for words in ("Cần dẫn nguồn", "Thừa.", "Nhìn chung rõ ràng", "Trần Thị Lan", "{==", "{~~", "{--"):
        assert words not in page


def test_anchoring_after_heavy_edits():
    """Comments on 40 passages; the editor then rewrites a third of the paragraphs,
    moves paragraphs and inserts new ones. The passages still in the text keep their
    comments; the others are detached, never lost."""
    import random

    from editor_app.core.reviewing.anchoring import anchor_at, locate

    rng = random.Random(3)
    words = ("ngoại giao công chúng truyền thông văn hoá hội nhập quốc tế báo chí chính sách "
             "đối ngoại nhân dân thế giới hình ảnh quốc gia sức mạnh mềm").split()
    paras = [" ".join(rng.choice(words) for _ in range(60)) + f" (đoạn {i})." for i in range(30)]
    text = "\n\n".join(paras)
    anchors = []
    for _ in range(40):
        p = rng.randrange(30)
        start = text.index(paras[p]) + rng.randrange(0, 200)
        anchors.append((anchor_at(text, start, start + rng.randrange(15, 60)), p))
    rewritten = set(rng.sample(range(30), 10))
    new_paras = [" ".join(rng.choice(words) for _ in range(50)) if i in rewritten else p for i, p in enumerate(paras)]
    new_paras = new_paras[15:] + ["Đoạn mới chèn vào."] + new_paras[:15]
    new_text = "\n\n".join(new_paras)
    kept = [a for a, p in anchors if p not in rewritten]
    found = [locate(a, new_text) for a in kept]
    assert all(f is not None and new_text[f[0]:f[1]] == a.quote for f, a in zip(found, kept))
    gone = [locate(a, new_text) for a, p in anchors if p in rewritten]
    assert gone and all(g is None for g in gone)   # never attached to some other passage
    print(f"attached after heavy edits: {len(kept) / len(anchors):.0%} "
          f"({len(kept)} of {len(anchors)} passages still in the text; all of them attached)")


def test_a_reworded_passage_keeps_its_comment():
    from editor_app.core.reviewing.anchoring import anchor_at, locate

    text = ("Mở đầu. Ngoại giao công chúng là một bộ phận quan trọng của chính sách đối ngoại "
            "Việt Nam trong thời kỳ hội nhập. Đoạn sau nói chuyện khác hẳn.")
    quote = "Ngoại giao công chúng là một bộ phận quan trọng của chính sách đối ngoại Việt Nam"
    start = text.index(quote)
    anchor = anchor_at(text, start, start + len(quote))
    edited = "Lời nói đầu mới. " + text.replace("một bộ phận quan trọng", "một phần cốt yếu")
    found = locate(anchor, edited)
    assert found is not None
    assert edited[found[0]:found[1]].startswith("Ngoại giao công chúng là một phần cốt yếu")
    assert edited[found[0]:found[1]].endswith("đối ngoại Việt Nam")
    assert locate(anchor, "Một văn bản hoàn toàn khác, không còn đoạn nào như trước nữa cả.") is None
