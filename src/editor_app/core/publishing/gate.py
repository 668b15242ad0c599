"""What may be published: the checks run over a library, and the articles an export
writes (no Qt).

- :func:`check_library`: every problem of the journal profile and of the named
  articles (all of them when none is named; the trash left out).
- :func:`held_back`: why an article of an issue is not published with it (not
  published yet, or a check found an error), or None.
"""

from __future__ import annotations

from editor_app.core.dto import ArticleData
from editor_app.core.publishing.checks import ERROR, Problem, article_problems, check_articles
from editor_app.core.status import Status


def tone_style(store) -> str:
    """The journal's tone-mark style ("old", "new"), "" when it keeps none."""
    return store.get_profile().tone_style


def own_words(store) -> frozenset[str]:
    from editor_app.core.library import own_words as words

    return words.words(store)


def _exists(store):
    known: dict[str, bool] = {}

    def exists(slug: str) -> bool:
        if slug not in known:
            try:
                found = store.get_by_slug(slug)
            except Exception:  # noqa: BLE001 - a damaged article still exists
                found = True
            known[slug] = found is not None and getattr(found, "deleted_at", None) is None
        return known[slug]

    return exists


def check_library(store, slugs: list[str] | None = None) -> tuple[list[Problem], list[str]]:
    """(the problems, the slugs asked for that are not in the library)."""
    missing: list[str] = []
    if slugs:
        chosen = []
        for slug in dict.fromkeys(slugs):
            article = store.get_by_slug(slug)
            if article is None or article.deleted_at is not None:
                missing.append(slug)
            else:
                chosen.append(article)
    else:
        chosen = list(store.all_articles(on_damaged=lambda exc: None))
    return check_articles(chosen, _exists(store), store.get_profile(), tone_style(store), own_words(store)), missing


def held_back(store, article: ArticleData, exists=None) -> str | None:
    """Why ``article`` cannot go out with an issue, or None."""
    if article.status != Status.PUBLISHED.value:
        return f"not published (status: {article.status})"
    errors = [p for p in article_problems(article, exists or _exists(store), tone_style(store))
              if p.severity == ERROR]
    if errors:
        return "; ".join(p.message for p in errors)
    return None
