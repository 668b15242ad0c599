"""The article list: panel, lazy model, status labels."""
