"""Publish-ready HTML export: one self-contained page per article plus ``index.html``.

Pages are laid out by the Jinja2 templates in ``resources/templates`` with the
stylesheet ``resources/css/page.css`` inlined, so a journal restyles its pages
without touching code. The live preview shows :func:`page_for_article`'s
string, which is exactly what the export writes.
"""

from __future__ import annotations

import os
import re
import secrets
from collections import Counter, deque
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Mapping
from urllib.parse import quote

import jinja2
from markupsafe import Markup

from editor_app.core.publishing import page as page_ctx
from editor_app.core.library.backup_files import fsync_dir
from editor_app.core.dto import ArticleData, ProfileData
from editor_app.core.errors import N_, DamagedArticleError, InputError
from editor_app.core.collation import sort_key
from editor_app.core.resources import resource_path
from editor_app.core.status import Status
from editor_app.core.text import clean_line, slug_problem

if TYPE_CHECKING:
    from editor_app.core.publishing.render import Rendered
    from editor_app.core.library.store import Store

INDEX_NAME = "index.html"
WRITER_THREADS = 4  # fsync waits on the disk, not the CPU
MAX_IN_FLIGHT = 16  # pages built but not yet on disk
CSP = "default-src 'none'; img-src data: https:; style-src 'unsafe-inline'"


@dataclass(frozen=True)
class ExportFailure:
    """One article that could not be exported, with a message for the user."""

    slug: str
    message: str

    def __str__(self) -> str:
        return f"{self.slug}: {self.message}"


@dataclass
class ExportReport:
    out_dir: Path
    written: list[Path] = field(default_factory=list)  # article pages, then index.html
    errors: list[ExportFailure] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


class PageProblem(Exception):
    """The page of an article cannot be published as it stands."""


# -- pages --------------------------------------------------------------------
def page_for_article(store: Store, article: ArticleData, rendered: Rendered) -> str:
    """The complete page HTML of one article, saved or not (the live preview shows this)."""
    ctx = page_ctx.build_context(store, article, rendered)
    return _render("article.html", page=ctx)


def article_page(store: Store, article: ArticleData, rendered: Rendered,
                 profile: ProfileData | None = None, library: Mapping[str, ArticleData] | None = None) -> str:
    """Like :func:`page_for_article`, but raises :class:`PageProblem` if the page is not publishable."""
    ctx = page_ctx.build_context(store, article, rendered, profile, library)
    if ctx.problems:
        raise PageProblem("; ".join(ctx.problems))
    return _render("article.html", page=ctx)


def index_page(store: Store, articles: Iterable[ArticleData]) -> str:
    """The table of contents: every given article by section, newest first, with summaries."""
    articles = list(articles)
    profile = page_ctx.clean_profile(store.get_profile())
    lang = _majority_language(articles)
    t = page_ctx.labels(lang)
    title = f"{t['contents']} – {profile.name}" if profile.name else t["contents"]
    description = f"{t['contents']}: {profile.name}" if profile.name else ""
    return _render("index.html", lang=lang, t=t, journal=profile, title=title,
                   description=description, canonical=page_ctx.page_url(profile, INDEX_NAME),
                   sections=_sections(articles, lang, t))


def _sections(articles: list[ArticleData], lang: str, t: dict[str, str]) -> list[dict]:
    groups: dict[str, list[ArticleData]] = {}
    for a in articles:
        groups.setdefault(clean_line(a.section), []).append(a)
    named = sorted((s for s in groups if s), key=sort_key)   # Vietnamese alphabetical order
    order = named + ([""] if "" in groups else [])
    return [{"name": name or (t["other_section"] if named else ""),
             "entries": [_entry(a, lang) for a in sorted(groups[name], key=_newest_first)]}
            for name in order]


def _newest_first(a: ArticleData) -> tuple:
    published = a.published_on or date.min
    updated = a.updated_at.timestamp() if a.updated_at else 0.0
    return (-published.toordinal(), -updated, sort_key(a.title))


