"""Import of hostile and broken files, through the real command line: each bad
file is one stderr line naming it, the good ones are imported and listed,
exit status 1, never a traceback or "unexpected error"."""

from __future__ import annotations

import codecs
import json
import os
import re
import sys
import time
from pathlib import Path

import pytest

from editor_app.core import limits
from editor_app.core.errors import InputError
from editor_app.core.importing.frontmatter import parse_article_file
from editor_app.core.importing.importer import import_files
from editor_app.core.importing.textfile import decode_bytes

# 382 bytes that expand to 9**9 strings when a loader follows the aliases
LAUGHS = "---\n" + "".join(
    f"{c}: &{c} [{','.join([f'*{p}'] * 9) if p else ','.join(['lol'] * 9)}]\n"
    for p, c in zip(["", *"abcdefgh"], "abcdefghi")) + "keywords: *i\n---\nx\n"
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def md(title: str, meta: str = "", body: str = "Nội dung.\n") -> str:
    return f"---\ntitle: {title}\n{meta}---\n{body}"


def write(folder: Path, name: str, text: str | bytes) -> Path:
    path = folder / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return path


def run_import(cli, tmp_path: Path, files: list[Path], timeout: float = 60):
    lib = tmp_path / "lib.sqlite"
    start = time.monotonic()
    out = cli("import", "--library", str(lib), *map(str, files))
    assert time.monotonic() - start < timeout
    assert "Traceback" not in out.stderr and "unexpected error" not in out.stderr, out.stderr
    assert not CONTROL.search(out.stderr.replace("\n", "")), out.stderr
    listed = json.loads(cli("list", "--json", "--library", str(lib), check_rc=0).stdout)
    return out, listed


def errors_by_name(stderr: str) -> dict[str, str]:
    """editor-app: PATH: REASON lines by file name (each line must name one file)."""
    found = {}
    for line in stderr.splitlines():
        m = re.match(r"editor-app: (.+?\.(?:md|markdown|txt)): (.+)$", line)
        assert m, f"not a file error line: {line!r}"
        found[Path(m.group(1)).name] = m.group(2)
    return found


def check(cli, tmp_path, good: list[Path], bad: dict[Path, str], timeout: float = 60) -> dict[str, str]:
    """Import good and bad files interleaved; every good one imported and printed,
    every bad one reported on one line containing the expected words."""
    files = []
    bad_list = list(bad)
    for i in range(max(len(good), len(bad_list))):
        files += good[i:i + 1] + bad_list[i:i + 1]
    out, listed = run_import(cli, tmp_path, files, timeout)
    assert out.returncode == 1
    lines = out.stdout.splitlines()
    assert len(lines) == len(good), out.stdout
    titles = {a["title"] for a in listed}
    assert len(listed) == len(good) and titles == {f"Bài tốt {i}" for i in range(len(good))}
    assert all(line.split("\t")[2].startswith("Bài tốt") for line in lines)
    reasons = errors_by_name(out.stderr)
    assert set(reasons) == {p.name for p in bad}, out.stderr
    for path, words in bad.items():
        assert words.lower() in reasons[path.name].lower(), (path.name, reasons[path.name])
    return reasons


def goods(folder: Path, n: int) -> list[Path]:
    return [write(folder, f"good{i}.md", md(f"Bài tốt {i}", "date: 2024-01-0%d\n" % (i % 9 + 1)))
            for i in range(n)]


