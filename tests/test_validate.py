"""Field validation of identifiers typed by editors (core, no Qt)."""

from __future__ import annotations

import pytest

from editor_app.core import validate as v


# -- ORCID ------------------------------------------------------------------
@pytest.mark.parametrize("orcid", [
    "0000-0002-1825-0097",          # ORCID's own documentation example
    "0000-0001-5109-3700",
    "0000-0002-1694-233X",          # check digit X
    "0000-0002-1694-233x",          # lower-case x accepted
])
def test_valid_orcids(orcid):
    assert v.orcid_problem(orcid) is None


@pytest.mark.parametrize("typed, normal", [
    ("https://orcid.org/0000-0002-1825-0097", "0000-0002-1825-0097"),
    ("http://orcid.org/0000-0002-1825-0097/", "0000-0002-1825-0097"),
    ("orcid.org/0000-0002-1694-233x", "0000-0002-1694-233X"),
    ("  0000 0002 1825 0097 ", "0000-0002-1825-0097"),
    ("0000000218250097", "0000-0002-1825-0097"),
    ("0000\u20110002\u20111825\u20110097", "0000-0002-1825-0097"),  # non-breaking hyphens (PDF)
])
def test_orcid_normalisation(typed, normal):
    assert v.normalize_orcid(typed) == normal
    assert v.orcid_problem(typed) is None


def test_orcid_checksum_catches_typos():
    good = "0000-0002-1825-0097"
    # every single-digit substitution in the 15 base digits changes the check digit
    for pos, ch in enumerate(good):
        if ch == "-" or pos == len(good) - 1:
            continue
        wrong = good[:pos] + str((int(ch) + 1) % 10) + good[pos + 1:]
        assert v.orcid_problem(wrong) == v.ORCID_CHECKSUM, wrong
    # and every transposition of adjacent different digits
    digits = good.replace("-", "")
    for i in range(14):
        if digits[i] != digits[i + 1]:
            swapped = digits[:i] + digits[i + 1] + digits[i] + digits[i + 2:]
            assert v.orcid_problem(swapped) == v.ORCID_CHECKSUM, swapped


def test_orcid_check_digit_function():
    assert v.orcid_check_digit("000000021825009") == "7"
    assert v.orcid_check_digit("000000021694233") == "X"


@pytest.mark.parametrize("bad", ["0000-0002-1825", "abcd-0002-1825-0097", "0000-0002-1825-00977",
                                 "https://example.org/0000-0002-1825-0097", "X000-0002-1825-0097"])
def test_orcid_format_problems(bad):
    assert v.orcid_problem(bad) == v.ORCID_FORMAT


def test_empty_values_are_fine():
    for check in (v.orcid_problem, v.doi_problem, v.issn_problem, v.email_problem):
        assert check("") is None
        assert check("   ") is None
        assert check(None) is None


# -- DOI --------------------------------------------------------------------
@pytest.mark.parametrize("typed, normal", [
    ("10.1000/xyz123", "10.1000/xyz123"),
    ("https://doi.org/10.1000/xyz123", "10.1000/xyz123"),
    ("http://dx.doi.org/10.1000/xyz123", "10.1000/xyz123"),
    ("doi:10.1000/xyz123", "10.1000/xyz123"),
    ("DOI: 10.1000/xyz123", "10.1000/xyz123"),
    ("https://doi.org/10.1002/(SICI)1097-4571%28199806%2949", "10.1002/(SICI)1097-4571(199806)49"),
    (" 10.21203/rs.3.rs-123/v1 ", "10.21203/rs.3.rs-123/v1"),
])
def test_doi_normalisation(typed, normal):
    assert v.normalize_doi(typed) == normal
    assert v.doi_problem(typed) is None


@pytest.mark.parametrize("bad, message", [
    ("11.1000/xyz", v.DOI_FORMAT),
    ("10.12/xyz", v.DOI_FORMAT),        # registrant code too short
    ("10.1000", v.DOI_FORMAT),
    ("10.1000/", v.DOI_FORMAT),
    ("https://example.org/10.1000/x", v.DOI_FORMAT),
    ("10.1000/has space", v.DOI_SPACES),
])
def test_doi_problems(bad, message):
    assert v.doi_problem(bad) == message


# -- ISSN -------------------------------------------------------------------
@pytest.mark.parametrize("issn", ["2049-3630", "0317-8471", "1050-124X", "1050-124x", "20493630"])
def test_valid_issns(issn):
    assert v.issn_problem(issn) is None


def test_issn_problems():
    assert v.issn_problem("2049-3631") == v.ISSN_CHECKSUM
    assert v.issn_problem("2049-363") == v.ISSN_FORMAT
    assert v.issn_problem("ISSN 2049") == v.ISSN_FORMAT
    assert v.normalize_issn("2049 3630") == "2049-3630"


# -- e-mail -----------------------------------------------------------------
@pytest.mark.parametrize("email", ["a@b.vn", "nguyen.van.a@hcmussh.edu.vn", "x+tag@example.org",
                                   "tác.giả@ví-dụ.việtnam"])
def test_valid_emails(email):
    assert v.email_problem(email) is None


@pytest.mark.parametrize("bad", ["plainaddress", "@example.org", "a@", "a@b", "a@b.c", "a b@c.vn",
                                 "a@@b.vn", "a@b..vn", ".a@b.vn", "a.@b.vn", "a..b@c.vn",
                                 "a@-b.vn", "a@b.123", "Name <a@b.vn>"])
def test_email_problems(bad):
    assert v.email_problem(bad) == v.EMAIL_FORMAT


# -- slug -------------------------------------------------------------------
def test_slug_rules():
    assert v.slug_problem("doi-moi-2024") is None
    assert v.slug_problem("a") is None
    assert v.slug_problem("") == v.SLUG_EMPTY
    for bad in ("Doi-moi", "đổi-mới", "doi moi", "doi--moi", "-doi", "doi-", "doi_moi", "doi/moi"):
        assert v.slug_problem(bad) == v.SLUG_FORMAT, bad
    assert v.slug_problem("a" * 201) == v.SLUG_TOO_LONG


def test_slugify_output_is_always_valid():
    from editor_app.core.text import slugify

    for title in ("Đổi mới công tác báo chí", "AI & báo chí số: 2024!", "  Xin   chào  ",
                  "Ngoại giao công chúng trong kỷ nguyên số"):
        assert v.slug_problem(slugify(title)) is None, title


def test_messages_are_plain_literals():
    # the UI passes them to QCoreApplication.translate("validate", msg) unchanged
    names = [n for n in dir(v) if n.isupper()
             and n.endswith(("_FORMAT", "_CHECKSUM", "_SPACES", "_EMPTY", "_LONG"))]
    assert len(names) == 10
    for name in names:
        msg = getattr(v, name)
        assert isinstance(msg, str) and msg.endswith(".") and "{" not in msg
