"""The database itself: connection profiles, check, restore, object history."""
