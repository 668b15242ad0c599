"""The import of many files (a second process prepares them): every article it
imports is reported, a bad file costs only itself, a dying worker costs
nothing, the worker dies with the program, a failing library stops cleanly."""

from __future__ import annotations

import json
import logging
import multiprocessing
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from editor_app.core.importing import importer
from editor_app.core.errors import LibraryError
from editor_app.core.importing.importer import ImportStopped, import_files

LAUGHS = "---\na: &a [lol,lol,lol]\nb: &b [*a,*a,*a]\nkeywords: *b\n---\nx\n"


def make_files(folder: Path, n: int, prefix: str = "bai") -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for i in range(n):
        f = folder / f"{prefix}-{i:05d}.md"
        f.write_text(f"---\ntitle: Bài số {i}\nkeywords: [một, hai]\nauthors: [Lê A]\n"
                     f"date: 2024-01-{i % 28 + 1:02d}\n---\nThân bài {i}.\n", encoding="utf-8")
        files.append(f)
    return files


def test_parallel_cli_reports_every_article_and_each_bad_file(cli, tmp_path):
    good = make_files(tmp_path / "in", 1199)
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "feb30.md").write_text("---\ntitle: x\ndate: 2024-02-30\n---\nx\n", encoding="utf-8")
    (bad / "digits.md").write_text("---\ntitle: x\ndate: " + "9" * 5000 + "\n---\nx\n", encoding="utf-8")
    (bad / "laughs.md").write_text(LAUGHS, encoding="utf-8")
    (bad / "binary.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    if hasattr(os, "mkfifo"):  # not on Windows: the other bad files still fail alone there
        os.mkfifo(bad / "fifo.md")
    bads = sorted(bad.iterdir())
    # bad files early, in the middle (inside the small first batch and later ones) and last
    files = good[:5] + bads[:2] + good[5:700] + bads[2:4] + good[700:] + bads[4:]
    assert len(files) >= importer.PARALLEL_FROM
    lib = str(tmp_path / "lib.sqlite")
    out = cli("import", "--library", lib, *map(str, files))
    assert out.returncode == 1
    assert "Traceback" not in out.stderr and "unexpected error" not in out.stderr
    lines = [line.split("\t") for line in out.stdout.splitlines()]
    assert [t for _, _, t in lines] == [f"Bài số {i}" for i in range(1199)]  # every one, in order
    err = out.stderr.splitlines()
    assert len(err) == len(bads) and {line.split(": ")[1] for line in err} == {str(p) for p in bads}
    listed = json.loads(cli("list", "--json", "--library", lib, check_rc=0).stdout)
    assert len(listed) == 1199 and {a["id"] for a in listed} == {int(i) for i, _, _ in lines}


@pytest.fixture
def small_batches(monkeypatch):
    monkeypatch.setattr(importer, "PARALLEL_FROM", 10)
    monkeypatch.setattr(importer, "FIRST_BATCH", 10)
    monkeypatch.setattr(importer, "BATCH", 20)


def test_worker_killed_midway_costs_no_file(store, tmp_path, monkeypatch, small_batches, caplog):
    files = make_files(tmp_path / "in", 200)
    pools, writes = [], []
    start, write = importer._start_worker, importer._write

    def start_and_keep():
        pools.append(start())
        return pools[-1]

    def write_then_kill(*args):
        write(*args)
        writes.append(1)
        if len(writes) == 1:  # after the first batch: the worker is killed (OOM killer, a user)
            for proc in list(pools[0]._processes.values()):
                proc.kill()  # SIGKILL; TerminateProcess on Windows

    monkeypatch.setattr(importer, "_start_worker", start_and_keep)
    monkeypatch.setattr(importer, "_write", write_then_kill)
    with caplog.at_level(logging.WARNING, logger="editor_app"):
        report = import_files(store, files)
    assert not report.failed and [p for p, _ in report.imported] == files
    assert store.count() == 200 and len(writes) == len(importer._chunks(files)) > 2
    assert "second process stopped" in caplog.text
    assert not multiprocessing.active_children()


def test_worker_that_cannot_start_costs_no_file(store, tmp_path, monkeypatch, small_batches):
    from concurrent.futures import ProcessPoolExecutor

    files = make_files(tmp_path / "in", 60)
    monkeypatch.setattr(importer, "_start_worker", lambda: ProcessPoolExecutor(
        1, mp_context=multiprocessing.get_context("spawn"), initializer=os._exit, initargs=(3,)))
    report = import_files(store, files)
    assert not report.failed and [p for p, _ in report.imported] == files and store.count() == 60


# -- the write side ----------------------------------------------------------------------
def _failing_store(store, monkeypatch, fail):
    create = store.create_articles

    def create_articles(items, **kw):
        for d in items:
            fail(d)
        return create(items, **kw)

    monkeypatch.setattr(store, "create_articles", create_articles)


def test_a_row_the_library_refuses_fails_alone(store, tmp_path, monkeypatch):
    files = make_files(tmp_path / "in", 12)

    def fail(d):
        if d.title == "Bài số 7":
            try:
                raise sqlite3.IntegrityError("CHECK constraint failed: x")
            except sqlite3.IntegrityError as exc:  # as the store wraps a driver error
                raise LibraryError("lib.sqlite: the library could not be written (CHECK ...)") from exc

    _failing_store(store, monkeypatch, fail)
    report = import_files(store, files)
    assert [p.name for p, _ in report.failed] == ["bai-00007.md"]
    assert "could not be written (CHECK" in report.failed[0][1] and store.count() == 11


def test_update_over_a_damaged_article_fails_alone(store, tmp_path, monkeypatch):
    from editor_app.core.errors import DamagedArticleError

    files = make_files(tmp_path / "in", 3)
    files[1].write_text("---\ntitle: Bài số 1\nslug: hong\n---\nx\n", encoding="utf-8")
    get = store.get_by_slug

    def get_by_slug(slug):
        if slug == "hong":
            raise DamagedArticleError(5, "text that is not UTF-8")
        return get(slug)

    monkeypatch.setattr(store, "get_by_slug", get_by_slug)
    report = import_files(store, files, update=True)
    assert [p for p, _ in report.imported] == [files[0], files[2]]
    assert report.failed == [(files[1], "article 5 is damaged and cannot be read (text that is not UTF-8)")]


@pytest.mark.parametrize("parallel", [False, True])
def test_a_failing_library_stops_the_import_with_its_report(store, tmp_path, monkeypatch, parallel):
    if parallel:
        monkeypatch.setattr(importer, "PARALLEL_FROM", 10)
        monkeypatch.setattr(importer, "FIRST_BATCH", 10)
    monkeypatch.setattr(importer, "BATCH", 20)
    files = make_files(tmp_path / "in", 100)

    def fail(d):
        if d.title == "Bài số 45":
            try:
                raise sqlite3.OperationalError("database or disk is full")
            except sqlite3.OperationalError as exc:
                raise LibraryError("lib.sqlite: the disk is full; free some space") from exc

    _failing_store(store, monkeypatch, fail)
    with pytest.raises(ImportStopped) as stopped:
        import_files(store, files)
    message = str(stopped.value)
    assert "disk is full" in message and "stopped" in message and "\n" not in message
    done = stopped.value.report.imported
    assert [p for p, _ in done] == files[:len(done)] and store.count() == len(done) < 45
    assert not stopped.value.report.failed  # not 55 files blamed for the disk
    assert not multiprocessing.active_children()


# -- the worker dies with the program ------------------------------------------------------
def _children(pid: int) -> list[int]:
    kids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                kids.append(int(entry.name))
    return kids


def _descendants(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        kids = _children(todo.pop())
        out += kids
        todo += kids
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _committed(lib: Path) -> int:
    try:
        with sqlite3.connect(f"file:{lib}?mode=ro", uri=True, timeout=0.2) as c:
            return c.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return 0


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_killed_import_leaves_no_process_and_keeps_committed_work(tmp_path):
    files = make_files(tmp_path / "in", 5000)
    lib = tmp_path / "lib.sqlite"
    proc = subprocess.Popen([sys.executable, "-m", "editor_app.cli", "import", "--library", str(lib),
                             *map(str, files)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            cwd=tmp_path)
    try:
        deadline = time.monotonic() + 90
        while not (_committed(lib) and _descendants(proc.pid)):
            assert proc.poll() is None and time.monotonic() < deadline, proc.stderr.read()
            time.sleep(0.05)
        time.sleep(0.3)
        family = _descendants(proc.pid)
        cmdlines = [Path(f"/proc/{p}/cmdline").read_bytes() for p in family]
        assert any(b"spawn_main" in c for c in cmdlines), cmdlines  # the preparing worker
        seen = _committed(lib)
    finally:
        proc.kill()
        proc.wait()
    deadline = time.monotonic() + 2.0
    while any(_alive(p) for p in family) and time.monotonic() < deadline:
        time.sleep(0.05)
    left = [(p, Path(f"/proc/{p}/cmdline").read_bytes()) for p in family if _alive(p)]
    assert not left, f"still running 2 s after the import was killed: {left}"
    with sqlite3.connect(lib) as c:
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        count = c.execute("SELECT count(*) FROM articles").fetchone()[0]
        titles = {t for (t,) in c.execute("SELECT title FROM articles")}
    c.close()
    assert seen <= count < 5000 and titles <= {f"Bài số {i}" for i in range(5000)}
