"""Verified rotating backups and restoring one (core/library/backups.py), on real files."""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import sqlite3
import sys
import threading
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from editor_app.core.library import backups

from editor_app.core.library import db
from editor_app.core.library.backups import (
    BackupError,
    BackupInfo,
    backup_dir,
    backups_to_keep,
    list_backups,
    make_backup,
    newest_good_backup,
    restore_backup,
)
from editor_app.core.dto import ArticleData
from editor_app.core.errors import LibraryDamagedError
from editor_app.core.library.store import Store

T0 = datetime(2026, 12, 2, 10, 30, 0)


@pytest.fixture
def store(sqlite_store):
    """These checks are about the library file: SQLite only."""
    return sqlite_store


def digest(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def fill(store: Store, n: int = 40, trashed: int = 3) -> list[ArticleData]:
    made = store.create_articles(
        [ArticleData(title=f"Bài {i}", body=f"Nội dung số {i} " * 150) for i in range(n)])
    for art in made[:trashed]:
        store.trash_article(art.id)
    return made


def contents(path: Path) -> dict[str, tuple[str, bool]]:
    """slug -> (body, trashed), read through the Store from a copy (never the file itself)."""
    copy = path.with_name(path.name + ".opened")
    shutil.copyfile(path, copy)
    s = Store.open(copy)
    try:
        return {a.slug: (a.body, a.deleted_at is not None) for a in s.all_articles(include_deleted=True)}
    finally:
        s.close()


def corrupt(path: Path, ratio: float = 0.5) -> None:
    """Overwrite one page in the middle of the file (quick_check fails on it)."""
    data = bytearray(path.read_bytes())
    page = 4096
    start = int(len(data) * ratio) // page * page
    data[start:start + page] = b"\xde\xad\xbe\xef" * (page // 4)
    path.write_bytes(bytes(data))


def closed_library(path: Path, n: int = 300) -> Path:
    s = Store.open(path)
    s.create_articles([ArticleData(title=f"Bài {i}", body="Nội dung dài " * 200) for i in range(n)])
    s.close()
    return path


def folder_state(folder: Path) -> dict[str, str]:
    return {p.name: digest(p) for p in sorted(folder.iterdir()) if p.name != ".lock"}


# -- making a backup -----------------------------------------------------------

@pytest.mark.parametrize("through_store", [True, False])
def test_backup_is_a_library_with_the_same_articles(store, library_path, through_store):
    fill(store)
    conn = store._opened.connection if through_store else None
    info = make_backup(library_path, conn, now=T0)
    assert info is not None
    assert info.path == backup_dir(library_path) / "library-20261202-103000.sqlite"
    assert info.created == T0
    assert info.articles == 37  # live ones: 3 of 40 are in the trash
    assert info.size == info.path.stat().st_size > 0
    # one self-contained file, checked, this program's
    assert sorted(p.name for p in info.path.parent.iterdir() if p.name != ".lock") == [info.path.name]
    c = sqlite3.connect(info.path)
    assert c.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert c.execute("PRAGMA application_id").fetchone()[0] == db.APPLICATION_ID
    c.close()
    expected = {a.slug: (a.body, a.deleted_at is not None) for a in store.all_articles(include_deleted=True)}
    assert len(expected) == 40
    assert contents(info.path) == expected
    assert list_backups(library_path) == [info]


@pytest.mark.parametrize("through_store", [True, False])
def test_backup_includes_committed_data_still_in_the_wal(store, library_path, tmp_path, through_store):
    fill(store, n=5, trashed=0)
    store._opened.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.create_article(ArticleData(title="Chỉ trong WAL", body="mới"))
    wal = library_path.with_name(library_path.name + "-wal")
    assert wal.stat().st_size > 0
    # the main file alone does not hold the last commit: it is only in the WAL
    alone = tmp_path / "alone.sqlite"
    shutil.copyfile(library_path, alone)
    c = sqlite3.connect(alone)
    assert c.execute("SELECT count(*) FROM articles").fetchone()[0] == 5
    c.close()

    info = make_backup(library_path, store._opened.connection if through_store else None, now=T0)
    assert info is not None and info.articles == 6
    assert "chi-trong-wal" in contents(info.path)


def test_backup_from_a_connection_inside_a_transaction_does_not_hang(store, library_path):
    fill(store, n=5, trashed=0)
    conn = store._opened.connection
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE articles SET title = 'chưa lưu' WHERE id = 1")
    result: list = []
    worker = threading.Thread(target=lambda: result.append(make_backup(library_path, conn, now=T0)),
                              daemon=True)
    worker.start()
    worker.join(30)
    conn.execute("ROLLBACK")
    assert not worker.is_alive(), "Connection.backup inside a write transaction hung"
    info = result[0]
    assert info is not None and info.articles == 5
    c = sqlite3.connect(info.path)
    assert c.execute("SELECT title FROM articles WHERE id = 1").fetchone()[0] == "Bài 0"  # committed only
    c.close()


def test_backup_from_a_closed_connection_reads_the_file(library_path):
    s = Store.open(library_path)
    fill(s, n=4, trashed=1)
    conn = s._opened.connection
    s.close()
    info = make_backup(library_path, conn, now=T0)
    assert info is not None and info.articles == 3


def test_backups_in_the_same_second_never_overwrite_and_sort_by_order(store, library_path):
    fill(store, n=2, trashed=0)
    first = make_backup(library_path, now=T0)
    store.create_article(ArticleData(title="Thêm"))
    second = make_backup(library_path, now=T0)
    assert second.path.name == "library-20261202-103000-2.sqlite"
    assert (first.articles, second.articles) == (2, 3)
    assert [b.path for b in list_backups(library_path)] == [second.path, first.path]
    # even after rotation removed the first of that second, the next sorts last
    first.path.unlink()
    third = make_backup(library_path, now=T0)
    assert third.path.name == "library-20261202-103000-3.sqlite"
    assert list_backups(library_path)[0].path == third.path
    assert newest_good_backup(library_path).path == third.path


def test_created_comes_from_the_name_not_the_mtime(store, library_path):
    fill(store, n=1, trashed=0)
    info = make_backup(library_path, now=T0)
    os.utime(info.path, (0, 0))
    assert list_backups(library_path)[0].created == T0


def test_damaged_source_makes_no_backup_and_keeps_the_earlier_ones(tmp_path, caplog):
    lib = closed_library(tmp_path / "library.sqlite")
    good = make_backup(lib, now=T0)
    assert good is not None and good.articles == 300
    # more backups than rotation keeps: a failed backup must not rotate any away
    for i in range(1, 15):
        os.link(good.path, backup_dir(lib) / f"library-20261201-{i:02d}0000.sqlite")
    before = folder_state(backup_dir(lib))
    corrupt(lib)
    with caplog.at_level(logging.WARNING, logger="editor_app.core.library.backups"):
        assert make_backup(lib, now=T0 + timedelta(minutes=30)) is None
        raw = sqlite3.connect(lib)  # a connection on the damaged file, as a store would hold
        assert make_backup(lib, raw, now=T0 + timedelta(minutes=60)) is None
        raw.close()
    assert folder_state(backup_dir(lib)) == before  # same files, same bytes, no temporary left
    messages = [r.getMessage() for r in caplog.records]
    assert len(messages) == 2
    assert all(str(lib) in m and "no backup made" in m and "\n" not in m for m in messages)
    assert newest_good_backup(lib).path == good.path


def test_a_file_that_is_not_a_library_gets_no_backup(tmp_path):
    other = tmp_path / "other.sqlite"
    c = sqlite3.connect(other)
    c.execute("CREATE TABLE articles (id INTEGER)")
    c.commit()
    c.close()
    assert make_backup(other, now=T0) is None
    assert list_backups(other) == []
    assert make_backup(tmp_path / "missing.sqlite", now=T0) is None
    assert not (tmp_path / "missing.sqlite").exists()


def test_backup_of_a_first_revision_library_counts_its_articles(tmp_path):
    path = tmp_path / "old.sqlite"
    db.upgrade(path, "0001")  # before the trash: no deleted_at column
    c = sqlite3.connect(path)
    for i in (1, 2):
        c.execute(
            "INSERT INTO articles (id, uuid, title, subtitle, slug, language, summary, body, section,"
            " status, source, doi, license, created_at, updated_at, word_count) VALUES (?, ?, 'T', '',"
            " ?, 'vi', '', 'B', '', 'draft', '', '', '', '2023-01-01 00:00:00', '2023-01-01 00:00:00', 1)",
            (i, f"u-{i}", f"s-{i}"))
    c.commit()
    c.close()
    info = make_backup(path, now=T0)
    assert info is not None and info.articles == 2
    assert list_backups(path)[0].articles == 2
    assert newest_good_backup(path) == info
    # restored, it is upgraded on opening like any library of that version
    assert restore_backup(tmp_path / "restored.sqlite", info.path) is None  # nothing to keep there
    with Store.open(tmp_path / "restored.sqlite") as restored:
        assert restored.count() == 2


@pytest.mark.parametrize("name", [
    pytest.param("thư viện #1 ?&%20.sqlite", marks=pytest.mark.skipif(
        sys.platform == "win32", reason="'?' is not allowed in a Windows file name")),
    "thư viện #2 &%20;[x].sqlite", "no-suffix", "a.b.db"])
def test_unusual_library_names(tmp_path, name):
    lib = tmp_path / "sub dir" / name
    lib.parent.mkdir()
    s = Store.open(lib)
    fill(s, n=2, trashed=0)
    s.close()
    first = make_backup(str(lib), now=T0)
    second = make_backup(lib, now=T0)
    assert first is not None and second is not None
    assert first.path.parent == backup_dir(lib) == lib.with_name(f"{lib.stem}.backups")
    assert [b.path for b in list_backups(lib)] == [second.path, first.path]
    assert restore_backup(lib, first.path) == lib.with_name(lib.name + ".damaged")
    with Store.open(lib, readonly=True) as restored:
        assert restored.count() == 2


def test_backup_folder_that_cannot_be_made_gives_a_clear_reason(store, library_path, caplog):
    fill(store, n=1, trashed=0)
    backup_dir(library_path).write_bytes(b"a file where the folder should be")
    with caplog.at_level(logging.WARNING, logger="editor_app.core.library.backups"):
        assert make_backup(library_path, store._opened.connection, now=T0) is None
    assert [r.getMessage().startswith(f"{backup_dir(library_path)}: cannot create the backup folder")
            for r in caplog.records] == [True]
    with pytest.raises(BackupError, match="cannot create the backup folder"):
        backups.create_backup(library_path, now=T0)
    assert backup_dir(library_path).read_bytes() == b"a file where the folder should be"


# -- leftovers, listing, choosing ------------------------------------------------

def test_leftover_temporary_files_are_ignored_and_cleaned(store, library_path):
    fill(store, n=3, trashed=0)
    first = make_backup(library_path, now=T0)
    folder = backup_dir(library_path)
    # what a backup killed mid-way leaves: a half copy and its journal
    half = first.path.read_bytes()[: first.size // 2]
    (folder / "library-20261202-110000.partial").write_bytes(half)
    (folder / "library-20261202-110000.partial-journal").write_bytes(b"\0" * 512)
    assert [b.path for b in list_backups(library_path)] == [first.path]
    assert newest_good_backup(library_path).path == first.path
    second = make_backup(library_path, now=T0 + timedelta(hours=1))
    assert second is not None
    assert sorted(p.name for p in folder.iterdir() if p.name != ".lock") == [first.path.name, second.path.name]


def test_list_tolerates_unreadable_files_and_good_backup_skips_damaged(store, library_path):
    fill(store, n=6, trashed=0)
    good = make_backup(library_path, now=T0)
    folder = backup_dir(library_path)
    # a newer backup that rotted on disk, and one cut short
    rotten = folder / "library-20261202-113000.sqlite"
    shutil.copyfile(good.path, rotten)
    corrupt(rotten, ratio=0.7)
    cut = folder / "library-20261202-120000.sqlite"
    cut.write_bytes(good.path.read_bytes()[:4096])
    # not backups: other files with backup-like names, a folder, a foreign SQLite file
    (folder / "library-20261202-123000.sqlite").write_bytes(b"not a database at all")
    (folder / "library-20261302-123000.sqlite").write_bytes(good.path.read_bytes())  # month 13
    (folder / "library-20261202-130000.sqlite").mkdir()
    foreign = sqlite3.connect(folder / "library-20261202-133000.sqlite")
    foreign.execute("CREATE TABLE t (x)")
    foreign.commit()
    foreign.close()

    listed = list_backups(library_path)
    assert [b.path.name for b in listed] == [cut.name, rotten.name, good.path.name]
    assert listed[0].articles is None  # cannot be read: listed, not counted
    assert listed[2].articles == 6
    assert newest_good_backup(library_path).path == good.path
    assert backups.check_backup(rotten) is not None and backups.check_backup(cut) is not None
    # rotation only ever removes backups it recognises
    old = [folder / f"library-20261101-{i:02d}0000.sqlite" for i in range(12)]
    for path in old:
        os.link(good.path, path)
    removed = backups.rotate(library_path, T0 + timedelta(days=30))
    assert sorted(removed) == old[:5]  # 15 backups, the last 10 kept, none in the last 7 days
    assert (folder / "library-20261202-123000.sqlite").exists()
    assert (folder / "library-20261302-123000.sqlite").exists()
    assert (folder / "library-20261202-133000.sqlite").exists()


def test_no_backups_at_all(library_path):
    assert list_backups(library_path) == []
    assert newest_good_backup(library_path) is None
    assert not backup_dir(library_path).exists()  # made by the first backup only


# -- rotation ------------------------------------------------------------------

def synthetic(start: datetime, end: datetime, step=timedelta(minutes=30)) -> list[BackupInfo]:
    out, t = [], start
    while t <= end:
        out.append(BackupInfo(Path(f"lib-{t:%Y%m%d-%H%M%S}.sqlite"), t, 1, 1))
        t += step
    return out


def test_keep_choice_last_ten_plus_newest_of_each_of_seven_days():
    start = datetime(2026, 12, 1, 0, 0)
    now = datetime(2026, 12, 21, 23, 30)
    kept = backups_to_keep(synthetic(start, now), now)
    last_ten = [now - timedelta(minutes=30 * i) for i in range(10)]
    daily = [datetime(2026, 12, d, 23, 30) for d in range(20, 14, -1)]
    assert [k.created for k in kept] == last_ten + daily


def test_keep_choice_just_after_midnight():
    now = datetime(2026, 12, 21, 3, 0)
    kept = backups_to_keep(synthetic(datetime(2026, 12, 1), now), now)
    created = [k.created for k in kept]
    assert created[:10] == [now - timedelta(minutes=30 * i) for i in range(10)]  # 22:30 the day before on
    assert created[10:] == [datetime(2026, 12, d, 23, 30) for d in range(19, 14, -1)]
    # a week with gaps: days without backups are simply missing
    sparse = [b for b in synthetic(datetime(2026, 12, 1), now) if b.created.day % 2 or b.created.day == 21]
    created = [k.created for k in backups_to_keep(sparse, now)]
    assert created[:10] == [b.created for b in sparse[-10:]][::-1]  # 7 of today, 3 of the 19th
    assert created[10:] == [datetime(2026, 12, d, 23, 30) for d in (17, 15)]
    assert backups_to_keep([], now) == []


def test_rotation_over_three_weeks_of_backups_every_half_hour(store, library_path):
    fill(store, n=3, trashed=0)
    folder = backup_dir(library_path)
    real = make_backup(library_path, now=datetime(2026, 11, 30, 23, 45))
    template = shutil.copyfile(real.path, library_path.with_name("template.sqlite"))
    t, end = datetime(2026, 12, 1, 0, 0), datetime(2026, 12, 21, 23, 30)
    steps = 0
    while t <= end:
        if t.minute == 0 and t.hour % 8 == 0:  # now and then a real backup
            info = make_backup(library_path, store._opened.connection, now=t)
            assert info is not None and info.path.name == f"library-{t:%Y%m%d-%H%M%S}.sqlite"
        else:  # otherwise one faked by its name (same bytes, a hard link)
            os.link(template, folder / f"library-{t:%Y%m%d-%H%M%S}.sqlite")
            backups.rotate(library_path, t)
        names = sorted(p.name for p in folder.glob("*.sqlite"))
        assert len(names) <= 10 + 7
        assert names[-1] == f"library-{t:%Y%m%d-%H%M%S}.sqlite"  # the new one is never rotated away
        steps += 1
        t += timedelta(minutes=30)
    assert steps == 21 * 48
    expected = [end - timedelta(minutes=30 * i) for i in range(10)]
    expected += [datetime(2026, 12, d, 23, 30) for d in range(20, 14, -1)]
    assert [b.created for b in list_backups(library_path)] == expected
    assert all(b.articles == 3 for b in list_backups(library_path))


# -- restoring -----------------------------------------------------------------

def test_restore_keeps_the_damaged_library_and_brings_back_the_backup(tmp_path):
    lib = closed_library(tmp_path / "library.sqlite", n=200)
    good = make_backup(lib, now=T0)
    s = Store.open(lib)
    s.create_article(ArticleData(title="Sau bản sao", body="x"))
    s.close()
    corrupt(lib)
    damaged = digest(lib)
    with pytest.raises(LibraryDamagedError, match="damaged"):
        Store.open(lib)
    backup_bytes = digest(good.path)

    kept = restore_backup(lib, good.path)
    assert kept == tmp_path / "library.sqlite.damaged"
    assert digest(kept) == damaged
    assert digest(good.path) == backup_bytes  # the backup itself is untouched
    restored = Store.open(lib)
    try:
        assert restored.count() == 200
        assert restored.get_by_slug("sau-ban-sao") is None
    finally:
        restored.close()


def test_restore_keeps_the_wal_with_the_library_and_numbers_later_ones(store, library_path, tmp_path):
    fill(store, n=5, trashed=0)
    good = make_backup(library_path, store._opened.connection, now=T0)
    store._opened.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.create_article(ArticleData(title="Chỉ trong WAL", body="mới"))
    # a library left by a crash: main file plus a WAL holding the last commit
    lib = tmp_path / "crashed.sqlite"
    for suffix in ("", "-wal"):
        shutil.copyfile(f"{library_path}{suffix}", f"{lib}{suffix}")
    wal_bytes = digest(Path(f"{lib}-wal"))

    kept = restore_backup(lib, good.path)
    assert kept == tmp_path / "crashed.sqlite.damaged"
    assert digest(Path(f"{kept}-wal")) == wal_bytes
    assert not Path(f"{lib}-wal").exists()  # no stale log beside the restored library
    # the kept pair still reads with its last commit (read-only: a writer would checkpoint it)
    c = sqlite3.connect(kept.as_uri().replace("file://", "file:", 1) + "?mode=ro", uri=True)
    assert c.execute("SELECT count(*) FROM articles").fetchone()[0] == 6
    c.close()
    assert digest(Path(f"{kept}-wal")) == wal_bytes
    assert contents(lib).keys() == contents(good.path).keys()

    kept2 = restore_backup(lib, good.path)
    assert kept2 == tmp_path / "crashed.sqlite.damaged-2"
    assert Path(f"{kept}-wal").exists() and kept.exists()


def test_restore_never_deletes_a_file(tmp_path):
    lib = closed_library(tmp_path / "library.sqlite", n=20)
    first = make_backup(lib, now=T0)
    s = Store.open(lib)
    s.create_article(ArticleData(title="Thêm"))
    s.close()
    second = make_backup(lib, now=T0 + timedelta(minutes=30))
    Path(f"{lib}.damaged").write_bytes(b"kept from an earlier restore")

    def everything() -> list[str]:
        return sorted(digest(p) for p in tmp_path.rglob("*") if p.is_file() and p.name != ".lock")

    for backup in (first.path, second.path, first.path):
        before = everything()
        restore_backup(lib, backup)
        after = everything()
        missing = [d for d in set(before) if before.count(d) > after.count(d)]
        assert missing == []
    assert sorted(p.name for p in tmp_path.glob("library.sqlite.damaged*")
                  if not p.name.endswith(("-wal", "-shm"))) == [
        "library.sqlite.damaged", "library.sqlite.damaged-2", "library.sqlite.damaged-3",
        "library.sqlite.damaged-4"]
    assert Path(f"{lib}.damaged").read_bytes() == b"kept from an earlier restore"
    assert digest(lib) == digest(first.path)


def test_restoring_a_bad_backup_changes_nothing(store, library_path, tmp_path):
    fill(store, n=3, trashed=0)
    good = make_backup(library_path, now=T0)
    bad = tmp_path / "bad.sqlite"
    shutil.copyfile(good.path, bad)
    corrupt(bad, ratio=0.6)
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"hello")
    before = {p.name: digest(p) for p in tmp_path.iterdir() if p.is_file()}
    for backup in (bad, junk, tmp_path / "absent.sqlite"):
        with pytest.raises(BackupError) as caught:
            restore_backup(library_path, backup)
        assert str(backup) in str(caught.value) and "nothing was changed" in str(caught.value)
        assert "\n" not in str(caught.value)
    assert {p.name: digest(p) for p in tmp_path.iterdir() if p.is_file()} == before

