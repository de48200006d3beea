"""What every feature shares: background tasks, messages, undo, unsaved work, field errors, the date field."""
