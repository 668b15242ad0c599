"""Markdown -> safe article HTML, with heading anchors and asset references.

:func:`render_markdown` is the one place article bodies become HTML; the
live preview and the exporter both use it (through
:mod:`editor_app.core.publishing.guard`, which adds a time limit).  A fresh
``markdown.Markdown`` is built per call (about 2 ms), so the function is
thread-safe and no state (footnotes, abbreviations, used ids) leaks from one
article into the next.

Extensions: tables, footnotes, abbr, def_list, fenced_code, toc (ids only,
ASCII-folded with :func:`editor_app.core.text.slugify`, unique, no permalink,
no ``[TOC]`` marker), sane_lists and smarty.  ``attr_list`` is deliberately
not enabled: it would let authors put arbitrary attributes on elements.
Raw HTML in the Markdown is allowed through to :func:`sanitize_html`; each
raw-HTML fragment is reduced to the allowlist on its own first, so an
unclosed ``<style>`` or ``<math>`` cannot swallow the rest of the article,
then the whole body is sanitized, which also repairs its structure (valid
URLs, list items in lists, no empty links...).  Rendering runs in the calling thread with no time limit and can
raise ``RecursionError`` on absurdly nested lists: interactive callers use
:class:`editor_app.core.publishing.guard.GuardedRenderer`.

Markdown ``# Heading`` (h1) is demoted to h2 because the page's only h1 is
the title; table column alignment becomes ``class="align-left|center|right"``
on cells (no ``style`` attributes survive sanitizing), so the page
stylesheet must define those three classes.
"""

from __future__ import annotations

import html as _html
import re
import xml.etree.ElementTree as etree
from collections.abc import Callable
from dataclasses import dataclass

import markdown
from markdown.extensions import Extension
from markdown.postprocessors import Postprocessor
from markdown.treeprocessors import Treeprocessor

from editor_app.core.publishing.sanitize import (
    ALLOWED_TAGS, TAG, allowlist_html, asset_name, sanitize_html, tag_attributes,
)
from editor_app.core.text import clean_line, clean_text, slugify

__all__ = ["Heading", "Rendered", "render_markdown", "render_inline", "rewrite_asset_srcs"]


@dataclass(frozen=True)
class Heading:
    level: int  # 2..6 as rendered (Markdown "#" is demoted to 2)
    text: str  # plain text, not escaped
    anchor: str  # the heading's id, without "#"


@dataclass(frozen=True)
class Rendered:
    html: str  # sanitized body HTML, footnotes block included
    headings: tuple[Heading, ...]  # headings that carry an anchor, in order
    asset_refs: tuple[str, ...]  # filenames of images written assets/NAME


_BACKLINK_TITLES = {
    "vi": "Quay lại chỗ dẫn chú thích %d",
    "en": "Back to the reference of footnote %d",
}
_ALIGN = re.compile(r"text-align:\s*(left|center|right)")


def _anchor_slug(value: str, separator: str) -> str:
    """toc slugify hook: ASCII-folded slug; never empty."""
    return slugify(value) or "section"


_FOOTNOTE_ID = re.compile(r"(#?)(fn|fnref[0-9]*):(.*)", re.DOTALL)
_PLAIN_LABEL = re.compile(r"[A-Za-z0-9_.-]+")


def _footnote_labels(root: etree.Element) -> dict[str, str]:
    """Footnote label -> label safe in an id (ASCII; 'nguồn' -> 'nguon')."""
    mapping: dict[str, str] = {}
    used: set[str] = set()
    for number, item in enumerate(root.iterfind(".//div[@class='footnote']/ol/li"), start=1):
        match = _FOOTNOTE_ID.fullmatch(item.get("id", ""))
        if not match:
            continue
        label = match.group(3)
        safe = label if _PLAIN_LABEL.fullmatch(label) else slugify(label) or str(number)
        if safe in used:
            safe = f"{safe}-{number}"
        used.add(safe)
        mapping[label] = safe
    return mapping


def _rename_footnote_ids(element: etree.Element, labels: dict[str, str]) -> None:
    for attr in ("id", "href"):
        match = _FOOTNOTE_ID.fullmatch(element.get(attr, ""))
        if match and match.group(3) in labels:
            hash_, prefix, label = match.groups()
            element.set(attr, f"{hash_}{prefix}:{labels[label]}")


def _figure(paragraph: etree.Element) -> None:
    """A paragraph that holds one image with a title, ``![alt](src "caption")``,
    becomes a figure with that caption (Word captions arrive this way)."""
    children = list(paragraph)
    if len(children) != 1 or children[0].tag != "img" or (paragraph.text or "").strip() \
            or (children[0].tail or "").strip() or not children[0].get("title", "").strip():
        return
    image = children[0]
    paragraph.tag = "figure"
    caption = etree.SubElement(paragraph, "figcaption")
    caption.text = image.attrib.pop("title").strip()
    image.tail = None


class _ArticleTreeprocessor(Treeprocessor):
    """Demote h1 to h2; table alignment styles -> classes; ASCII footnote ids;
    a lone image with a title as a figure with its caption."""

    def run(self, root: etree.Element) -> None:
        labels = _footnote_labels(root)
        for paragraph in list(root.iter("p")):
            _figure(paragraph)
        for element in root.iter():
            if element.tag == "h1":
                element.tag = "h2"
            elif element.tag in ("th", "td") and "style" in element.attrib:
                match = _ALIGN.search(element.attrib.pop("style"))
                if match:
                    element.set("class", f"align-{match.group(1)}")
            elif labels and element.tag in ("sup", "li", "a"):
                _rename_footnote_ids(element, labels)


