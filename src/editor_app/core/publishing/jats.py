"""JATS 1.3 (Journal Publishing tag set) XML of an article (no Qt).

The format PubMed Central, OJS, Crossref workflows and repositories take in.

- ``front``: ``journal-meta`` (journal id and title, ISSN, publisher) and
  ``article-meta`` (DOI, section, title and subtitle, authors with ORCID iDs and
  affiliations, publication date, volume and issue when the article is in one,
  licence, abstract from the summary, keywords).
- ``body``: the rendered (sanitized) body: headings become nested ``sec`` with their
  ``title``; ``p``, ``list``/``list-item``, ``table-wrap`` (the XHTML table model
  JATS allows), ``fig`` with ``caption`` and ``graphic``, ``disp-quote``,
  ``preformat``; inline ``bold``, ``italic``, ``monospace``, ``sup``, ``sub``,
  ``strike``, ``underline``, ``ext-link``, footnote calls as ``xref``.
- ``back``: the footnotes as ``fn-group``, the references section as ``ref-list``.

Names: Vietnamese writes the family name first (``name-style="eastern"``, the first
word the surname); other languages last. Images point to ``<slug>/<file>`` next to
the XML file (the export writes them there). The output is well-formed UTF-8, built
with ElementTree (every text escaped).
"""

from __future__ import annotations

import html as _html
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from editor_app.core.dto import ArticleData, ProfileData
from editor_app.core.publishing.html_tree import Element, Node, parse, tag_attributes
from editor_app.core.publishing.page_body import split_body
from editor_app.core.publishing.safe_urls import asset_name
from editor_app.core.text import clean_line, slugify
from editor_app.core.validate import doi_value, html_language, issn_value, orcid_url

XLINK = "http://www.w3.org/1999/xlink"
DOCTYPE = ('<!DOCTYPE article PUBLIC "-//NLM//DTD JATS (Z39.96) Journal Publishing DTD v1.3 20210610//EN" '
           '"JATS-journalpublishing1-3.dtd">')
ET.register_namespace("xlink", XLINK)
_HEADING = re.compile(r"h([1-6])")
_INLINE = {"em": "italic", "i": "italic", "strong": "bold", "b": "bold", "code": "monospace", "kbd": "monospace",
           "sup": "sup", "sub": "sub", "del": "strike", "s": "strike", "u": "underline", "ins": "underline",
           "mark": "underline", "small": None, "span": None, "abbr": None, "cite": "italic", "q": None}
_BLOCKS = {"p", "ul", "ol", "table", "figure", "blockquote", "pre", "div", "hr", "dl"} | {f"h{i}" for i in range(1, 7)}


@dataclass
class IssueInfo:
    volume: str
    number: str
    year: int


def _text(value: str) -> str:
    return _html.unescape(value)


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs) -> ET.Element:
    el = ET.SubElement(parent, tag, {k.replace("__", ":").replace("_", "-"): v for k, v in attrs.items()})
    if text:
        el.text = text
    return el


def _append_text(el: ET.Element, text: str) -> None:
    if not text:
        return
    if len(el):
        el[-1].tail = (el[-1].tail or "") + text
    else:
        el.text = (el.text or "") + text


# -- inline content ------------------------------------------------------------------
def _inline(target: ET.Element, nodes: list[Node]) -> None:
    for node in nodes:
        if isinstance(node, str):
            _append_text(target, _text(node))
            continue
        attrs = tag_attributes(node.attrs)
        if node.name == "br":
            _append_text(target, "\n")
        elif node.name == "img":
            href = _image_href(attrs.get("src", ""))
            if href:
                el = _sub(target, "inline-graphic")
                el.set(f"{{{XLINK}}}href", href)
            elif attrs.get("alt"):
                _append_text(target, attrs["alt"])
        elif node.name == "sup" and any(isinstance(c, Element) and c.name == "a" and "footnote-ref" in
                                        tag_attributes(c.attrs).get("class", "") for c in node.children):
            label = _plain(node.children)
            _sub(target, "xref", label, ref_type="fn", rid=f"fn{_fn_id(label)}")
        elif node.name == "a":
            href = attrs.get("href", "")
            if href.startswith(("http://", "https://", "mailto:")) and "footnote-backref" not in attrs.get("class", ""):
                link = _sub(target, "ext-link", ext_link_type="uri")
                link.set(f"{{{XLINK}}}href", href)
                _inline(link, node.children)
            elif "footnote-backref" not in attrs.get("class", ""):
                _inline(target, node.children)
        elif _INLINE.get(node.name):
            _inline(_sub(target, _INLINE[node.name]), node.children)
        else:
            _inline(target, node.children)


