"""``editor-app export --format pdf``: the exported pages printed to PDF, off screen.

The HTML export runs first, into a temporary folder (the same pages, checks and
gate: published articles only, an issue's ready articles, a named draft with its
banner); each page is then printed to ``<slug>.pdf`` in the output folder (the
issue's page to ``index.pdf``). A page that cannot be printed is reported like an
article that cannot be exported; nothing half-written is left (Chromium writes the
PDF to a temporary name first, renamed when complete).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def export_pdf(store, out_dir: Path, make_pages, application, journal_name: str | None = None,
               with_index: bool = False):
    """``make_pages(folder)`` writes the HTML pages and returns ``(report, held)``;
    returns the same with the PDF files as ``report.written``. ``with_index``: the
    table of contents (an issue's page) is printed too. ``application()`` makes the
    QApplication QtWebEngine needs (the entry point's), when there is a page to print."""
    from editor_app.core.publishing.export import ExportFailure, make_folder
    from editor_app.ui.printing.pdf import pdf_page, print_pdfs

    out_dir = make_folder(out_dir)
    name = journal_name if journal_name is not None else store.get_profile().name
    with tempfile.TemporaryDirectory(prefix="editor-app-pages-") as tmp:
        report, held = make_pages(Path(tmp))
        pages = [p for p in report.written if p.suffix == ".html" and (with_index or p.name != "index.html")]
        jobs, final = [], {}
        for page in pages:
            target = out_dir / (page.stem + ".pdf")
            partial = out_dir / f".{page.stem}.pdf.part"
            jobs.append((pdf_page(page.read_text(encoding="utf-8"), name), partial))
            final[partial] = target
        if jobs:
            application()
            done = print_pdfs(jobs)
        else:
            done = {}
    report.written = []
    for partial, target in final.items():
        if done.get(partial) and partial.is_file():
            os.replace(partial, target)
            report.written.append(target)
        else:
            partial.unlink(missing_ok=True)
            report.errors.append(ExportFailure(target.stem, "the PDF could not be printed"))
    report.out_dir = out_dir
    return report, held
