"""The Overblik screen."""
