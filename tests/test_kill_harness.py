"""The kill harness (bench/kill_harness.py): its checks catch what they claim, and a short run passes.

The short run (``slow``) kills each scenario 5 times: imports, autosave while
typing in the real window, backups (skipped with a message while the backups
module does not exist). The full run is ``python bench/kill_harness.py``.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))
import _procs  # noqa: E402
import kill_harness  # noqa: E402
import kill_scenarios  # noqa: E402

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc, sends SIGKILL")

# A program that starts a grandchild, says so, then waits to be killed. The
# grandchild either ignores its parent's death or ends with it (lifeline).
PARENT = """
import subprocess, sys, time
child = subprocess.Popen([sys.executable, "-c", sys.argv[1], str(__import__("os").getpid())])
print("started", child.pid, flush=True)
time.sleep(120)
"""
ORPHAN = "import time; time.sleep(120)"
FOLLOWER = ("import sys, time; from editor_app.core.lifeline import die_with_parent; "
            "die_with_parent(int(sys.argv[1])); time.sleep(120)")


def _run_parent(tmp_path: Path, child_code: str) -> tuple[int, list[str], list[str]]:
    run = kill_harness.Run([sys.executable, "-c", textwrap.dedent(PARENT), child_code], cwd=tmp_path)
    assert run.wait_line("started", 60) is not None, run.errors
    child = int(run.lines[0].split()[1])
    _killed, left = run.kill_at(0)
    return child, left, run.lines


def test_a_child_left_running_is_reported_and_then_killed(tmp_path):
    child, left, lines = _run_parent(tmp_path, ORPHAN)
    assert lines[0].startswith("started")  # what it printed before the kill is kept
    assert [int(x.split()[0]) for x in left] == [child]
    assert not _procs.survivors({child: _procs.start_time(child) or 0}, 2.0)


def test_a_child_that_dies_with_its_parent_is_not_a_leftover(tmp_path):
    _child, left, _lines = _run_parent(tmp_path, FOLLOWER)
    assert left == []


@pytest.fixture
def small_library(tmp_path):
    library = tmp_path / "library.sqlite"
    kill_scenarios._small_library(library)
    return library


def _body(library: Path, article_id: int) -> str:
    import sqlite3

    conn = sqlite3.connect(library)
    try:
        return conn.execute("SELECT body FROM articles WHERE id = ?", (article_id,)).fetchone()[0]
    finally:
        conn.close()


def test_a_text_reported_saved_but_missing_is_caught(small_library, tmp_path):
    body = _body(small_library, 1)
    digest = hashlib.sha256(body.encode("utf-8")).hexdigest()
    assert kill_scenarios._holds_text(small_library, tmp_path, (1, len(body), digest), 3) == ""
    prefix = body[:100]  # a later save grew the text: still holds what was reported
    assert kill_scenarios._holds_text(
        small_library, tmp_path, (1, 100, hashlib.sha256(prefix.encode()).hexdigest()), 3) == ""
    longer = body + " thêm"
    problem = kill_scenarios._holds_text(
        small_library, tmp_path, (1, len(longer), hashlib.sha256(longer.encode()).hexdigest()), 3)
    assert "not in the library" in problem
    assert kill_scenarios._holds_text(small_library, tmp_path, None, 4) == "4 articles before, 3 after"


def test_missing_printed_articles_and_foreign_ones_are_caught(small_library, tmp_path):
    articles, _ = kill_harness.listed(small_library, tmp_path)
    assert len(articles) == 3
    stored = {(t, d) for _, t, d in kill_scenarios._stored(small_library, list(articles))}
    printed = {i: slug for i, (slug, _title) in articles.items()}
    assert kill_scenarios._import_work(small_library, tmp_path, printed, set(), stored) == ("", 3)
    problem, _ = kill_scenarios._import_work(small_library, tmp_path, {**printed, 99: "x"}, set(), stored)
    assert "1 of 4 printed articles missing" in problem
    problem, _ = kill_scenarios._import_work(small_library, tmp_path, printed, set(), set(list(stored)[:2]))
    assert "not as in their file" in problem


def test_a_damaged_library_fails_the_integrity_check(small_library):
    assert kill_harness.integrity(small_library) == ""
    size = small_library.stat().st_size
    with small_library.open("r+b") as f:  # scribble over the pages after the first
        f.seek(4096)
        f.write(os.urandom(min(size - 4096, 4 * 4096)))
    assert kill_harness.integrity(small_library) != ""


def test_backup_checks_catch_a_listed_temporary_file_a_damaged_copy_and_a_lost_backup(
        small_library, monkeypatch):
    backups = pytest.importorskip("editor_app.core.library.backups", reason="the backups module is not there yet")
    good = backups.make_backup(small_library)
    assert good is not None
    lines = [f"BACKUP {good.path} 3"]
    assert kill_scenarios._backups_problem(small_library, lines) == ("", "")
    partial = good.path.with_name(good.path.stem + ".partial")
    partial.write_bytes(good.path.read_bytes())
    damaged = good.path.with_name("library-20000101-000000.sqlite")
    damaged.write_bytes(good.path.read_bytes()[:4096] + os.urandom(good.path.stat().st_size - 4096))
    fake = [good, backups.BackupInfo(partial, good.created, 3, 1), backups.BackupInfo(damaged, good.created, 3, 1)]
    monkeypatch.setattr(backups, "list_backups", lambda library: fake)
    integrity_problem, work_problem = kill_scenarios._backups_problem(small_library, lines)
    assert damaged.name in integrity_problem
    assert "temporary files listed as backups" in work_problem
    monkeypatch.setattr(backups, "list_backups", lambda library: [])
    assert "is not listed" in kill_scenarios._backups_problem(small_library, lines)[1]


@pytest.mark.slow
def test_a_short_kill_run_passes_every_check(tmp_path):
    report = tmp_path / "figures.json"
    done = subprocess.run(
        [sys.executable, str(BENCH / "kill_harness.py"), "--each", "5", "--seed", "7",
         "--work", str(tmp_path / "work"), "--json", str(report)],
        capture_output=True, text=True, timeout=1500)
    print(done.stdout)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    tallies = {t["scenario"]: t for t in json.loads(report.read_text())}
    assert set(tallies) == {"imports", "autosave", "backups"}
    for name, t in tallies.items():
        if t["skipped"]:
            assert name == "backups" and "cannot be imported" in t["skipped"]
            continue
        assert t["kills"] == 5, name
        assert (t["integrity_ok"], t["work_ok"], t["leftovers"]) == (5, 5, 0), t
    assert "committed-work ok" in done.stdout  # the table
