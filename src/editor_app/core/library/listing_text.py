"""``list --json`` made by the database: each article's JSON text, in the statement that
reads it.

The text is laid out byte for byte as ``json.dumps(ensure_ascii=False, indent=2)`` lays
out the article's dict inside the listing's array (``json_layout``), so Python creates
one string per article instead of twenty values, a dict and their JSON. Strings are
quoted by the database's own JSON quoting (SQLite's ``json_quote``, PostgreSQL's
``to_json``), which escapes exactly the characters Python's does; times are written as
``datetime.isoformat`` writes them.

SQLite does not check what a row holds: a date that Python would not read, a number
stored where a time belongs. A row the statement cannot vouch for (``SOUND``) comes
without its text, and the listing reads it the Python way, which writes it or reports
it damaged (see ``listing.texts``). PostgreSQL checks every value it stores.

The constructs below are the only parts rendered per database.
"""

from __future__ import annotations

from sqlalchemy import Boolean, LargeBinary, Text, and_, case, func, literal, null, or_, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

from editor_app.core.library.schema import article_authors, article_keywords, articles, authors, related_links

A = articles.c
LEVEL = 1   # the articles are the items of the top-level array


def _rendered(construct, sqlite: str, postgresql: str) -> None:
    """Render ``construct`` as ``sqlite`` (the default) or ``postgresql``, each a template
    whose ``ARGS`` stands for the construct's arguments."""
    def render(template: str):
        return lambda element, compiler, **kw: template.replace("ARGS", compiler.process(element.clauses, **kw))
    compiles(construct)(render(sqlite))
    compiles(construct, "postgresql")(render(postgresql))


class json_string(FunctionElement):
    """A value as a JSON string (``null`` for NULL)."""

    type = Text()
    inherit_cache = True
    name = "json_string"


_rendered(json_string, "json_quote(ARGS)", "coalesce(to_json(ARGS)::text, 'null')")   # json_quote(NULL): 'null'


class utf8(FunctionElement):
    """Text as its UTF-8 bytes: the driver hands them over as they are, not decoded into a
    string to be encoded again for writing (``listing.texts`` checks them)."""

    type = LargeBinary()
    inherit_cache = True
    name = "utf8"


_rendered(utf8, "CAST(ARGS AS BLOB)", "convert_to(ARGS, 'UTF8')")


class iso_time(FunctionElement):
    """A time as a JSON string of what ``datetime.isoformat()`` writes: ``T`` between date
    and time, the microseconds only when there are some. (SQLite: of a sound value, see
    ``SOUND``, which holds only digits and one '.'.)"""

    type = Text()
    inherit_cache = True
    name = "iso_time"


_rendered(iso_time,   # SQLite keeps 'YYYY-MM-DD HH:MM:SS.ffffff'
          """'"' || replace(replace(ARGS, ' ', 'T'), '.000000', '') || '"'""",
          """'"' || to_char(ARGS, 'YYYY-MM-DD"T"HH24:MI:SS') || """
          """CASE WHEN date_trunc('second', ARGS) = ARGS THEN '' ELSE to_char(ARGS, '.US') END || '"'""")


class _stored(FunctionElement):
    """Whether a column holds what Python reads back unchanged, as ``kind``: "time" (as
    SQLAlchemy writes a DateTime), "date" (an ISO date) or "integer". Always true on
    PostgreSQL, whose columns hold nothing else."""

    type = Boolean()
    inherit_cache = True
    kind = ""


class stored_time(_stored):
    inherit_cache = True
    name = "stored_time"
    kind = "time"


class stored_date(_stored):
    inherit_cache = True
    name = "stored_date"
    kind = "date"


class stored_integer(_stored):
    inherit_cache = True
    name = "stored_integer"
    kind = "integer"


