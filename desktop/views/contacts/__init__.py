"""Widgets of the Organisationer og kontakter screen: forms, dialogs and small helpers."""