def test_bad_front_matter_values_fail_alone(cli, tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    bad = {
        write(d, "feb30.md", md("x", "date: 2024-02-30\n")): "day is out of range",
        write(d, "month13.md", md("x", "date: 2024-13-01\n")): "month must be in 1..12",
        write(d, "hour25.md", md("x", "date: 2024-01-01 25:00:00\n")): "hour must be in 0..23",
        write(d, "digits.md", md("x", "date: " + "9" * 5000 + "\n")): "not a date",
        write(d, "nested.md", "---\ntitle:\n  vi: Tiêu đề\n  en: Title\n---\nx\n"): "'title' must be text",
        write(d, "liststatus.md", md("x", "status: [draft]\n")): "'status' must be text",
        write(d, "kwnested.md", md("x", "keywords: [[a, b]]\n")): "'keywords' must be text",
        write(d, "author.md", md("x", "authors:\n  - name: {first: A}\n")): "author's 'name'",
        write(d, "set.md", md("x", "keywords: !!set {a, b}\n")): "not supported",
        write(d, "tag.md", md("x", "summary: !evil x\n")): "YAML",
        write(d, "laughs.md", LAUGHS): "alias",
        write(d, "deep.md", md("x", "k: " + "[" * 5000 + "]" * 5000 + "\n")): "YAML",
        write(d, "huge.md", md("x", "summary: |\n" + "  dòng\n" * 20000)): "front matter is too long",
        write(d, "bigtitle.md", md("T" * 10_000_000)): "'title' takes 10,000,00",
        write(d, "escape.md", md("x", 'status: "\\e]0;owned\\a\\e[2J"\n')): "unknown status",
    }
    # odd but harmless values are imported as the text they were written as
    odd = [write(d, "good0.md", md("Bài tốt 0", "issue: " + "9" * 5000 + "\nvolume: 1e999\n"
                                   "doi: !!binary QUJD\nlicense: yes\n")),
           write(d, "good1.md", md("Bài tốt 1", "date: 2024-02-29 23:59:59 +07:00\n")),
           write(d, "good2.md", md("Bài tốt 2", "summary: !!str 2024-02-30\ndate: 29/02/2024\n"))]
    reasons = check(cli, tmp_path, odd, bad)
    assert "\\x1b" in reasons["escape.md"]  # shown escaped, not sent to the terminal
    assert "'summary' takes" in reasons["huge.md"]  # the message names the field that is too long
    assert len(LAUGHS.encode()) < 400


def test_odd_values_kept_as_written(store, tmp_path):
    f = write(tmp_path, "a.md", md("Bài", "issue: 12\nlicense: yes\ndoi: !!binary QUJD\ndate: 2024-02-29T10:00:00Z\n"
                                   "keywords: [2024, 1.5, true]\nsummary: 0x1F\n"))
    report = import_files(store, [f])
    assert not report.failed
    art = store.get_article(report.imported[0][1].id)
    assert art.license == "yes" and art.doi == "QUJD" and art.summary == "0x1F"
    assert art.keywords == ["2024", "1.5", "true"] and str(art.published_on) == "2024-02-29"


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs, /dev devices and symlinks are POSIX")
def test_only_regular_files_are_read(cli, tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    os.mkfifo(d / "fifo.md")
    (d / "zero.md").symlink_to("/dev/zero")
    (d / "null.md").symlink_to("/dev/null")
    (d / "folder.md").mkdir()
    (d / "loop.md").symlink_to(d / "loop.md")
    big = d / "big.md"
    with open(big, "wb") as fh:  # sparse: nothing is written, the size is what counts
        fh.write(b"---\ntitle: big\n---\n")
        fh.truncate(limits.FILE_MAX_BYTES + 1)
    bad = {d / "fifo.md": "pipe", d / "zero.md": "device", d / "null.md": "device",
           d / "folder.md": "folder", d / "loop.md": "cannot be read", big: "too large",
           d / "missing.md": "no such file"}
    check(cli, tmp_path, goods(d, 3), bad, timeout=30)  # the FIFO must not block


def test_read_stops_at_the_cap(tmp_path):
    from editor_app.core.importing.textfile import read_bytes

    f = write(tmp_path, "a.md", b"x" * 1001)
    assert read_bytes(f, cap=1001) == b"x" * 1001
    with pytest.raises(InputError, match="too large"):
        read_bytes(f, cap=1000)


@pytest.mark.parametrize("codec,bom", [
    ("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE),
    ("utf-32-le", codecs.BOM_UTF32_LE), ("utf-32-be", codecs.BOM_UTF32_BE),
    ("utf-16-le", b""), ("utf-16-be", b""), ("utf-8", codecs.BOM_UTF8)])
def test_utf16_and_utf32_are_decoded(tmp_path, codec, bom):
    text = "---\ntitle: Đổi mới báo chí\nslug: doi-moi\n---\n\nNgoại giao công chúng trong kỷ nguyên số.\n"
    f = write(tmp_path, "a.md", bom + text.replace("\n", "\r\n").encode(codec))
    art = parse_article_file(f)
    assert art.title == "Đổi mới báo chí" and art.body == "Ngoại giao công chúng trong kỷ nguyên số.\n"


def test_undecodable_wide_text_says_save_as_utf8(cli, tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    text = md("Tiêu đề", body="Văn bản tiếng Việt với nhiều chữ ASCII thường gặp.\n")
    bad = {
        write(d, "surrogate.md", codecs.BOM_UTF16_LE + text.encode("utf-16-le") + b"\x00\xd8"): "save it as UTF-8",
        write(d, "odd.md", text.encode("utf-16-le")[:-1]): "save it as UTF-8",
        write(d, "latin1.md", md("café", body="Noi dung\n").encode("latin-1")): "save it as UTF-8",
        write(d, "png.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" * 8): "binary",
        write(d, "zeros.md", b"\x00" * 4096): "binary",
        write(d, "bomonly.md", codecs.BOM_UTF16_LE): "empty",
    }
    good = [write(d, "good0.md", codecs.BOM_UTF16_LE + md("Bài tốt 0").encode("utf-16-le"))]
    check(cli, tmp_path, good, bad)
    assert "binary" not in decode_bytes(text.encode("utf-16-le"))  # no BOM, still text


def test_absurd_field_sizes_name_the_field(cli, tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    many = "\n".join(f"  - từ khóa {i}" for i in range(limits.LIST_MAX + 1))
    authors = "\n".join(f"  - Tác giả {i}" for i in range(limits.LIST_MAX + 1))
    bad = {
        write(d, "title.md", "# " + "T" * 10_000_000 + "\n\nthân bài\n"): "'title' is too long",
        write(d, "subtitle.md", md("x", "subtitle: " + "s" * 1001 + "\n")): "'subtitle' is too long",
        write(d, "slug.md", md("x", "slug: " + "a" * 5000 + "\n")): "'slug' is too long",
        write(d, "summary.md", md("x", "summary: " + "tóm tắt " * 3000 + "\n")): "'summary' is too long",
        write(d, "keywords.md", md("x", "keywords:\n" + many + "\n")): "'keywords' has too many",
        write(d, "authors.md", md("x", "authors:\n" + authors + "\n")): "'authors' has too many",
        write(d, "related.md", md("x", "related: " + ", ".join(f"r{i}" for i in range(501)) + "\n")):
            "'related' has too many",
        write(d, "keyword.md", md("x", "keywords: [" + "k" * 1001 + "]\n")): "'keywords' is too long",
        write(d, "affil.md", md("x", "authors:\n  - name: A\n    affiliation: " + "v" * 1001 + "\n")):
            "'authors: affiliation' is too long",
        write(d, "body.md", md("x", body="chữ " * (limits.BODY_MAX // 4 + 1))): "'body' is too long",
    }
    check(cli, tmp_path, goods(d, 2), bad, timeout=90)


def test_sizes_checked_by_the_store_too(store):
    from editor_app.core.dto import ArticleData

    with pytest.raises(InputError, match="'title' is too long"):
        store.create_article(ArticleData(title="t" * (limits.LINE_MAX + 1)))
    art = store.create_article(ArticleData(title="ok"))
    art.summary = "s" * (limits.SUMMARY_MAX + 1)
    with pytest.raises(InputError, match="'summary' is too long"):
        store.save_article(art)
    assert store.get_article(art.id).summary == ""


def test_unexpected_failures_are_one_line(store, tmp_path, monkeypatch):
    """Whatever a parser raises (here a made-up bug), the file gets a one-line reason."""
    from editor_app.core.importing import prepare

    good = write(tmp_path, "good.md", md("Tốt"))
    bad = write(tmp_path, "bad.md", md("Hỏng"))

    def parse(path):
        if path.name == "bad.md":
            raise KeyError("boom\n\x1b[31mline two")
        return parse_article_file(path)

    monkeypatch.setattr(prepare, "parse_article_file", parse)
    report = import_files(store, [bad, good])
    assert [p.name for p, _ in report.imported] == ["good.md"]
    [(path, reason)] = report.failed
    assert path == bad and "KeyError" in reason and "\n" not in reason and "\x1b" not in reason


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file kinds")
def test_txt_and_markdown_suffixes_share_the_checks(tmp_path):
    os.mkfifo(tmp_path / "p.txt")
    with pytest.raises(InputError, match="pipe"):
        parse_article_file(tmp_path / "p.txt")
