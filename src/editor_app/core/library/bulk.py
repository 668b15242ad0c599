"""Many rows into one table in one statement, on either engine.

On PostgreSQL the rows go as one array per column, unnested by the server into one
INSERT ... SELECT: the server plans and runs one statement, not one per row (the
links of an import batch are some 2,000 rows). Elsewhere (SQLite, in the same process)
the driver's executemany is as quick.
"""

from __future__ import annotations

from sqlalchemy import Connection, Table, bindparam, func, insert, select


def insert_rows(conn: Connection, table: Table, rows: list[dict], returning: tuple = ()) -> list:
    """Insert ``rows`` (dicts with the same keys, columns of ``table``); the ``returning``
    columns of the new rows, in no particular order."""
    if not rows:
        return []
    if conn.dialect.name != "postgresql":
        if returning:
            return conn.execute(insert(table).returning(*returning), rows).all()
        conn.execute(insert(table), rows)
        return []
    from sqlalchemy.dialects.postgresql import ARRAY   # only here: a SQLite library never loads it

    keys = list(rows[0])
    arrays = [bindparam(f"rows_{k}", [r[k] for r in rows], type_=ARRAY(table.c[k].type)) for k in keys]
    source = func.unnest(*arrays).table_valued(*keys).render_derived()
    statement = insert(table).from_select(keys, select(*(source.c[k] for k in keys)))
    if returning:
        return conn.execute(statement.returning(*returning)).all()
    conn.execute(statement)
    return []
