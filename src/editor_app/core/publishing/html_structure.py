"""Make allowlisted HTML conform to the HTML content model, and accessible.

:func:`repair` takes nh3's output (see :mod:`editor_app.core.publishing.sanitize`) and
returns it with the structure a page may hold, so that the W3C Nu checker and
axe-core accept any article body:

* List items only in ``ul``/``ol``; other content of a list is wrapped in an
  ``li``.  ``dt``/``dd`` only in a ``dl`` of ``dt+ dd+`` groups; any other
  ``dl`` becomes a ``div`` (its terms and details ``div`` too).
* Tables hold one leading ``caption``, a ``thead``, ``tbody`` groups and a
  ``tfoot``, in that order; rows without cells are dropped; anything else
  found inside a table is moved before it; an empty ``th`` becomes a ``td``.  ``figcaption`` only as the first
  or last child of a ``figure``.
* Misplaced list, table and figure parts become a ``div`` where blocks are
  allowed and are unwrapped (their content kept) inside phrasing elements
  (``p``, headings, ``em``...), where any block is unwrapped too.
* No ``a`` inside an ``a``, no heading or ``section`` inside ``dt``/``th``,
  no ``table`` inside a ``caption``.
* Links without ``href`` or without an accessible name (visible text or an
  image with a non-empty ``alt``) and headings with no visible content are
  unwrapped; images without a ``src`` become their ``alt`` text; images
  without ``alt`` get ``alt=""``; a repeated ``id`` is dropped; ``h1``
  becomes ``h2``; external links get ``rel``.
* Row and column spans are cut to what the table holds
  (:mod:`editor_app.core.publishing.table_spans`).
* Elements nested deeper than :data:`MAX_DEPTH` are reduced to their text.

Text is kept (in order, except what leaves a table), whitespace aside.  The
input must be nh3 output, as :mod:`editor_app.core.publishing.html_tree` explains.
"""

from __future__ import annotations

import html as _html
import re
from collections.abc import Callable

from editor_app.core.publishing.html_tree import Element, Node, has_content, is_blank, parse, serialize, tag_attributes
from editor_app.core.publishing.safe_urls import is_external
from editor_app.core.publishing.table_spans import fix_spans

__all__ = ["EXTERNAL_REL", "MAX_DEPTH", "repair"]

MAX_DEPTH = 100
EXTERNAL_REL = "noopener noreferrer"

PHRASING_PARENTS = frozenset(
    "p h1 h2 h3 h4 h5 h6 pre em strong b i s sup sub mark abbr cite q small code kbd".split()
)
FLOW_ONLY = frozenset("p h1 h2 h3 h4 h5 h6 pre div section blockquote ul ol dl figure table hr".split())
# Elements that belong inside one particular parent, which handles them itself.
PARTS = frozenset("li dt dd figcaption caption thead tbody tfoot tr td th".split())
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_ROW_GROUPS = frozenset({"thead", "tbody", "tfoot"})
_DL_GROUPS = re.compile(r"(?:t+d+)*")
_SCOPE_ATTR = re.compile(r'\sscope="[^"]*"')

# Context flags: what the children of the element being repaired may not be.
PHRASING, NO_A, NO_HEADING, NO_TABLE = 1, 2, 4, 8


def _text_only(nodes: list[Node]) -> list[Node]:
    """The text of *nodes*, elements dropped (for what is nested too deeply)."""
    out: list[Node] = []
    pending = list(reversed(nodes))
    while pending:
        node = pending.pop()
        if type(node) is str:
            out.append(node)
        else:
            out.append(" ")
            pending.extend(reversed(node.children))
    return out


# -- repair ---------------------------------------------------------------------


def _repair_all(nodes: list[Node], ctx: int, depth: int) -> list[Node]:
    out: list[Node] = []
    for node in nodes:
        if type(node) is str:
            out.append(node)
        else:
            out.extend(_repair(node, ctx, depth))
    return out


def _unwrap(node: Element, ctx: int, depth: int, separate: bool = False) -> list[Node]:
    """The repaired children of *node* in its place (a space after a block)."""
    inner = _repair_all(node.children, ctx, depth)
    return [*inner, " "] if separate and inner else inner


