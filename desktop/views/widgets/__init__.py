"""Widgets shared by every screen: one of each concept (a date field, the wheel rule)."""
