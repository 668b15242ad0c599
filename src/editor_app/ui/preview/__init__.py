"""The live preview: pane, debounced scheduler, private web plumbing."""
