"""The main window's own pieces: screens built on first use, first steps, remembered state, preferences."""
