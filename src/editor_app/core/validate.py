"""Checks of identifier fields typed by editors (no Qt), as their standards say.

Each ``*_problem`` function returns ``None`` when the value is acceptable
(an empty value is acceptable: the fields are optional) or a short, stable
English message for the user. The UI translates it with
``QCoreApplication.translate("validate", message)``; the messages are marked
with :func:`QT_TRANSLATE_NOOP` so that ``pyside6-lupdate`` extracts them.

This module is also the one place that decides what an exported page may
publish: :func:`doi_url`, :func:`orcid_url`, :func:`issn_value` and
:func:`html_language` return ``""``/``None`` for a value that is not valid,
so an invalid identifier is never written into a link, a meta tag or
``lang``.

* ORCID iD: four groups of four ASCII digits, the last character an
  ISO 7064 MOD 11-2 check character (``X`` for 10).
* DOI (DOI Handbook, section 2.2): ``10.`` and a registrant code of ASCII
  digits, optionally subdivided by dots, ``/``, then a suffix of printable
  characters (no whitespace, no control or format character).  In a URL it
  is percent-encoded as the Handbook's appendix "DOI Name Encoding Rules for
  URL Presentation" asks (see :func:`doi_url`).
* ISSN (ISO 3297): seven ASCII digits and a MOD 11 check character.
* Language tags: BCP 47, checked and put in their standard form by the
  ``langcodes`` library (imported on first use: it takes ~60 ms).
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote, unquote

from editor_app.core.text import EXPORT_NAMES, WINDOWS_DEVICES


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate marker
    """Mark ``text`` for translation in ``context`` without translating it here."""
    return text


ORCID_FORMAT = QT_TRANSLATE_NOOP(
    "validate", "An ORCID iD has 16 characters in four groups, like 0000-0002-1825-0097.")
ORCID_CHECKSUM = QT_TRANSLATE_NOOP(
    "validate", "This ORCID iD has a wrong check digit; look for a typing mistake.")
DOI_FORMAT = QT_TRANSLATE_NOOP(
    "validate", "A DOI starts with 10., a registrant number and a slash, like 10.1000/xyz123.")
DOI_SPACES = QT_TRANSLATE_NOOP("validate", "A DOI cannot contain spaces.")
ISSN_FORMAT = QT_TRANSLATE_NOOP("validate", "An ISSN has eight characters, like 2049-3630.")
ISSN_CHECKSUM = QT_TRANSLATE_NOOP(
    "validate", "This ISSN has a wrong check digit; look for a typing mistake.")
EMAIL_FORMAT = QT_TRANSLATE_NOOP("validate", "This is not an e-mail address like name@example.org.")
SLUG_EMPTY = QT_TRANSLATE_NOOP("validate", "The slug cannot be empty.")
SLUG_FORMAT = QT_TRANSLATE_NOOP(
    "validate", "Use only lowercase letters a-z, digits and single hyphens between words.")
SLUG_TOO_LONG = QT_TRANSLATE_NOOP("validate", "The slug is too long (200 characters at most).")
SLUG_RESERVED = QT_TRANSLATE_NOOP(
    "validate", "This name is reserved (the table of contents, or a device name on Windows); choose another.")

SLUG_MAX_LENGTH = 200

_ORCID_PREFIX = re.compile(r"^(?:https?://)?(?:www\.)?orcid\.org/", re.IGNORECASE)
_ORCID = re.compile(r"[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}[0-9X]")
# The forms a DOI is written in: as a URL of the resolver, as a "doi:" or
# "info:doi/" URI.  Only the URL forms are percent-decoded.
_DOI_URL_PREFIX = re.compile(r"^(?:https?://)?(?:dx\.|www\.)?doi\.org/|^info:doi/", re.IGNORECASE)
_DOI_PREFIX = re.compile(r"^doi:\s*", re.IGNORECASE)
_DOI = re.compile(r"10\.[0-9]{4,9}(?:\.[0-9]+)*/(.+)", re.DOTALL)
_ISSN = re.compile(r"[0-9]{4}-[0-9]{3}[0-9X]")
_EMAIL_FORBIDDEN = re.compile(r'[\s<>(),;:"\[\]\\]')
_DOMAIN_LABEL = re.compile(r"[^\W_](?:[\w-]*[^\W_])?")
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


# -- ORCID -----------------------------------------------------------------
def normalize_orcid(value: str | None) -> str:
    """'https://orcid.org/0000-0002-1825-009x' -> '0000-0002-1825-009X'.

    Spaces are dropped and 16 bare characters are grouped; anything else is
    returned trimmed, as typed, so that nothing the user typed is lost.
    """
    text = (value or "").strip()
    text = _ORCID_PREFIX.sub("", text).strip().strip("/")
    compact = re.sub(r"[\s\-\u2010-\u2015]", "", text).upper()
    if re.fullmatch(r"[0-9]{15}[0-9X]", compact):
        return "-".join(compact[i:i + 4] for i in range(0, 16, 4))
    return text


def orcid_check_digit(base_digits: str) -> str:
    """ISO 7064 MOD 11-2 check character of the first 15 digits."""
    total = 0
    for ch in base_digits:
        total = (total + int(ch)) * 2
    result = (12 - total % 11) % 11
    return "X" if result == 10 else str(result)


def orcid_problem(value: str | None) -> str | None:
    """None for an empty or valid ORCID iD (also in its URL form)."""
    if not (value or "").strip():
        return None
    orcid = normalize_orcid(value)
    if not _ORCID.fullmatch(orcid):
        return ORCID_FORMAT
    digits = orcid.replace("-", "")
    if orcid_check_digit(digits[:15]) != digits[15]:
        return ORCID_CHECKSUM
    return None


ORCID_RESOLVER = "https://orcid.org/"


def orcid_url(value: str | None) -> str:
    """``https://orcid.org/0000-0002-1825-0097`` for a valid ORCID iD, else ""."""
    if not (value or "").strip() or orcid_problem(value) is not None:
        return ""
    return ORCID_RESOLVER + normalize_orcid(value)


