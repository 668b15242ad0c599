"""Size limits of an article and of the files it is imported from, in one place.

The import, the store (``normalize.normalize_article`` runs on every create
and save) and the window use the same figures. They are far above anything a
journal article needs; they exist so that a hostile or broken file (a 10 MB
title, a million keywords, ``/dev/zero`` behind a ``.md`` name) is refused
with a message instead of exhausting memory or making the library unusable.
"""

from __future__ import annotations

from editor_app.core.errors import N_

FILE_MAX_BYTES = 50 * 1024 * 1024  # an article file on disk
FRONT_MATTER_MAX = 64 * 1024  # characters of YAML between the '---' lines

LINE_MAX = 1_000  # title, subtitle, section, source, DOI, licence, language, the slug as given,
#                   each author's name, affiliation, ORCID and e-mail, each keyword and related slug
SUMMARY_MAX = 20_000  # characters
BODY_MAX = 20_000_000  # characters
LIST_MAX = 500  # authors, keywords, related articles (each)
SLUG_MAX = 200  # characters of a stored slug (the window's slug check says the same)

# the fields LINE_MAX and LIST_MAX apply to
LINE_FIELDS = ("title", "subtitle", "slug", "language", "section", "source", "doi", "license")
LIST_FIELDS = ("authors", "keywords", "related")


def too_long(field: str, length: int, limit: int) -> str:
    """The message for a field over its limit (names the field as the front matter does)."""
    return N_("'{field}' is too long ({length:,} characters; at most {limit:,})", field=field, length=length,
              limit=limit)


def too_many(field: str, count: int, limit: int = LIST_MAX) -> str:
    return N_("'{field}' has too many entries ({count:,}; at most {limit:,})", field=field, count=count, limit=limit)
