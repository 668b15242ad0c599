"""Review comments highlighted in the preview, without changing the page.

The preview shows exactly the page export writes, so the highlights are not in its
HTML: a script in Qt's isolated world (``ApplicationWorld``: the page's own scripts
stay off and cannot see it) finds each commented passage in the page's text and marks
it with the CSS Custom Highlight API (``CSS.highlights``), styled by a constructed
style sheet. A passage is looked for by its words: the Markdown marks (``*``, ``_``,
backticks, brackets...) are not in the page, typographic quotes and dashes are
compared as plain ones, spacing and case do not matter. A passage not found is
simply not marked.
"""

from __future__ import annotations

import json

from PySide6.QtWebEngineCore import QWebEngineScript

from editor_app.ui.preview.scheme import install_script

SCRIPT_NAME = "editor-review-highlights"
HIGHLIGHT = "editor-review"

_JS = r"""
(function (quotes) {
  if (!(window.CSS && CSS.highlights && window.Highlight)) return -1;
  var SKIP = /[*_`#>\[\]()~]/;
  function norm(c) {
    return c.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"')
            .replace(/[\u2013\u2014]/g, '-').replace(/\u2026/g, '.').toLowerCase();
  }
  function squeeze(text, push) {
    var space = true;
    for (var i = 0; i < text.length; i++) {
      var c = text[i];
      if (/\s/.test(c)) { if (space) continue; c = ' '; space = true; } else { space = false; }
      if (SKIP.test(c)) continue;
      var n = norm(c);
      for (var j = 0; j < n.length; j++) push(n[j], i);
    }
  }
  var root = document.querySelector('main') || document.body;
  var flat = [], where = [];
  var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    var node = walker.currentNode;
    squeeze(node.data, function (c, i) { flat.push(c); where.push([node, i]); });
  }
  flat = flat.join('');
  var ranges = [];
  quotes.forEach(function (quote) {
    var key = [];
    squeeze(quote, function (c) { key.push(c); });
    key = key.join('').trim();
    if (key.length < 2) return;
    var at = flat.indexOf(key);
    if (at < 0) return;
    var a = where[at], b = where[at + key.length - 1];
    var range = new Range();
    range.setStart(a[0], a[1]);
    range.setEnd(b[0], b[1] + 1);
    ranges.push(range);
  });
  CSS.highlights.set('HIGHLIGHT', new Highlight(...ranges));
  if (!document.__editorReviewSheet) {
    var sheet = new CSSStyleSheet();
    sheet.replaceSync('::highlight(HIGHLIGHT) { background-color: rgba(255, 214, 0, 0.45); }');
    document.adoptedStyleSheets = document.adoptedStyleSheets.concat([sheet]);
    document.__editorReviewSheet = sheet;
  }
  return ranges.length;
})(QUOTES);
""".replace("HIGHLIGHT", HIGHLIGHT)


def highlight_js(quotes: list[str]) -> str:
    return _JS.replace("QUOTES", json.dumps([q for q in quotes if q.strip()]))


class PreviewHighlights:
    """Keeps ``pane``'s page marked with the passages given to :meth:`show` (also on
    every page the preview loads after)."""

    def __init__(self, pane):
        self._pane = pane
        self.quotes: list[str] = []

    def show(self, quotes: list[str]) -> None:
        self.quotes = list(quotes)
        page = self._pane.page
        source = highlight_js(self.quotes)
        install_script(page, SCRIPT_NAME, source)
        if not page.url().isEmpty():
            page.runJavaScript(source, QWebEngineScript.ScriptWorldId.ApplicationWorld)

    def count(self, done) -> None:
        """``done(n)``: how many passages are marked on the page now (tests, diagnostics)."""
        self._pane.page.runJavaScript(
            f"(window.CSS && CSS.highlights && CSS.highlights.get('{HIGHLIGHT}')) ? "
            f"CSS.highlights.get('{HIGHLIGHT}').size : -1",
            QWebEngineScript.ScriptWorldId.ApplicationWorld, done)
