"""Issues of the journal from the command line, the pre-publish check, and exports that
publish only what is ready: published articles, an issue's page in its order, drafts
only by name (with a banner and noindex)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

MAIN = "ngoai-giao-cong-chung-trong-ky-nguyen-so"
AI = "tri-tue-nhan-tao-va-bao-chi-so"
STARTUP = "quan-tri-truyen-thong-thuong-hieu-startup-thiet-ke-website"
DIGITAL = "chuyen-doi-so-bao-chi-va-dao-tao-bao-chi"
CONTENT = "phat-trien-noi-dung-so-cua-co-quan-bao-chi"


@pytest.fixture
def library(cli, library_location, samples_dir):
    lib = library_location
    cli("--library", str(lib), "import", *map(str, sorted((samples_dir / "articles").glob("*.md"))), check_rc=0)
    return lib


def _change(library, slug, **values):
    from editor_app.core.library.store import Store

    with Store.open(library) as store:
        art = store.get_by_slug(slug)
        for name, value in values.items():
            setattr(art, name, value)
        store.save_article(art)


def _publish(library, *slugs):
    for slug in slugs:
        _change(library, slug, status="published")


def test_issue_commands(cli, library):
    made = cli("--library", str(library), "issue", "create", "--volume", "12", "--number", "3", "--year", "2026",
               "--title", "Báo chí số", check_rc=0)
    key = made.stdout.strip().splitlines()[-1]
    assert key == "v12-n3-2026"
    again = cli("--library", str(library), "issue", "create", "--volume", "12", "--number", "3", "--year", "2026")
    assert again.returncode == 1 and "already exists" in again.stderr and "Traceback" not in again.stderr
    cli("--library", str(library), "issue", "add", key, AI, MAIN, check_rc=0)
    cli("--library", str(library), "issue", "add", key, STARTUP, AI, check_rc=0)   # AI stays where it is
    shown = json.loads(cli("--library", str(library), "issue", "show", key, "--json", check_rc=0).stdout)
    assert [a["slug"] for a in shown["articles"]] == [AI, MAIN, STARTUP]
    assert (shown["volume"], shown["number"], shown["year"], shown["title"]) == ("12", "3", 2026, "Báo chí số")
    assert {"slug", "title", "section", "status"} <= set(shown["articles"][0])
    cli("--library", str(library), "issue", "remove", key, MAIN, check_rc=0)
    shown = json.loads(cli("--library", str(library), "issue", "show", key, "--json", check_rc=0).stdout)
    assert [a["slug"] for a in shown["articles"]] == [AI, STARTUP]
    listed = json.loads(cli("--library", str(library), "issue", "list", "--json", check_rc=0).stdout)
    assert [i["key"] for i in listed] == [key] and listed[0]["count"] == 2
    bad = cli("--library", str(library), "issue", "add", key, "khong-co", MAIN)
    assert bad.returncode == 1 and "khong-co" in bad.stderr
    shown = json.loads(cli("--library", str(library), "issue", "show", key, "--json", check_rc=0).stdout)
    assert [a["slug"] for a in shown["articles"]] == [AI, STARTUP]   # nothing added
    missing = cli("--library", str(library), "issue", "show", "v9-n9-2000", "--json")
    assert missing.returncode == 1 and "v9-n9-2000" in missing.stderr


def test_check_reports_and_exit_status(cli, library):
    proc = cli("--library", str(library), "check", "--json", check_rc=0)   # warnings only
    problems = json.loads(proc.stdout)
    tone = [p for p in problems if p["slug"] == MAIN and p["kind"] == "tone-marks"]
    assert len(tone) == 1 and "hoá" in tone[0]["message"] and "hóa" in tone[0]["message"]
    assert all(set(p) == {"slug", "kind", "severity", "message"} | ({"word"} if p["kind"] == "spelling" else set())
               for p in problems)
    spelling = [(p["slug"], p["word"]) for p in problems if p["kind"] == "spelling"]
    assert spelling and set(spelling) == {(AI, "bockchain")}   # the samples' one typo, nothing else
    _change(library, AI, doi="doi:10.1000", language="vietnamese")
    proc = cli("--library", str(library), "check", AI, "--json")
    assert proc.returncode == 1
    kinds = {(p["kind"], p["severity"]) for p in json.loads(proc.stdout)}
    assert {("doi", "error"), ("language", "error")} <= kinds
    assert all(p["slug"] == AI for p in json.loads(proc.stdout))
    text = cli("--library", str(library), "check", AI).stdout
    assert text.startswith("error\t" + AI) or "\nerror\t" + AI in text


def test_export_writes_published_articles_only(cli, library, tmp_path):
    _publish(library, MAIN, AI)
    out = tmp_path / "site"
    cli("--library", str(library), "export", "--out", str(out), check_rc=0)
    assert sorted(p.name for p in out.glob("*.html")) == sorted(["index.html", f"{MAIN}.html", f"{AI}.html"])
    index = (out / "index.html").read_text(encoding="utf-8")
    assert f"{MAIN}.html" in index and STARTUP not in index
    full = tmp_path / "proof"
    cli("--library", str(library), "export", "--out", str(full), "--all-statuses", check_rc=0)
    assert len(list(full.glob("*.html"))) == 7


def test_a_named_draft_is_a_marked_proof(cli, library, tmp_path):
    out = tmp_path / "proof"
    cli("--library", str(library), "export", "--out", str(out), STARTUP, check_rc=0)
    page = (out / f"{STARTUP}.html").read_text(encoding="utf-8")
    assert 'class="draft-banner"' in page and "Bản nháp" in page
    assert '<meta name="robots" content="noindex">' in page
    _publish(library, STARTUP)
    cli("--library", str(library), "export", "--out", str(out), STARTUP, check_rc=0)
    page = (out / f"{STARTUP}.html").read_text(encoding="utf-8")
    assert 'class="draft-banner"' not in page and "noindex" not in page


def test_export_an_issue(cli, library, tmp_path):
    _publish(library, MAIN, AI, DIGITAL, CONTENT)
    _change(library, AI, section="Công nghệ")
    _change(library, DIGITAL, section="Công nghệ")
    _change(library, CONTENT, doi="doi:10.1000")   # published, but fails a check
    key = cli("--library", str(library), "issue", "create", "--volume", "5", "--number", "2", "--year", "2026",
              "--title", "Chuyển đổi số", check_rc=0).stdout.strip().splitlines()[-1]
    cli("--library", str(library), "issue", "add", key, AI, MAIN, STARTUP, CONTENT, DIGITAL, check_rc=0)
    out = tmp_path / "issue"
    proc = cli("--library", str(library), "export", "--issue", key, "--out", str(out))
    assert proc.returncode == 1
    held = [line for line in proc.stderr.splitlines() if "held back" in line]
    assert len(held) == 2
    assert any(STARTUP in line and "not published" in line for line in held)
    assert any(CONTENT in line and "DOI" in line for line in held)
    assert sorted(p.name for p in out.glob("*.html")) == sorted(
        ["index.html", f"{AI}.html", f"{MAIN}.html", f"{DIGITAL}.html"])
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "Tập 5" in index and "Số 2" in index and "2026" in index and "Chuyển đổi số" in index
    order = [m.group(1) for m in re.finditer(r'href="([a-z0-9-]+)\.html"', index) if m.group(1) != "index"]
    assert order == [AI, DIGITAL, MAIN]   # the issue's order, grouped by section (Công nghệ first)
    assert index.index("Công nghệ") < index.index("Truyền thông")
    assert STARTUP not in index and CONTENT not in index


def test_an_invalid_base_url_stops_an_issue(cli, library, tmp_path):
    from editor_app.core.dto import ProfileData
    from editor_app.core.library.store import Store

    with Store.open(library) as store:
        store.set_profile(ProfileData(name="Tạp chí", base_url="tapchi.example.vn"))
    key = cli("--library", str(library), "issue", "create", "--volume", "1", "--number", "1", "--year", "2026",
              check_rc=0).stdout.strip().splitlines()[-1]
    proc = cli("--library", str(library), "export", "--issue", key, "--out", str(tmp_path / "x"))
    assert proc.returncode == 1 and "base URL" in proc.stderr and "Traceback" not in proc.stderr
    check = cli("--library", str(library), "check", "--json")
    assert check.returncode == 1
    assert {"slug": "", "kind": "base-url", "severity": "error"}.items() <= json.loads(check.stdout)[0].items()


def test_issue_and_draft_pages_pass_the_nu_checker(cli, library, tmp_path):
    from pagetree import nu_errors

    _publish(library, MAIN, AI)
    key = cli("--library", str(library), "issue", "create", "--volume", "5", "--number", "2", "--year", "2026",
              "--title", "Chuyển đổi số", "--date", "2026-12-01", "--note", "Lời tòa soạn.\n\nĐoạn hai.",
              check_rc=0).stdout.strip().splitlines()[-1]
    cli("--library", str(library), "issue", "add", key, AI, MAIN, check_rc=0)
    out = tmp_path / "issue"
    cli("--library", str(library), "export", "--issue", key, "--out", str(out), check_rc=0)
    cli("--library", str(library), "export", "--out", str(out), STARTUP, check_rc=0)   # a draft, by name
    pages = sorted(out.glob("*.html"))
    assert len(pages) == 4
    assert nu_errors(pages) == {p.name: [] for p in pages}
