"""Word ``.docx`` manuscripts: mammoth's semantic HTML, then the article's Markdown.

mammoth maps Word's styles to HTML through the style map below; the HTML goes
through :mod:`~editor_app.core.importing.html_markdown` (cleaned, then written
as Markdown). Images become the article's assets, named by their content.
The archive is checked first (:mod:`~editor_app.core.importing.archive`);
mammoth never opens files outside it (external file access is off).
"""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET

from editor_app.core.errors import N_, InputError
from editor_app.core.importing import images as img
from editor_app.core.importing.archive import check_xml_parts, open_archive, read_part
from editor_app.core.importing.html_markdown import html_to_markdown, parse_html
from editor_app.core.importing.manuscript import Asset, Manuscript

STYLE_MAP = """
p[style-name='Title'] => h1.doc-title:fresh
p[style-name='Subtitle'] => p.doc-subtitle:fresh
p[style-name='Heading 1'] => h2:fresh
p[style-name='Heading 2'] => h3:fresh
p[style-name='Heading 3'] => h4:fresh
p[style-name='Heading 4'] => h5:fresh
p[style-name='Quote'] => blockquote > p:fresh
p[style-name='Intense Quote'] => blockquote > p:fresh
p[style-name='Block Text'] => blockquote > p:fresh
p[style-name='Caption'] => p.doc-caption:fresh
r[style-name='Strong'] => strong
r[style-name='Emphasis'] => em
r[style-name='Intense Emphasis'] => strong > em
"""
# The same by style ID, for documents written without a styles part (by other
# programs than Word): mammoth reads such a paragraph's style name as None.
STYLE_MAP_BY_ID = "".join(re.sub(r"\[style-name='([^']+)'\]", lambda m: "." + m.group(1).replace(" ", ""), line)
                          + "\n" for line in STYLE_MAP.strip().splitlines())
_MAPPED_IDS = {m.lower() for m in re.findall(r"^[pr]\.(\w+)", STYLE_MAP_BY_ID, re.M)}
# styles whose paragraphs are ordinary paragraphs: nothing is lost, no need to say so
_PLAIN_STYLES = {"list paragraph", "normal (web)", "body text", "body text 2", "body text 3",
                 "body text indent", "no spacing", "plain text", "default paragraph font",
                 "footnote text", "endnote text", "hyperlink", "footnote reference", "endnote reference"}
_MAX_NOTES = 20
_CORE = {"dc": "http://purl.org/dc/elements/1.1/",
         "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"}
_STYLE_WARNING = re.compile(r"Unrecognised (paragraph|run|table) style: '?(.*?)'? \(Style ID: (.*)\)$")
_UNDEFINED_STYLE = re.compile(r"(Paragraph|Run|Table|Numbering) style with ID (.*) was referenced but not defined")


def convert_docx(data: bytes) -> Manuscript:
    import mammoth

    from editor_app.core.importing.docx_xml import install

    install()   # mammoth's XML reader, made three times faster
    archive = open_archive(data)
    check_xml_parts(archive)
    if "word/document.xml" not in archive.namelist() and not any(
            n.endswith("document.xml") for n in archive.namelist()):
        raise InputError(N_("this zip archive is not a Word document (it has no word/document.xml)"))
    assets: dict[str, Asset] = {}
    notes: list[str] = []
    try:
        # (every rule is tried on every paragraph and run: the ID rules only when needed)
        style_map = STYLE_MAP if "word/styles.xml" in archive.namelist() else STYLE_MAP + STYLE_MAP_BY_ID
        result = mammoth.convert_to_html(io.BytesIO(data), style_map=style_map, include_embedded_style_map=False,
                                         convert_image=mammoth.images.img_element(_image_reader(assets, notes)))
    except InputError:
        raise
    except (KeyError, ValueError, IndexError, AttributeError, TypeError, ET.ParseError) as exc:
        raise InputError(N_("this Word document could not be read ({kind}: {exc})",
                            kind=exc.__class__.__name__, exc=exc)) from None
    except Exception as exc:  # noqa: BLE001 - expat and zip errors of a broken file
        raise InputError(N_("this Word document could not be read ({kind}: {exc})",
                            kind=exc.__class__.__name__, exc=exc)) from None
    manuscript = _from_html(result.value, assets)
    manuscript.notes = notes + _plain_messages(result.messages) + _comments_note(archive)
    if not manuscript.body.strip() and not manuscript.title:
        raise InputError("the document has no text" + (f" ({manuscript.notes[0]})" if manuscript.notes else ""))
    _fill_from_properties(manuscript, archive)
    return manuscript


def _comments_note(archive) -> list[str]:
    """Word comments are the author's notes to the editor: not part of the article."""
    for name in archive.namelist():
        if name.lower().endswith("comments.xml") and b"<w:comment " in read_part(archive, name):
            return ["the document's Word comments were not imported (read them in Word)"]
    return []


