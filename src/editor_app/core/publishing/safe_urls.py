"""Link and image addresses made safe *and* valid for sanitized article HTML.

The sanitizer (:mod:`editor_app.core.publishing.sanitize`) hands every ``href`` and
``src`` value here, after the HTML parser decoded entities.  The result is
either None (drop the attribute) or a valid URL string in the sense of the
WHATWG URL standard, the one the W3C Nu checker applies:

* The scheme is decided on the value without whitespace, control and format
  characters (``jav&#x09;ascript:``, ``java\\u200bscript:`` are caught), and
  must then also be what a browser reads at the start of the value.
* Links: ``http``, ``https`` (a valid host is required; user names and
  passwords are removed, the real destination stays), ``mailto``, and
  relative addresses (not ``//host`` or ``\\\\host``, network paths once a page
  is opened from disk).  Images: ``https://`` or ``assets/NAME``.
* ``\\`` in the path of web and relative addresses becomes ``/``, as browsers
  read it; a ``:`` in the first segment of a relative path gets ``./`` before
  it; every character a URL may not hold (space, ``` ` ``` ``[ ] { } | ^ < > "``,
  ``\\`` elsewhere, controls, non-ASCII, ``%`` not starting an escape, a second
  ``#``) is percent-encoded as UTF-8.
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from urllib.parse import quote, unquote

__all__ = ["LINK_SCHEMES", "asset_name", "clean_image_src", "clean_link", "is_external", "url_scheme"]

LINK_SCHEMES = frozenset({"http", "https", "mailto"})
_WEB_SCHEMES = frozenset({"http", "https"})

_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")
_ASSET = re.compile(r"assets/([^/\\?#\x00-\x1f\x7f]+)")
# Anything that is not a URL code point (ASCII subset) or a complete %XX escape.
_NOT_URL_UNIT = re.compile(r"%(?![0-9A-Fa-f]{2})|[^A-Za-z0-9!$&'()*+,\-./:;=?@_~%]")
_TAB_NEWLINE = re.compile(r"[\t\n\r]")
_C0_AND_SPACE = "".join(map(chr, range(0x21)))
_LABEL = re.compile(r"[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?")
_NUMERIC_LABEL = re.compile(r"[0-9]+|0[xX][0-9A-Fa-f]*")
_PORT = re.compile(r"[0-9]{1,5}")
_IPV6_CHARS = re.compile(r"[0-9A-Fa-f:.]+")


def _visible(value: str) -> str:
    """*value* without whitespace, control and format (zero-width) characters."""
    return "".join(
        ch for ch in value if not ch.isspace() and unicodedata.category(ch) not in ("Cc", "Cf")
    )


def url_scheme(url: str) -> str | None:
    """The lower-cased scheme *url* starts with, else None."""
    match = _SCHEME.match(url)
    return match.group(1).lower() if match else None


def is_external(href: str) -> bool:
    """True for an address with a scheme or a ``//`` start (not relative to the page)."""
    compact = _visible(href)
    return url_scheme(compact) is not None or compact.startswith("//")


def _encode(part: str) -> str:
    """*part* with every character a URL may not hold percent-encoded (UTF-8)."""
    if _NOT_URL_UNIT.search(part) is None:
        return part
    return _NOT_URL_UNIT.sub(lambda m: quote(m.group(0), safe="", errors="surrogatepass"), part)


def _browser_trim(value: str) -> str:
    """What a browser parses: tabs and newlines removed, C0 controls and spaces trimmed."""
    return _TAB_NEWLINE.sub("", value).strip(_C0_AND_SPACE)


def _split(rest: str) -> tuple[str, str | None, str | None]:
    """(path, query or None, fragment or None) of the part after the scheme."""
    rest, hash_, fragment = rest.partition("#")
    rest, question, query = rest.partition("?")
    return rest, (query if question else None), (fragment if hash_ else None)


def _join(head: str, query: str | None, fragment: str | None) -> str:
    tail = "" if query is None else "?" + _encode(query)
    if fragment is not None:
        tail += "#" + _encode(fragment)  # a second "#" is encoded too
    return head + tail


