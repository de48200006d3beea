"""Widgets and item models of the Strategi og initiativer screen."""
