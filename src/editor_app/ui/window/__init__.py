"""The main window and what it wires: actions, library care, autosave timers."""
