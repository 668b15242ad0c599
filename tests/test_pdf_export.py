"""PDF proofs from the command line: QtWebEngine's printToPdf off screen, A4, the
shipped fonts embedded, Vietnamese text that comes out as text, the journal's name
as running head and page numbers (poppler-utils reads them)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess

import pytest

MAIN = "ngoai-giao-cong-chung-trong-ky-nguyen-so"
DRAFT = "tri-tue-nhan-tao-va-bao-chi-so"



@pytest.fixture(autouse=True)
def poppler():
    if shutil.which("pdftotext") is None or shutil.which("pdffonts") is None:
        if os.environ.get("CI"):
            pytest.fail("poppler-utils (pdftotext, pdffonts) is missing on this CI machine")
        pytest.skip("poppler-utils (pdftotext, pdffonts) is not installed")


@pytest.fixture
def library(cli, tmp_path, samples_dir):
    from editor_app.core.dto import ProfileData
    from editor_app.core.library.store import Store

    lib = tmp_path / "lib.sqlite"
    cli("--library", str(lib), "import", *map(str, sorted((samples_dir / "articles").glob("*.md"))), check_rc=0)
    with Store.open(lib) as store:
        store.set_profile(ProfileData(name="Tạp chí Thử nghiệm", base_url="https://tapchi.example.vn/"))
        art = store.get_by_slug(MAIN)
        art.status = "published"
        store.save_article(art)
    return lib


def _tool(*args) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True, timeout=60).stdout


def test_published_articles_as_pdf(cli, library, tmp_path, samples_dir):
    out = tmp_path / "pdf"
    proc = cli("--library", str(library), "export", "--format", "pdf", "--out", str(out), check_rc=0)
    assert sorted(p.name for p in out.iterdir()) == [f"{MAIN}.pdf"]   # published only, nothing partial left
    pdf = out / f"{MAIN}.pdf"
    assert str(pdf) in proc.stdout
    info = _tool("pdfinfo", str(pdf))
    assert "A4" in info
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    text = _tool("pdftotext", "-layout", str(pdf), "-")
    sample = (samples_dir / "articles" / f"{MAIN}.md").read_text(encoding="utf-8")
    assert "Ngoại giao công chúng trong kỷ nguyên số" in text
    phrase = "Thứ trưởng Ngoại giao Lê Thị Thu Hằng"
    assert phrase in sample and phrase in " ".join(text.split())
    assert text.count("Tạp chí Thử nghiệm") >= pages   # the running head on every page
    numbers = re.findall(r"^\s*(\d+)\s*/\s*(\d+)\s*$", text, re.M)   # page numbers: "1 / 2" at the foot
    assert numbers == [(str(n), str(pages)) for n in range(1, pages + 1)]
    fonts = _tool("pdffonts", str(pdf)).splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts)   # every font embedded
    assert any("NotoSerif" in line for line in fonts)


def test_a_draft_proof_and_an_issue(cli, library, tmp_path):
    out = tmp_path / "draft"
    cli("--library", str(library), "export", "--format", "pdf", "--out", str(out), DRAFT, check_rc=0)
    assert [p.name for p in out.iterdir()] == [f"{DRAFT}.pdf"]
    assert "Bản nháp" in _tool("pdftotext", str(out / f"{DRAFT}.pdf"), "-")
    key = cli("--library", str(library), "issue", "create", "--volume", "3", "--number", "1", "--year", "2026",
              "--title", "Số đặc biệt", check_rc=0).stdout.strip().splitlines()[-1]
    cli("--library", str(library), "issue", "add", key, MAIN, DRAFT, check_rc=0)
    issue = tmp_path / "issue"
    proc = cli("--library", str(library), "export", "--format", "pdf", "--issue", key, "--out", str(issue))
    assert proc.returncode == 1 and DRAFT in proc.stderr and "held back" in proc.stderr
    assert sorted(p.name for p in issue.iterdir()) == ["index.pdf", f"{MAIN}.pdf"]
    cover = " ".join(_tool("pdftotext", str(issue / "index.pdf"), "-").split())
    assert "Số đặc biệt" in cover and "TẬP 3" in cover   # (upper case by the style sheet)