def _plain(nodes: list[Node]) -> str:
    out = []
    for node in nodes:
        out.append(_text(node) if isinstance(node, str) else _plain(node.children))
    return "".join(out)


def _fn_id(label: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]", "", label) or "x"


def _image_href(src: str) -> str:
    name = asset_name(src)
    return f"{_SLUG_DIR[0]}/{name}" if name else (src if src.startswith("https://") else "")


_SLUG_DIR = [""]   # the article being converted (images are written in a folder named by its slug)


# -- blocks ----------------------------------------------------------------------------
def _is_block(node: Node) -> bool:
    return isinstance(node, Element) and node.name in _BLOCKS


def _blocks(target: ET.Element, nodes: list[Node]) -> None:
    """Block content into ``target``; loose inline content becomes a paragraph."""
    loose: list[Node] = []

    def flush() -> None:
        if any(not isinstance(n, str) or n.strip() for n in loose):
            _inline(_sub(target, "p"), loose)
        loose.clear()

    for node in nodes:
        if not _is_block(node):
            loose.append(node)
            continue
        flush()
        _block(target, node)
    flush()


def _block(target: ET.Element, node: Element) -> None:
    name = node.name
    if name == "p":
        images = [c for c in node.children if isinstance(c, Element) and c.name == "img"]
        if images and not _plain([c for c in node.children if not (isinstance(c, Element) and c.name == "img")]).strip():
            for img in images:
                _figure(target, img, [])
        else:
            _inline(_sub(target, "p"), node.children)
    elif name in ("ul", "ol"):
        lst = _sub(target, "list", list_type="bullet" if name == "ul" else "order")
        for item in node.children:
            if isinstance(item, Element) and item.name == "li":
                _blocks(_sub(lst, "list-item"), item.children)
    elif name == "blockquote":
        _blocks(_sub(target, "disp-quote"), node.children)
    elif name == "pre":
        _sub(target, "preformat", _plain(node.children))
    elif name == "table":
        _table(_sub(target, "table-wrap"), node)
    elif name == "figure":
        imgs = [c for c in node.children if isinstance(c, Element) and c.name == "img"]
        caption = next((c for c in node.children if isinstance(c, Element) and c.name == "figcaption"), None)
        if imgs:
            _figure(target, imgs[0], caption.children if caption else [])
    elif name == "dl":
        lst = _sub(target, "def-list")
        item = None
        for child in node.children:
            if isinstance(child, Element) and child.name == "dt":
                item = _sub(lst, "def-item")
                _inline(_sub(item, "term"), child.children)
            elif isinstance(child, Element) and child.name == "dd":
                item = item if item is not None else _sub(lst, "def-item")
                _blocks(_sub(item, "def"), child.children)
    elif name == "div":
        _blocks(target, node.children)
    # hr and stray headings (handled by _sections) leave nothing


def _figure(target: ET.Element, img: Element, caption: list[Node]) -> None:
    attrs = tag_attributes(img.attrs)
    href = _image_href(attrs.get("src", ""))
    if not href:
        return
    fig = _sub(target, "fig")
    if caption or attrs.get("alt"):
        cap = _sub(fig, "caption")
        _inline(_sub(cap, "p"), caption or [attrs.get("alt", "")])
    graphic = _sub(fig, "graphic")
    graphic.set(f"{{{XLINK}}}href", href)
    if attrs.get("alt"):
        _sub(graphic, "alt-text", attrs["alt"])


