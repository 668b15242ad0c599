"""Importing Word manuscripts: files per second and peak memory.

    .venv/bin/python bench/bench_import_docx.py [--files 100] [--words 5000] [--runs 3]

Writes ``--files`` Word documents of about ``--words`` words each with python-docx
into ``bench/out/docx-<files>-<words>/`` (once; reused): a Title, a Subtitle,
headings, paragraphs with bold, italic and links, a bulleted and a numbered list, a
table, two to four pictures (PNG and JPEG photo-like noise, 150-800 KB) with captions, a quote,
and author, keywords and comments in the document's properties. The same text is
written as ``.md`` files (no pictures) for the baseline.

Then, ``--runs`` times each, in a new library:

- **Word files, CLI**: ``editor-app import`` of all the ``.docx`` files, as a user runs
  it (a subprocess: conversion in guarded child processes, one per core, images
  stored as assets);
- **Markdown files, CLI** (baseline, same run): the same texts as ``.md``;
- **one .docx converted in this process** (no child, no library): what a file costs.

Peak memory is the resident memory of the CLI and all its children together,
sampled every 20 ms from /proc (Linux). Medians, and the ratio to the baseline.
The target of issue #12: at least 10 Word files per second.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import subprocess
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import OUT_DIR, REPO, fmt_bytes, fmt_ratio, log, machine, median, stamp, table  # noqa: E402
from _procs import descendants  # noqa: E402

VOCAB = ("ngoại giao công chúng là một bộ phận quan trọng của chính sách đối ngoại Việt Nam trong thời kỳ "
         "hội nhập quốc tế sâu rộng văn hoá báo chí truyền thông người dân nhà nước đổi mới phát triển bền "
         "vững kinh tế xã hội khoa học giáo dục nghiên cứu thực tiễn lý luận đường lối").split()


def _sentence(rnd: random.Random, n: int) -> str:
    words = [rnd.choice(VOCAB) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def _picture(rnd: random.Random, kind: str) -> bytes:
    """A photo-like picture (noise over gradients: it does not compress to nothing)."""
    from PIL import Image

    w, h = rnd.choice([(640, 480), (800, 600), (480, 360)])
    img = Image.effect_noise((w, h), rnd.uniform(30, 80)).convert("RGB")
    buf = io.BytesIO()
    img.save(buf, "PNG" if kind == "png" else "JPEG", quality=80)
    return buf.getvalue()


def write_docx(path: Path, md_path: Path, words: int, seed: int) -> None:
    from docx import Document
    from docx.shared import Inches

    rnd = random.Random(seed)
    doc = Document()
    title = _sentence(rnd, 9)[:-1]
    doc.core_properties.author = "Nguyễn Văn An; Trần Thị Bình"
    doc.core_properties.keywords = "ngoại giao, truyền thông, văn hoá"
    doc.core_properties.comments = _sentence(rnd, 30)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph(_sentence(rnd, 8), style="Subtitle")
    md = [f"---\ntitle: {title}\nauthors: [Nguyễn Văn An, Trần Thị Bình]\n---\n"]
    pictures = rnd.randint(2, 4)
    sections = 8
    written = 0
    for s in range(sections):
        heading = _sentence(rnd, 5)[:-1]
        doc.add_heading(heading, level=1 + (s % 2))
        md.append(f"{'#' * (2 + s % 2)} {heading}\n")
        while written < (s + 1) * words // sections:
            p = doc.add_paragraph(_sentence(rnd, 20) + " ")
            p.add_run(_sentence(rnd, 4)).bold = True
            p.add_run(" " + _sentence(rnd, 30) + " ")
            p.add_run(_sentence(rnd, 3)).italic = True
            text = p.text
            md.append(text + "\n")
            written += len(text.split())
        if s == 2:
            for i in range(4):
                doc.add_paragraph(_sentence(rnd, 8), style="List Bullet" if i % 2 else "List Number")
            table = doc.add_table(rows=4, cols=3)
            for row in table.rows:
                for cell in row.cells:
                    cell.text = _sentence(rnd, 2)
        if s < pictures:
            doc.add_picture(io.BytesIO(_picture(rnd, "png" if s % 2 else "jpeg")), width=Inches(4))
            doc.add_paragraph(f"Hình {s + 1}. {_sentence(rnd, 6)}", style="Caption")
        if s == 5:
            doc.add_paragraph(_sentence(rnd, 15), style="Quote")
    doc.save(path)
    md_path.write_text("\n".join(md), "utf-8")


def corpus(files: int, words: int) -> tuple[list[Path], list[Path]]:
    folder = OUT_DIR / f"docx-{files}-{words}"
    done = folder / ".complete"
    if not done.exists():
        folder.mkdir(parents=True, exist_ok=True)
        log(f"writing {files} Word files of ~{words:,} words into {folder} (once)")
        for i in range(files):
            write_docx(folder / f"bai-{i:03d}.docx", folder / f"bai-{i:03d}.md", words, seed=i)
        done.write_text(str(files))
    return sorted(folder.glob("*.docx")), sorted(folder.glob("*.md"))


def _tree_rss(pid: int) -> int:
    total = 0
    for p in [pid, *descendants(pid)]:
        try:
            fields = Path(f"/proc/{p}/statm").read_text().split()
            total += int(fields[1]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, IndexError):
            pass
    return total


def cli_import(files: list[Path], library: Path) -> tuple[float, int, int]:
    """(seconds, peak resident bytes of the CLI and its children, articles imported)."""
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(f"{library}{suffix}").unlink(missing_ok=True)
    env = {**os.environ, "EDITOR_APP_LOG_LEVEL": "WARNING"}
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "editor_app.cli", "--library", str(library), "import",
                             *map(str, files)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                            cwd=REPO)
    peak = [0]

    def sample() -> None:
        while proc.poll() is None:
            peak[0] = max(peak[0], _tree_rss(proc.pid))
            time.sleep(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    seconds = time.perf_counter() - start
    sampler.join()
    if proc.returncode != 0:
        raise SystemExit(f"import failed ({proc.returncode}): {err.decode()[-2000:]}")
    return seconds, peak[0], len(out.decode().splitlines())


def convert_one(path: Path, runs: int = 5) -> float:
    from editor_app.core.importing.manuscript import convert_file

    convert_file(str(path))   # imports warm
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        convert_file(str(path))
        times.append(time.perf_counter() - t0)
    return median(times)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--files", type=int, default=100)
    p.add_argument("--words", type=int, default=5000)
    p.add_argument("--runs", type=int, default=3)
    a = p.parse_args(argv)
    docx_files, md_files = corpus(a.files, a.words)
    sizes = [f.stat().st_size for f in docx_files]
    library = OUT_DIR / "docx-import.sqlite"
    results: dict[str, list] = {"docx": [], "md": []}
    load0 = os.getloadavg()[0]
    for run in range(a.runs):   # interleaved: both see the same machine
        for kind, files in (("md", md_files), ("docx", docx_files)):
            log(f"run {run + 1}/{a.runs}: importing {len(files)} {kind} files")
            results[kind].append(cli_import(files, library))
    one = convert_one(docx_files[0])
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(f"{library}{suffix}").unlink(missing_ok=True)

    def rate(kind: str) -> float:
        return median([len(docx_files) / s for s, _, _ in results[kind]])

    def peak(kind: str) -> int:
        return int(median([m for _, m, _ in results[kind]]))

    docx_rate, md_rate = rate("docx"), rate("md")
    assert all(n == len(docx_files) for _, _, n in results["docx"]), results["docx"]
    rows = [
        ["Word .docx, `editor-app import`", f"{docx_rate:.1f}", f"{median([s for s, _, _ in results['docx']]):.1f} s",
         fmt_bytes(peak("docx")), fmt_ratio(md_rate / docx_rate), "ok" if docx_rate >= 10 else "MISSED"],
        ["baseline: the same texts as .md", f"{md_rate:.1f}", f"{median([s for s, _, _ in results['md']]):.1f} s",
         fmt_bytes(peak("md")), "1.0×", ""],
        ["one .docx converted in this process", f"{1 / one:.1f}", f"{one * 1000:.0f} ms", "", "", ""],
    ]
    print(f"## Word import: {len(docx_files)} files of ~{a.words:,} words "
          f"(median {fmt_bytes(int(median(sizes)))} each, with 2-4 pictures)\n\n"
          f"{stamp()} on {machine()}; load {load0:.1f} at start, {os.getloadavg()[0]:.1f} at end; "
          f"medians of {a.runs} runs\n")
    print(table(["import", "files/s", "time", "peak memory (all processes)", "time vs .md", "≥ 10/s"], rows))
    (OUT_DIR / "bench_import_docx.json").write_text(json.dumps(
        {"docx": results["docx"], "md": results["md"], "one": one, "sizes": sizes}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