def _as_div(node: Element, ctx: int, depth: int) -> list[Node]:
    node.name, node.attrs = "div", ""
    return _flow_box(node, ctx, depth)


def _repair(node: Element, ctx: int, depth: int) -> list[Node]:
    """*node* repaired for a parent of context *ctx*: zero or more nodes."""
    name = node.name
    if depth > MAX_DEPTH:
        return _text_only([node])
    if name in PARTS:  # reached a generic parent: misplaced
        if ctx & PHRASING:
            return _unwrap(node, ctx, depth, separate=True)
        return _as_div(node, ctx, depth)
    if ctx & PHRASING and name in FLOW_ONLY:
        return [] if name == "hr" else _unwrap(node, ctx, depth, separate=True)
    if name == "h1":
        node.name = "h2"
    return _HANDLERS.get(name, _unwrap)(node, ctx, depth + 1)


def _phrasing_box(node: Element, ctx: int, depth: int) -> list[Node]:
    node.children = _repair_all(node.children, ctx | PHRASING, depth)
    return [node]


def _flow_box(node: Element, ctx: int, depth: int) -> list[Node]:
    node.children = _repair_all(node.children, ctx & ~PHRASING, depth)
    return [node]


def _heading(node: Element, ctx: int, depth: int) -> list[Node]:
    if ctx & NO_HEADING:  # inside dt / th
        node.name, node.attrs = "p", ""
    node.children = _repair_all(node.children, ctx | PHRASING, depth)
    if not has_content(node.children):
        return node.children
    return [node]


def _section(node: Element, ctx: int, depth: int) -> list[Node]:
    if ctx & NO_HEADING:
        node.name = "div"
    return _flow_box(node, ctx, depth)


def _transparent(node: Element, ctx: int, depth: int) -> list[Node]:
    node.children = _repair_all(node.children, ctx, depth)
    return [node]


def _link(node: Element, ctx: int, depth: int) -> list[Node]:
    attrs = tag_attributes(node.attrs)
    href = attrs.get("href")
    if href is None or ctx & NO_A:
        return _unwrap(node, ctx, depth)
    node.children = _repair_all(node.children, ctx | NO_A, depth)
    if not has_content(node.children):
        return node.children
    if is_external(href):
        node.attrs += f' rel="{EXTERNAL_REL}"'
    return [node]


def _image(node: Element, ctx: int, depth: int) -> list[Node]:
    attrs = tag_attributes(node.attrs)
    if not attrs.get("src"):
        alt = attrs.get("alt", "")
        return [_html.escape(alt, quote=False)] if alt else []
    if "alt" not in attrs:
        node.attrs += ' alt=""'
    return [node]


def _void(node: Element, ctx: int, depth: int) -> list[Node]:
    return [node]


def _list(node: Element, ctx: int, depth: int) -> list[Node]:
    """``ul``/``ol``: items kept, runs of anything else wrapped in an item."""
    out: list[Node] = []
    run: list[Node] = []
    item_ctx = ctx & ~PHRASING

    def flush() -> None:
        if any(type(n) is not str or not is_blank(n) for n in run):
            out.extend(_flow_box(Element("li", "", run[:]), item_ctx, depth + 1))
        else:
            out.extend(run)
        run.clear()

    for child in node.children:
        if type(child) is not str and child.name == "li":
            flush()
            out.extend(_flow_box(child, item_ctx, depth + 1))
        else:
            run.append(child)
    flush()
    node.children = out
    return [node]


def _definition_list(node: Element, ctx: int, depth: int) -> list[Node]:
    names = []
    for child in node.children:
        if type(child) is str:
            if not is_blank(child):
                return _as_div(node, ctx, depth)
        else:
            names.append(child.name)
    pattern = "".join("t" if n == "dt" else "d" if n == "dd" else "x" for n in names)
    if not _DL_GROUPS.fullmatch(pattern):
        return _as_div(node, ctx, depth)
    for child in node.children:
        if type(child) is not str:
            term = child.name == "dt"
            _flow_box(child, ctx | NO_HEADING if term else ctx, depth)
    return [node]


