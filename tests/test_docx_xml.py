"""The fast XML reader given to mammoth builds the very tree mammoth's own reader builds."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from manuscripts import png, vietnamese_docx
from editor_app.core.importing.docx_xml import parse_xml

mammoth_xml = pytest.importorskip("mammoth.docx.xmlparser")
office_xml = pytest.importorskip("mammoth.docx.office_xml")

TRICKY = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<?mso-application progid="Word.Document"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
            xmlns:x="urn:example:unknown" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
            plain="1" x:other="2" xml:lang="vi">
  <!-- a comment -->
  <w:body><w:p><w:r><w:t xml:space="preserve"> Ngoại giao &amp; văn hoá &#8220;số&#8221; </w:t></w:r>
  <w:r><w:t>và tiếp</w:t></w:r><x:unknown x:a="b">chữ</x:unknown>
  <unqualified attr="v">không tên miền</unqualified>
  <mc:AlternateContent><mc:Choice>mới</mc:Choice><mc:Fallback><w:r><w:t>cũ</w:t></w:r></mc:Fallback></mc:AlternateContent>
  </w:p>{long}</w:body></w:document>"""


def _original(data: bytes):
    return mammoth_xml.parse_xml(io.BytesIO(data), office_xml._namespaces)


def _fast(data: bytes):
    return parse_xml(io.BytesIO(data), office_xml._namespaces)


def test_tricky_xml_gives_the_same_tree():
    long_text = "<w:p><w:r><w:t>" + "Chữ dài &amp; " * 3000 + "</w:t></w:r></w:p>"   # past expat's buffer
    data = TRICKY.replace("{long}", long_text).encode("utf-8")
    fast = _fast(data)
    assert fast == _original(data)
    assert fast.name == "w:document" and fast.attributes["plain"] == "1"
    assert fast.attributes["{urn:example:unknown}other"] == "2"
    assert fast.attributes["{http://www.w3.org/XML/1998/namespace}lang"] == "vi"


def test_utf16_part_gives_the_same_tree():
    data = TRICKY.replace("{long}", "").replace("UTF-8", "UTF-16").encode("utf-16")
    assert _fast(data) == _original(data)


def test_every_part_of_a_word_file_gives_the_same_tree(tmp_path):
    path = vietnamese_docx(tmp_path / "bai.docx", image=png(20, 20))
    with zipfile.ZipFile(path) as archive:
        parts = [n for n in archive.namelist() if n.endswith((".xml", ".rels"))]
        assert "word/styles.xml" in parts and "word/numbering.xml" in parts and "word/footnotes.xml" in parts
        for name in parts:
            data = archive.read(name)
            if b"<w:styles " not in data[:1000]:
                assert _fast(data) == _original(data), name
        styles = archive.read("word/styles.xml")
    # the styles part: only what mammoth reads of it is built, and it reads the same styles
    from mammoth.docx.styles_xml import read_styles_xml_element

    fast, original = read_styles_xml_element(_fast(styles)), read_styles_xml_element(_original(styles))
    assert vars(fast) == vars(original)
    assert original.find_paragraph_style_by_id("Heading1").name == "heading 1"
    assert sum(1 for _ in _walk(_fast(styles))) * 5 < sum(1 for _ in _walk(_original(styles)))


def test_numbering_styles_keep_their_numbering():
    from mammoth.docx.styles_xml import read_styles_xml_element

    data = (b'<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            b'<w:latentStyles><w:lsdException w:name="Normal"/></w:latentStyles>'
            b'<w:style w:type="numbering" w:styleId="DanhSach"><w:name w:val="Danh sach"/><w:rPr><w:b/></w:rPr>'
            b'<w:pPr><w:spacing w:after="0"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="7"/></w:numPr></w:pPr>'
            b'</w:style><w:style w:type="paragraph" w:styleId="Tieude"><w:name w:val="Tieu de"/></w:style></w:styles>')
    fast, original = read_styles_xml_element(_fast(data)), read_styles_xml_element(_original(data))
    assert vars(fast) == vars(original)
    assert fast.find_numbering_style_by_id("DanhSach").num_id == "7"
    assert fast.find_paragraph_style_by_id("Tieude").name == "Tieu de"


def _walk(node):
    yield node
    for child in getattr(node, "children", ()):
        yield from _walk(child)


def test_cdata_text_is_kept():
    """Word never writes CDATA; mammoth's reader drops it (minidom makes it a node
    mammoth skips), this one keeps it as the text it is."""
    data = TRICKY.replace("{long}", "<w:p><w:r><w:t><![CDATA[a <b> c]]> và tiếp</w:t></w:r></w:p>").encode()
    last = _fast(data).find_child("w:body").children[-1]
    assert last.find_child("w:r").find_child("w:t").children[0].value == "a <b> c và tiếp"


def test_broken_xml_fails_like_the_original():
    from xml.parsers.expat import ExpatError

    for data in (b"<w:document", b"", b"<a></b>", b"\xff\xfe<"):
        with pytest.raises(ExpatError):
            _original(data)
        with pytest.raises(ExpatError):
            _fast(data)


WORD = Path(__file__).resolve().parent / "fixtures" / "word"


@pytest.mark.parametrize("path", sorted(WORD.glob("*.docx")), ids=lambda p: p.name)
def test_real_word_files_give_the_same_trees(path):
    from mammoth.docx.styles_xml import read_styles_xml_element

    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if not name.endswith((".xml", ".rels")):
                continue
            data = archive.read(name)
            fast, original = _fast(data), _original(data)
            if original.name == "w:styles":
                assert vars(read_styles_xml_element(fast)) == vars(read_styles_xml_element(original)), name
            else:
                assert fast == original, name
