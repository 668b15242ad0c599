"""A team library on a PostgreSQL server: URLs, several writers, conflicts, passwords from
the keychain, a server that goes away, and copying a library file to the server."""

from __future__ import annotations

import json
import os
import subprocess
import threading
import time
from pathlib import Path

import pytest

from pg_support import REPO, pg_db as _pg_db, pg_exec as _pg_exec
from editor_app.core.dto import ArticleData
from editor_app.core.errors import ConflictError, NotALibraryError, ServerUnavailableError
from editor_app.core.library import keychain
from editor_app.core.library.location import ServerLocation, parse_location
from editor_app.core.library.store import Store

MAIN = "ngoai-giao-cong-chung-trong-ky-nguyen-so"


# -- where a library is ---------------------------------------------------------------
def test_urls_and_paths_are_told_apart_and_passwords_never_shown(tmp_path):
    assert parse_location(str(tmp_path / "a.sqlite")) == tmp_path / "a.sqlite"
    assert parse_location("~/x.sqlite") == Path("~/x.sqlite").expanduser()
    loc = parse_location("postgresql://bien%20tap:m%E1%BA%ADt@db.example.vn:6543/tap_chi"
                         "?sslmode=verify-full&sslrootcert=/etc/ca.pem")
    assert isinstance(loc, ServerLocation)
    assert (loc.user, loc.password, loc.host, loc.port, loc.dbname) == (
        "bien tap", "mật", "db.example.vn", 6543, "tap_chi")
    assert loc.option("sslmode") == "verify-full" and loc.option("sslrootcert") == "/etc/ca.pem"
    for shown in (str(loc), loc.display(), repr(loc)):
        assert "mật" not in shown and "m%E1%BA%ADt" not in shown
    assert str(loc) == "postgresql://bien%20tap@db.example.vn:6543/tap_chi?sslmode=verify-full&sslrootcert=%2Fetc%2Fca.pem"
    assert loc.keychain_key == "bien tap@db.example.vn:6543/tap_chi"
    assert parse_location("postgres://u@h/d").port == 5432
    with pytest.raises(ValueError, match="names no database"):
        parse_location("postgresql://u@h:5432/")


# -- several writers, nothing silently overwritten -------------------------------------
def test_two_editors_work_at_once_and_an_older_save_is_a_conflict(pg_library):
    with Store.open(pg_library, editor="Lan") as lan, Store.open(pg_library, editor="Minh") as minh:
        made = lan.create_article(ArticleData(title="Bài chung", body="Đoạn một.\n\nĐoạn hai."))
        assert made.version == 1 and made.updated_by == "Lan"
        mine = minh.get_article(made.id)   # both read version 1
        theirs = lan.get_article(made.id)
        theirs.body = "Đoạn một, Lan sửa.\n\nĐoạn hai."
        saved = lan.save_article(theirs)
        assert (saved.version, saved.updated_by) == (2, "Lan")
        mine.body = "Đoạn một.\n\nĐoạn hai, Minh sửa."
        with pytest.raises(ConflictError) as caught:
            minh.save_article(mine)
        assert caught.value.base_version == 1
        assert caught.value.theirs.body == "Đoạn một, Lan sửa.\n\nĐoạn hai."
        assert caught.value.theirs.updated_by == "Lan" and "Lan" in str(caught.value)
        assert minh.get_article(made.id).body == theirs.body   # nothing was overwritten
        assert len(minh.revisions(made.id)) >= 1
        # saving the same text as the library holds is no conflict; a save on the newest version works
        same = minh.get_article(made.id)
        same.version = 1
        assert minh.save_article(same).version == 2
        newest = minh.get_article(made.id)
        newest.title = "Bài chung (Minh)"
        assert minh.save_article(newest).version == 3
        assert lan.get_article(made.id).updated_by == "Minh"


