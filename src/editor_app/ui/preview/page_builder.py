"""What the preview shows: the page export writes for an article (built on the render worker).

While a team library's server does not answer, the preview still shows the article being
typed: the journal profile as last read, the related articles and images as last read
(or left out), instead of an error page.
"""

from __future__ import annotations

from editor_app.core.errors import ServerUnavailableError


class _LastRead:
    """The store's reads the page needs, each answered as last read when the server is away."""

    def __init__(self, store):
        self._store = store
        self._profile = None
        self._related: dict[int | None, list] = {}
        self._assets: dict[tuple, tuple[str, bytes]] = {}

    def get_profile(self):
        try:
            self._profile = self._store.get_profile()
        except ServerUnavailableError:
            if self._profile is None:
                from editor_app.core.dto import ProfileData

                return ProfileData()
        return self._profile

    def related_articles(self, article):
        try:
            self._related[article.id] = self._store.related_articles(article)
        except ServerUnavailableError:
            pass
        return self._related.get(article.id, [])

    def get_asset(self, article_id: int, name: str):
        key = (article_id, name)
        if any(k[0] != article_id for k in self._assets):   # only the shown article's images are kept
            self._assets = {k: v for k, v in self._assets.items() if k[0] == article_id}
        try:
            self._assets[key] = self._store.get_asset(article_id, name)
        except ServerUnavailableError:
            if key not in self._assets:
                raise KeyError(name) from None
        return self._assets[key]

    def __getattr__(self, name: str):
        return getattr(self._store, name)


def page_builder(store, renderer):
    """``build(data) -> page`` for the preview: the article's body rendered by ``renderer``
    (the guarded child process) and laid out as export lays it out."""
    reads = _LastRead(store)

    def build_page(data):  # runs on the render thread: export is imported there, off the start-up path
        from editor_app.core.publishing.export import page_for_article

        return page_for_article(reads, data, renderer.render(data.body, language=data.language))

    return build_page
