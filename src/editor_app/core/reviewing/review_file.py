"""The ``.review`` file: one article sent to a reviewer and brought back (a contract).

A zip archive holding:

- ``manifest.json``: ``{"format": "editor-app-review", "version": 1, "article_uuid",
  "slug", "base_revision", "sent_at", "journal"}``; ``base_revision`` is the SHA-256
  of the body as sent (UTF-8, NFC);
- ``article.md``: the article as sent (YAML front matter, then the body), where the
  reviewer's marks go as CriticMarkup;
- ``assets/NAME``: the article's images;
- ``review.json``: ``{"reviewer": {"name", "email"}, "recommendation", "summary",
  "comments": [...]}``; each comment ``{"id", "text", "quote", "author",
  "created_at", "reply_to"}`` (all but ``text`` optional): remarks on the whole
  article, or replies.

:func:`pack` writes one; :func:`read` reads one back, refusing in one line what
is not safe or not well formed (:class:`ReviewFileError`).
"""

from __future__ import annotations

import hashlib
import io
import json
import posixpath
import unicodedata
import zipfile
from dataclasses import dataclass, field
from datetime import datetime, timezone

import yaml

from editor_app.core.dto import ArticleData
from editor_app.core.errors import N_, InputError
from editor_app.core.limits import BODY_MAX

FORMAT, VERSION = "editor-app-review", 1
SUFFIX = ".review"
RECOMMENDATIONS = (None, "accept", "minor_revisions", "major_revisions", "resubmit_elsewhere", "decline",
                   "see_comments")
JSON_MAX = 5 * 1024 * 1024          # review.json
MANIFEST_MAX = 64 * 1024
ARTICLE_MAX = 4 * BODY_MAX          # article.md, in bytes (UTF-8 takes up to 4 per character)
COMMENTS_MAX = 10_000
TEXT_MAX = 100_000                  # one comment's words, the summary


class ReviewFileError(InputError):
    """This file cannot be read as a review (the reason, in one line)."""


@dataclass
class ReviewComment:
    text: str
    id: str = ""
    quote: str = ""
    author: str = ""
    created_at: str = ""
    reply_to: str = ""


@dataclass
class ReviewFile:
    manifest: dict
    article_md: str
    reviewer_name: str = ""
    reviewer_email: str = ""
    recommendation: str | None = None
    summary: str = ""
    comments: list[ReviewComment] = field(default_factory=list)
    assets: dict[str, bytes] = field(default_factory=dict)

    @property
    def article_uuid(self) -> str:
        return self.manifest["article_uuid"]

    @property
    def base_revision(self) -> str:
        return self.manifest["base_revision"]

    def review_json(self) -> dict:
        return {"reviewer": {"name": self.reviewer_name, "email": self.reviewer_email},
                "recommendation": self.recommendation, "summary": self.summary,
                "comments": [{k: v for k, v in vars(c).items() if v or k == "text"} for c in self.comments]}


def body_revision(body: str) -> str:
    """The ``base_revision`` of a body: the SHA-256 of its NFC UTF-8."""
    return hashlib.sha256(unicodedata.normalize("NFC", body).encode("utf-8")).hexdigest()


def article_markdown(article: ArticleData, body: str | None = None) -> str:
    """The article as a Markdown file with YAML front matter (what the importer reads)."""
    meta: dict = {"title": article.title}
    for name in ("subtitle", "slug", "language", "section", "status", "summary", "source", "doi", "license"):
        value = getattr(article, name)
        if value:
            meta[name] = value
    if article.published_on:
        meta["date"] = article.published_on.isoformat()
    if article.authors:
        meta["authors"] = [{k: v for k, v in vars(a).items() if v} for a in article.authors]
    if article.keywords:
        meta["keywords"] = list(article.keywords)
    if article.related:
        meta["related"] = list(article.related)
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=1_000_000)
    return f"---\n{front}---\n\n{article.body if body is None else body}"


def pack(article: ArticleData, assets: dict[str, bytes], journal: str, sent_at: datetime | None = None,
         review: ReviewFile | None = None) -> bytes:
    """The bytes of the ``.review`` file for ``article`` as it is now (or ``review`` re-packed)."""
    if review is None:
        stamp = (sent_at or datetime.now(timezone.utc)).astimezone(timezone.utc).isoformat(timespec="seconds")
        manifest = {"format": FORMAT, "version": VERSION, "article_uuid": article.uuid, "slug": article.slug,
                    "base_revision": body_revision(article.body), "sent_at": stamp, "journal": journal}
        review = ReviewFile(manifest, article_markdown(article), assets=dict(assets))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        out.writestr("manifest.json", json.dumps(review.manifest, ensure_ascii=False, indent=1))
        out.writestr("article.md", review.article_md.encode("utf-8"))
        out.writestr("review.json", json.dumps(review.review_json(), ensure_ascii=False, indent=1))
        for name, data in sorted(review.assets.items()):
            out.writestr(f"assets/{name}", data, compress_type=zipfile.ZIP_STORED)
    return buffer.getvalue()