def _entry(a: ArticleData, index_lang: str) -> dict[str, str]:
    lang = page_ctx.page_language(a.language)
    t = page_ctx.labels(lang)
    return {"href": quote(f"{a.slug}.html"), "title": clean_line(a.title) or t["untitled"],
            "summary": clean_line(a.summary), "date_iso": a.published_on.isoformat() if a.published_on else "",
            "date_text": page_ctx.format_date(a.published_on, lang),
            "lang": lang if lang != index_lang else ""}


def _majority_language(articles: list[ArticleData]) -> str:
    counts = Counter(page_ctx.page_language(a.language) for a in articles)
    return counts.most_common(1)[0][0] if counts else "vi"


@lru_cache(maxsize=1)
def _environment(templates: Path) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates)), autoescape=True,
        trim_blocks=True, lstrip_blocks=True, undefined=jinja2.StrictUndefined,
        auto_reload=False,  # templates and CSS are read once per process
    )
    env.globals.update(csp=Markup(CSP), stylesheet=_stylesheet)
    return env


def _render(template: str, **context) -> str:
    env = _environment(resource_path("templates"))
    return env.get_template(template).render(**context)


_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.S)


@lru_cache(maxsize=4)
def _stylesheet(name: str = "page.css") -> str:
    """The stylesheet to inline, comments and indentation removed (read once per process)."""
    path = resource_path("css", name)
    css = _CSS_COMMENT.sub("", path.read_text(encoding="utf-8"))
    css = "\n".join(line.strip() for line in css.splitlines() if line.strip())
    if "</" in css:
        raise ValueError(f"{path}: a stylesheet must not contain '</'")
    return css


