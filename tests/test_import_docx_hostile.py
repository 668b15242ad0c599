"""Hostile Word files: zip bombs, archives that are not zips or lie about their
sizes, XML entity tricks, image bombs and documents too big to convert in time.
Each is refused with one line naming it (or imported without the bad picture,
with a note); the other files still import; the CLI exits with status 1."""

from __future__ import annotations

import io
import json
import random
import re
import struct
import zipfile
from pathlib import Path

import pytest

from manuscripts import paragraphs_xml, png, png_bomb, raw_docx, replace_part, vietnamese_docx
from editor_app.core.importing import archive
from editor_app.core.importing.importer import import_files

pytest.importorskip("docx")


def good_docx(folder: Path, n: int) -> Path:
    return raw_docx(folder / f"good-{n}.docx", f'<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>Bài tốt {n}'
                                              f"</w:t></w:r></w:p>" + paragraphs_xml(["Nội dung tốt."]))


def ratio_bomb(path: Path, size: int = 64 * 1024 * 1024) -> Path:
    """A Word file with a part of ``size`` zero bytes (packed to a few dozen KB)."""
    raw_docx(path, paragraphs_xml(["Bom"]))
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as out, out.open("word/media/bomb.bin", "w") as part:
        chunk = bytes(1024 * 1024)
        for _ in range(size // len(chunk)):
            part.write(chunk)
    return path


def _patch_sizes(path: Path, part: str, declared: int, local_too: bool) -> Path:
    """Make the archive declare ``declared`` unpacked bytes for ``part`` (a lie)."""
    data = bytearray(path.read_bytes())
    name = part.encode()
    central = data.find(b"PK\x01\x02")
    while central != -1:
        name_len = struct.unpack_from("<H", data, central + 28)[0]
        if data[central + 46: central + 46 + name_len] == name:
            struct.pack_into("<I", data, central + 24, declared)
            if local_too:
                local = struct.unpack_from("<I", data, central + 42)[0]
                struct.pack_into("<I", data, local + 22, declared)
        central = data.find(b"PK\x01\x02", central + 4)
    path.write_bytes(bytes(data))
    return path


def too_many_parts(path: Path) -> Path:
    raw_docx(path, paragraphs_xml(["Nhiều phần"]),
             extra={f"customXml/item{i}.xml": b"<a/>" for i in range(archive.MAX_ENTRIES + 1)})
    return path


XXE = ('<?xml version="1.0" encoding="UTF-8"?>'
       '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>')
LAUGHS = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
          + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10))
          + "]>")


