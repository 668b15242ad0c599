"""The library file under damage: atomic creation, a damaged WAL, damaged rows,
foreign schema objects, and every failure told in one clear line (issue 9)."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from editor_app.core.library import db

from editor_app.core.library import walcheck
from editor_app.core.dto import ArticleData
from editor_app.core.errors import (
    DamagedArticleError,
    LibraryDamagedError,
    LibraryReadOnlyError,
    LibrarySchemaError,
    library_error,
)
from editor_app.core.library.store import Store

ENV = {"PYTHONWARNINGS": "ignore"}


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _lines(text: str) -> list[str]:
    return [l for l in text.splitlines() if l.strip()]


def _assert_one_line_errors(stderr: str) -> None:
    assert "Traceback" not in stderr and "unexpected error" not in stderr, stderr
    for line in _lines(stderr):
        assert line.startswith("editor-app: "), stderr
        assert "\x1b" not in line


# -- creating a library is atomic ----------------------------------------------------
def test_new_library_appears_complete_or_not_at_all(tmp_path):
    """SIGKILL at random moments of a first import: the path holds no file or a whole library."""
    files = []
    for i in range(60):
        f = tmp_path / f"a{i}.md"
        f.write_text(f"---\ntitle: Bài {i}\n---\nNội dung {i}\n", encoding="utf-8")
        files.append(str(f))
    outcomes = {"none": 0, "complete": 0}
    for n in range(12):
        lib = tmp_path / f"lib{n}" / "library.sqlite"
        proc = subprocess.Popen([sys.executable, "-m", "editor_app.cli", "import", "--library", str(lib), *files],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(0.25 + 0.08 * n)
        proc.kill()  # SIGKILL on POSIX, TerminateProcess on Windows
        proc.wait()
        if not lib.exists():
            outcomes["none"] += 1
            assert not any(p.name.startswith("library.sqlite") and p.stat().st_size for p in lib.parent.glob("*")
                           if not p.name.endswith(".lock")) if lib.parent.exists() else True
        else:
            assert db.inspect_file(lib) == db.head_revision()
            outcomes["complete"] += 1
        Store.open(lib).close()  # whatever the kill left, the library opens
    assert sum(outcomes.values()) == 12


def _unfinished_file(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE t (x)")
    conn.execute("DROP TABLE t")  # a 4,096-byte file with no tables, as older versions left
    conn.close()


def test_unfinished_library_is_set_aside_and_replaced(tmp_path, cli, sample_files):
    lib = tmp_path / "library.sqlite"
    _unfinished_file(lib)
    assert lib.stat().st_size > 0
    proc = cli("import", "--library", str(lib), str(sample_files[0]))
    assert proc.returncode == 0, proc.stderr
    assert "set aside" in proc.stderr and "interrupted first start" in proc.stderr
    _assert_one_line_errors(proc.stderr)
    aside = [p for p in tmp_path.glob("library.sqlite.unfinished-*") if not p.name.endswith(("-wal", "-shm"))]
    assert len(aside) == 1 and aside[0].stat().st_size > 0
    with Store.open(lib, readonly=True) as s:
        assert s.count() == 1


def test_read_only_commands_do_not_touch_an_unfinished_file(tmp_path, cli):
    lib = tmp_path / "library.sqlite"
    _unfinished_file(lib)
    before = _sha(lib)
    proc = cli("list", "--library", str(lib))
    assert proc.returncode == 2
    _assert_one_line_errors(proc.stderr)
    assert _sha(lib) == before


# -- a damaged WAL is noticed and kept -------------------------------------------------
CRASH = textwrap.dedent("""
    import os, sys
    from editor_app.core.library.store import Store
    from editor_app.core.dto import ArticleData
    s = Store.open(sys.argv[1])
    for i in range(int(sys.argv[2])):
        s.create_article(ArticleData(title=f"Bài {i}", body="Nội dung đủ dài. " * 40))
    os._exit(0)  # a crash: committed transactions stay in the WAL