def _table(wrap: ET.Element, node: Element) -> None:
    table = _sub(wrap, "table")

    def copy(into: ET.Element, nodes: list[Node]) -> None:
        for child in nodes:
            if not isinstance(child, Element):
                continue
            if child.name in ("thead", "tbody", "tfoot", "tr"):
                copy(_sub(into, child.name), child.children)
            elif child.name in ("th", "td"):
                attrs = tag_attributes(child.attrs)
                cell = _sub(into, child.name, **{k: attrs[k] for k in ("colspan", "rowspan") if k in attrs})
                style = attrs.get("style", "")
                align = re.search(r"text-align:\s*(left|center|right)", style)
                if align:
                    cell.set("align", align.group(1))
                _inline(cell, child.children)

    copy(table, node.children)


def _sections(target: ET.Element, nodes: list[Node]) -> None:
    """Headings open nested ``sec``; content before the first heading stays in ``target``."""
    stack: list[tuple[int, ET.Element]] = [(1, target)]
    pending: list[Node] = []

    def flush() -> None:
        _blocks(stack[-1][1], pending)
        pending.clear()

    for node in nodes:
        match = _HEADING.fullmatch(node.name) if isinstance(node, Element) else None
        if not match:
            pending.append(node)
            continue
        flush()
        level = int(match.group(1))
        while len(stack) > 1 and stack[-1][0] >= level:
            stack.pop()
        sec = _sub(stack[-1][1], "sec")
        anchor = tag_attributes(node.attrs).get("id")
        if anchor and re.fullmatch(r"[A-Za-z_][\w.-]*", anchor):
            sec.set("id", anchor)
        _inline(_sub(sec, "title"), node.children)
        stack.append((level, sec))
    flush()


# -- the article ---------------------------------------------------------------------------
def _name(parent: ET.Element, full: str, eastern: bool) -> None:
    words = full.split()
    if len(words) < 2:
        _sub(parent, "string-name", full)
        return
    surname, given = (words[0], " ".join(words[1:])) if eastern else (words[-1], " ".join(words[:-1]))
    name = _sub(parent, "name", name_style="eastern" if eastern else "western")
    _sub(name, "surname", surname)
    _sub(name, "given-names", given)


def _front(article: ArticleData, profile: ProfileData, issue: IssueInfo | None, lang: str):
    front = ET.Element("front")
    journal = _sub(front, "journal-meta")
    name = clean_line(profile.name)
    _sub(journal, "journal-id", slugify(name) or "journal", journal_id_type="publisher-id")
    if name:
        _sub(_sub(journal, "journal-title-group"), "journal-title", name)
    issn = issn_value(profile.issn)
    if issn:
        _sub(journal, "issn", issn, publication_format="electronic")
    if clean_line(profile.publisher):
        _sub(_sub(journal, "publisher"), "publisher-name", clean_line(profile.publisher))
    meta = _sub(front, "article-meta")
    doi = doi_value(clean_line(article.doi))
    if doi:
        _sub(meta, "article-id", doi, pub_id_type="doi")
    if clean_line(article.section):
        group = _sub(_sub(meta, "article-categories"), "subj-group", subj_group_type="heading")
        _sub(group, "subject", clean_line(article.section))
    titles = _sub(meta, "title-group")
    _sub(titles, "article-title", clean_line(article.title))
    if clean_line(article.subtitle):
        _sub(titles, "subtitle", clean_line(article.subtitle))
    authors = [a for a in article.authors if clean_line(a.name)]
    if authors:
        group = _sub(meta, "contrib-group")
        for author in authors:
            contrib = _sub(group, "contrib", contrib_type="author")
            url = orcid_url(author.orcid)
            if url:
                _sub(contrib, "contrib-id", url, contrib_id_type="orcid")
            _name(contrib, clean_line(author.name), eastern=lang == "vi")
            if clean_line(author.email):
                _sub(contrib, "email", clean_line(author.email))
            if clean_line(author.affiliation):
                _sub(contrib, "aff", clean_line(author.affiliation))
    if article.published_on:
        date = _sub(meta, "pub-date", publication_format="electronic", date_type="pub")
        _sub(date, "day", f"{article.published_on.day:02d}")
        _sub(date, "month", f"{article.published_on.month:02d}")
        _sub(date, "year", str(article.published_on.year))
    elif issue is not None:
        _sub(_sub(meta, "pub-date", publication_format="electronic", date_type="collection"), "year", str(issue.year))
    if issue is not None:
        _sub(meta, "volume", issue.volume)
        _sub(meta, "issue", issue.number)
    licence = clean_line(article.license) or clean_line(profile.default_license)
    if licence:
        lic = _sub(_sub(meta, "permissions"), "license")
        if licence.startswith("https://"):
            lic.set(f"{{{XLINK}}}href", licence)
        _sub(lic, "license-p", licence)
    if clean_line(article.summary):
        _sub(_sub(meta, "abstract"), "p", clean_line(article.summary))
    keywords = [clean_line(k) for k in article.keywords if clean_line(k)]
    if keywords:
        group = _sub(meta, "kwd-group", kwd_group_type="author")
        for keyword in keywords:
            _sub(group, "kwd", keyword)
    return front


