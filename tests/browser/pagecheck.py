"""Headless Chromium checks of exported pages: network, console, axe-core, screenshots.

Uses the Python ``playwright`` package driving the system Chromium (no browser
download). axe-core comes from npm into ``tests/browser/.cache`` (gitignored):
``npm install --prefix tests/browser/.cache axe-core@4``.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
AXE_CACHE = HERE / ".cache"
AXE_VERSION = "4"
CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--disable-default-apps", "--disable-extensions",
]
LOCAL_SCHEMES = ("file:", "data:", "about:")


def chromium_path() -> str | None:
    for candidate in CHROMIUM_CANDIDATES:
        if Path(candidate).exists():
            return candidate
    return shutil.which("chromium")


def axe_script() -> Path:
    """Path of axe.min.js, installing axe-core from npm into the cache when missing."""
    script = AXE_CACHE / "node_modules" / "axe-core" / "axe.min.js"
    if not script.exists():
        npm = shutil.which("npm")
        if npm is None:
            raise RuntimeError("npm is needed to install axe-core")
        subprocess.run([npm, "install", "--no-save", "--no-audit", "--no-fund", "--prefix", str(AXE_CACHE),
                        f"axe-core@{AXE_VERSION}"], check=True, capture_output=True, timeout=300)
    return script


@dataclass
class PageReport:
    path: Path
    scheme: str
    requests: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    violations: list[dict] = field(default_factory=list)

    def problems(self) -> list[str]:
        out = [f"network request {u}" for u in self.requests]
        out += [f"console: {m}" for m in self.console_errors]
        for v in self.violations:
            targets = [", ".join(n["target"]) if isinstance(n["target"], list) else str(n["target"])
                       for n in v["nodes"][:3]]
            out.append(f"axe {v['id']} ({v['impact']}): {v['help']} at {targets}")
        return [f"{self.path.name} [{self.scheme}]: {p}" for p in out]


def launch(playwright):
    return playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)


def check_pages(browser, paths: list[Path], axe_js: Path, color_scheme: str = "light") -> list[PageReport]:
    """Open each page from disk, record non-local requests and console errors, run axe."""
    source = axe_js.read_text(encoding="utf-8")
    context = browser.new_context(color_scheme=color_scheme, viewport={"width": 1280, "height": 900})
    reports = []
    try:
        for path in paths:
            report = PageReport(path, color_scheme)
            page = context.new_page()
            page.on("request", lambda r, rep=report: None if r.url.startswith(LOCAL_SCHEMES)
                    else rep.requests.append(r.url))
            page.on("console", lambda m, rep=report: rep.console_errors.append(m.text)
                    if m.type in ("error", "warning") else None)
            page.on("pageerror", lambda e, rep=report: rep.console_errors.append(str(e)))
            page.goto(path.resolve().as_uri(), wait_until="load")
            page.wait_for_timeout(50)
            console_before_axe = list(report.console_errors)
            # DevTools evaluation is not subject to the page's CSP (which forbids scripts).
            page.evaluate(source + "\n;void 0")
            result = page.evaluate("axe.run(document, {resultTypes: ['violations']})"
                                   ".then(r => JSON.stringify(r.violations))")
            report.violations = json.loads(result)
            report.console_errors = console_before_axe
            reports.append(report)
            page.close()
    finally:
        context.close()
    return reports


def screenshot(browser, page_path: Path, png: Path, width: int, height: int = 900,
               color_scheme: str = "light", full_page: bool = True) -> Path:
    context = browser.new_context(viewport={"width": width, "height": height}, color_scheme=color_scheme,
                                  device_scale_factor=1)
    try:
        page = context.new_page()
        page.goto(page_path.resolve().as_uri(), wait_until="load")
        page.screenshot(path=str(png), full_page=full_page)
    finally:
        context.close()
    return png


def print_pdf(browser, page_path: Path, pdf: Path) -> Path:
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(page_path.resolve().as_uri(), wait_until="load")
        page.emulate_media(media="print")
        page.pdf(path=str(pdf), prefer_css_page_size=True, print_background=True)
    finally:
        context.close()
    return pdf
