"""HTML (from Word, LibreOffice, a browser or mammoth) to an article's Markdown.

The HTML is untrusted. It is parsed with BeautifulSoup, cleaned (scripts,
styles, forms, embedded objects and comments dropped with their content; Word's
``mso-`` styling, classes and ``o:p`` noise gone), then written as Markdown by
``markdownify``:

- headings, bold, italic, links (safe schemes only), superscript and subscript;
- lists, nested with the four-space indent Python-Markdown needs; Word's
  clipboard lists (paragraphs styled ``mso-list``) become real lists;
- tables as pipe tables, the first row as the header;
- footnotes as Markdown footnotes, whichever way they were written (mammoth's
  ``footnote-N``, Word's ``_ftnN``, LibreOffice's ``sdfootnoteN``): a link to
  a note that links back;
- images through the caller's ``images`` function (it stores them and gives
  the new address, or None to leave the image out).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bs4 import BeautifulSoup, Comment, ParserRejectedMarkup, Declaration, Doctype, NavigableString, ProcessingInstruction, Tag
from markdownify import MarkdownConverter

from editor_app.core.importing.markdown_escape import escape_markdown
from editor_app.core.publishing.safe_urls import clean_link

# dropped with everything inside them
_DROP = ("script", "style", "head", "title", "meta", "link", "noscript", "template", "iframe", "frame",
         "frameset", "object", "embed", "applet", "svg", "math", "input", "select", "textarea", "canvas", "audio", "video", "source", "track", "map", "dialog", "xml")
# their text stays (an unclosed <form> holds the rest of the page)
_UNWRAP = ("form", "button", "dialog", "label", "fieldset", "legend")
_MSO_LIST = re.compile(r"mso-list:\s*l(\d+)\s+level(\d+)", re.I)
_ORDERED_BULLET = re.compile(r"^\s*(?:\(?[0-9]+|[a-zA-Z]|[ivxlcdmIVXLCDM]+)[.)]\s*$")
_FRAGMENT = re.compile(r"<!--\s*StartFragment\s*-->(.*?)<!--\s*EndFragment\s*-->", re.S | re.I)
_CF_HEADER = re.compile(r"\A\s*Version:\s*\d[\s\S]*?(?=<)")
_FOOTNOTE = "\uE000fn{}\uE001"   # private-use marks: no HTML or Markdown text holds them
_FOOTNOTE_MARK = re.compile("\uE000fn(\\d+)\uE001")
_BLANKS = re.compile(r"\n{3,}")
MAX_DEPTH = 64   # elements deeper than this are flattened to their text
_DECLARATION = re.compile(r"<!(?!--)")
_TRAILING = re.compile(r"(\S?)([ \t]+)\n")

ImageFn = Callable[[str, str, str], "str | None"]   # (src, alt, title) -> new src or None


def clipboard_fragment(html: str) -> str:
    """The copied part of clipboard HTML: Windows' CF_HTML header and what lies
    outside ``<!--StartFragment-->``/``<!--EndFragment-->`` removed."""
    html = _CF_HEADER.sub("", html, count=1)
    found = _FRAGMENT.search(html)
    return found.group(1) if found else html


def parse_html(html: str) -> BeautifulSoup:
    """``html`` parsed as a browser would show it; markup Python's parser refuses
    (``<![...``, a broken ``<!`` declaration) is read as text instead of failing."""
    try:
        return BeautifulSoup(html, "html.parser")
    except ParserRejectedMarkup:
        return BeautifulSoup(_DECLARATION.sub("&lt;!", html), "html.parser")


def html_to_markdown(html: "str | Tag", images: ImageFn | None = None) -> str:
    """The Markdown of ``html`` (a whole page or a fragment, or an element already
    parsed: it is changed on the way)."""
    soup = parse_html(clipboard_fragment(html)) if isinstance(html, str) else html
    flatten_deep(soup)
    clean(soup)
    word_lists(soup)
    notes = footnotes(soup)
    text = _Converter(images).convert_soup(soup)
    text = _FOOTNOTE_MARK.sub(lambda m: f"[^{m.group(1)}]", text)
    if notes:
        text = text.rstrip() + "\n\n" + "\n".join(f"[^{n}]: {note}" for n, note in notes)
    text = _TRAILING.sub(_line_end, text.replace("\xa0\n", "\n"))
    return _BLANKS.sub("\n\n", text).strip() + "\n"


def _line_end(match: re.Match) -> str:
    """Trailing blanks go, but for the two spaces of a line break (``<br>``)."""
    return match.group(1) + ("  \n" if match.group(1) and len(match.group(2)) >= 2 else "\n")


def flatten_deep(soup: Tag, limit: int = MAX_DEPTH) -> None:
    """Elements nested deeper than ``limit`` give up their markup and keep their text
    (a page of 5,000 nested ``div`` is shown by a browser; written out recursively it
    would overflow the stack)."""
    deep: list[tuple[int, Tag]] = []
    stack = [(soup, 0)]
    while stack:
        tag, depth = stack.pop()
        if depth > limit and tag.name not in ("img", "br"):
            deep.append((depth, tag))
        stack.extend((child, depth + 1) for child in tag.children if isinstance(child, Tag))
    deep.sort(key=lambda item: -item[0])   # the deepest first
    for _, tag in deep:
        tag.unwrap()


# -- cleaning --------------------------------------------------------------------------
def clean(soup: Tag) -> None:
    """Drop what never belongs in an article; turn styling into tags where it means something."""
    for node in soup.find_all(string=lambda s: isinstance(s, (Comment, Declaration, Doctype,
                                                             ProcessingInstruction))):
        node.extract()
    for tag in soup.find_all(_DROP):
        tag.decompose()
    for tag in soup.find_all(True):
        if ":" in tag.name or tag.name in _UNWRAP:          # Word's o:p, v:shape, w:sdt...: their text stays
            tag.unwrap()
            continue
        _styling_to_tags(tag)


def _style(tag: Tag) -> str:
    return str(tag.get("style", "")).lower().replace(" ", "")


def _styling_to_tags(tag: Tag) -> None:
    """Bold, italic, superscript and subscript written as CSS (Google Docs, LibreOffice)."""
    style = _style(tag)
    if tag.name == "b" and "font-weight:normal" in style:   # Google Docs wraps everything in one
        tag.unwrap()
        return
    if tag.name != "span" or not style:
        return
    wraps = []
    if re.search(r"(?<![\w-])font-weight:(bold|[6-9]00)", style):
        wraps.append("strong")
    if re.search(r"(?<![\w-])font-style:italic", style):
        wraps.append("em")
    if "vertical-align:super" in style:
        wraps.append("sup")
    elif "vertical-align:sub" in style:
        wraps.append("sub")
    for name in wraps:
        tag.wrap(BeautifulSoup("", "html.parser").new_tag(name))


def word_lists(soup: Tag) -> None:
    """Word's clipboard writes list items as paragraphs styled ``mso-list:lN levelK``
    with the bullet in a ``mso-list:Ignore`` span: make them ``ul``/``ol``."""
    for para in soup.find_all("p", style=_MSO_LIST):
        if para.parent is None:
            continue
        run = [para]
        sibling = para.find_next_sibling()
        while sibling is not None and sibling.name == "p" and _MSO_LIST.search(sibling.get("style", "")):
            run.append(sibling)
            sibling = sibling.find_next_sibling()
        _make_list(soup, run)


def _make_list(soup: Tag, paragraphs: list[Tag]) -> None:
    top = None
    stack: list[tuple[int, Tag]] = []   # (level, list element)
    for para in paragraphs:
        level = int(_MSO_LIST.search(para.get("style", "")).group(2))
        marker = _bullet_text(para)
        while stack and stack[-1][0] > level:
            stack.pop()
        if not stack or stack[-1][0] < level:
            new = soup.new_tag("ol" if _ORDERED_BULLET.match(marker) else "ul")
            if stack:
                last_item = stack[-1][1].find_all("li", recursive=False)
                (last_item[-1] if last_item else stack[-1][1]).append(new)
            else:
                top = new
                para.insert_before(new)
            stack.append((level, new))
        item = soup.new_tag("li")
        for child in list(para.contents):
            item.append(child.extract())
        stack[-1][1].append(item)
        para.decompose()
    del top


def _bullet_text(para: Tag) -> str:
    """The bullet or number Word wrote (removed from the paragraph)."""
    text = ""
    for span in para.find_all(style=re.compile(r"mso-list:\s*ignore", re.I)):
        text += span.get_text()
        span.decompose()
    return text.replace("\xa0", " ").strip()


# -- footnotes ---------------------------------------------------------------------------
def _anchor_names(tag: Tag) -> set[str]:
    return {str(v) for v in (tag.get("id"), tag.get("name")) if v}


def _note_container(target: Tag, back_to: set[str]) -> Tag:
    """The element that holds the whole note: the smallest list item, division or
    paragraph around its anchor; a paragraph's division when it holds this note only."""
    node = target
    while node is not None and node.name not in ("li", "div", "aside", "p", "dd"):
        node = node.parent
    if node is None:
        return target
    parent = node.parent
    if node.name == "p" and parent is not None and parent.name in ("div", "li", "aside"):
        inner = [a["href"][1:] for a in parent.find_all("a", href=re.compile(r"^#."))]
        if inner and all(name in back_to for name in inner):
            return parent
    return node


def footnotes(soup: Tag) -> list[tuple[int, str]]:
    """Replace each footnote reference with a mark; returns (number, Markdown text) per note.

    A reference is a link to ``#X`` where the element named X sits in a note that
    links back to the reference (or to the element around it).
    """
    by_name: dict[str, Tag] = {}
    for tag in soup.find_all(True):
        for name in _anchor_names(tag):
            by_name.setdefault(name, tag)
    notes: list[tuple[int, str]] = []
    emptied: list[Tag] = []
    for link in soup.find_all("a", href=re.compile(r"^#.")):
        if link.parent is None or link.find_parent(lambda t: t in emptied):
            continue
        target = by_name.get(link["href"][1:])
        if target is None:
            continue
        back_to = _anchor_names(link) | {n for p in link.parents if p.name in ("sup", "span") for n in _anchor_names(p)}
        note = _note_container(target, back_to)
        backlinks = [a for a in note.find_all("a", href=True) if a["href"][1:] in back_to]
        if not back_to or not backlinks or note in link.parents:
            continue
        for back in backlinks:
            back.decompose()
        if target.name == "a" and target.parent is not None:
            target.decompose()   # Word's and LibreOffice's "[1]" before the note's text
        number = len(notes) + 1
        notes.append((number, _note_text(note)))
        parent = note.parent
        note.decompose()
        _drop_if_empty(parent, emptied)
        mark = link
        while mark.parent is not None and mark.parent.name in ("sup", "span", "b", "strong", "i", "em") \
                and mark.parent.get_text(strip=True) == link.get_text(strip=True):
            mark = mark.parent   # the reference's superscript goes with it: [^1] is drawn raised
        mark.replace_with(NavigableString(_FOOTNOTE.format(number)))
    return notes


def _note_text(note: Tag) -> str:
    note.name = "div"   # a list item's number is not part of the note
    text = _Converter(None).convert_soup(note)
    text = " ".join(text.split())
    return text.lstrip("↑ ").strip()


def _drop_if_empty(tag: Tag | None, emptied: list[Tag]) -> None:
    """Remove the now-empty list or division that held the notes (and a rule before it)."""
    while tag is not None and tag.name not in ("[document]", "body", "html") and not tag.get_text(strip=True) \
            and not tag.find("img"):
        parent = tag.parent
        emptied.append(tag)
        tag.decompose()
        tag = parent


# -- writing -----------------------------------------------------------------------------
class _Converter(MarkdownConverter):
    def __init__(self, images: ImageFn | None):
        super().__init__(heading_style="ATX", bullets="-", sub_symbol="<sub>", sup_symbol="<sup>",
                         table_infer_header=True, strong_em_symbol="*")
        self.images = images

    def escape(self, text, parent_tags):
        """Text stays text in Python-Markdown (see :mod:`.markdown_escape`)."""
        return escape_markdown(text)

    def convert_a(self, el, text, parent_tags):
        href = el.get("href")
        safe = clean_link(str(href)) if href else None
        if not safe or safe.startswith("#"):
            return text   # an unsafe address or an anchor that no longer exists: the text alone
        el["href"] = safe.replace("(", "%28").replace(")", "%29").replace(" ", "%20")
        return super().convert_a(el, text, parent_tags)

    def convert_img(self, el, text, parent_tags):
        src = str(el.get("src") or "")
        alt, title = str(el.get("alt") or ""), str(el.get("title") or "")
        new = self.images(src, alt, title) if (self.images is not None and src) else None
        if not new:
            return alt if "_inline" in parent_tags else ""
        alt = re.sub(r"([\[\]\\])", r"\\\1", " ".join(alt.split()))
        title_part = ' "%s"' % " ".join(title.split()).replace('"', r"\"") if title else ""
        return f"![{alt}]({new}{title_part})"

    def convert_b(self, el, text, parent_tags):
        """Bold inside bold is bold once (``****x****`` would be read as text)."""
        return text if parent_tags & {"b", "strong"} else super().convert_b(el, text, parent_tags)

    convert_strong = convert_b

    def convert_em(self, el, text, parent_tags):
        return text if parent_tags & {"em", "i"} else super().convert_em(el, text, parent_tags)

    convert_i = convert_em

    def convert_del(self, el, text, parent_tags):
        """Struck-out text as HTML: Python-Markdown has no ``~~`` syntax."""
        return f"<del>{text.strip()}</del>" if text.strip() else ""

    convert_s = convert_strike = convert_del

    def convert_li(self, el, text, parent_tags):
        text = (text or "").strip()
        if not text:
            return "\n"
        parent = el.parent
        if parent is not None and parent.name == "ol":
            start = str(parent.get("start") or "1")
            first = int(start) if start.isdigit() else 1
            bullet = f"{first + len(el.find_previous_siblings('li'))}. "
        else:
            bullet = "- "
        lines = text.split("\n")
        rest = ["    " + line if line.strip() else "" for line in lines[1:]]
        return bullet + "\n".join([lines[0]] + rest) + "\n"

    def _cell(self, el, text) -> str:
        colspan = str(el.get("colspan", "1"))
        span = max(1, min(1000, int(colspan))) if colspan.isdigit() else 1
        text = " ".join(text.replace("|", r"\|").split())
        return " " + text + " |" * span

    def convert_td(self, el, text, parent_tags):
        return self._cell(el, text)

    def convert_th(self, el, text, parent_tags):
        return self._cell(el, text)