def _figure(node: Element, ctx: int, depth: int) -> list[Node]:
    """A ``figcaption`` is kept only as the first or the last child, once."""
    children = node.children
    elements = [i for i, c in enumerate(children) if type(c) is not str]
    texts = [i for i, c in enumerate(children) if type(c) is str and not is_blank(c)]
    keep = None
    if elements:
        first, last = elements[0], elements[-1]
        if children[first].name == "figcaption" and not any(i < first for i in texts):
            keep = first
        elif children[last].name == "figcaption" and not any(i > last for i in texts):
            keep = last
    flow = ctx & ~PHRASING
    out: list[Node] = []
    for index, child in enumerate(children):
        if index == keep:
            out.extend(_flow_box(child, flow, depth))
        elif type(child) is str:
            out.append(child)
        else:
            out.extend(_repair(child, flow, depth))
    node.children = out
    return [node]


def _cells(row: Element, ctx: int, depth: int, stray: list[Node]) -> bool:
    """Repair a ``tr`` in place; False when it holds no cell."""
    kept: list[Node] = []
    for child in row.children:
        if type(child) is str:
            (kept if is_blank(child) else stray).append(child)
        elif child.name == "td":
            kept.extend(_flow_box(child, ctx, depth))
        elif child.name == "th":
            _flow_box(child, ctx | NO_HEADING, depth)
            if not has_content(child.children):  # an empty header labels nothing
                child.name, child.attrs = "td", _SCOPE_ATTR.sub("", child.attrs)
            kept.append(child)
        else:
            stray.append(child)
    row.children = kept
    return any(type(c) is not str for c in kept)


def _rows(group: Element, ctx: int, depth: int, stray: list[Node]) -> None:
    kept: list[Node] = []
    for child in group.children:
        if type(child) is str:
            (kept if is_blank(child) else stray).append(child)
        elif child.name == "tr":
            if _cells(child, ctx, depth + 1, stray):
                kept.append(child)
        else:
            stray.append(child)
    group.children = kept


def _table(node: Element, ctx: int, depth: int) -> list[Node]:
    """caption?, thead?, tbody*, tfoot? in that order; the rest moved before the table."""
    flow = ctx & ~PHRASING
    captions: list[Element] = []
    head: Element | None = None
    foot: Element | None = None
    bodies: list[Element] = []
    stray: list[Node] = []
    loose: Element | None = None  # tbody made for rows found directly in the table
    for child in node.children:
        if type(child) is str:
            if not is_blank(child):
                stray.append(child)
        elif child.name == "caption":
            captions.append(child)
        elif child.name == "tr":
            if _cells(child, flow, depth + 1, stray):  # strays collected in document order
                if loose is None:
                    loose = Element("tbody")
                    bodies.append(loose)
                loose.children += ["\n", child]
        elif child.name in _ROW_GROUPS:
            loose = None
            _rows(child, flow, depth + 1, stray)
            if child.name == "thead" and head is None:
                head = child
            elif child.name == "tfoot" and foot is None:
                foot = child
            else:
                child.name = "tbody"
                bodies.append(child)
        else:
            stray.append(child)
    parts: list[Element] = []
    if captions:
        caption = Element("caption", "", [n for c in captions for n in (*c.children, " ")][:-1])
        parts.extend(_flow_box(caption, flow | NO_TABLE, depth))
    parts += [group for group in (head, *bodies, foot) if group is not None]
    node.children = [n for part in parts for n in ("\n", part)] + ["\n"] if parts else []
    fix_spans(node)
    return [*_repair_all(stray, flow, depth), node]


def _table_in_caption(node: Element, ctx: int, depth: int) -> list[Node]:
    if ctx & NO_TABLE:
        return _unwrap(node, ctx, depth)
    return _table(node, ctx, depth)


_HANDLERS: dict[str, Callable[[Element, int, int], list[Node]]] = {
    **{name: _phrasing_box for name in PHRASING_PARENTS},
    **{name: _heading for name in HEADINGS},
    "div": _flow_box, "blockquote": _flow_box, "section": _section,
    "a": _link, "ins": _transparent, "del": _transparent,
    "img": _image, "br": _void, "hr": _void,
    "ul": _list, "ol": _list, "dl": _definition_list,
    "figure": _figure, "table": _table_in_caption,
}


def repair(html: str) -> str:
    """*html* (nh3 output) made to conform to the content model; see module doc."""
    out: list[str] = []
    serialize(_repair_all(parse(html), 0, 0), out, set())
    return "".join(out)
