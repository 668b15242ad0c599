"""Take screenshots of exported pages for a human to look at.

    .venv/bin/python -m tests.browser.shots OUT_DIR PAGE.html [PAGE.html ...]

Writes desktop (1280 px), phone (390 px) and dark-mode PNGs and an A4 PDF.
"""

from __future__ import annotations

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

from tests.browser.pagecheck import launch, print_pdf, screenshot


def main(argv: list[str]) -> int:
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = launch(p)
        for page in map(Path, argv[1:]):
            stem = page.stem
            screenshot(browser, page, out / f"{stem}-desktop.png", 1280)
            screenshot(browser, page, out / f"{stem}-phone.png", 390, 844)
            screenshot(browser, page, out / f"{stem}-dark.png", 1280, color_scheme="dark", full_page=False)
            print_pdf(browser, page, out / f"{stem}.pdf")
        browser.close()
    for f in sorted(out.iterdir()):
        print(f)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
