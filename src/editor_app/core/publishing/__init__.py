"""Publishing: Markdown to safe HTML, the article page, export."""