@compiles(_stored)
def _stored_sqlite(element, compiler, **kw) -> str:
    x = compiler.process(element.clauses, **kw)
    if element.kind == "integer":
        return f"(typeof({x}) = 'integer')"
    # a modifier makes SQLite compute the day: it writes back only a real one (not Feb 30)
    if element.kind == "date":
        return f"(typeof({x}) = 'text' AND date({x}, '+0 days') = {x})"
    return (f"(typeof({x}) = 'text' AND length({x}) = 26 "
            f"AND datetime(substr({x}, 1, 19), '+0 days') = substr({x}, 1, 19) "
            f"AND substr({x}, 20, 1) = '.' AND substr({x}, 21) GLOB '[0-9][0-9][0-9][0-9][0-9][0-9]')")


@compiles(_stored, "postgresql")
def _stored_pg(element, compiler, **kw) -> str:
    return "true"


class layout(FunctionElement):
    """Text: ``template`` with each ``%s`` replaced by the next argument (one call, one
    string made: SQLite's ``printf``, PostgreSQL's ``format``)."""

    type = Text()
    inherit_cache = True
    name = "layout"

    def __init__(self, template: str, *args):
        super().__init__(literal(template, Text), *args)


_rendered(layout, "printf(ARGS)", "format(ARGS)")


def _pad(level: int) -> str:
    return "\n" + "  " * level


def _object(fields: list[tuple[str, object]], level: int):
    """A JSON object of ``(key, JSON text)`` at ``level``."""
    template = "{" + ",".join(f'{_pad(level + 1)}"{key}": %s' for key, _ in fields) + _pad(level) + "}"
    return layout(template, *(value for _, value in fields))


def _array(item, position, where, level: int):
    """The JSON array of a child table's ``item`` texts in ``position`` order ("[]" when
    there are none)."""
    ordered = select(item.label("item")).where(where).order_by(position).correlate(articles).subquery()
    joined = func.aggregate_strings(ordered.c.item, "," + _pad(level + 1))
    text = select(layout("[" + _pad(level + 1) + "%s" + _pad(level) + "]", joined)).having(func.count() > 0)
    return func.coalesce(text.scalar_subquery(), "[]")


def _authors(level: int):
    aa, au = article_authors.c, authors.c
    item = _object([(k, json_string(au[k])) for k in ("name", "affiliation", "orcid", "email")], level + 1)
    return _array(item, aa.position, (aa.article_id == A.id) & (au.id == aa.author_id), level)


def _strings(table, column: str, level: int):
    return _array(json_string(table.c[column]), table.c.position, table.c.article_id == A.id, level)


def _article(body: bool):
    """The article's JSON text: the fields of ``listing._item`` in its order."""
    level = LEVEL + 1
    head = [(k, json_string(A[k])) for k in ("title", "subtitle", "slug", "language", "summary")]
    if body:
        head.append(("body", json_string(A.body)))
    fields = head + [(k, json_string(A[k])) for k in ("section", "status", "published_on", "source", "doi",
                                                       "license")] + [
        ("authors", _authors(level)),
        ("keywords", _strings(article_keywords, "text", level)),
        ("related", _strings(related_links, "target_slug", level)),
        ("id", A.id), ("uuid", json_string(A.uuid)),    # a number is written as it is
        ("word_count", func.coalesce(A.word_count, 0)),
        ("created_at", iso_time(A.created_at)), ("updated_at", iso_time(A.updated_at)),
    ]
    return _object(fields, LEVEL)


SOUND = and_(stored_time(A.created_at), stored_time(A.updated_at),
             or_(A.published_on.is_(None), stored_date(A.published_on)),
             stored_integer(A.id), or_(A.word_count.is_(None), stored_integer(A.word_count)))


def statement(body: bool):
    """``(id, text)`` of articles, the text as UTF-8 bytes; NULL for a row the database
    cannot vouch for."""
    return select(A.id, utf8(case((SOUND, _article(body)), else_=null())).label("text"))


TEXT = statement(False)
TEXT_WITH_BODY = statement(True)
