"""Shared fixtures: the public samples and temporary libraries on disk."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from pg_support import cluster, execute_beside, pg_db, pg_exec, postgres_installed, start_cluster  # noqa: F401

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu")

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SAMPLES = SHARED / "samples"
CORPORA = SHARED / "corpora"


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    if not SAMPLES.is_dir():
        pytest.fail(f"sample articles not found at {SAMPLES}")
    return SAMPLES


@pytest.fixture
def sample_files(samples_dir: Path) -> list[Path]:
    return sorted((samples_dir / "articles").glob("*.md"))


@pytest.fixture
def library_path(tmp_path: Path) -> Path:
    return tmp_path / "library.sqlite"


@pytest.fixture
def sqlite_store(library_path: Path):
    """A store on a library file (for what only a file has: backups, WAL, locks)."""
    from editor_app.core.library.store import Store

    s = Store.open(library_path)
    yield s
    s.close()


# -- PostgreSQL: the team library -----------------------------------------------------
# EDITOR_APP_TEST_PG names a server the tests may create databases on (.ci/run starts
# a private one with scripts/pg-cluster.sh); without it, a private cluster is started
# here when PostgreSQL is installed; else the PostgreSQL cases are skipped with the reason.
@pytest.fixture(scope="session")
def pg_admin_url():
    url = os.environ.get("EDITOR_APP_TEST_PG")
    folder = None
    if not url:
        if not sys.platform.startswith("linux") or not postgres_installed():
            pytest.skip("no PostgreSQL server: set EDITOR_APP_TEST_PG or install postgresql")
        url, folder = start_cluster()
    _pg_exec(url, "DROP DATABASE IF EXISTS editor_app_template WITH (FORCE)",
             "CREATE DATABASE editor_app_template")
    from editor_app.core.library.store import Store

    Store.open(_pg_db(url, "editor_app_template")).close()   # migrated once, copied per test
    yield url
    if folder:
        cluster("stop", folder)


_pg_exec, _pg_db = pg_exec, pg_db


_pg_count = [0]


@pytest.fixture
def pg_database(pg_admin_url):
    """A fresh, empty database on the test server: its URL (dropped afterwards)."""
    _pg_count[0] += 1
    name = f"lib_{os.getpid()}_{_pg_count[0]}"
    _pg_exec(pg_admin_url, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)", f"CREATE DATABASE {name}")
    yield _pg_db(pg_admin_url, name)
    _pg_exec(pg_admin_url, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def pg_library(pg_admin_url):
    """A new team library on the test server (made from a migrated template): its URL."""
    _pg_count[0] += 1
    name = f"lib_{os.getpid()}_{_pg_count[0]}"
    _pg_exec(pg_admin_url, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)",
             f"CREATE DATABASE {name} TEMPLATE editor_app_template")
    yield _pg_db(pg_admin_url, name)
    _pg_exec(pg_admin_url, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(params=["sqlite", "postgres"])
def library_location(request, library_path: Path) -> str:
    """A new library on each engine: a file path, or a server URL (the same tests run on both)."""
    if request.param == "sqlite":
        return str(library_path)
    return request.getfixturevalue("pg_library")


@pytest.fixture
def store(library_location: str):
    """A store on each engine (see ``library_location``)."""
    from editor_app.core.library.store import Store

    s = Store.open(library_location)
    yield s
    s.close()


@pytest.fixture
def cli(tmp_path: Path):
    """Run the installed command line in a subprocess, as a user would."""
    import subprocess

    def run(*args: str, check_rc: int | None = None, env: dict | None = None):
        proc = subprocess.run(
            [sys.executable, "-m", "editor_app.cli", *args],
            capture_output=True, text=True, encoding="utf-8", timeout=120,
            # English unless a test asks for another language (the CLI follows the system's)
            env={**os.environ, "LC_ALL": "C.UTF-8", "LANGUAGE": "", **(env or {})}, cwd=tmp_path,
        )
        if check_rc is not None:
            assert proc.returncode == check_rc, proc.stderr
        return proc

    return run