# -- DOI -------------------------------------------------------------------
def normalize_doi(value: str | None) -> str:
    """The bare DOI of what an editor typed or pasted, else the text trimmed.

    'https://doi.org/10.1000/ABC', 'http://dx.doi.org/10.1000/ABC',
    'info:doi/10.1000/ABC', 'doi:10.1000/ABC' and 'DOI: 10.1000/ABC' all give
    '10.1000/ABC'; the URL forms are percent-decoded ('%28' -> '(').
    """
    text = (value or "").strip()
    url_form = _DOI_URL_PREFIX.match(text)
    if url_form:
        text = text[url_form.end():].strip()
        if "%" in text:
            try:
                text = unquote(text, errors="strict")
            except UnicodeDecodeError:
                pass  # not UTF-8 once decoded: kept as typed, a "%" is a valid character
    return _DOI_PREFIX.sub("", text)


def _printable(text: str) -> bool:
    """No control, format, private-use, unassigned or separator character."""
    return all(unicodedata.category(ch)[0] not in "CZ" for ch in text)


def doi_problem(value: str | None) -> str | None:
    """None for an empty value or a DOI (in any form :func:`normalize_doi` reads)."""
    if not (value or "").strip():
        return None
    doi = normalize_doi(value)
    if any(ch.isspace() for ch in doi):
        return DOI_SPACES
    match = _DOI.fullmatch(doi)
    if match is None or not _printable(match.group(1)):
        return DOI_FORMAT
    return None


# Kept as they are in a DOI's URL: RFC 3986 unreserved characters (quote()
# keeps letters, digits and "-._~") and the path delimiters that mean nothing
# to the resolver.  Everything else is percent-encoded as UTF-8: what the DOI
# Handbook requires ("%", '"', "#", space, "?") and recommends ("<", ">",
# "{", "}", "^", "[", "]", "`", "|", "\\", "+"), controls and non-ASCII.
_DOI_URL_SAFE = "/!$&'()*,;=:@"
DOI_RESOLVER = "https://doi.org/"


def doi_url(value: str | None) -> str:
    """``https://doi.org/<DOI percent-encoded>`` for a valid DOI, else "".

    A ``.`` or ``..`` path segment (which a browser would resolve away) gets
    the slash before it encoded, as the Handbook recommends.
    """
    if not (value or "").strip() or doi_problem(value) is not None:
        return ""
    segments = quote(normalize_doi(value), safe=_DOI_URL_SAFE).split("/")
    path = segments[0]
    for segment in segments[1:]:
        path += ("%2F" if segment in (".", "..") else "/") + segment
    return DOI_RESOLVER + path


def doi_value(value: str | None) -> str:
    """The bare DOI for a valid one (to show or put in ``citation_doi``), else ""."""
    if not (value or "").strip() or doi_problem(value) is not None:
        return ""
    return normalize_doi(value)


# -- ISSN ------------------------------------------------------------------
def normalize_issn(value: str | None) -> str:
    """'20493630' or '2049 3630' -> '2049-3630' (other text returned trimmed)."""
    text = (value or "").strip()
    compact = re.sub(r"[\s\-\u2010-\u2015]", "", text).upper()
    if re.fullmatch(r"[0-9]{7}[0-9X]", compact):
        return f"{compact[:4]}-{compact[4:]}"
    return text


