"""The metadata panel and its field widgets."""
