"""Word files and web pages built for the import tests (python-docx, zipfile).

``vietnamese_docx`` holds what an author's manuscript holds: a title and
subtitle, headings, bold, italic, superscript, subscript, a link, nested
lists, a table, an image with a caption, a quote, a footnote and the core
properties. python-docx has no API for footnotes or hyperlinks: those parts
are written as the WordprocessingML Word itself writes.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from pathlib import Path

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def png(width: int, height: int, color=(200, 50, 50)) -> bytes:
    raw = b"".join(b"\x00" + bytes(color) * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def png_bomb(width: int = 100_000, height: int = 100_000) -> bytes:
    """A tiny PNG whose header claims a huge picture."""
    head = png(1, 1)
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    crc = struct.pack(">I", zlib.crc32(b"IHDR" + ihdr) & 0xFFFFFFFF)
    return head[:16] + ihdr + crc + head[33:]


def _hyperlink(paragraph, url: str, text: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    rel = paragraph.part.relate_to(url, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink",
                                   is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rel)
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = text
    run.append(t)
    link.append(run)
    paragraph._p.append(link)


_NESTED_LIST = f"""<w:abstractNum xmlns:w="{W}" w:abstractNumId="90">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/></w:lvl>
</w:abstractNum>"""


def _bulleted(doc, text: str, level: int):
    """A list item at ``level`` of one two-level bulleted list, as Word writes it."""
    from docx.oxml import parse_xml

    numbering = doc.part.numbering_part.element
    if numbering.find(f"{{{W}}}num[@{{{W}}}numId='90']") is None:
        numbering.insert(0, parse_xml(_NESTED_LIST))
        numbering.append(parse_xml(f'<w:num xmlns:w="{W}" w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    paragraph = doc.add_paragraph(text, style="List Paragraph")
    paragraph._p.get_or_add_pPr().append(parse_xml(
        f'<w:numPr xmlns:w="{W}"><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'))
    return paragraph


def _footnote_reference(paragraph, number: int) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = OxmlElement("w:r")
    props = OxmlElement("w:rPr")
    style = OxmlElement("w:vertAlign")
    style.set(qn("w:val"), "superscript")
    props.append(style)
    run.append(props)
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), str(number))
    run.append(ref)
    paragraph._p.append(run)


FOOTNOTES_XML = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes xmlns:w="{W}">
<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {{note}}</w:t></w:r></w:p></w:footnote>
</w:footnotes>"""


def add_footnotes_part(path: Path, note: str) -> None:
    """Add word/footnotes.xml with footnote 1 (and its relationship and content type)."""
    with zipfile.ZipFile(path) as src:
        parts = {i.filename: src.read(i.filename) for i in src.infolist()}
    parts["word/footnotes.xml"] = FOOTNOTES_XML.replace("{note}", note).encode()
    rels = parts["word/_rels/document.xml.rels"].decode()
    rels = rels.replace("</Relationships>",
                        '<Relationship Id="rIdFoot1" Type="http://schemas.openxmlformats.org/officeDocument/'
                        '2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>')
    parts["word/_rels/document.xml.rels"] = rels.encode()
    types = parts["[Content_Types].xml"].decode()
    types = types.replace("</Types>", '<Override PartName="/word/footnotes.xml" ContentType="application/'
                          'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>')
    parts["[Content_Types].xml"] = types.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in parts.items():
            out.writestr(name, data)


def vietnamese_docx(path: Path, *, title: str = "Ngoại giao công chúng trong kỷ nguyên số",
                    image: bytes | None = None) -> Path:
    from docx import Document
    from docx.shared import Inches

    doc = Document()
    props = doc.core_properties
    props.title = "Tiêu đề trong thuộc tính"
    props.author = "Nguyễn Thị Hoà; Trần Văn Đức"
    props.keywords = "ngoại giao, truyền thông; công chúng"
    props.comments = "Bài viết bàn về ngoại giao công chúng của Việt Nam."
    if title:
        doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Từ lý luận đến thực tiễn", style="Subtitle")
    lead = doc.add_paragraph("Ngoại giao công chúng là ")
    lead.add_run("một bộ phận quan trọng").bold = True
    lead.add_run(" của chính sách ")
    lead.add_run("đối ngoại").italic = True
    lead.add_run(" với CO")
    lead.add_run("2").font.subscript = True
    lead.add_run(" và m")
    lead.add_run("2").font.superscript = True
    lead.add_run(". Xem ")
    _hyperlink(lead, "https://vi.wikipedia.org/wiki/Ngoại_giao", "Wikipedia")
    lead.add_run(" để biết thêm")
    _footnote_reference(lead, 1)
    lead.add_run(".")
    doc.add_heading("Khái niệm và lịch sử", level=1)
    doc.add_paragraph("Đoạn văn thứ hai của phần một.")
    doc.add_heading("Các kênh chính", level=2)
    _bulleted(doc, "Báo chí và truyền thông", 0)
    _bulleted(doc, "Báo in", 1)
    _bulleted(doc, "Giao lưu văn hoá", 0)
    doc.add_paragraph("Bước thứ nhất", style="List Number")
    doc.add_paragraph("Bước thứ hai", style="List Number")
    doc.add_heading("Số liệu", level=3)
    table = doc.add_table(rows=3, cols=2)
    for row, (a, b) in zip(table.rows, (("Năm", "Sự kiện"), ("2020", "Đại dịch"), ("2023", "Hội nhập"))):
        row.cells[0].text, row.cells[1].text = a, b
    doc.add_picture(io.BytesIO(image or png(40, 30)), width=Inches(1))
    doc.add_paragraph("Hình 1. Biểu đồ công chúng", style="Caption")
    doc.add_paragraph("Ngoại giao là nghệ thuật của điều có thể.", style="Quote")
    doc.add_paragraph("Đoạn cuối cùng.")
    doc.save(path)
    add_footnotes_part(path, "Theo Bộ Ngoại giao Việt Nam, 2023.")
    return path


# -- hand-made Word files (for what python-docx will not write) ---------------------------
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
    'wordprocessingml.document.main+xml"/></Types>')
PACKAGE_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="word/document.xml"/></Relationships>')


def paragraphs_xml(texts) -> str:
    return "".join(f"<w:p><w:r><w:t>{t}</w:t></w:r></w:p>" for t in texts)


def raw_docx(path: Path, body: str, *, prolog: str = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
             extra: dict[str, bytes] | None = None, encoding: str = "utf-8") -> Path:
    """A minimal .docx whose word/document.xml is ``prolog`` + a document holding ``body``."""
    document = f"{prolog}<w:document {W_NS}><w:body>{body}</w:body></w:document>"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        out.writestr("[Content_Types].xml", CONTENT_TYPES)
        out.writestr("_rels/.rels", PACKAGE_RELS)
        out.writestr("word/document.xml", document.encode(encoding))
        for name, data in (extra or {}).items():
            out.writestr(name, data)
    return path


def replace_part(path: Path, name: str, data: bytes) -> Path:
    """Rewrite one part of a .docx (e.g. its picture)."""
    with zipfile.ZipFile(path) as src:
        parts = {i.filename: src.read(i.filename) for i in src.infolist()}
    parts[name] = data
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for part, blob in parts.items():
            out.writestr(part, blob)
    return path