def _ipv6_host(host: str) -> str | None:
    if not _IPV6_CHARS.fullmatch(host):
        return None
    try:
        return f"[{ipaddress.IPv6Address(host).compressed}]"
    except ValueError:
        return None


def _valid_ace(label: str) -> bool:
    """False for an ``xn--`` label that is not valid Punycode of a valid label."""
    if not label.startswith("xn--"):
        return True
    try:
        return label.encode("ascii").decode("idna").encode("idna").decode("ascii") == label
    except UnicodeError:
        return False


def _ascii_host(host: str) -> str | None:
    """A valid lower-case ASCII host name or IPv4 address, else None."""
    try:
        host = unquote(host, errors="strict") if "%" in host else host
        if not host.isascii():
            host = host.encode("idna").decode("ascii")
    except UnicodeError:
        return None
    host = host.lower()
    labels = host[:-1].split(".") if host.endswith(".") else host.split(".")
    if not all(_LABEL.fullmatch(label) and _valid_ace(label) for label in labels):
        return None
    if _NUMERIC_LABEL.fullmatch(labels[-1]):  # browsers read it as an IPv4 address
        try:
            return str(ipaddress.IPv4Address(host))
        except ValueError:
            return None
    return host


def _web_url(scheme: str, rest: str) -> str | None:
    """``scheme://host[:port]/path?query#fragment`` from what follows ``scheme:``."""
    path, query, fragment = _split(rest)
    path = path.replace("\\", "/").lstrip("/")
    authority, slash, path = path.partition("/")
    authority = authority.rpartition("@")[2]  # credentials: not part of a valid URL
    if authority.startswith("["):
        address, _, port = authority[1:].partition("]")
        host = _ipv6_host(address)
        if port:
            port = port[1:] if port.startswith(":") else "!"
    else:
        host, _, port = authority.partition(":")
        host = _ascii_host(host) if host else None
    if host is None or (port and not (_PORT.fullmatch(port) and int(port) <= 65535)):
        return None
    head = f"{scheme}://{host}" + (f":{port}" if port else "") + (("/" + _encode(path)) if slash else "")
    return _join(head, query, fragment)


def _relative_url(value: str) -> str:
    path, query, fragment = _split(value)
    path = _encode(path.replace("\\", "/"))
    if ":" in path.partition("/")[0]:
        path = "./" + path  # else a browser might read "a%20b:" ... as a scheme
    return _join(path, query, fragment)


def clean_link(value: str) -> str | None:
    """A valid, allowed ``href`` for *value*, or None to drop the attribute."""
    compact = _visible(value)
    if not compact:
        return None
    scheme = url_scheme(compact)
    url = _browser_trim(value)
    if scheme is None:
        if compact.startswith("\\") or compact[:2] in ("//", "/\\"):
            return None  # network path: file://host/... when opened from disk
        cleaned = _relative_url(url)
    elif scheme not in LINK_SCHEMES or url_scheme(url) != scheme:
        return None
    elif scheme == "mailto":
        address, query, fragment = _split(url[7:])
        cleaned = _join("mailto:" + _encode(address), query, fragment)
    else:
        cleaned = _web_url(scheme, url[len(scheme) + 1:])
    if cleaned is None or url_scheme(cleaned) not in (scheme, None) or cleaned.startswith("//"):
        return None
    return cleaned


def asset_name(src: str) -> str | None:
    """The asset filename of an ``assets/NAME`` image source, else None."""
    match = _ASSET.fullmatch(src.strip())
    if not match:
        return None
    name = unquote(match.group(1))
    if not name or name.startswith(".") or "/" in name or "\\" in name:
        return None
    return name


def clean_image_src(value: str) -> str | None:
    """A valid ``src``: ``https://`` or ``assets/NAME`` (percent-encoded), else None."""
    compact = _visible(value)
    if url_scheme(compact) == "https" and compact[6:8] == "//":
        url = _browser_trim(value)
        return _web_url("https", url[6:]) if url_scheme(url) == "https" else None
    if asset_name(value) is not None:
        return "assets/" + _encode(value.strip()[7:])
    return None
