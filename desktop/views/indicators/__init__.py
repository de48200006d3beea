"""Widgets and item models of the Indikatorer screen."""
