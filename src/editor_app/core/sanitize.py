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
  characters, so ``jav&#x09;ascript:`` and friends are caught.
* External links get ``rel="noopener noreferrer"``.
"""

from __future__ import annotations

import html as _html
import re
import unicodedata
from urllib.parse import unquote

import nh3

__all__ = [
    "ALLOWED_TAGS",
    "TAG",
    "asset_name",
    "tag_attributes",
    "OUTPUT_TAGS",
    "REMOVED_WITH_CONTENT",
    "EXTERNAL_REL",
    "sanitize_html",
]

EXTERNAL_REL = "noopener noreferrer"

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

_LINK_SCHEMES = frozenset({"http", "https", "mailto"})
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")
_ASSET = re.compile(r"assets/([^/\\?#\x00-\x1f\x7f]+)")


def _visible(value: str) -> str:
    """*value* without whitespace, control and format (zero-width) characters."""
    return "".join(
        ch for ch in value if not ch.isspace() and unicodedata.category(ch) not in ("Cc", "Cf")
    )


def _scheme(url: str) -> str | None:
    match = _SCHEME.match(url)
    return match.group(1).lower() if match else None


def _clean_href(value: str) -> str | None:
    compact = _visible(value)
    if not compact:
        return None
    scheme = _scheme(compact)
    if scheme is not None:
        return value.strip() if scheme in _LINK_SCHEMES else None
    if compact.startswith("\\") or compact[:2] in ("//", "/\\"):
        return None  # network path: file://host/... when opened from disk
    return value.strip()


def asset_name(src: str) -> str | None:
    """The asset filename of an ``assets/NAME`` image source, else None."""
    match = _ASSET.fullmatch(src.strip())
    if not match:
        return None
    name = unquote(match.group(1))
    if not name or name.startswith(".") or "/" in name or "\\" in name:
        return None
    return name


def _clean_img_src(value: str) -> str | None:
    compact = _visible(value)
    if _scheme(compact) == "https" and compact[6:8] == "//":
        return value.strip()
    if asset_name(value) is not None:
        return value.strip()
    return None


def _clean_class(tag: str, value: str) -> str | None:
    if tag == "code":
        kept = [c for c in value.split() if _CODE_CLASS.fullmatch(c)]
    else:
        allowed = _CLASSES.get(tag, frozenset())
        kept = [c for c in value.split() if c in allowed]
    return " ".join(kept) or None


def _filter_attribute(tag: str, attr: str, value: str) -> str | None:
    """nh3 callback: the value to keep, or None to drop the attribute."""
    if attr == "href":
        return _clean_href(value)
    if attr == "src":
        return _clean_img_src(value) if tag == "img" else None
    if attr == "class":
        return _clean_class(tag, value)
    if attr == "id":
        return value if _ID.fullmatch(value) else None
    if attr in ("width", "height", "colspan", "rowspan", "start"):
        return value if _NUMBER.fullmatch(value.strip()) else None
    if attr == "scope":
        return value if value in _SCOPES else None
    return value  # title, alt: plain text, escaped on output


_CLEANER = nh3.Cleaner(
    tags=set(ALLOWED_TAGS),
    clean_content_tags=set(REMOVED_WITH_CONTENT),
    attributes={tag: set(names) for tag, names in _ATTRIBUTES.items()},
    attribute_filter=_filter_attribute,
    url_schemes=set(_LINK_SCHEMES),
    strip_comments=True,
    link_rel=None,
)

# nh3 (html5ever) serializes every tag as <name attr="value" ...> with '"'
# escaped inside values and '<' escaped in text, so every '<' in its output
# starts a tag this pattern matches in full, attribute values included.
TAG = re.compile(r'<(/?)([a-z][a-z0-9]*)((?:\s+[^\s"\'>/=]+(?:="[^"]*")?)*)\s*/?>')
ATTR = re.compile(r'\s([^\s"\'>/=]+)(?:="([^"]*)")?')


def tag_attributes(attr_text: str) -> dict[str, str]:
    """Attributes of one tag of sanitized output, entity-decoded."""
    return {name: _html.unescape(value or "") for name, value in ATTR.findall(attr_text)}


def _is_external(href: str) -> bool:
    compact = _visible(href)
    return _scheme(compact) is not None or compact.startswith("//")


def _rewrite_tag(match: re.Match[str]) -> str:
    closing, name, attrs = match.groups()
    if name == "h1":
        return f"<{closing}h2{attrs}>"
    if name == "a" and not closing:
        href = tag_attributes(attrs).get("href")
        if href is not None and _is_external(href):
            return f'<a{attrs} rel="{EXTERNAL_REL}">'
    return match.group(0)


def sanitize_html(html: str) -> str:
    """Return *html* reduced to the article allowlist (see module doc)."""
    if not html:
        return ""
    cleaned = _CLEANER.clean(html)
    return TAG.sub(_rewrite_tag, cleaned)
