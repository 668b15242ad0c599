"""Copying a whole library into a new one: a library file to a team library's server
(``editor-app copy --library FILE --to URL``), or back to a file.

Every table of the schema is copied row for row with its ids, in the order its foreign
keys need (``metadata.sorted_tables``: a table a later issue adds is copied too), in
one transaction on the target: a copy that fails leaves the target as it was. The
target's id sequences are moved past the copied ids, its search index is built from
the copied articles, and at the end the rows of every table are counted on both sides.
Open windows (``presence``) are not copied: they belong to the running programs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import Connection, func, insert, select

from editor_app.core.errors import N_, LibraryError
from editor_app.core.library.location import Location, parse_location
from editor_app.core.library.schema import metadata
from editor_app.core.library.store import Store

BATCH = 500
SKIPPED = ("presence",)


@dataclass
class CopyReport:
    counts: dict[str, tuple[int, int]] = field(default_factory=dict)   # table: (source, target)
    articles: int = 0

    @property
    def mismatches(self) -> list[str]:
        return [f"{t} ({a:,} here, {b:,} there)" for t, (a, b) in self.counts.items() if a != b]


def _tables():
    return [t for t in metadata.sorted_tables if t.name not in SKIPPED]


def copy_library(source: Location | str, target: Location | str,
                 progress: Callable[[str, int], None] | None = None) -> CopyReport:
    """Copy ``source`` into ``target``, which must be new or empty; the rows counted on both sides."""
    source, target = parse_location(source), parse_location(target)
    if str(source) == str(target):
        raise LibraryError(N_("{target}: this is the library being copied; give another one", target=target))
    with Store.open(source, readonly=True) as src, Store.open(target) as dst:
        with dst._read() as there:
            if there.execute(select(func.count()).select_from(metadata.tables["articles"])).scalar():
                raise LibraryError(N_("{target}: this library already has articles; copy into a new file or "
                                      "an empty database",
                                      target=target))
        with src._read() as here, dst._write() as there:
            for table in _tables():
                n = _copy_table(here, there, table)
                if progress is not None:
                    progress(table.name, n)
            if there.dialect.name == "postgresql":
                _move_sequences(there)
        dst.rebuild_search_index()
        report = CopyReport()
        with src._read() as here, dst._read() as there:
            for table in _tables():
                report.counts[table.name] = (_count(here, table), _count(there, table))
        report.articles = report.counts["articles"][1]
    return report


def _copy_table(here: Connection, there: Connection, table) -> int:
    done = 0
    rows = here.execution_options(yield_per=BATCH).execute(select(table).order_by(*table.primary_key.columns))
    for part in rows.partitions(BATCH):
        there.execute(insert(table), [dict(r._mapping) for r in part])
        done += len(part)
    return done


def _move_sequences(conn: Connection) -> None:
    """Each serial id's sequence past the largest copied id (new rows get new ids)."""
    for table in _tables():
        if "id" in table.c and table.c.id.primary_key and table.c.id.autoincrement in (True, "auto"):
            largest = func.max(table.c.id)
            conn.execute(select(func.setval(func.pg_get_serial_sequence(table.name, "id"),
                                            func.coalesce(largest, 1), largest.is_not(None))))


def _count(conn: Connection, table) -> int:
    return conn.execute(select(func.count()).select_from(table)).scalar()
