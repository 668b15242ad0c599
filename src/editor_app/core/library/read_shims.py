"""What a read-only connection to a library of an older revision is shown, so that the
current statements read it as it is (the file is not upgraded: nothing is written to it).
SQLite looks up a name in the connection's own temp schema first. No Qt.

Each revision adds the tables and columns it brought, empty or with their defaults; the
text is SQLite's own (temp views and tables have no form in the live schema).
"""

from __future__ import annotations

import sqlite3

SHIMS = {
    "0006": ("CREATE TEMP VIEW articles AS SELECT *, 1 AS version, '' AS updated_by, CAST(title AS BLOB) "
             "AS title_key FROM main.articles",
             "CREATE TEMP TABLE presence (session VARCHAR(64) PRIMARY KEY, editor TEXT NOT NULL, "
             "article_id INTEGER, seen_at DATETIME NOT NULL)"),
    "0007": ("CREATE TEMP TABLE review_rounds (id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL, "
             "uuid VARCHAR(36) NOT NULL, base_revision VARCHAR(64) NOT NULL, base_body TEXT NOT NULL, "
             "sent_at DATETIME NOT NULL, sent_by TEXT NOT NULL, returned_at DATETIME, reviewer_name TEXT NOT NULL, "
             "reviewer_email TEXT NOT NULL, recommendation VARCHAR(32), summary TEXT NOT NULL)",
             "CREATE TEMP TABLE review_notes (id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL, round_id INTEGER, "
             "reply_to INTEGER, kind VARCHAR(16) NOT NULL, quote TEXT NOT NULL, new_text TEXT NOT NULL, "
             "text TEXT NOT NULL, prefix TEXT NOT NULL, suffix TEXT NOT NULL, hint INTEGER NOT NULL, "
             "detached BOOLEAN NOT NULL, author TEXT NOT NULL, created_at DATETIME NOT NULL, "
             "state VARCHAR(16) NOT NULL, source_key VARCHAR(64))",
             "CREATE TEMP TABLE status_changes (id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL, "
             "status VARCHAR(32) NOT NULL, changed_by TEXT NOT NULL, changed_at DATETIME NOT NULL)"),
    "0008": ("CREATE TEMP VIEW journal_profile AS SELECT *, '' AS tone_style FROM main.journal_profile",
             "CREATE TEMP TABLE issues (id INTEGER PRIMARY KEY, key VARCHAR(64) NOT NULL, volume TEXT NOT NULL, "
             "number TEXT NOT NULL, year INTEGER NOT NULL, title TEXT NOT NULL, published_on DATE, "
             "note TEXT NOT NULL, created_at DATETIME NOT NULL)",
             "CREATE TEMP TABLE issue_articles (issue_id INTEGER NOT NULL, article_id INTEGER NOT NULL, "
             "position INTEGER NOT NULL)"),
    # (a library older than 0006 has the view above already; the title's own bytes: an approximate order)
    "0009": ("CREATE TEMP VIEW IF NOT EXISTS articles AS SELECT *, CAST(title AS BLOB) AS title_key "
             "FROM main.articles",),
    "0010": ("CREATE TEMP TABLE own_words (word VARCHAR(100) PRIMARY KEY, added_by TEXT NOT NULL, "
             "added_at DATETIME NOT NULL)",),
}


def read_as_head(conn: sqlite3.Connection, revision: str) -> None:
    """Add what the revisions after ``revision`` brought, as the connection's temp objects."""
    for added_in, statements in SHIMS.items():
        if revision < added_in:
            for statement in statements:
                conn.execute(statement)
