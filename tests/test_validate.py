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


@pytest.mark.parametrize("typed, normal", [
    ("info:doi/10.1000/xyz123", "10.1000/xyz123"),
    ("https://www.doi.org/10.1000/xyz123", "10.1000/xyz123"),
    ("doi:10.1000/a%20b", "10.1000/a%20b"),  # only the URL forms are percent-decoded
    ("https://doi.org/10.1000/%E1%BA%BF", "10.1000/ế"),
    ("https://doi.org/10.1000/%FF", "10.1000/%FF"),  # not UTF-8 once decoded: kept as typed
    ("10.1000.10/x", "10.1000.10/x"),  # registrant code subdivided by dots
])
def test_more_doi_forms(typed, normal):
    assert v.normalize_doi(typed) == normal
    assert v.doi_problem(typed) is None


@pytest.mark.parametrize("bad, message", [
    ("11.1000/xyz", v.DOI_FORMAT),
    ("10.12/xyz", v.DOI_FORMAT),        # registrant code too short
    ("10.1000", v.DOI_FORMAT),
    ("doi:10.1000", v.DOI_FORMAT),      # no suffix
    ("10.1000/", v.DOI_FORMAT),
    ("10.1000./x", v.DOI_FORMAT),
    ("10.1000..5/x", v.DOI_FORMAT),
    ("10.١٢٣٤/x", v.DOI_FORMAT),       # Arabic-Indic digits are not the registrant's digits
    ("10.１２３４/x", v.DOI_FORMAT),    # nor full-width ones
    ("10.1000/a\u200bb", v.DOI_FORMAT),  # format character
    ("10.1000/a\x1bb", v.DOI_FORMAT),   # control character
    ("10.1000/a\ue000", v.DOI_FORMAT),  # private use
    ("https://example.org/10.1000/x", v.DOI_FORMAT),
    ("10.1000/has space", v.DOI_SPACES),
    ("10.1000/a\u2028b", v.DOI_SPACES),
    ("https://doi.org/10.1000/a%20b", v.DOI_SPACES),
])
def test_doi_problems(bad, message):
    assert v.doi_problem(bad) == message
    assert v.doi_url(bad) == "" and v.doi_value(bad) == ""


@pytest.mark.parametrize("doi, url", [
    ("10.1000/xyz123", "https://doi.org/10.1000/xyz123"),
    ("doi:10.1234/<x>\"{}|", "https://doi.org/10.1234/%3Cx%3E%22%7B%7D%7C"),
    ("10.1000/456#789", "https://doi.org/10.1000/456%23789"),  # the Handbook's example
    ("10.1000/a?b%c", "https://doi.org/10.1000/a%3Fb%25c"),
    ("10.1000/^[]`\\+", "https://doi.org/10.1000/%5E%5B%5D%60%5C%2B"),
    ("10.1002/(SICI)1097-4571(199806)49:8<693::AID>3.0.CO;2-O",
     "https://doi.org/10.1002/(SICI)1097-4571(199806)49:8%3C693::AID%3E3.0.CO;2-O"),
    ("10.1000/tiếng", "https://doi.org/10.1000/ti%E1%BA%BFng"),
    ("10.1000/./x", "https://doi.org/10.1000%2F./x"),  # a browser would drop "/."
    ("10.1000/a/..", "https://doi.org/10.1000/a%2F.."),
    ("10.1000/x~y-z_w.v!$&'()*,;=:@", "https://doi.org/10.1000/x~y-z_w.v!$&'()*,;=:@"),
])
def test_doi_url_percent_encodes_as_the_doi_handbook_says(doi, url):
    from urllib.parse import unquote

    from editor_app.core.publishing.safe_urls import clean_link

    assert v.doi_url(doi) == url
    assert clean_link(url) == url  # already a valid URL: the sanitizer would change nothing
    assert unquote(url.removeprefix(v.DOI_RESOLVER).replace("%2F", "/")) == v.normalize_doi(doi)
    assert v.doi_value(doi) == v.normalize_doi(doi)


