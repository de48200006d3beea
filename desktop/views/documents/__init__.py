"""The Dokumenter screen."""