def issn_problem(value: str | None) -> str | None:
    if not (value or "").strip():
        return None
    issn = normalize_issn(value)
    if not _ISSN.fullmatch(issn):
        return ISSN_FORMAT
    digits = issn.replace("-", "")
    total = sum(int(d) * w for d, w in zip(digits[:7], range(8, 1, -1)))
    check = (11 - total % 11) % 11
    if ("X" if check == 10 else str(check)) != digits[7]:
        return ISSN_CHECKSUM
    return None


def issn_value(value: str | None) -> str:
    """The ISSN in its standard form ('2049-3630') if valid, else ""."""
    if not (value or "").strip() or issn_problem(value) is not None:
        return ""
    return normalize_issn(value)


# -- language tags (BCP 47) ---------------------------------------------------
LANGUAGE_TAG_MAX_LENGTH = 64  # RFC 5646 (4.4.1) asks for 35; private-use tails may be longer
_CACHE_LIMIT = 4096  # langcodes caches every tag it parsed, forever
_PRIVATE_USE_LANGUAGE = re.compile(r"q[a-t][a-z]")
_LANGUAGE_SUBTAG = re.compile(r"[a-z]{2,3}")


def _langcodes():
    import langcodes  # noqa: PLC0415 - on first use: ~60 ms to import

    for cache in ("_PARSE_CACHE", "_INSTANCES"):  # bounded: a library may hold any text
        found = getattr(langcodes.Language, cache, None)
        if isinstance(found, dict) and len(found) > _CACHE_LIMIT:
            found.clear()
    return langcodes


def language_tag(value: str | None) -> str | None:
    """The standard form of a valid BCP 47 language tag, else None.

    'EN-us' -> 'en-US', 'vie' -> 'vi', 'en_GB' -> 'en-GB', 'zh-cmn-Hans-CN' ->
    'zh-Hans-CN', 'i-klingon' -> 'tlh'; 'english', 'vn', 'en--US' -> None.
    Every subtag must be one the IANA registry assigns (as of the
    ``langcodes`` release installed).
    """
    text = (value or "").strip()
    if not text or len(text) > LANGUAGE_TAG_MAX_LENGTH or not text.isascii():
        return None
    langcodes = _langcodes()
    try:
        if not langcodes.tag_is_valid(text):
            return None
        standard = langcodes.standardize_tag(text)
    except ValueError:  # LanguageTagError
        return None
    if not langcodes.tag_is_valid(standard) or langcodes.Language.get(standard).extlangs:
        return None  # a registered extlang becomes its language ('zh-yue' -> 'yue'); others are not valid
    return standard


def html_language(value: str | None) -> str | None:
    """The tag a page writes into ``lang`` for *value*, or None if not a valid tag.

    The language, script and region of :func:`language_tag`'s standard form.
    Variants, extensions and private-use subtags are left out: BCP 47 only
    *recommends* the prefixes a variant is registered with ('1996' after
    'de'), HTML checkers refuse what does not follow them and most
    extensions, and no browser uses them to pick fonts or hyphenation.  A
    private-use tag ('x-foo') gives None; a private-use language
    ('qaa'-'qtz') is written without its script (the Nu checker 20.6 crashes
    on 'qaa-Latn').
    """
    standard = language_tag(value)
    if standard is None:
        return None
    langcodes = _langcodes()
    parsed = langcodes.Language.get(standard)
    language = parsed.language or "und"
    if not _LANGUAGE_SUBTAG.fullmatch(language):
        return None  # private use only ('x-foo'): langcodes keeps it as the language
    script = None if _PRIVATE_USE_LANGUAGE.fullmatch(language) else parsed.script
    tag = langcodes.Language.make(language=language, script=script,
                                  territory=parsed.territory).to_tag()
    return tag if langcodes.tag_is_valid(tag) else None


# -- e-mail and slug ---------------------------------------------------------
def email_problem(value: str | None) -> str | None:
    text = (value or "").strip()
    if not text:
        return None
    local, at, domain = text.rpartition("@")
    labels = domain.split(".")
    if (not at or not local or "@" in local or _EMAIL_FORBIDDEN.search(text)
            or local.startswith(".") or local.endswith(".") or ".." in local
            or len(labels) < 2 or not all(_DOMAIN_LABEL.fullmatch(x) for x in labels)
            or len(labels[-1]) < 2 or labels[-1].isdigit()):
        return EMAIL_FORMAT
    return None


def slug_problem(value: str | None) -> str | None:
    """Slugs are required: lowercase ASCII letters, digits and hyphens."""
    text = value or ""
    if not text.strip():
        return SLUG_EMPTY
    if len(text) > SLUG_MAX_LENGTH:
        return SLUG_TOO_LONG
    if not _SLUG.match(text):
        return SLUG_FORMAT
    if text in EXPORT_NAMES or text in WINDOWS_DEVICES:
        return SLUG_RESERVED
    return None