def hostile_files(folder: Path) -> dict[str, str]:
    """name -> words its one-line reason must hold."""
    ratio_bomb(folder / "bom-ty-le.docx")
    _patch_sizes(raw_docx(folder / "bom-khai-lon.docx", paragraphs_xml(["Khai gian"])),
                 "word/document.xml", 400 * 1024 * 1024, local_too=False)
    _patch_sizes(raw_docx(folder / "khai-nho.docx", paragraphs_xml(["Dài hơn khai báo " * 500])),
                 "word/document.xml", 100, local_too=True)
    too_many_parts(folder / "qua-nhieu.docx")
    (folder / "van-ban.docx").write_text("Đây là văn bản thường, không phải Word.", "utf-8")
    (folder / "anh.docx").write_bytes(png(10, 10))
    half = vietnamese_docx(folder / "cat-doi.docx").read_bytes()
    (folder / "cat-doi.docx").write_bytes(half[: len(half) // 2])
    raw_docx(folder / "xxe.docx", paragraphs_xml(["&xxe;"]), prolog=XXE)
    raw_docx(folder / "cuoi.docx", paragraphs_xml(["&lol9;"]), prolog=LAUGHS)
    raw_docx(folder / "xxe-utf16.docx", paragraphs_xml(["&xxe;"]),
             prolog=XXE.replace("UTF-8", "UTF-16"), encoding="utf-16")
    with zipfile.ZipFile(folder / "khong-phai-word.docx", "w") as out:
        out.writestr("readme.txt", "Một tệp zip bình thường.")
    return {
        "bom-ty-le.docx": "zip bomb", "bom-khai-lon.docx": "zip bomb", "khai-nho.docx": "damaged",
        "qua-nhieu.docx": "unsafe", "van-ban.docx": "not a Word document",
        "anh.docx": "not a Word document", "cat-doi.docx": "damaged",
        "xxe.docx": "entities", "cuoi.docx": "entities", "xxe-utf16.docx": "entities",
        "khong-phai-word.docx": "not a Word document",
    }


def test_each_hostile_archive_is_refused_alone(store, tmp_path):
    expected = hostile_files(tmp_path)
    goods = [good_docx(tmp_path, i) for i in range(3)]
    files = [tmp_path / n for n in expected]
    files = files[:4] + goods[:1] + files[4:8] + goods[1:2] + files[8:] + goods[2:]
    report = import_files(store, files)
    assert sorted(i.title for _, i in report.imported) == ["Bài tốt 0", "Bài tốt 1", "Bài tốt 2"]
    reasons = {p.name: r for p, r in report.failed}
    assert set(reasons) == set(expected)
    for name, words in expected.items():
        assert words.lower() in reasons[name].lower(), (name, reasons[name])
        assert "\n" not in reasons[name] and "Traceback" not in reasons[name]
    assert store.count() == 3
    text = json.dumps([(a.title, a.body) for a in (store.get_by_slug(i.slug) for _, i in report.imported)])
    assert "root:" not in text and "lol" not in text


def test_cli_one_line_per_bad_file_and_status_1(cli, tmp_path):
    expected = hostile_files(tmp_path)
    goods = [good_docx(tmp_path, i) for i in range(2)]
    lib = tmp_path / "lib.sqlite"
    proc = cli("--library", str(lib), "import", *[str(p) for p in goods], *expected)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr and "unexpected" not in proc.stderr.lower()
    lines = proc.stderr.strip().splitlines()
    named = {}
    assert not [line for line in lines if ": note: " in line]   # the good files lost nothing
    for line in lines:
        m = re.match(r"editor-app: (.+?\.docx): (.+)$", line)
        assert m, f"not one line naming a file: {line!r}"
        named[Path(m.group(1)).name] = m.group(2)
    assert set(named) == set(expected) and len(lines) == len(expected)
    assert len(proc.stdout.strip().splitlines()) == 2   # the two good files, one line each
    listed = json.loads(cli("--library", str(lib), "list", "--json", check_rc=0).stdout)
    assert sorted(a["title"] for a in listed) == ["Bài tốt 0", "Bài tốt 1"]


def test_bad_pictures_are_left_out_with_a_note(store, tmp_path):
    bomb = replace_part(vietnamese_docx(tmp_path / "anh-bom.docx"), "word/media/image1.png", png_bomb())
    emf = replace_part(vietnamese_docx(tmp_path / "anh-emf.docx", title="Bài có ảnh EMF"),
                       "word/media/image1.png", b"\x01\x00\x00\x00" + bytes(100))
    huge = replace_part(vietnamese_docx(tmp_path / "anh-lon.docx", title="Bài có ảnh quá nặng"),
                        "word/media/image1.png", png(10, 10) + random.Random(1).randbytes(21 * 1024 * 1024))
    report = import_files(store, [bomb, emf, huge])
    assert not report.failed, report.failed
    notes = {p.name: n for p, n in report.notes}
    assert "pixels" in notes["anh-bom.docx"] and "left out" in notes["anh-bom.docx"]
    assert "left out" in notes["anh-emf.docx"]
    assert "MB" in notes["anh-lon.docx"] and "left out" in notes["anh-lon.docx"]
    for _, imported in report.imported:
        art = store.get_by_slug(imported.slug)
        assert store.assets(art.id) == [] and "](assets/" not in art.body
        assert "Khái niệm và lịch sử" in art.body   # the rest of the article is there


def test_a_document_too_big_to_convert_in_time(cli, tmp_path):
    words = "ngoại giao công chúng truyền thông văn hoá hội nhập quốc tế báo chí".split()
    rng = random.Random(7)
    texts = (" ".join(rng.choice(words) for _ in range(12)) for _ in range(120_000))
    raw_docx(tmp_path / "khong-lo.docx", paragraphs_xml(texts))
    good_docx(tmp_path, 0)
    lib = tmp_path / "lib.sqlite"
    proc = cli("--library", str(lib), "import", "khong-lo.docx", "good-0.docx",
               env={"EDITOR_APP_RENDER_TIMEOUT": "1"})
    assert proc.returncode == 1
    assert re.fullmatch(r"editor-app: khong-lo\.docx: the file could not be converted within 1 second "
                        r"\(it is too large or too complex\)\n", proc.stderr), proc.stderr
    assert "Bài tốt 0" in proc.stdout


def test_archive_checks_read_nothing_before_refusing(tmp_path):
    """The caps are checked on what the archive declares, before any part is unpacked."""
    data = ratio_bomb(tmp_path / "b.docx", 8 * 1024 * 1024).read_bytes()
    with pytest.raises(Exception) as refused:
        archive.open_archive(data)
    assert "zip bomb" in str(refused.value)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as out:
        out.writestr("word/document.xml", "<a/>")
    assert archive.open_archive(buf.getvalue()).namelist() == ["word/document.xml"]