""")


def _crashed_library(tmp_path: Path, n: int = 24) -> Path:
    lib = tmp_path / "library.sqlite"
    subprocess.run([sys.executable, "-c", CRASH, str(lib), str(n)], check=True, timeout=120)
    assert walcheck.wal_path(lib).stat().st_size > 0
    return lib


def _flip_byte_in_frame(lib: Path, which: float = 0.5) -> bytes:
    wal = walcheck.wal_path(lib)
    data = bytearray(wal.read_bytes())
    page = int.from_bytes(data[8:12], "big")
    frames = (len(data) - 32) // (24 + page)
    off = 32 + int(frames * which) * (24 + page) + 24 + 200
    data[off] ^= 0x01
    wal.write_bytes(bytes(data))
    return bytes(data)


def test_intact_wal_after_a_crash_is_no_alarm(tmp_path, cli):
    lib = _crashed_library(tmp_path)
    report = walcheck.check_wal(lib)
    assert report.lost_commits == 0 and report.accepted == report.frames
    proc = cli("list", "--library", str(lib))
    assert proc.returncode == 0 and len(_lines(proc.stdout)) == 24 and proc.stderr == ""


@pytest.mark.parametrize("where", [0.3, 0.6, 0.9])
def test_damaged_wal_is_reported_and_kept_byte_for_byte(tmp_path, cli, where):
    lib = _crashed_library(tmp_path)
    damaged = _flip_byte_in_frame(lib, where)
    report = walcheck.check_wal(lib)
    assert report.damaged and report.accepted < report.frames
    listed = cli("list", "--library", str(lib))
    assert "latest changes could not be read" in listed.stderr
    _assert_one_line_errors(listed.stderr)
    shown = len(_lines(listed.stdout))
    assert shown < 24
    # a write (which checkpoints and resets the WAL) comes after the copy
    note = tmp_path / "x.md"
    note.write_text("# Ghi chú\n\nThêm.\n", encoding="utf-8")
    imported = cli("import", "--library", str(lib), str(note))
    assert imported.returncode == 0, imported.stderr
    copies = list(tmp_path.glob("library.sqlite-wal.*.unread"))
    assert len(copies) == 1 and copies[0].read_bytes() == damaged
    with Store.open(lib, readonly=True) as s:
        assert s.count() == shown + 1


def test_damaged_wal_header_is_reported(tmp_path):
    lib = _crashed_library(tmp_path, 6)
    wal = walcheck.wal_path(lib)
    data = bytearray(wal.read_bytes())
    data[20] ^= 0xFF  # salt-2 in the header: SQLite ignores the whole log
    wal.write_bytes(bytes(data))
    with Store.open(lib) as s:
        assert [n.kind for n in s.notices] == ["wal-recovered"]
        assert s.notices[0].path.read_bytes() == bytes(data)


# -- one damaged row never blocks the library --------------------------------------------
def _library_with(lib: Path, n: int = 5) -> list[int]:
    with Store.open(lib) as s:
        made = s.create_articles([ArticleData(title=f"Bài số {i}", body=f"Đổi mới dấuriêngđặcbiệt {i}\n", status="published")
                                  for i in range(n)])
    return [a.id for a in made]


def _damage(lib: Path, sql: str, *args) -> None:
    conn = sqlite3.connect(lib)
    conn.execute(sql, args)
    conn.commit()
    conn.close()


@pytest.mark.parametrize("sql", [
    "UPDATE articles SET title = CAST(X'4261C3FF20C3' AS TEXT) WHERE id = ?",  # not UTF-8
    "UPDATE articles SET updated_at = '2024-02-3x' WHERE id = ?",
    "UPDATE articles SET published_on = '2024-13-45' WHERE id = ?",
    "UPDATE articles SET created_at = 12 WHERE id = ?",
])
def test_damaged_row_is_left_out_and_the_rest_works(tmp_path, cli, sql):
    lib = tmp_path / "library.sqlite"
    ids = _library_with(lib)
    _damage(lib, sql, ids[2])
    listed = cli("list", "--library", str(lib), "--json")
    assert listed.returncode == 1
    assert {a["id"] for a in json.loads(listed.stdout)} == set(ids) - {ids[2]}
    assert f"article {ids[2]} is damaged" in listed.stderr
    _assert_one_line_errors(listed.stderr)
    found = cli("list", "--library", str(lib), "--search", "dauriengdacbiet")
    assert len(_lines(found.stdout)) == 4
    out = tmp_path / "site"
    exported = cli("export", "--library", str(lib), "--out", str(out), "--all-statuses")
    assert exported.returncode == 1
    assert len(list(out.glob("bai-so-*.html"))) == 4 and (out / "index.html").is_file()
    _assert_one_line_errors(exported.stderr)
    with Store.open(lib) as s:
        rows = s.rows(ids)
        assert not rows[ids[0]].damaged
        if "title" in sql or "updated_at" in sql:  # what the list shows is flagged there already
            assert rows[ids[2]].damaged
        with pytest.raises(DamagedArticleError):
            s.get_article(ids[2])
        s.create_article(ArticleData(title="Vẫn ghi được"))  # the library still takes writes


# -- a library is data, not code --------------------------------------------------------
@pytest.mark.parametrize("ddl", [
    "CREATE TRIGGER wipe AFTER INSERT ON articles BEGIN DELETE FROM articles WHERE id != NEW.id; END",
    "CREATE VIEW v AS SELECT title FROM articles",
    "CREATE TEMP TRIGGER t AFTER INSERT ON articles BEGIN SELECT 1; END",
])
def test_foreign_schema_objects_are_refused(tmp_path, cli, sample_files, ddl):
    lib = tmp_path / "library.sqlite"
    _library_with(lib)
    _damage(lib, ddl)
    before = _sha(lib)
    if "TEMP" in ddl:  # a temporary trigger lives in one connection only: harmless, not stored
        assert cli("import", "--library", str(lib), str(sample_files[0])).returncode == 0
        return
    proc = cli("import", "--library", str(lib), str(sample_files[0]))
    assert proc.returncode == 2
    assert "did not make" in proc.stderr and "not opened" in proc.stderr
    _assert_one_line_errors(proc.stderr)
    assert _sha(lib) == before
    with pytest.raises(LibrarySchemaError):
        Store.open(lib, readonly=True)


# -- real messages for what used to be "unexpected error" --------------------------------
def test_export_out_is_a_file(tmp_path, cli):
    lib = tmp_path / "library.sqlite"
    _library_with(lib)
    target = tmp_path / "out.html"
    target.write_text("x")
    proc = cli("export", "--library", str(lib), "--out", str(target), "--all-statuses")
    assert proc.returncode == 2 and "not a folder" in proc.stderr
    _assert_one_line_errors(proc.stderr)
    assert target.read_text() == "x"


def test_read_only_header_byte(tmp_path, cli, sample_files):
    lib = tmp_path / "library.sqlite"
    _library_with(lib)
    data = bytearray(lib.read_bytes())
    data[18] = 3
    lib.write_bytes(bytes(data))
    proc = cli("import", "--library", str(lib), str(sample_files[0]))
    assert proc.returncode == 2 and "header is damaged" in proc.stderr
    _assert_one_line_errors(proc.stderr)
    assert cli("list", "--library", str(lib)).returncode == 0  # reading still works


def test_write_errors_become_one_clear_line(tmp_path):
    err = library_error(tmp_path, sqlite3.OperationalError("attempt to write a readonly database"))
    assert isinstance(err, LibraryReadOnlyError) and "read-only" in str(err)
    full = library_error(tmp_path, sqlite3.OperationalError("database or disk is full"))
    assert "disk is full" in str(full)
    multi = library_error(tmp_path, sqlite3.DatabaseError("line one\nline two\n  three"))
    assert "\n" not in str(multi)


def test_missing_search_index_is_rebuilt_and_said(tmp_path, cli, sample_files):
    lib = tmp_path / "library.sqlite"
    _library_with(lib)
    _damage(lib, "DROP TABLE article_search")
    ro = cli("list", "--library", str(lib), "--search", "dauriengdacbiet")
    assert ro.returncode == 2 and "search index" in ro.stderr
    _assert_one_line_errors(ro.stderr)
    proc = cli("import", "--library", str(lib), str(sample_files[0]))
    assert proc.returncode == 0 and "search index was missing" in proc.stderr
    found = cli("list", "--library", str(lib), "--search", "dauriengdacbiet")
    assert found.returncode == 0 and len(_lines(found.stdout)) == 5


def test_damaged_search_index_is_rebuilt_and_said(tmp_path):
    lib = tmp_path / "library.sqlite"
    _library_with(lib)
    _damage(lib, "UPDATE article_search_data SET block = X'00FF00FF00FF' WHERE id > 1")
    with Store.open(lib) as s:
        assert len(s.search("DAURIENGDACBIET")) == 5
        assert [n.kind for n in s.notices] == ["search-rebuilt"]


def test_empty_version_record(tmp_path, cli):
    lib = tmp_path / "library.sqlite"
    _library_with(lib)
    _damage(lib, "DELETE FROM alembic_version")
    before = _sha(lib)
    proc = cli("list", "--library", str(lib))
    assert proc.returncode == 2 and "version record is empty" in proc.stderr
    _assert_one_line_errors(proc.stderr)
    with pytest.raises(LibraryDamagedError):
        Store.open(lib)
    assert _sha(lib) == before


def test_article_id_at_the_maximum(tmp_path, cli, sample_files):
    lib = tmp_path / "library.sqlite"
    _library_with(lib, 2)
    _damage(lib, "UPDATE articles SET id = 9223372036854775807 WHERE id = 2")
    _damage(lib, "UPDATE authors SET id = 9223372036854775807")
    proc = cli("import", "--library", str(lib), *map(str, sample_files))
    assert proc.returncode == 0, proc.stderr
    assert len(_lines(proc.stdout)) == len(sample_files)
    with Store.open(lib, readonly=True) as s:
        assert s.count() == 2 + len(sample_files)


def test_messages_escape_control_characters(tmp_path, cli):
    evil = tmp_path / "x\x1b]0;owned\x07\x1b[2K\reditor-app: forged.md"
    evil.write_text("---\ndate: 2024-02-30\n---\nNội dung\n", encoding="utf-8")
    lib = tmp_path / "library.sqlite"
    proc = cli("import", "--library", str(lib), str(evil))
    assert proc.returncode == 1
    assert len(_lines(proc.stderr)) == 1, proc.stderr
    assert "\x1b" not in proc.stderr and "\r" not in proc.stderr and "\x07" not in proc.stderr
    assert "\\x1b" in proc.stderr


def test_library_path_is_a_folder(tmp_path, cli):
    proc = cli("import", "--library", str(tmp_path), "x.md")
    assert proc.returncode == 2
    _assert_one_line_errors(proc.stderr)


def test_upgrade_backup_is_complete_and_checked(tmp_path):
    path = tmp_path / "old.sqlite"
    db.upgrade(path, "0003")
    Store.open(path).close()
    backups = list(tmp_path.glob("old.backup-0003-*.sqlite"))
    assert len(backups) == 1 and not list(tmp_path.glob("*.tmp"))
    conn = sqlite3.connect(backups[0])
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    os.remove(backups[0])


def test_import_stopped_by_the_library_still_lists_what_was_saved(tmp_path, monkeypatch, capsys, sample_files):
    """A library that fails mid-import (disk full): the committed articles are listed, then one line."""
    from editor_app import cli
    from editor_app.core.importing import importer
    from editor_app.core.errors import LibraryError

    monkeypatch.setattr(importer, "BATCH", 2)
    real = Store.create_articles
    calls = []

    def failing(self, items, **kw):
        calls.append(len(items))
        if len(calls) > 1:
            raise LibraryError(f"{self.path}: the disk is full; nothing was saved by this change")
        return real(self, items, **kw)

    monkeypatch.setattr(Store, "create_articles", failing)
    lib = tmp_path / "library.sqlite"
    code = cli.main(["import", "--library", str(lib), *map(str, sample_files)])
    out, err = capsys.readouterr()
    assert code == 2
    assert len(_lines(out)) == 2
    assert "disk is full" in err and "the import stopped" in err
    _assert_one_line_errors(err)
    with Store.open(lib, readonly=True) as s:
        assert s.count() == 2


def test_import_prints_each_article_once_committed(tmp_path):
    """Every line printed before a SIGKILL names an article that is in the library."""
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(1500):
        (folder / f"a{i:04}.md").write_text(f"---\ntitle: Bài {i}\n---\nNội dung {i}\n", encoding="utf-8")
    lib = tmp_path / "library.sqlite"
    proc = subprocess.Popen([sys.executable, "-m", "editor_app.cli", "import", "--library", str(lib),
                             *sorted(map(str, folder.iterdir()))],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, encoding="utf-8")
    printed = [proc.stdout.readline() for _ in range(150)]  # the first batches are committed...
    proc.kill()  # ...and the import is killed in the middle
    proc.wait()
    printed += proc.stdout.read().splitlines()
    proc.stdout.close()
    slugs = {line.split("\t")[1] for line in printed if line.strip()}
    assert len(slugs) >= 150
    with Store.open(lib, readonly=True) as s:
        assert all(s.get_by_slug(slug) is not None for slug in slugs)
