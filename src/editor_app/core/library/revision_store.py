"""The store's revisions of an article: listed, read back, named, pruned (part of ``Store``)."""

from __future__ import annotations

from datetime import datetime

from editor_app.core.dto import ArticleData, RevisionInfo
from editor_app.core.library import queries
from editor_app.core.library.revisions import SAME_AS_ARTICLE, decode_snapshot
from editor_app.core.library.schema import utcnow
from editor_app.core.text import clean_line


class RevisionReads:
    """Mixed into ``Store``: runs on its transactions (``_read``, ``_write``)."""

    def revisions(self, article_id: int) -> list[RevisionInfo]:
        with self._read() as c:
            return queries.revision_list(c, article_id)

    def revision_content(self, revision_id: int) -> ArticleData:
        with self._read() as c:
            row = queries.revision(c, revision_id)
            if row is None:
                raise KeyError(revision_id)
            article_id, snapshot = row
            if snapshot == SAME_AS_ARTICLE:  # the article has not changed since
                return ArticleData.from_content_dict(queries.article(c, article_id).content_dict())
        return ArticleData.from_content_dict(decode_snapshot(snapshot))

    def name_revision(self, revision_id: int, name: str) -> None:
        """Give a revision a name (the editor's, after Ctrl+S): it is kept for good."""
        with self._write() as c:
            queries.name_revision(c, revision_id, clean_line(name))

    def prune_revisions(self, now: datetime | None = None) -> int:
        """Apply the pruning schedule to every article; returns how many went."""
        now = now or utcnow()
        with self._write() as c:
            return sum(queries.prune_revisions(c, a, now) for a in queries.articles_with_revisions(c))
