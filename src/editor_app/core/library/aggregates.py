"""An article's authors, keywords and related slugs, read in the article's own row.

Each is a correlated subquery aggregating its rows into one JSON array of
``[position, value...]`` arrays (``json_rows``), and ``json_triple`` joins the three
into one JSON value for the listing. These are the only constructs rendered per
database (SQLite's JSON1 functions, PostgreSQL's ``json_agg``/``json_build_array``).
"""

from __future__ import annotations

from sqlalchemy import JSON, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

from editor_app.core.library.schema import article_authors, article_keywords, articles, authors, related_links

A = articles.c


class json_rows(FunctionElement):
    """Aggregate: a JSON array holding, per row, an array of the given values."""

    type = JSON()
    inherit_cache = True
    name = "json_rows"


@compiles(json_rows)
def _json_rows(element, compiler, **kw) -> str:  # SQLite
    return f"json_group_array(json_array({compiler.process(element.clauses, **kw)}))"


@compiles(json_rows, "postgresql")
def _json_rows_pg(element, compiler, **kw) -> str:
    return f"coalesce(json_agg(json_build_array({compiler.process(element.clauses, **kw)})), '[]')"


class json_triple(FunctionElement):
    """Three JSON values (the aggregates below) as one JSON array."""

    inherit_cache = True
    name = "json_triple"


@compiles(json_triple)
def _triple_sqlite(element, compiler, **kw) -> str:
    a, b, c = (compiler.process(x, **kw) for x in element.clauses)
    return f"json_array(json({a}), json({b}), json({c}))"


@compiles(json_triple, "postgresql")
def _triple_pg(element, compiler, **kw) -> str:
    a, b, c = (compiler.process(x, **kw) for x in element.clauses)
    return f"json_build_array({a}, {b}, {c})::text"


def _children(*columns, where):
    return select(json_rows(*columns)).where(where).scalar_subquery()


AUTHORS = _children(article_authors.c.position, authors.c.name, authors.c.affiliation, authors.c.orcid,
                    authors.c.email, where=(article_authors.c.article_id == A.id)
                    & (authors.c.id == article_authors.c.author_id))
KEYWORDS = _children(article_keywords.c.position, article_keywords.c.text,
                     where=article_keywords.c.article_id == A.id)
RELATED = _children(related_links.c.position, related_links.c.target_slug,
                    where=related_links.c.article_id == A.id)