def test_simultaneous_saves_of_one_version_let_exactly_one_through(pg_library):
    with Store.open(pg_library) as setup:
        art = setup.create_article(ArticleData(title="Đua", body="gốc"))
    stores = [Store.open(pg_library, editor=f"e{i}") for i in range(4)]
    results: list = []
    barrier = threading.Barrier(len(stores))

    def save(store, n):
        data = store.get_article(art.id)
        data.body = f"bản {n}"
        barrier.wait()
        try:
            results.append(store.save_article(data).body)
        except ConflictError:
            results.append("conflict")

    threads = [threading.Thread(target=save, args=(s, i)) for i, s in enumerate(stores)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    try:
        winners = [r for r in results if r != "conflict"]
        assert len(results) == 4 and len(winners) == 1
        final = stores[0].get_article(art.id)
        assert final.body == winners[0] and final.version == 2
    finally:
        for s in stores:
            s.close()


def test_a_file_library_checks_versions_too(library_path):
    with Store.open(library_path) as store:
        art = store.create_article(ArticleData(title="Một mình", body="a"))
        stale = store.get_article(art.id)
        fresh = store.get_article(art.id)
        fresh.body = "b"
        store.save_article(fresh)
        stale.body = "c"
        with pytest.raises(ConflictError):
            store.save_article(stale)


# -- search on the server ---------------------------------------------------------------
def test_search_on_the_server_ranks_the_main_sample_first(pg_library, sample_files, cli):
    cli("import", "--library", pg_library, *map(str, sample_files), check_rc=0)
    for query in ("NGOAI GIAO cong chung", "ngoại giao CÔNG CHÚNG", "ngoai gi"):
        found = json.loads(cli("list", "--library", pg_library, "--search", query, "--json", check_rc=0).stdout)
        assert found and found[0]["slug"] == MAIN, query
    with Store.open(pg_library) as store:
        made = store.create_article(ArticleData(title="Đường sắt đô thị", body="Tàu điện ngầm"))
        for query in ("duong sat", "ĐƯỜNG SẮT", "dUờNg", "tau dien ngam", "do thi"):
            assert made.id in store.search(query), query
        assert store.search("đường bộ") == []
        # tsquery syntax in a query is inert: only its words count
        assert store.search("') OR 1=1 --") == store.search("or 1 1")
        assert store.search("đường & !bộ | sắt:*") == store.search("duong bo sat") == []
        assert store.search("đường & sắt:*") == [made.id]


# -- passwords --------------------------------------------------------------------------
class _MemoryKeyring:
    """A keychain for the test: what keyring's backends do, in memory."""

    priority = 1

    def __init__(self):
        self.kept = {}

    def get_password(self, service, user):
        return self.kept.get((service, user))

    def set_password(self, service, user, password):
        self.kept[(service, user)] = password

    def delete_password(self, service, user):
        self.kept.pop((service, user), None)


@pytest.fixture
def memory_keyring(monkeypatch):
    import keyring

    ring = _MemoryKeyring()
    monkeypatch.setattr(keyring, "get_password", ring.get_password)
    monkeypatch.setattr(keyring, "set_password", ring.set_password)
    monkeypatch.setattr(keyring, "delete_password", ring.delete_password)
    return ring


def test_the_password_comes_from_the_keychain_and_stays_out_of_the_library(pg_admin_url, memory_keyring):
    import psycopg

    from pg_support import drop_password_library, password_library

    secret = "mật khẩu 'dài' @:/?"
    url = password_library(pg_admin_url, "pwlib", secret)
    location = parse_location(url)
    with pytest.raises(ServerUnavailableError, match="refused the login of 'pwtest'") as caught:
        Store.open(url)
    assert secret not in str(caught.value)
    assert keychain.set_password(location, secret)
    with Store.open(url) as store:   # no password in the URL: the keychain's
        store.create_article(ArticleData(title="Có mật khẩu"))
    with psycopg.connect(_pg_db(pg_admin_url, "pwlib")) as conn:
        dump = json.dumps([list(map(str, r)) for t in ("articles", "journal_profile", "presence")
                           for r in conn.execute(f"SELECT * FROM {t}")], ensure_ascii=False)
    assert secret not in dump
    keychain.delete_password(location)
    assert keychain.get_password(location) is None
    with Store.open(location.with_password(secret)) as store:   # or given by the window
        assert store.count() == 1
    drop_password_library(pg_admin_url, "pwlib")


# -- not a library, or a server that goes away -----------------------------------------
def test_a_database_holding_other_tables_is_not_taken(pg_database):
    import psycopg

    with psycopg.connect(pg_database, autocommit=True) as conn:
        conn.execute("CREATE TABLE payroll (id int)")
    with pytest.raises(NotALibraryError, match="holds other tables"):
        Store.open(pg_database)


def test_the_cli_says_one_line_and_exits_1_when_the_server_is_unreachable(cli, tmp_path):
    import socket

    with socket.socket() as s:   # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"postgresql://editor@127.0.0.1:{port}/tap_chi"
    for args, env in ((("list", "--library", url), None), (("list", "--json"), {"EDITOR_APP_LIBRARY": url}),
                      (("import", "--library", url, str(tmp_path / "x.md")), None),
                      (("export", "--library", url, "--out", str(tmp_path / "out"), "--all-statuses"), None)):
        started = time.monotonic()
        out = cli(*args, env=env)
        assert out.returncode == 1, out.stderr
        assert time.monotonic() - started < 10
        assert out.stderr.count("\n") == 1 and "Traceback" not in out.stderr
        assert "cannot reach the library server" in out.stderr and f"127.0.0.1:{port}" in out.stderr
    # a routable address that never answers: the connect timeout ends it
    started = time.monotonic()
    out = cli("list", "--library", "postgresql://editor@10.255.255.1:5432/x?connect_timeout=2")
    assert out.returncode == 1 and time.monotonic() - started < 10 and "Traceback" not in out.stderr


@pytest.fixture
def own_cluster():
    """A server of this test's own, that it can stop and start again."""
    if not list(Path("/usr/lib/postgresql").glob("*/bin/initdb")):
        pytest.skip("PostgreSQL is not installed here")
    script = str(REPO / "scripts" / "pg-cluster.sh")
    out = subprocess.run(["bash", script, "start"], check=True, capture_output=True, text=True).stdout
    env = dict(line.removeprefix("export ").split("=", 1) for line in out.splitlines())
    folder = env["PG_CLUSTER_DIR"]
    _pg_exec(env["EDITOR_APP_TEST_PG"], "CREATE DATABASE lib")

    def run(cmd):
        subprocess.run(["bash", script, cmd, folder], check=True, capture_output=True)

    yield _pg_db(env["EDITOR_APP_TEST_PG"], "lib"), run
    subprocess.run(["bash", script, "stop", folder], check=False)


def test_a_store_says_when_the_server_went_away_and_goes_on_when_it_is_back(own_cluster):
    url, run = own_cluster
    with Store.open(url) as store:
        art = store.create_article(ArticleData(title="Trước khi mất mạng"))
        run("pause")
        for attempt in (lambda: store.get_article(art.id), lambda: store.create_article(ArticleData(title="x")),
                        lambda: store.list_ids()):
            with pytest.raises(ServerUnavailableError, match="cannot reach the library server"):
                attempt()
        run("resume")
        data = store.get_article(art.id)
        data.body = "Sau khi có mạng lại"
        assert store.save_article(data).version == 2
        assert store.count() == 1


# -- copying a library file to the server ------------------------------------------------
def test_copy_moves_everything_and_checks_the_counts(tmp_path, pg_database, sample_files, cli):
    lib = tmp_path / "l.sqlite"
    cli("import", "--library", str(lib), *map(str, sample_files), check_rc=0)
    with Store.open(lib) as store:
        main = store.get_by_slug(MAIN)
        main.title += " (sửa)"
        store.save_article(main, named=True)
        store.add_asset(main.id, "hinh.png", b"\x89PNG\r\n\x1a\n" + os.urandom(64))
        from editor_app.core.dto import ProfileData

        store.set_profile(ProfileData(name="Tạp chí", issn="1859-0063", base_url="https://tapchi.vn"))
        store.trash_article(store.get_by_slug("tri-tue-nhan-tao-va-bao-chi-so").id)
        before = {a.id: a for a in store.all_articles(include_deleted=True)}
        revisions = {i: [(r.reason, r.named) for r in store.revisions(i)] for i in before}
    out = cli("copy", "--library", str(lib), "--to", pg_database, check_rc=0)
    rows = dict((line.split("\t")[0], line.split("\t")[1:]) for line in out.stdout.splitlines())
    assert rows["articles"] == ["6", "6"] and rows["assets"] == ["1", "1"] and rows["revisions"][0] == rows["revisions"][1]
    assert "the counts match" in out.stderr
    with Store.open(pg_database) as there:
        after = {a.id: a for a in there.all_articles(include_deleted=True)}
        assert after.keys() == before.keys()
        for i, art in before.items():
            assert after[i].content_dict() == art.content_dict()
            assert (after[i].uuid, after[i].deleted_at, after[i].version) == (art.uuid, art.deleted_at, art.version)
            assert [(r.reason, r.named) for r in there.revisions(i)] == revisions[i]
        assert there.get_asset(main.id, "hinh.png")[1].startswith(b"\x89PNG")
        assert there.get_profile().issn == "1859-0063"
        assert there.search("NGOAI GIAO cong chung")[0] == main.id
        new = there.create_article(ArticleData(title="Bài mới trên máy chủ"))
        assert new.id > max(before)
    # a second copy into the same (no longer empty) library is refused
    again = cli("copy", "--library", str(lib), "--to", pg_database)
    assert again.returncode == 2 and "already has articles" in again.stderr


@pytest.mark.parametrize("engine", ["sqlite", "postgres"])
def test_cli_import_list_export_work_on_both_engines(engine, tmp_path, sample_files, cli, request):
    lib = str(tmp_path / "l.sqlite") if engine == "sqlite" else request.getfixturevalue("pg_library")
    out = cli("import", "--library", lib, *map(str, sample_files), check_rc=0)
    assert len(out.stdout.splitlines()) == 6
    listed = json.loads(cli("list", "--json", env={"EDITOR_APP_LIBRARY": lib}, check_rc=0).stdout)
    assert len(listed) == 6 and {a["slug"] for a in listed} >= {MAIN}
    main = next(a for a in listed if a["slug"] == MAIN)
    assert main["related"][0] == "quan-tri-truyen-thong-thuong-hieu-startup-thiet-ke-website"
    written = cli("export", "--library", lib, "--out", str(tmp_path / "site"), "--all-statuses", check_rc=0).stdout.splitlines()
    assert len(written) == 7 and (tmp_path / "site" / f"{MAIN}.html").is_file()
    if engine == "postgres":   # the same pages as from a library file
        file_lib = tmp_path / "f.sqlite"
        cli("import", "--library", str(file_lib), *map(str, sample_files), check_rc=0)
        cli("export", "--library", str(file_lib), "--out", str(tmp_path / "site2"), "--all-statuses", check_rc=0)
        page = (tmp_path / "site" / f"{MAIN}.html").read_text("utf-8")
        assert page == (tmp_path / "site2" / f"{MAIN}.html").read_text("utf-8")


def test_the_list_knows_who_has_an_article_open_elsewhere(pg_library):
    from editor_app.core.library import editors

    with Store.open(pg_library, editor="Lan") as lan, Store.open(pg_library, editor="Minh") as minh:
        a = lan.create_article(ArticleData(title="Một"))
        b = lan.create_article(ArticleData(title="Hai"))
        assert lan.heartbeat("lan-window", a.id) == {}
        assert minh.heartbeat("minh-window", b.id) == {a.id: ["Lan"]}
        assert lan.heartbeat("lan-window", a.id) == {b.id: ["Minh"]}
        minh.leave("minh-window")
        assert lan.heartbeat("lan-window", None) == {}
        # a window that stopped beating is no longer shown
        minh.heartbeat("minh-window", b.id)
        from pg_support import execute_beside

        execute_beside(minh, "UPDATE presence SET seen_at = seen_at - :s * interval '1 second' "
                       "WHERE session = 'minh-window'", s=editors.PRESENCE_TTL + 5)
        assert lan.heartbeat("lan-window", a.id) == {}


def test_the_privileges_the_readme_names_are_enough(pg_admin_url):
    """The database's owner makes the schema; an editor role with only DML rights on its
    tables and sequences then works (README, "Setting up the server")."""
    owner_url = _pg_db(pg_admin_url, "privlib").replace("postgres@", "owner_role@")
    _pg_exec(pg_admin_url, "DROP DATABASE IF EXISTS privlib WITH (FORCE)", "DROP ROLE IF EXISTS owner_role",
             "DROP ROLE IF EXISTS editor_role", "CREATE ROLE owner_role LOGIN", "CREATE ROLE editor_role LOGIN",
             "CREATE DATABASE privlib OWNER owner_role")
    try:
        with Store.open(owner_url) as store:
            store.create_article(ArticleData(title="Của chủ sở hữu"))
        _pg_exec(owner_url, "GRANT CONNECT ON DATABASE privlib TO editor_role",
                 "GRANT USAGE ON SCHEMA public TO editor_role",
                 "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO editor_role",
                 "GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO editor_role")
        with Store.open(owner_url.replace("owner_role@", "editor_role@"), editor="Biên tập") as store:
            made = store.create_article(ArticleData(title="Của biên tập viên", body="chữ"))
            made.body = "chữ mới"
            assert store.save_article(made).version == 2
            assert store.search("bien tap") == [made.id]
            store.heartbeat("w1", made.id)
            store.purge_article(store.search("chu so huu")[0])
    finally:
        _pg_exec(pg_admin_url, "DROP DATABASE IF EXISTS privlib WITH (FORCE)", "DROP ROLE IF EXISTS editor_role",
                 "DROP ROLE IF EXISTS owner_role")


def test_libpq_options_in_the_url_reach_the_server(pg_library, cli):
    from sqlalchemy import text

    url = pg_library + "?application_name=toa-soan&sslmode=disable&options=-c%20statement_timeout%3D12345"
    with Store.open(url) as store:
        with store._read() as conn:
            assert conn.execute(text("SELECT current_setting('application_name')")).scalar() == "toa-soan"
            assert conn.execute(text("SHOW statement_timeout")).scalar() == "12345ms"
    # a server without TLS and a URL that demands it: one clear line, exit 1
    out = cli("list", "--library", pg_library + "?sslmode=require")
    assert out.returncode == 1 and out.stderr.count("\n") == 1 and "Traceback" not in out.stderr
    assert "SSL" in out.stderr or "ssl" in out.stderr
    out = cli("list", "--library", pg_library.rsplit("/", 1)[0] + "/no_such_library")
    assert out.returncode == 1 and "has no database 'no_such_library'" in out.stderr


def test_a_missing_search_index_on_the_server_is_made_again(pg_library):
    with Store.open(pg_library) as store:
        made = store.create_article(ArticleData(title="Chỉ mục tìm kiếm", body="đổi mới"))
    _pg_exec(pg_library, "DROP TABLE article_search")
    with Store.open(pg_library) as store:
        assert [n.kind for n in store.notices] == ["search-rebuilt"]
        assert store.search("chi muc") == [made.id] and store.search("DOI MOI") == [made.id]


def test_long_texts_go_to_the_server_compressed_with_lz4_and_a_server_without_it_still_works(
        pg_library, monkeypatch):
    from sqlalchemy import bindparam, text

    from editor_app.core.library import server

    body = "Đoạn văn về chuyển đổi số của tòa soạn, viết lại nhiều lần. " * 2_000   # compressed, toasted
    compression = text("SELECT pg_column_compression(body) FROM articles WHERE id = :i").bindparams(
        bindparam("i"))
    with Store.open(pg_library) as store:
        made = store.create_article(ArticleData(title="Nén lz4", body=body))
        with store._read() as conn:
            assert conn.execute(compression, {"i": made.id}).scalar() == "lz4"
            assert conn.execute(text("SHOW default_toast_compression")).scalar() == "lz4"
    # a server that lacks the method (an older one, or built without it) keeps its own default
    real = server.compress_with
    monkeypatch.setattr(server, "compress_with", lambda engine, _method: real(engine, "no-such-method"))
    with Store.open(pg_library) as store:
        other = store.create_article(ArticleData(title="Nén mặc định", body=body))
        with store._read() as conn:
            assert conn.execute(compression, {"i": other.id}).scalar() == "pglz"
        assert store.get_article(other.id).body == body and store.get_article(made.id).body == body
        assert [made.id, other.id] == sorted(store.list_ids(search_text="chuyen doi so"))
