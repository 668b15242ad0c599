"""What the preview shows: the page export writes for an article (built on the render worker)."""

from __future__ import annotations


def page_builder(store, renderer):
    """``build(data) -> page`` for the preview: the article's body rendered by ``renderer``
    (the guarded child process) and laid out as export lays it out."""
    def build_page(data):  # runs on the render thread: export is imported there, off the start-up path
        from editor_app.core.publishing.export import page_for_article

        return page_for_article(store, data, renderer.render(data.body, language=data.language))

    return build_page