# -- ORCID, ISSN with non-ASCII digits; URLs -------------------------------------
def test_identifiers_take_ascii_digits_only():
    arabic = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
    assert v.orcid_problem("0000-0002-1825-0097".translate(arabic)) == v.ORCID_FORMAT
    assert v.orcid_problem("０000-0002-1825-0097") == v.ORCID_FORMAT
    assert v.orcid_url("0000-0002-1825-0097".translate(arabic)) == ""
    assert v.issn_problem("2049-3630".translate(arabic)) == v.ISSN_FORMAT
    assert v.issn_value("2049-3630".translate(arabic)) == ""


def test_orcid_url_only_for_a_valid_id():
    assert v.orcid_url("https://orcid.org/0000-0002-1694-233x") == "https://orcid.org/0000-0002-1694-233X"
    assert v.orcid_url("0000000218250097") == "https://orcid.org/0000-0002-1825-0097"
    for bad in ("0000-0002-1825-0098", "-------------------", "0000-0002-1825-009", "", None,
                "javascript:0000-0002-1825-0097", "0000-0002-1825-0097<"):
        assert v.orcid_url(bad) == "", bad


def test_issn_value():
    assert v.issn_value("20493630") == "2049-3630"
    assert v.issn_value("2049-3631") == "" and v.issn_value("") == ""


# -- language tags (BCP 47) --------------------------------------------------------
@pytest.mark.parametrize("typed, standard, page", [
    ("vi", "vi", "vi"), ("EN-us", "en-US", "en-US"), ("en_GB", "en-GB", "en-GB"), ("vie", "vi", "vi"),
    ("eng", "en", "en"), (" fr-FR ", "fr-FR", "fr-FR"), ("zh-cmn-Hans-CN", "zh-Hans-CN", "zh-Hans-CN"),
    ("zh-hant-tw", "zh-Hant-TW", "zh-Hant-TW"), ("en-Latn-US", "en-US", "en-US"), ("sr-latn", "sr-Latn", "sr-Latn"),
    ("i-klingon", "tlh", "tlh"), ("art-lojban", "jbo", "jbo"), ("iw", "he", "he"), ("es-419", "es-419", "es-419"), ("zh-yue", "yue", "yue"),
    ("de-CH-1996", "de-CH-1996", "de-CH"), ("en-u-ca-gregory", "en-u-ca-gregory", "en"),
    ("fr-FR-x-priv", "fr-FR-x-priv", "fr-FR"), ("und", "und", "und"), ("x-klingon", "x-klingon", None),
    ("qaa-Latn", "qaa-Latn", "qaa"),
])
def test_valid_language_tags(typed, standard, page):
    assert v.language_tag(typed) == standard
    assert v.html_language(typed) == page


@pytest.mark.parametrize("bad", [
    "english", "Vietnamese", "tiếng Việt", "vn", "zz", "en--US", "en-", "-en", "e", "toolongsubtag", "123",
    "ｅｎ", "en\u200b", "<script>", 'en" onload="x', "en US", "en-ZZZ", "zh-abc-def", "en-" + "a" * 70, "", "   ", None,
])
def test_invalid_language_tags(bad):
    assert v.language_tag(bad) is None and v.html_language(bad) is None


def test_langcodes_caches_stay_bounded():
    import langcodes

    for n in range(3 * v._CACHE_LIMIT):
        v.language_tag(f"x-{n:08d}")  # a valid private-use tag each time: langcodes caches it
    assert len(langcodes.Language._PARSE_CACHE) <= v._CACHE_LIMIT + 2


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


def test_slug_field_refuses_reserved_names():
    from editor_app.core.validate import SLUG_RESERVED, slug_problem

    for name in ("con", "nul", "com1", "lpt9", "index"):
        assert slug_problem(name) == SLUG_RESERVED
    assert slug_problem("con-1") is None
