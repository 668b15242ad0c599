"""The Markdown editor area: editor, highlighting, formatting, find/replace,
outline and statistics. ``EditorArea`` composes them for the main window."""

from .area import EditorArea
from .find_replace import FindReplaceBar
from .highlighter import MarkdownHighlighter
from .markdown_editor import MarkdownEditor
from .outline import Heading, OutlineView, extract_headings
from .stats import SaveState, SaveStateLabel, Stats, StatsLabel, text_stats
from .toolbar import FormattingToolbar

__all__ = [
    "EditorArea", "FindReplaceBar", "FormattingToolbar", "Heading", "MarkdownEditor",
    "MarkdownHighlighter", "OutlineView", "SaveState", "SaveStateLabel", "Stats",
    "StatsLabel", "extract_headings", "text_stats",
]