_SIMPLE_TAG = re.compile(
    r"</?(?:%s)(?:\s+[^\s\"'<>/=`]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s\"'=<>`]+))?)*\s*/?>"
    % "|".join(sorted(ALLOWED_TAGS, key=len, reverse=True)),
    re.IGNORECASE,
)


class _IsolateRawHtml(Postprocessor):
    """Sanitize each raw-HTML fragment on its own before it is put back.

    An unclosed ``<style>``, ``<textarea>`` or ``<!--`` in one fragment
    would otherwise swallow the rest of the article when the whole page is
    parsed.  Lone tags of allowed elements (``<sup>``, ``</sup>``) are left
    for the final pass, which pairs them up.  Security does not depend on
    this step: the whole body is sanitized again afterwards, and only then,
    on the whole, is its structure repaired (list items in lists...).
    """

    done = 0  # toc runs the postprocessors once per heading; the stash only grows

    def run(self, text: str) -> str:
        blocks = self.md.htmlStash.rawHtmlBlocks
        for index in range(self.done, len(blocks)):
            block = blocks[index]
            if (
                isinstance(block, str)
                and "<" in block
                and "\x02" not in block  # holds other placeholders: leave whole
                and not _SIMPLE_TAG.fullmatch(block.strip())
            ):
                blocks[index] = _sanitize_fragment(block)
        self.done = len(blocks)
        return text


_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _visible_length(fragment: str) -> int:
    return len("".join(TAG.sub("", fragment).split()))


def _sanitize_fragment(block: str) -> str:
    """Sanitize one raw-HTML block, keeping text an unclosed tag would eat.

    Python-Markdown runs a raw-HTML block whose first element is never
    closed (``<script src=x>``, ``<math>``) to the end of the article.  If
    sanitizing the paragraphs of such a block one by one keeps more text
    than sanitizing it whole, the piecewise result is used.
    """
    whole = allowlist_html(block)
    if not _BLANK_LINE.search(block):
        return whole
    pieces = "\n\n".join(allowlist_html(piece) for piece in _BLANK_LINE.split(block))
    return pieces if _visible_length(pieces) > _visible_length(whole) else whole


class _ArticleExtension(Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 (API name)
        # After footnotes (50) and inline (20), before toc (5) assigns ids.
        md.treeprocessors.register(_ArticleTreeprocessor(md), "editor_app_article", 6)
        # Before raw_html (30) restores the fragments.
        md.postprocessors.register(_IsolateRawHtml(md), "editor_app_isolate_html", 35)


def _new_markdown(language: str) -> markdown.Markdown:
    backlink = _BACKLINK_TITLES.get(language.split("-")[0], _BACKLINK_TITLES["vi"])  # "en-GB" -> "en"
    return markdown.Markdown(
        extensions=[
            "tables", "footnotes", "abbr", "def_list", "fenced_code",
            "toc", "sane_lists", "smarty", _ArticleExtension(),
        ],
        extension_configs={
            "toc": {"marker": "", "permalink": False, "slugify": _anchor_slug},
            "footnotes": {"BACKLINK_TITLE": backlink},
            "fenced_code": {"lang_prefix": "language-"},
        },
        output_format="html",
    )


_HEADING = re.compile(r"<h([2-6])((?:\s[^>]*)?)>(.*?)</h\1>", re.DOTALL)
_FOOTNOTE_REF = re.compile(r'<sup id="fnref[^"]*">.*?</sup>', re.DOTALL)


def _plain_text(fragment: str) -> str:
    text = TAG.sub("", _FOOTNOTE_REF.sub("", fragment))
    return " ".join(_html.unescape(text).split())


def _headings(body: str) -> tuple[Heading, ...]:
    found = []
    for match in _HEADING.finditer(body):
        anchor = tag_attributes(match.group(2)).get("id")
        if anchor:
            found.append(Heading(int(match.group(1)), _plain_text(match.group(3)), anchor))
    return tuple(found)


def _asset_refs(body: str) -> tuple[str, ...]:
    names: dict[str, None] = {}
    for match in TAG.finditer(body):
        if match.group(2) == "img" and not match.group(1):
            name = asset_name(tag_attributes(match.group(3)).get("src", ""))
            if name is not None:
                names.setdefault(name, None)
    return tuple(names)


def render_markdown(text: str, *, language: str = "vi") -> Rendered:
    """Render an article body; *language* ("vi"/"en") picks footnote titles."""
    source = clean_text(text)
    body = sanitize_html(_new_markdown(language).convert(source))
    return Rendered(html=body, headings=_headings(body), asset_refs=_asset_refs(body))


def render_inline(text: str) -> str:
    """HTML for a one-line field (title, subtitle, summary line).

    Decision: such fields are plain text, not Markdown, so ``*``, ``_``,
    backticks and brackets in a title stay as typed.  The result is the
    text with whitespace collapsed and HTML-escaped, safe to place inside
    any element.
    """
    return _html.escape(clean_line(text), quote=True)


def rewrite_asset_srcs(body: str, resolve: Callable[[str], str | None]) -> str:
    """Replace ``src="assets/NAME"`` of images in sanitized *body*.

    *resolve* gets the asset filename (as in :attr:`Rendered.asset_refs`) and
    returns the new URL (for example a ``data:`` URI) or None to leave the
    image unchanged.  Meant for the exporter, after sanitizing.
    """

    def replace(match: re.Match[str]) -> str:
        if match.group(2) != "img" or match.group(1):
            return match.group(0)
        attrs = tag_attributes(match.group(3))
        name = asset_name(attrs.get("src", ""))
        new_src = resolve(name) if name is not None else None
        if new_src is None:
            return match.group(0)
        attrs["src"] = new_src
        rebuilt = "".join(f' {key}="{_html.escape(value, quote=True)}"' for key, value in attrs.items())
        return f"<img{rebuilt}>"

    return TAG.sub(replace, body)
