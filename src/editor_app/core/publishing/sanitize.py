"""HTML sanitizer for article bodies: an explicit allowlist on top of nh3.

Everything the Markdown renderer produces, and any raw HTML an author typed,
goes through :func:`sanitize_html` before it reaches the preview or an
exported page.  The rules:

* Only the tags in :data:`ALLOWED_TAGS` survive (text inside other tags is
  kept, the tags themselves go).  ``<script>``, ``<style>`` and other
  raw-text or embedding elements are removed *with* their content
  (:data:`REMOVED_WITH_CONTENT`); SVG and MathML subtrees are dropped.
* ``<h1>`` is demoted to ``<h2>``: the page's only ``<h1>`` is the article
  title, which the page template writes.
* Attributes are allowed per tag; ``id`` only on headings and on the
  elements footnotes use (``li``, ``sup``), and only with a plain value.
  No ``style``, no event handlers, no ``data-*``.
* Links: ``http``, ``https``, ``mailto``, in-page ``#fragments`` and
  relative paths (not ``//host`` or ``\\\\host``, which a page opened from
  disk would resolve to a network share).  Images: ``https`` or a file of
  the article's own ``assets/`` folder.  Schemes are checked after the
  parser decoded entities and after removing whitespace and control
  characters, so ``jav&#x09;ascript:`` and friends are caught; kept
  addresses are made valid URLs (percent-encoded) by
  :mod:`editor_app.core.publishing.safe_urls`.
* Numbers are numbers in the range HTML allows (``colspan`` 1-1000...).
* The result is then repaired to the HTML content model by
  :func:`editor_app.core.publishing.html_structure.repair`: list items only in lists,
  table parts only in tables, no blocks inside ``p`` or ``em``, no link
  without an accessible name, ``alt`` on every image, unique ids.  External
  links get ``rel="noopener noreferrer"``.
"""

from __future__ import annotations

import re

import nh3

from editor_app.core.publishing.html_structure import EXTERNAL_REL, repair
from editor_app.core.publishing.html_tree import TAG, tag_attributes
from editor_app.core.publishing.safe_urls import LINK_SCHEMES, asset_name, clean_image_src, clean_link

__all__ = [
    "ALLOWED_TAGS",
    "TAG",
    "asset_name",
    "tag_attributes",
    "OUTPUT_TAGS",
    "REMOVED_WITH_CONTENT",
    "EXTERNAL_REL",
    "allowlist_html",
    "sanitize_html",
]

ALLOWED_TAGS: frozenset[str] = frozenset(
    {
        "p", "br", "hr", "div", "section",
        "h1", "h2", "h3", "h4", "h5", "h6",
        "ul", "ol", "li", "dl", "dt", "dd",
        "blockquote", "pre", "code", "kbd",
        "em", "strong", "b", "i", "s", "sup", "sub", "del", "ins", "mark",
        "abbr", "cite", "q", "small",
        "a", "img", "figure", "figcaption",
        "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td",
    }
)
#: Tags that can appear in sanitized output (``h1`` is always demoted).
OUTPUT_TAGS: frozenset[str] = ALLOWED_TAGS - {"h1"}

REMOVED_WITH_CONTENT: frozenset[str] = frozenset(
    {
        "script", "style", "template", "iframe", "frame", "frameset",
        "object", "embed", "applet", "noscript", "noembed", "noframes",
        "xmp", "plaintext", "textarea", "select", "title", "svg", "math",
    }
)

_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_ATTRIBUTES: dict[str, set[str]] = {
    "*": set(),  # replaces nh3's generic defaults (lang, title)
    "a": {"href", "title", "class"},
    "abbr": {"title"},
    "img": {"src", "alt", "title", "width", "height"},
    "ol": {"start"},
    "th": {"colspan", "rowspan", "scope", "class"},
    "td": {"colspan", "rowspan", "class"},
    "code": {"class"},
    "div": {"class"},
    "section": {"class"},
    "li": {"id"},
    "sup": {"id"},
    **{tag: {"id"} for tag in _HEADINGS},
}

# Class values the renderer itself emits; anything else is dropped.
_CLASSES: dict[str, frozenset[str]] = {
    "a": frozenset({"footnote-ref", "footnote-backref"}),
    "div": frozenset({"footnote"}),
    "section": frozenset({"footnote"}),
    "th": frozenset({"align-left", "align-center", "align-right"}),
    "td": frozenset({"align-left", "align-center", "align-right"}),
}
_CODE_CLASS = re.compile(r"language-[A-Za-z0-9_+#.-]{1,40}")
_ID = re.compile(r"[A-Za-z][A-Za-z0-9_:.-]{0,127}")
_NUMBER = re.compile(r"[0-9]{1,5}")
_SCOPES = frozenset({"row", "col", "rowgroup", "colgroup"})

_COUNTS = {"colspan": range(1, 1001), "rowspan": range(0, 65535)}
# Code points an HTML document may not hold: controls other than whitespace and
# non-characters (written as the complement: a class of astral non-characters
# makes the scan ten times slower).
_FORBIDDEN = re.compile(
    "[^\t\n\x0c\r -~\xa0-\ufdcf\ufdf0-\ufffd%s]"
    % "".join(f"{chr(plane << 16)}-{chr(plane << 16 | 0xFFFD)}" for plane in range(1, 17))
)


def _clean_class(tag: str, value: str) -> str | None:
    if tag == "code":
        kept = [c for c in value.split() if _CODE_CLASS.fullmatch(c)]
    else:
        allowed = _CLASSES.get(tag, frozenset())
        kept = [c for c in value.split() if c in allowed]
    return " ".join(kept) or None


def _number(attr: str, value: str) -> str | None:
    value = value.strip()
    if not _NUMBER.fullmatch(value):
        return None
    allowed = _COUNTS.get(attr)
    return str(int(value)) if allowed is None or int(value) in allowed else None


def _filter_attribute(tag: str, attr: str, value: str) -> str | None:
    """nh3 callback: the value to keep, or None to drop the attribute."""
    if attr == "href":
        return clean_link(value)
    if attr == "src":
        return clean_image_src(value) if tag == "img" else None
    if attr == "class":
        return _clean_class(tag, value)
    if attr == "id":
        return value if _ID.fullmatch(value) else None
    if attr in ("width", "height", "colspan", "rowspan", "start"):
        return _number(attr, value)
    if attr == "scope":
        return value if value in _SCOPES else None
    return value  # title, alt: plain text, escaped on output


_CLEANER = nh3.Cleaner(
    tags=set(ALLOWED_TAGS),
    clean_content_tags=set(REMOVED_WITH_CONTENT),
    attributes={tag: set(names) for tag, names in _ATTRIBUTES.items()},
    attribute_filter=_filter_attribute,
    url_schemes=set(LINK_SCHEMES),
    strip_comments=True,
    link_rel=None,
)


def allowlist_html(html: str) -> str:
    """*html* reduced to the allowlist, without the structural repair.

    Inert, but possibly invalid HTML (an ``li`` outside a list...): only for
    pieces that are sanitized again, with :func:`sanitize_html`, as part of
    the whole body.
    """
    return _CLEANER.clean(html) if html else ""


def sanitize_html(html: str) -> str:
    """Return *html* reduced to the article allowlist (see module doc)."""
    if not html:
        return ""
    return repair(_FORBIDDEN.sub("", _CLEANER.clean(html)))
