"""A reviewer's side of a round: a ``.review`` file opened, annotated and saved back.

No library is needed. :func:`open_review` reads the file (with every check of
``review_file.read``) into the article as sent (``article``: its fields and its
body without the reviewer's marks, what the page shows) and the marks already made;
:func:`save_review` writes the marked body and the review back into the same file,
atomically (the previous file stays whole until the new one is complete).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from editor_app.core.dto import ArticleData
from editor_app.core.importing.frontmatter import article_from_meta, split_front_matter
from editor_app.core.importing.textfile import read_bytes
from editor_app.core.reviewing import criticmarkup as cm
from editor_app.core.reviewing.review_file import ReviewFile, pack, read

FILE_MAX = 200 * 1024 * 1024


@dataclass
class ReviewSession:
    path: Path
    review: ReviewFile
    article: ArticleData      # as sent: the body without the marks
    marks: list[cm.Mark]      # the reviewer's marks so far, on article.body
    front: str                # article.md's front matter, kept as it was

    @property
    def title(self) -> str:
        return self.article.title or self.review.manifest.get("slug", "")


def open_review(path: Path) -> ReviewSession:
    review = read(read_bytes(Path(path), FILE_MAX))
    front, body = _split(review.article_md)
    meta, _ = split_front_matter(review.article_md)
    marked = cm.parse(body)
    article = article_from_meta(meta, marked.text, review.manifest.get("slug", ""))
    article.uuid = review.article_uuid
    return ReviewSession(Path(path), review, article, marked.marks, front)


def _split(article_md: str) -> tuple[str, str]:
    """(front matter with its lines, body): the body exactly as written after them."""
    if article_md.startswith("---\n"):
        end = article_md.find("\n---\n", 3)
        if end >= 0:
            rest = article_md[end + 5:]
            gap = len(rest) - len(rest.lstrip("\n"))
            return article_md[:end + 5 + gap], rest[gap:]
    return "", article_md


def save_review(session: ReviewSession, marked_body: str) -> None:
    """Write ``marked_body`` (the body with CriticMarkup) and the review back, atomically."""
    from editor_app.core.publishing.export import write_atomic

    session.review.article_md = session.front + marked_body
    write_atomic(session.path, pack(session.article, {}, "", review=session.review))
