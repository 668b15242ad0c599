import json

import pytest


def test_version(cli):
    out = cli("--version", check_rc=0)
    assert out.stdout.startswith("editor-app ")


def test_import_and_list_json(cli, tmp_path, sample_files):
    lib = str(tmp_path / "l.sqlite")
    out = cli("import", "--library", lib, *map(str, sample_files), check_rc=0)
    lines = out.stdout.strip().splitlines()
    assert len(lines) == 6 and all(len(l.split("\t")) == 3 for l in lines)
    data = json.loads(cli("list", "--library", lib, "--json", check_rc=0).stdout)
    assert len(data) == 6
    main = next(a for a in data if a["slug"] == "ngoai-giao-cong-chung-trong-ky-nguyen-so")
    for key in ("id", "uuid", "slug", "title", "status", "section", "language", "keywords", "authors",
                "related", "updated_at", "word_count"):
        assert key in main
    assert main["related"] == [
        "quan-tri-truyen-thong-thuong-hieu-startup-thiet-ke-website", "tri-tue-nhan-tao-va-bao-chi-so",
        "chuyen-doi-so-tap-chi-hoc-vien-chinh-tri", "chuyen-doi-so-bao-chi-va-dao-tao-bao-chi",
        "phat-trien-noi-dung-so-cua-co-quan-bao-chi"]
    found = json.loads(cli("list", "--library", lib, "--json", "--search", "NGOẠI GIAO").stdout)
    assert found[0]["slug"] == main["slug"]


def test_env_library(cli, tmp_path, sample_files):
    lib = tmp_path / "env.sqlite"
    cli("import", str(sample_files[0]), env={"EDITOR_APP_LIBRARY": str(lib)}, check_rc=0)
    assert lib.exists()


def test_errors_are_one_line(cli, tmp_path, sample_files):
    lib = str(tmp_path / "l.sqlite")
    bad = tmp_path / "bad.md"
    bad.write_bytes(b"\xff\xfe\x00\xd8")  # UTF-16 (BOM) with a lone surrogate: cannot be decoded
    out = cli("import", "--library", lib, str(bad), str(sample_files[0]))
    assert out.returncode == 1
    assert out.stderr.count("\n") == 1 and "bad.md" in out.stderr and "Traceback" not in out.stderr
    assert len(out.stdout.strip().splitlines()) == 1

    notlib = tmp_path / "x.sqlite"
    notlib.write_text("plain text file, certainly not a database")
    for args in (("list", "--library", str(notlib)), ("import", "--library", str(notlib), str(sample_files[0]))):
        out = cli(*args)
        assert out.returncode == 2 and "not an article library" in out.stderr
        assert "Traceback" not in out.stderr and out.stderr.count("\n") == 1

    out = cli("list", "--status", "nonsense", "--library", lib)
    assert out.returncode == 2 and "unknown status" in out.stderr
    out = cli("frobnicate")
    assert out.returncode == 2 and "Traceback" not in out.stderr


def test_library_option_before_or_after_the_subcommand(cli, tmp_path, sample_files):
    before, after = tmp_path / "before.sqlite", tmp_path / "after.sqlite"
    cli("--library", str(before), "import", str(sample_files[0]), check_rc=0)
    cli("import", "--library", str(after), str(sample_files[1]), check_rc=0)
    assert before.exists() and after.exists()
    out = cli("--library", str(before), "list", check_rc=0)
    assert len(out.stdout.strip().splitlines()) == 1


def test_version_matches_pyproject():
    import tomllib
    from pathlib import Path

    import editor_app

    meta = tomllib.loads((Path(__file__).resolve().parents[1] / "pyproject.toml").read_text(encoding="utf-8"))
    assert editor_app.__version__ == meta["project"]["version"]


class _CountingStdout:
    """A text stdout whose bytes go to ``buffer``, counting the writes."""

    def __init__(self):
        import io

        self.writes = 0
        self.data = io.BytesIO()
        self.buffer = self

    def write(self, data):
        self.writes += 1
        if isinstance(data, str):
            data = data.encode("utf-8")
        self.data.write(data)
        return len(data)

    def flush(self):
        pass


@pytest.mark.parametrize("search, part", [(None, None), ("Bài", None), (None, 500)])
def test_list_json_is_one_query_and_one_write(tmp_path, monkeypatch, search, part):
    """``list --json``: one statement for the articles (authors, keywords and links
    aggregated; a search adds its own), one write, the bytes json.dump(indent=2) would
    write of every field but the body, in ArticleData.content_dict's order."""
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    from editor_app import cli
    from editor_app.core.dto import ArticleData, AuthorData
    from editor_app.core.library.store import Store

    lib = tmp_path / "l.sqlite"
    with Store.open(lib) as s:
        s.create_articles([ArticleData(title=f"Bài {i}", body=f"Thân \"{i}\"\n\tdòng\\hai", keywords=["a", f"k{i}"],
                                       authors=[AuthorData(f"Tác giả {i % 5}", "Viện")], related=[f"r{i}"])
                           for i in range(1200)])
        ids = s.search(search) if search else s.list_ids()
        wanted = [{k: v for k, v in cli.article_json(a).items() if k != "body"} for a in s.articles(ids)]
    statements = []

    def seen(conn, clause, *args):
        statements.append(clause)

    out = _CountingStdout()
    monkeypatch.setattr("sys.stdout", out)
    if part:   # a library larger than a part: one write per part, the same bytes
        monkeypatch.setattr("editor_app.core.library.listing.PART", part)
    event.listen(Engine, "before_execute", seen)
    try:
        assert cli.main(["list", "--library", str(lib), "--json", *(["--search", search] if search else [])]) == 0
    finally:
        event.remove(Engine, "before_execute", seen)
    data = out.data.getvalue()
    assert data == (json.dumps(wanted, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    assert len(wanted) == 1200
    queries = [s for s in statements if str(s) != "BEGIN"]
    reading = [q for q in queries if "printf(" in str(q)]   # the texts, written by the database
    assert len(reading) == 1   # the articles: one statement (a search's index queries come first)
    assert len(queries) == 1 if search is None else queries[-1] is reading[0]
    assert out.writes == (1 if not part else 3)   # 1,200 articles: 500 + 500 + 200