def _back(footnotes_html: str, references_html: str) -> ET.Element | None:
    back = ET.Element("back")
    notes = [li for li in _walk(parse(footnotes_html)) if li.name == "li"]
    if notes:
        group = _sub(back, "fn-group")
        for i, li in enumerate(notes, 1):
            label = tag_attributes(li.attrs).get("id", "").split(":")[-1] or str(i)
            fn = _sub(group, "fn", id=f"fn{_fn_id(label)}")
            _sub(fn, "label", label)
            _blocks(fn, li.children)
    ref_nodes = parse(references_html)
    if any(isinstance(n, Element) for n in ref_nodes):
        refs = _sub(back, "ref-list")
        heading = next((n for n in ref_nodes if isinstance(n, Element) and _HEADING.fullmatch(n.name)), None)
        if heading is not None:
            _inline(_sub(refs, "title"), heading.children)
        items = [n for n in _walk(ref_nodes) if n.name == "li"] or \
                [n for n in ref_nodes if isinstance(n, Element) and n.name == "p"]
        for i, item in enumerate(items, 1):
            ref = _sub(refs, "ref", id=f"r{i}")
            _inline(_sub(ref, "mixed-citation"), item.children)
    return back if len(back) else None


def _indent(el: ET.Element, level: int = 0) -> None:
    """Pretty-print element-only content; mixed content (a paragraph's words and
    markup) keeps its whitespace exactly."""
    if not len(el) or (el.text or "").strip() or any((c.tail or "").strip() for c in el):
        return
    inner = "\n" + " " * (level + 1)
    el.text = inner
    for child in el:
        child.tail = inner
        _indent(child, level + 1)
    el[-1].tail = "\n" + " " * level


def _walk(nodes: list[Node]):
    for node in nodes:
        if isinstance(node, Element):
            yield node
            yield from _walk(node.children)


def article_jats(article: ArticleData, body_html: str, profile: ProfileData, issue: IssueInfo | None = None) -> str:
    """The JATS XML document of ``article`` from its rendered body (``Rendered.html``)."""
    lang = html_language(article.language) or "vi"
    _SLUG_DIR[0] = article.slug
    parts = split_body(body_html)
    root = ET.Element("article", {"article-type": "research-article", "dtd-version": "1.3",
                                  "{http://www.w3.org/XML/1998/namespace}lang": lang})
    root.append(_front(article, profile, issue, lang.split("-")[0]))
    body = _sub(root, "body")
    _sections(body, parse(parts.body))
    back = _back(parts.footnotes, parts.references)
    if back is not None:
        root.append(back)
    _indent(root)
    xml = ET.tostring(root, encoding="unicode")
    if f'xmlns:xlink="{XLINK}"' not in xml.split(">", 1)[0]:   # declared only when used: always, as JATS does
        xml = xml.replace("<article ", f'<article xmlns:xlink="{XLINK}" ', 1)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + DOCTYPE + "\n" + xml + "\n"
