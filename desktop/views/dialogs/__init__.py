"""Dialogs opened from the main window's menus (connection profiles, object history)."""
