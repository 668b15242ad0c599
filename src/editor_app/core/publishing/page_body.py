"""The body of an article page split into text, notes and references, on its element tree.

:func:`split_body` takes the sanitized body (nh3 output, images embedded by
:mod:`editor_app.core.publishing.page_images`), which :mod:`editor_app.core.publishing.html_tree`
parses exactly, and cuts it only *between top-level elements*: a heading or
a footnote-like ``div`` inside a quote, a list, a table or any other element
stays where it is, so every part is a sequence of whole elements and the page
keeps balanced tags whatever the author wrote.

* Notes: the last top-level element, if it is a ``div`` of class
  ``footnote`` (Python-Markdown appends its footnotes there).
* References: every top-level heading whose text is "Tài liệu tham khảo",
  "References"... (:data:`REFERENCE_TITLES`, compared without case or
  diacritics, markup and footnote markers ignored) starts a references part
  that runs up to the next top-level heading of the same or a higher level.
  Several such parts are joined, in order.
* Headings of each part are re-levelled to start at ``h2`` with no skipped
  level (the title is the page's only ``h1``).
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from editor_app.core.publishing.html_tree import Node, is_blank, parse, serialize, tag_attributes
from editor_app.core.text import clean_line, fold

__all__ = [
    "REFERENCE_TITLES", "BodyParts", "first_paragraph_text", "normalize_headings", "split_body",
    "text_of",
]

REFERENCE_TITLES = frozenset({"tai lieu tham khao", "danh muc tai lieu tham khao", "references",
                              "bibliography"})
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}


@dataclass
class BodyParts:
    body: str
    footnotes: str
    references: str


def _text(nodes: list[Node]) -> str:
    """Plain text of *nodes*, footnote markers (``sup``) left out."""
    parts: list[str] = []
    pending = list(reversed(nodes))
    while pending:
        node = pending.pop()
        if type(node) is str:
            parts.append(node)
        elif node.name != "sup":
            parts.append(" ")
            pending.extend(reversed(node.children))
    return clean_line(html.unescape("".join(parts)))


def text_of(fragment: str) -> str:
    """Plain text of an HTML fragment (footnote markers dropped)."""
    return _text(parse(fragment))


def _html(nodes: list[Node]) -> str:
    out: list[str] = []
    serialize(nodes, out, set())
    return "".join(out)


def _walk(nodes: list[Node]):
    """Every element of *nodes*, in document order (no recursion)."""
    pending = [n for n in reversed(nodes) if type(n) is not str]
    while pending:
        element = pending.pop()
        yield element
        pending.extend(n for n in reversed(element.children) if type(n) is not str)


def first_paragraph_text(body_html: str) -> str:
    """Text of the body's first ``p`` (at any depth), for the page description."""
    for element in _walk(parse(body_html)):
        if element.name == "p":
            return _text(element.children)
    return ""


def _is_footnotes(node: Node) -> bool:
    return (type(node) is not str and node.name == "div"
            and "footnote" in tag_attributes(node.attrs).get("class", "").split())


def _take_footnotes(nodes: list[Node]) -> list[Node]:
    """Remove and return the last top-level element if it is the footnotes block."""
    last = len(nodes) - 1
    while last >= 0 and type(nodes[last]) is str and is_blank(nodes[last]):
        last -= 1
    if last < 0 or not _is_footnotes(nodes[last]):
        return []
    notes = nodes[last:]
    del nodes[last:]
    return notes


def _reference_level(node: Node) -> int:
    """The level of a top-level references heading, else 0."""
    if type(node) is str or node.name not in _HEADINGS:
        return 0
    return _HEADINGS[node.name] if fold(_text(node.children)).strip(" :.") in REFERENCE_TITLES else 0


def _take_references(nodes: list[Node]) -> tuple[list[Node], list[Node]]:
    """(body, references): top-level references sections moved out of *nodes*."""
    body: list[Node] = []
    references: list[Node] = []
    level = 0  # of the references section being collected, 0 outside one
    for node in nodes:
        if level and type(node) is not str and _HEADINGS.get(node.name, 7) <= level:
            level = 0
        if not level:
            level = _reference_level(node)
        (references if level else body).append(node)
    return body, references


def _relevel(nodes: list[Node]) -> None:
    """Headings from ``h2`` down with no skipped level, in place."""
    headings = [e for e in _walk(nodes) if e.name in _HEADINGS]
    if not headings:
        return
    offset = 2 - min(_HEADINGS[h.name] for h in headings)
    previous = 1
    for heading in headings:
        level = max(2, min(_HEADINGS[heading.name] + offset, previous + 1, 6))
        heading.name = f"h{level}"
        previous = level


def normalize_headings(fragment: str) -> str:
    """Make the fragment's headings start at ``<h2>`` (the title is the only h1) with no skipped level."""
    nodes = parse(fragment)
    _relevel(nodes)
    return _html(nodes)


def split_body(body_html: str) -> BodyParts:
    """Set apart the footnotes block and the references sections; re-level headings."""
    nodes = parse(body_html)
    footnotes = _take_footnotes(nodes)
    body, references = _take_references(nodes)
    _relevel(body)
    _relevel(references)
    return BodyParts(_html(body), _html(footnotes), _html(references))
