"""Opening libraries: refusing bad files untouched, locking, migrations."""

import hashlib
import sqlite3
import subprocess
import sys
import textwrap

import pytest
import sqlalchemy as sa

from editor_app.core.library import db
from editor_app.core.dto import ArticleData
from editor_app.core.errors import LibraryDamagedError, NotALibraryError
from editor_app.core.library.store import Store


@pytest.fixture
def store(sqlite_store):
    """These checks are about the library file: SQLite only."""
    return sqlite_store


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_library_settings(library_path):
    s = Store.open(library_path)
    s.close()
    conn = sqlite3.connect(library_path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA application_id").fetchone()[0] == db.APPLICATION_ID
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == db.head_revision()
    conn.close()


def test_engine_pragmas(store):
    with store._opened.engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert c.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


@pytest.mark.parametrize("content", [b"hello, not a database\n" * 10, bytes(range(256)) * 8])
def test_not_a_library_is_refused_untouched(tmp_path, content):
    path = tmp_path / "notes.sqlite"
    path.write_bytes(content)
    before = digest(path)
    with pytest.raises(NotALibraryError, match="not an article library"):
        Store.open(path)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.sqlite"]


def test_foreign_sqlite_file_is_refused_untouched(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(NotALibraryError):
        Store.open(path)
    assert digest(path) == before


def _corrupt(path, ratio=0.5):
    data = bytearray(path.read_bytes())
    page = 4096
    start = int(len(data) * ratio) // page * page
    data[start:start + page] = b"\xde\xad\xbe\xef" * (page // 4)
    path.write_bytes(bytes(data))


def _library_with_articles(path, n=300):
    s = Store.open(path)
    s.create_articles([ArticleData(title=f"Bài {i}", body="Nội dung dài " * 200) for i in range(n)])
    s.close()
    for suffix in ("-wal", "-shm"):
        p = path.with_name(path.name + suffix)
        if p.exists():
            p.unlink()


@pytest.mark.parametrize("background", [False, True])
def test_corrupt_library_is_refused_untouched(library_path, background):
    _library_with_articles(library_path)
    _corrupt(library_path)
    before = digest(library_path)
    if background:
        # large-file mode: reads may start, but no write happens before the check passes
        try:
            s = Store.open(library_path, background_check=True)
        except LibraryDamagedError:
            pass
        else:
            with pytest.raises(LibraryDamagedError, match="damaged"):
                s.create_article(ArticleData(title="x"))
            s._opened.close()
    else:
        with pytest.raises(LibraryDamagedError, match="damaged"):
            Store.open(library_path)
    assert digest(library_path) == before


def test_second_process_gets_clear_message(library_path):
    s = Store.open(library_path)
    s.create_article(ArticleData(title="Mở sẵn"))
    code = textwrap.dedent(f"""
        from editor_app.core.library.store import Store
        from editor_app.core.errors import LibraryLockedError
        try:
            Store.open({str(library_path)!r})
        except LibraryLockedError as exc:
            print("LOCKED", exc)
        ro = Store.open({str(library_path)!r}, readonly=True)
        print("READ", ro.count())
        ro.close()
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    s.close()
    assert "LOCKED" in out.stdout and "already open" in out.stdout, out.stderr
    assert "READ 1" in out.stdout
    # once closed, the library opens again
    Store.open(library_path).close()


def test_first_revision_library_upgrades_with_data_and_backup(tmp_path):
    path = tmp_path / "old.sqlite"
    db.upgrade(path, "0001")
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO articles (id, uuid, title, subtitle, slug, language, summary, body, section, status,"
        " source, doi, license, created_at, updated_at, word_count) VALUES (1, 'u-1', 'Đổi mới', '',"
        " 'doi-moi', 'vi', 'Tóm tắt', 'Nội dung cũ', 'Mục', 'draft', '', '', '', '2023-01-01 00:00:00',"
        " '2023-01-02 00:00:00', 3)")
    conn.execute("INSERT INTO authors (id, name, affiliation, orcid, email) VALUES (1, 'Đặng A', '', '', '')")
    conn.execute("INSERT INTO article_authors VALUES (1, 1, 0)")
    conn.execute("INSERT INTO article_keywords VALUES (1, 0, 'từ khóa')")
    conn.execute("INSERT INTO related_links VALUES (1, 0, 'bai-khac')")
    conn.commit()
    conn.close()
    assert db.inspect_file(path) == "0001"

    s = Store.open(path)
    try:
        art = s.get_article(1)
        assert (art.title, art.body, art.keywords, art.related) == (
            "Đổi mới", "Nội dung cũ", ["từ khóa"], ["bai-khac"])
        assert [a.name for a in art.authors] == ["Đặng A"]
        assert s.search("doi moi") == [1] and s.search("dang") == [1]  # index filled by 0002
        s.trash_article(1)  # column added by 0002
    finally:
        s.close()
    backups = list(tmp_path.glob("old.backup-0001-*.sqlite"))
    assert len(backups) == 1
    b = sqlite3.connect(backups[0])
    assert b.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    assert b.execute("SELECT body FROM articles").fetchone()[0] == "Nội dung cũ"
    b.close()


def test_0003_library_gets_the_column_detail_search_index(tmp_path):
    path = tmp_path / "v3.sqlite"
    db.upgrade(path, "0003")
    conn = sqlite3.connect(path)
    for i, (title, body) in enumerate([("Đổi mới", "kinh tế"), ("Ngoại giao", "công chúng số")], 1):
        conn.execute(
            "INSERT INTO articles (id, uuid, title, subtitle, slug, language, summary, body, section, status,"
            " source, doi, license, created_at, updated_at, word_count) VALUES (?, ?, ?, '', ?, 'vi', '', ?,"
            " '', 'draft', '', '', '', '2023-01-01 00:00:00', '2023-01-02 00:00:00', 2)",
            (i, f"u-{i}", title, f"a-{i}", body))
        conn.execute("INSERT INTO article_search(rowid, title, subtitle, summary, body, keywords, authors)"
                     " VALUES (?, ?, '', '', ?, '', '')", (i, title.replace("Đ", "D"), body))
    conn.execute("INSERT INTO authors (id, name, affiliation, orcid, email) VALUES (1, 'Đặng A', '', '', '')")
    conn.execute("INSERT INTO article_authors VALUES (2, 1, 0)")
    conn.execute("INSERT INTO article_keywords VALUES (2, 0, 'ngoại giao văn hóa')")
    conn.commit()
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'article_search'").fetchone()[0]
    assert "detail" not in sql
    conn.close()

    with Store.open(path) as s:
        assert s.search("doi moi") == [1] and s.search("dang") == [2]
        assert s.search("van hoa") == [2] and s.search("cong ch") == [2] and s.search("ki") == [1]
    conn = sqlite3.connect(path)
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'article_search'").fetchone()[0]
    assert "detail=column" in sql and "prefix='2 3'" in sql
    conn.close()
    assert len(list(tmp_path.glob("v3.backup-0003-*.sqlite"))) == 1


def test_newer_library_is_refused(library_path):
    Store.open(library_path).close()
    conn = sqlite3.connect(library_path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    with pytest.raises(Exception, match="newer version"):
        Store.open(library_path)


def _schema_differences(path):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from editor_app.core.library.schema import metadata, migrated_object

    url = path if isinstance(path, str) and "://" in path else f"sqlite:///{path}"
    engine = sa.create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={
                "include_object": migrated_object, "compare_type": True, "compare_server_default": True})
            return compare_metadata(context, metadata)
    finally:
        engine.dispose()


def test_schema_metadata_matches_the_migrations(library_path, tmp_path):
    """The Core tables (schema.metadata) and the head migration describe the same
    tables, columns, types, nullability, keys, indexes and constraints."""
    Store.open(library_path).close()
    assert _schema_differences(library_path) == []
    # the comparison sees a difference when there is one: the first revision lacks
    # the trash column and the list's indexes
    old = tmp_path / "first.sqlite"
    db.upgrade(old, "0001")
    found = {d[0] if isinstance(d, tuple) else d[0][0] for d in _schema_differences(old)}
    assert {"add_column", "add_index"} <= found


def test_schema_metadata_matches_the_migrations_on_postgresql(pg_database):
    """The same revisions make the same tables on a server (an empty database gets the
    schema at first open), with the server's search index and no SQLite-only object."""
    with Store.open(pg_database) as store:
        assert [n.kind for n in store.notices] == ["server-created"]
    assert _schema_differences(pg_database) == []
    engine = sa.create_engine(pg_database.replace("postgresql://", "postgresql+psycopg://"))
    try:
        with engine.connect() as conn:
            assert conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar() == db.HEAD_REVISION
            columns = dict(conn.execute(sa.text(
                "SELECT column_name, data_type FROM information_schema.columns "
                "WHERE table_name = 'article_search'")).all())
    finally:
        engine.dispose()
    assert columns == {"article_id": "integer", "title": "tsvector", "doc": "tsvector"}
    # and the search index the store would make again (search_pg.search_table) is the one
    # migration 0002 made: columns, key, foreign key, GIN indexes
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from editor_app.core.library.search_pg import _meta

    engine = sa.create_engine(pg_database.replace("postgresql://", "postgresql+psycopg://"))
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={
                "compare_type": True,
                "include_object": lambda obj, name, type_, *_: type_ != "table" or name == "article_search"})
            assert compare_metadata(context, _meta) == []
    finally:
        engine.dispose()


def test_head_constant_matches_the_migrations():
    from alembic.script import ScriptDirectory

    assert ScriptDirectory.from_config(db.alembic_config()).get_current_head() == db.HEAD_REVISION