# -- reading ------------------------------------------------------------------------------
def read(data: bytes) -> ReviewFile:
    from editor_app.core.importing.archive import open_archive

    try:
        archive = open_archive(data, N_("review file"))
    except InputError as exc:
        raise ReviewFileError(str(exc).replace(".docx files are", "review files are")) from None
    names = archive.namelist()
    for name in names:
        _check_name(name)
    for needed in ("manifest.json", "article.md", "review.json"):
        if needed not in names:
            raise ReviewFileError(N_("this review file has no {needed}", needed=needed))
    manifest = _manifest(_json(archive, "manifest.json", MANIFEST_MAX))
    article_md = _text(archive, "article.md", ARTICLE_MAX)
    review = ReviewFile(manifest, article_md)
    _review(_json(archive, "review.json", JSON_MAX), review)
    for name in names:
        if name.startswith("assets/") and not name.endswith("/"):
            review.assets[name[len("assets/"):]] = _part(archive, name, 20 * 1024 * 1024)
    return review


def _check_name(name: str) -> None:
    clean = posixpath.normpath(name.replace("\\", "/"))
    if (name.startswith(("/", "\\")) or clean.startswith("..") or "/../" in f"/{clean}/" or ":" in name
            or "\x00" in name):
        raise ReviewFileError(N_("this review file holds a path outside it ({name!r}); refused as unsafe",
                                 name=name[:80]))
    if name.startswith("assets/") and name.count("/") > 1:
        raise ReviewFileError(N_("this review file holds an image in a sub-folder ({name!r})", name=name[:80]))


def _part(archive: zipfile.ZipFile, name: str, limit: int) -> bytes:
    from editor_app.core.importing.archive import read_part

    info = archive.getinfo(name)
    if info.file_size > limit:
        raise ReviewFileError(N_("{name} in this review file is too large ({file_size:,} bytes; at most "
                                 "{limit:,})",
                                 name=name, file_size=info.file_size, limit=limit))
    return read_part(archive, name, N_("review file"))


def _text(archive: zipfile.ZipFile, name: str, limit: int) -> str:
    raw = _part(archive, name, limit)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ReviewFileError(N_("{name} in this review file is not UTF-8 text (byte {start:,})",
                                 name=name, start=exc.start)) from None
    if "\x00" in text:
        raise ReviewFileError(N_("{name} in this review file is not text", name=name))
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


def _json(archive: zipfile.ZipFile, name: str, limit: int) -> dict:
    try:
        value = json.loads(_text(archive, name, limit))
    except (ValueError, RecursionError) as exc:
        raise ReviewFileError(N_("{name} in this review file is not valid JSON ({exc})",
                                 name=name, exc=str(exc)[:120])) from None
    if not isinstance(value, dict):
        raise ReviewFileError(N_("{name} in this review file must hold a JSON object", name=name))
    return value


def _manifest(value: dict) -> dict:
    if value.get("format") != FORMAT:
        raise ReviewFileError(N_("this is not an editor-app review file (manifest.json: format)"))
    if value.get("version") != VERSION:
        raise ReviewFileError(N_("this review file is of version {value1}; this program reads version "
                                 "{VERSION}",
                                 value1=str(value.get('version'))[:20], VERSION=VERSION))
    for key in ("article_uuid", "slug", "base_revision"):
        if not isinstance(value.get(key), str) or not value[key] or len(value[key]) > 200:
            raise ReviewFileError(N_("manifest.json in this review file has no valid '{key}'", key=key))
    for key in ("sent_at", "journal"):
        if not isinstance(value.get(key, ""), str) or len(value.get(key, "")) > 1000:
            raise ReviewFileError(N_("manifest.json in this review file has an invalid '{key}'", key=key))
    return value


def _string(value, what: str, limit: int = TEXT_MAX, optional: bool = True) -> str:
    if value is None and optional:
        return ""
    if not isinstance(value, str):
        raise ReviewFileError(N_("review.json: '{what}' must be text", what=what))
    if len(value) > limit:
        raise ReviewFileError(N_("review.json: '{what}' is too long ({count:,} characters; at most {limit:,})",
                                 what=what, count=len(value), limit=limit))
    return unicodedata.normalize("NFC", value)


def _review(value: dict, review: ReviewFile) -> None:
    reviewer = value.get("reviewer") or {}
    if not isinstance(reviewer, dict):
        raise ReviewFileError(N_('review.json: \'reviewer\' must be {"name", "email"}'))
    review.reviewer_name = _string(reviewer.get("name"), "reviewer.name", 1000)
    review.reviewer_email = _string(reviewer.get("email"), "reviewer.email", 1000)
    recommendation = value.get("recommendation")
    if recommendation not in RECOMMENDATIONS:
        raise ReviewFileError(f"review.json: unknown recommendation {str(recommendation)[:40]!r} (one of "
                              + ", ".join(str(r).replace("None", "null") for r in RECOMMENDATIONS) + ")")
    review.recommendation = recommendation
    review.summary = _string(value.get("summary"), "summary")
    comments = value.get("comments") or []
    if not isinstance(comments, list) or len(comments) > COMMENTS_MAX:
        raise ReviewFileError(N_("review.json: 'comments' must be a list of at most {COMMENTS_MAX:,}",
                                 COMMENTS_MAX=COMMENTS_MAX))
    for i, item in enumerate(comments):
        if not isinstance(item, dict):
            raise ReviewFileError(N_("review.json: comment {i} must be a JSON object", i=i + 1))
        text = _string(item.get("text"), f"comments[{i}].text", optional=False)
        review.comments.append(ReviewComment(
            text=text, id=_string(item.get("id"), f"comments[{i}].id", 200),
            quote=_string(item.get("quote"), f"comments[{i}].quote"),
            author=_string(item.get("author"), f"comments[{i}].author", 1000),
            created_at=_string(item.get("created_at"), f"comments[{i}].created_at", 100),
            reply_to=_string(item.get("reply_to"), f"comments[{i}].reply_to", 200)))
