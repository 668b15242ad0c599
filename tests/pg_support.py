"""PostgreSQL helpers for the tests: statements on the test server, and private clusters."""

from __future__ import annotations

import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SCRIPT = REPO / "scripts" / "pg-cluster.sh"


def pg_exec(url: str, *statements: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        for statement in statements:
            conn.execute(statement)


def pg_db(admin_url: str, name: str) -> str:
    return admin_url.rsplit("/", 1)[0] + "/" + name


def postgres_installed() -> bool:
    return bool(list(Path("/usr/lib/postgresql").glob("*/bin/initdb")))


def start_cluster() -> tuple[str, str]:
    """A private server (scripts/pg-cluster.sh): (its admin URL, its folder)."""
    out = subprocess.run(["bash", str(SCRIPT), "start"], check=True, capture_output=True, text=True).stdout
    env = dict(line.removeprefix("export ").split("=", 1) for line in out.splitlines())
    return env["EDITOR_APP_TEST_PG"], env["PG_CLUSTER_DIR"]


def cluster(command: str, folder: str) -> None:
    """pause / resume / stop a private server."""
    subprocess.run(["bash", str(SCRIPT), command, folder], check=command != "stop", capture_output=True)


def execute_beside(store, sql: str, **params) -> None:
    """Change the library behind the store's back (as an older program or another editor
    would), on either engine: one committed statement."""
    from sqlalchemy import text

    with store._opened.engine.begin() as conn:
        conn.execute(text(sql), params)


def password_library(admin_url: str, db: str, secret: str, role: str = "pwtest") -> str:
    """A database owned by a role that logs in with ``secret`` (scram; see pg-cluster.sh's
    pg_hba): its URL, without the password. Drop it with :func:`drop_password_library`."""
    import psycopg
    import psycopg.sql

    drop_password_library(admin_url, db, role)
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(psycopg.sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
            psycopg.sql.Identifier(role), psycopg.sql.Literal(secret)))
        conn.execute(psycopg.sql.SQL("CREATE DATABASE {} OWNER {}").format(
            psycopg.sql.Identifier(db), psycopg.sql.Identifier(role)))
    return pg_db(admin_url, db).replace("postgres@", f"{role}@")


def drop_password_library(admin_url: str, db: str, role: str = "pwtest") -> None:
    pg_exec(admin_url, f"DROP DATABASE IF EXISTS {db} WITH (FORCE)", f"DROP ROLE IF EXISTS {role}")
