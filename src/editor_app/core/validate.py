"""Checks of identifier fields typed by editors (no Qt).

Each ``*_problem`` function returns ``None`` when the value is acceptable
(an empty value is acceptable: the fields are optional) or a short, stable
English message for the user. The UI translates it with
``QCoreApplication.translate("validate", message)``; the messages are marked
with :func:`QT_TRANSLATE_NOOP` so that ``pyside6-lupdate`` extracts them.
"""

from __future__ import annotations

import re
from urllib.parse import unquote


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

SLUG_MAX_LENGTH = 200

_ORCID_PREFIX = re.compile(r"^(?:https?://)?(?:www\.)?orcid\.org/", re.IGNORECASE)
_ORCID = re.compile(r"^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$")
_DOI_PREFIX = re.compile(
    r"^(?:(?:https?://)?(?:dx\.)?doi\.org/|doi:\s*)", re.IGNORECASE)
_DOI = re.compile(r"^10\.\d{4,9}(?:\.\d+)*/\S+$")
_ISSN = re.compile(r"^\d{4}-\d{3}[\dX]$")
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
    if re.fullmatch(r"\d{15}[\dX]", compact):
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
    if not _ORCID.match(orcid):
        return ORCID_FORMAT
    digits = orcid.replace("-", "")
    if orcid_check_digit(digits[:15]) != digits[15]:
        return ORCID_CHECKSUM
    return None


# -- DOI -------------------------------------------------------------------
def normalize_doi(value: str | None) -> str:
    """'https://doi.org/10.1000/ABC' or 'doi:10.1000/ABC' -> '10.1000/ABC'."""
    text = (value or "").strip()
    stripped = _DOI_PREFIX.sub("", text).strip()
    if stripped != text and "%" in stripped:
        stripped = unquote(stripped)  # URL form: percent-encoded characters
    return stripped


def doi_problem(value: str | None) -> str | None:
    if not (value or "").strip():
        return None
    doi = normalize_doi(value)
    if re.search(r"\s", doi):
        return DOI_SPACES
    if not _DOI.match(doi):
        return DOI_FORMAT
    return None


# -- ISSN ------------------------------------------------------------------
def normalize_issn(value: str | None) -> str:
    """'20493630' or '2049 3630' -> '2049-3630' (other text returned trimmed)."""
    text = (value or "").strip()
    compact = re.sub(r"[\s\-\u2010-\u2015]", "", text).upper()
    if re.fullmatch(r"\d{7}[\dX]", compact):
        return f"{compact[:4]}-{compact[4:]}"
    return text


def issn_problem(value: str | None) -> str | None:
    if not (value or "").strip():
        return None
    issn = normalize_issn(value)
    if not _ISSN.match(issn):
        return ISSN_FORMAT
    digits = issn.replace("-", "")
    total = sum(int(d) * w for d, w in zip(digits[:7], range(8, 1, -1)))
    check = (11 - total % 11) % 11
    if ("X" if check == 10 else str(check)) != digits[7]:
        return ISSN_CHECKSUM
    return None


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
    return None
