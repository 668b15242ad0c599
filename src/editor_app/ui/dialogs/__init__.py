"""Dialogs: backups, trash, journal profile, notices, export."""
