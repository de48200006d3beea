"""Widgets of the Møder screen: planning dialog, month view, the meeting panel, printing."""