def _image_reader(assets: dict[str, Asset], notes: list[str]):
    def read(image) -> dict[str, str]:
        with image.open() as stream:
            data = stream.read(img.IMAGE_MAX_BYTES + 1)
        try:
            kind = img.check_image(data, N_("image {number}", number=len(assets) + len(notes) + 1))
        except InputError as exc:
            notes.append(N_("{exc}; it was left out", exc=exc))
            return {"src": ""}
        name = img.asset_name(data, kind)
        assets.setdefault(name, Asset(name, data, img.mime_type(kind)))
        attrs = {"src": f"assets/{name}"}
        if image.alt_text:
            attrs["alt"] = image.alt_text
        return attrs
    return read


def _from_html(html: str, assets: dict[str, Asset]) -> Manuscript:
    soup = parse_html(html)
    title = _take(soup, "h1", "doc-title")
    subtitle = _take(soup, "p", "doc-subtitle")
    for caption in soup.find_all("p", class_="doc-caption"):
        _attach_caption(soup, caption)

    def keep(src: str, _alt: str, _title: str) -> str | None:
        name = src.removeprefix("assets/")
        return src if name in assets else None

    body = html_to_markdown(soup, images=keep)
    used = set(re.findall(r"\(assets/([^)\s]+)", body))
    return Manuscript(body=body, title=title, subtitle=subtitle,
                      assets=[a for a in assets.values() if a.name in used])


def _take(soup, tag: str, cls: str) -> str:
    """The text of every paragraph of this style, removed from the body."""
    parts = []
    for found in soup.find_all(tag, class_=cls):
        parts.append(" ".join(found.get_text(" ").split()))
        found.decompose()
    return " ".join(p for p in parts if p)


def _only_image(block) -> object | None:
    if block is None or block.name != "p" or block.get_text(strip=True):
        return None
    found = block.find_all("img")
    return found[0] if len(found) == 1 else None


def _attach_caption(soup, caption) -> None:
    """A caption next to an image becomes that image's caption (its title, and
    its alt text when it has none); elsewhere (a table's) an italic line."""
    text = " ".join(caption.get_text(" ").split())
    image = _only_image(caption.find_previous_sibling()) or _only_image(caption.find_next_sibling())
    if image is not None and text:
        image["title"] = text
        if not image.get("alt"):
            image["alt"] = text
        caption.decompose()
        return
    caption.name = "p"
    del caption["class"]
    em = soup.new_tag("em")
    for child in list(caption.contents):
        em.append(child.extract())
    caption.append(em)


def _plain_messages(messages) -> list[str]:
    said: list[str] = []
    for message in messages:
        text = _plain(message.message)
        if text and text not in said:
            said.append(text)
    if len(said) > _MAX_NOTES:
        said = said[:_MAX_NOTES] + [f"and {len(said) - _MAX_NOTES} more notes from the conversion"]
    return said


def _plain(message: str) -> str | None:
    undefined = _UNDEFINED_STYLE.match(message)
    if undefined:   # said below, when its paragraphs are not mapped (by style ID)
        return None
    found = _STYLE_WARNING.match(message)
    if found:
        kind, name, style_id = found.groups()
        if name == "None":
            name = style_id
        if name.lower() in _PLAIN_STYLES or name.replace(" ", "").lower() in _MAPPED_IDS:
            return None
        if kind == "paragraph":
            return f"paragraphs in Word's style '{name}' were imported as ordinary paragraphs"
        if kind == "run":
            return f"text in Word's character style '{name}' was imported without that style"
        return f"a table in Word's style '{name}' was imported as an ordinary table"
    if "is unlikely to display in web browsers" in message:
        return None   # said already by the image check, in plain words
    if message.startswith("An unrecognised element was ignored"):
        what = message.rsplit(":", 1)[-1].strip()
        return f"some Word content ({what}) has no equivalent in an article and was left out"
    external = re.match(r"could not (?:open|find) external image '(.*?)'", message)
    if external:
        return (f"the picture '{external.group(1)}' is linked from outside the document, not inside it; "
                "it was left out (insert it in Word, or add it to the article by hand)")
    return f"Word conversion: {message}"


def _fill_from_properties(manuscript: Manuscript, archive) -> None:
    """The document's properties (File > Info in Word) fill what the text did not give."""
    try:
        root = ET.fromstring(read_part(archive, "docProps/core.xml"))
    except (KeyError, ET.ParseError, InputError):
        return

    def prop(name: str) -> str:
        found = root.find(name, _CORE)
        return " ".join((found.text or "").split()) if found is not None else ""

    manuscript.title = manuscript.title or prop("dc:title")
    manuscript.summary = manuscript.summary or prop("dc:description")
    if not manuscript.authors:
        manuscript.authors = [a.strip() for a in prop("dc:creator").split(";") if a.strip()]
    if not manuscript.keywords:
        manuscript.keywords = [k.strip() for k in re.split(r"[,;]", prop("cp:keywords")) if k.strip()]
