"""Review comments and suggestions marked in the preview, without changing the page.

The preview shows exactly the page export writes, so the highlights are not in its
HTML: a script in Qt's isolated world (``ApplicationWorld``: the page's own scripts
stay off and cannot see it) finds each commented passage in the page's text and marks
it with the CSS Custom Highlight API (``CSS.highlights``), styled by a constructed
style sheet. A passage is looked for by its words: the Markdown marks (``*``, ``_``,
backticks, brackets...) are not in the page, typographic quotes and dashes are
compared as plain ones, spacing and case do not matter. A passage not found is
simply not marked.

Suggestions show as tracked changes: a removal struck through in red (a highlight),
an addition's words written in, underlined in green, where they would go (an ``ins``
element added to the displayed page only, taken out again before each update; never
in the exported page or the HTML the preview was given).
"""

from __future__ import annotations

import json

from PySide6.QtWebEngineCore import QWebEngineScript

from editor_app.ui.preview.scheme import install_script

SCRIPT_NAME = "editor-review-highlights"
HIGHLIGHT = "editor-review"

_JS = r"""
(function (items) {
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
  function key(text) { var k = []; squeeze(text, function (c) { k.push(c); }); return k.join('').trim(); }
  (window.__editorReviewAdded || []).forEach(function (node) {
    var parent = node.parentNode;
    if (parent) { parent.removeChild(node); parent.normalize(); }
  });
  window.__editorReviewAdded = [];
  var root = document.querySelector('main') || document.body;
  var flat = [], where = [];
  var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    var node = walker.currentNode;
    squeeze(node.data, function (c, i) { flat.push(c); where.push([node, i]); });
  }
  flat = flat.join('');
  function shared(a, b, backwards) {   // how many characters a and b have in common at one end
    var n = 0, i = a.length - 1, j = b.length - 1;
    if (backwards) { while (i - n >= 0 && j - n >= 0 && a[i - n] === b[j - n]) n++; }
    else { while (n < a.length && n < b.length && a[n] === b[n]) n++; }
    return n;
  }
  function find(item) {   // [start, end] in flat: the quote's occurrence its context fits best
    var kq = key(item.quote || ''), kb = key(item.before || ''), ka = key(item.after || '');
    var candidates = [];
    if (kq.length) {
      if (kq.length < 2 && !kb && !ka) return null;
      for (var at = flat.indexOf(kq); at >= 0 && candidates.length < 500; at = flat.indexOf(kq, at + 1))
        candidates.push([at, at + kq.length]);
    } else if (kb.length >= 2) {
      for (var at = flat.indexOf(kb); at >= 0 && candidates.length < 500; at = flat.indexOf(kb, at + 1))
        candidates.push([at + kb.length, at + kb.length]);
    }
    if (!candidates.length && !kq.length && ka.length >= 2) {
      for (var at = flat.indexOf(ka); at >= 0 && candidates.length < 500; at = flat.indexOf(ka, at + 1))
        candidates.push([at, at]);
    }
    var best = null, score = -1;
    candidates.forEach(function (c) {
      var head = flat.slice(Math.max(0, c[0] - kb.length - 1), c[0]).replace(/ $/, '');
      var tail = flat.slice(c[1], c[1] + ka.length + 1).replace(/^ /, '');
      var s = shared(head, kb, true) + shared(tail, ka, false);
      if (s > score) { score = s; best = c; }
    });
    return best;
  }
  function range(c) {
    var r = new Range();
    if (c[1] > c[0]) {
      var a = where[c[0]], b = where[c[1] - 1];
      r.setStart(a[0], a[1]);
      r.setEnd(b[0], b[1] + 1);
    } else if (c[0] > 0) {   // a point: after the character before it (and a space after that)
      var b = where[c[0] - 1], n = b[0], o = b[1] + 1;
      if (flat[c[0]] === ' ' && n.data.charAt(o) && /\s/.test(n.data.charAt(o))) o++;
      r.setStart(n, o);
    } else {
      r.setStart(where[0][0], where[0][1]);
    }
    return r;
  }
  var comments = [], removals = [], additions = [];
  items.forEach(function (item) {
    var c = find(item);
    if (!c) return;
    var r = range(c);
    if (item.kind === 'comment') comments.push(r);
    else if (item.kind === 'delete') removals.push(r);
    if (item.new) { var p = r.cloneRange(); p.collapse(false); additions.push([p, item.new]); }
  });
  additions.sort(function (x, y) { return y[0].compareBoundaryPoints(Range.START_TO_START, x[0]); });
  additions.forEach(function (pair) {   // later ones first: earlier points stay valid
    var ins = document.createElement('ins');
    ins.textContent = pair[1];
    ins.setAttribute('style', 'color:#1a7f37;text-decoration:underline;background:rgba(26,127,55,0.10)');
    pair[0].insertNode(ins);
    window.__editorReviewAdded.push(ins);
    removals.forEach(function (r) {   // a removal starting where words are added does not take them
      var n = r.startContainer;
      if (n.nodeType === 3 && r.startOffset === n.data.length && n.nextSibling === ins) r.setStartAfter(ins);
    });
  });
  CSS.highlights.set('HIGHLIGHT', new Highlight(...comments));
  CSS.highlights.set('HIGHLIGHT-removed', new Highlight(...removals));
  if (!document.__editorReviewSheet) {
    var sheet = new CSSStyleSheet();
    sheet.replaceSync('::highlight(HIGHLIGHT) { background-color: rgba(255, 214, 0, 0.45); }\n' +
                      '::highlight(HIGHLIGHT-removed) { color: #c62828; text-decoration: line-through; }');
    document.adoptedStyleSheets = document.adoptedStyleSheets.concat([sheet]);
    document.__editorReviewSheet = sheet;
  }
  return comments.length + removals.length + additions.length;
})(ITEMS);
""".replace("HIGHLIGHT", HIGHLIGHT)


