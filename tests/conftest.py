"""Shared fixtures: the public samples and temporary libraries on disk."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

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
def store(library_path: Path):
    from editor_app.core.library.store import Store

    s = Store.open(library_path)
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
            env={**os.environ, **(env or {})}, cwd=tmp_path,
        )
        if check_rc is not None:
            assert proc.returncode == check_rc, proc.stderr
        return proc

    return run