# -- writing --------------------------------------------------------------------
def write_atomic(path: Path, text: str | bytes) -> None:
    """Replace ``path`` with ``text`` so that readers see the old or the new file, never a part."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    # O_BINARY: on Windows a descriptor opened without it is in text mode and
    # every "\n" would be written as "\r\n"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(text.encode("utf-8") if isinstance(text, str) else text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def page_filename(slug: str) -> str:
    """``<slug>.html``; raises :class:`PageProblem` for a slug unusable as a file name."""
    problem = slug_problem(slug)  # the rule the store keeps slugs to (older libraries may not)
    if problem:
        raise PageProblem(problem)
    return f"{slug}.html"


# -- export ---------------------------------------------------------------------
def export_articles(store: Store, out_dir: Path, slugs: list[str] | None = None, *,
                    all_statuses: bool = False, fmt: str = "html", workers: int | None = None, timeout: float = 5.0,
                    progress: Callable[[int, int], None] | None = None) -> ExportReport:
    """Write ``<slug>.html`` for the named articles and ``index.html``.

    Without ``slugs``: the published articles (every article of the library but the
    trash with ``all_statuses``, for a full proof). A named article is written
    whatever its status: a page not published carries a "draft" banner and asks
    search engines not to index it. ``fmt="jats"`` writes JATS XML (``<slug>.xml``)
    instead of pages.

    Every file is replaced atomically; an article that fails is reported in
    ``ExportReport.errors`` and leaves its previous page untouched. Bodies are
    rendered on all cores (``workers`` processes); pages are written and
    fsynced by background threads while the next ones are built.
    """
    out_dir = make_folder(out_dir)
    report = ExportReport(out_dir)
    articles = _select(store, slugs, report)
    if not slugs and not all_statuses:
        articles = [a for a in articles if a.status == Status.PUBLISHED.value]
    if fmt == "jats":   # <slug>.xml (and its images), no table of contents
        from editor_app.core.publishing.jats_export import write_jats

        write_jats(store, out_dir, articles, report, workers=workers, timeout=timeout, progress=progress)
        return report
    write_pages(store, out_dir, articles, report, None if slugs else {a.slug: a for a in articles},
                workers=workers, timeout=timeout, progress=progress)
    _write_index(store, out_dir, report, None if slugs else articles)
    fsync_dir(out_dir)
    return report


def make_folder(out_dir: Path) -> Path:
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(N_("cannot create the export folder {out_dir}: {strerror}",
                            out_dir=out_dir, strerror=exc.strerror or exc)) from exc
    return out_dir


def write_pages(store: Store, out_dir: Path, articles: list[ArticleData], report: ExportReport,
                library: Mapping[str, ArticleData] | None, *, workers: int | None = None, timeout: float = 5.0,
                progress: Callable[[int, int], None] | None = None) -> None:
    """The pages of ``articles`` (``library``: slug -> article, for related articles)."""
    profile = store.get_profile()
    in_flight: deque[tuple[str, Path | None, Future | None]] = deque()
    done = 0

    def finish_oldest() -> None:
        nonlocal done
        slug, path, write = in_flight.popleft()
        if write is not None:
            try:
                write.result()
                report.written.append(path)
            except OSError as exc:
                report.errors.append(ExportFailure(slug, f"cannot write the page: {exc.strerror or exc}"))
        done += 1
        if progress:
            progress(done, len(articles))

    writers = ThreadPoolExecutor(WRITER_THREADS, thread_name_prefix="editor-app-export-write")
    try:
        for article, result in _rendered(articles, workers, timeout):
            try:
                html = article_page(store, article, _unwrap(result), profile, library)
                path = out_dir / page_filename(article.slug)
            except PageProblem as exc:
                report.errors.append(ExportFailure(article.slug, str(exc)))
                in_flight.append((article.slug, None, None))
            else:
                in_flight.append((article.slug, path, writers.submit(write_atomic, path, html)))
            while in_flight and (len(in_flight) > MAX_IN_FLIGHT or in_flight[0][2] is None
                                 or in_flight[0][2].done()):
                finish_oldest()
        while in_flight:
            finish_oldest()
    finally:
        writers.shutdown(wait=True, cancel_futures=True)


def _select(store: Store, slugs: list[str] | None, report: ExportReport) -> list[ArticleData]:
    def damaged(exc: DamagedArticleError) -> None:
        report.errors.append(ExportFailure(f"#{exc.article_id}", f"{exc}; it was left out"))

    if not slugs:
        return list(store.all_articles(on_damaged=damaged))
    chosen: list[ArticleData] = []
    for slug in dict.fromkeys(slugs):
        try:
            article = store.get_by_slug(slug)
        except DamagedArticleError as exc:
            damaged(exc)
            continue
        if article is None or article.deleted_at is not None:
            report.errors.append(ExportFailure(slug, "no article with this slug in the library"))
        else:
            chosen.append(article)
    return chosen


def _rendered(articles: list[ArticleData], workers: int | None, timeout: float):
    """``(article, Rendered | RenderError)`` pairs, rendered on all cores, in order."""
    if not articles:
        return
    from editor_app.core.publishing.guard import RenderPool

    pool = RenderPool(workers=workers or os.cpu_count() or 1, timeout=timeout)
    try:
        yield from zip(articles, pool.render_many((a.body, page_ctx.page_language(a.language)) for a in articles))
    finally:
        close = getattr(pool, "close", None)
        if close:
            close()


def _unwrap(result):
    from editor_app.core.publishing.guard import RenderError

    if isinstance(result, RenderError):
        raise PageProblem(N_("the body could not be rendered: {result}", result=result))
    return result


def _write_index(store: Store, out_dir: Path, report: ExportReport,
                 library: list[ArticleData] | None) -> None:
    """index.html lists every article of the library whose page is in ``out_dir``."""
    candidates = library if library is not None else store.all_articles(on_damaged=lambda exc: None)
    exported = [a for a in candidates if a.slug and a.slug.lower() != "index"
                and (out_dir / f"{a.slug}.html").is_file()]
    try:
        path = out_dir / INDEX_NAME
        write_atomic(path, index_page(store, exported))
        report.written.append(path)
    except OSError as exc:
        report.errors.append(ExportFailure(INDEX_NAME, f"cannot write the table of contents: {exc.strerror or exc}"))