def highlight_js(items: list) -> str:
    """The script marking ``items``: dicts ``{"kind": "comment"|"delete"|"insert", "quote",
    "before", "after", "new"}``: the passage (empty for an insertion) is looked for where
    the words ``before`` and ``after`` it fit best; ``new`` is written in after it. A
    plain string is a comment's passage."""
    marks = []
    for item in items:
        item = {"kind": "comment", "quote": item} if isinstance(item, str) else dict(item)
        words = item.get("quote", "") + item.get("before", "") + item.get("after", "")
        if words.strip():
            marks.append(item)
    return _JS.replace("ITEMS", json.dumps(marks))


class PreviewHighlights:
    """Keeps ``pane``'s page marked with the passages given to :meth:`show` (also on
    every page the preview loads after)."""

    def __init__(self, pane):
        self._pane = pane
        self.items: list = []
        self._waiting = False

    @property
    def quotes(self) -> list[str]:
        """The commented passages marked."""
        return [i if isinstance(i, str) else i.get("quote", "") for i in self.items
                if isinstance(i, str) or i.get("kind") == "comment"]

    def show(self, items: list) -> None:
        self.items = list(items)
        if not self._pane.has_web():   # not before the first page: making it costs the first paint
            if not self._waiting:
                self._waiting = True
                self._pane.web_made.connect(lambda: self.show(self.items))
            return
        page = self._pane.page
        source = highlight_js(self.items)
        install_script(page, SCRIPT_NAME, source)
        if not page.url().isEmpty():
            page.runJavaScript(source, QWebEngineScript.ScriptWorldId.ApplicationWorld)

    def count(self, done) -> None:
        """``done(n)``: how many commented passages are marked on the page now (tests,
        diagnostics)."""
        self._pane.page.runJavaScript(
            f"(window.CSS && CSS.highlights && CSS.highlights.get('{HIGHLIGHT}')) ? "
            f"CSS.highlights.get('{HIGHLIGHT}').size : -1",
            QWebEngineScript.ScriptWorldId.ApplicationWorld, done)

    def changes(self, done) -> None:
        """``done([[words struck], [words added]])`` as shown now (tests, diagnostics)."""
        self._pane.page.runJavaScript(   # as JSON: Qt gives nested arrays back empty
            f"JSON.stringify([Array.from(CSS.highlights.get('{HIGHLIGHT}-removed') || [])"
            ".map(function (r) { return r.toString(); }), "
            "(window.__editorReviewAdded || []).map(function (n) { return n.textContent; })])",
            QWebEngineScript.ScriptWorldId.ApplicationWorld, lambda text: done(json.loads(text or "null")))
