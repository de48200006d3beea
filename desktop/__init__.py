"""Fodslag: the secretariat's tool for safety networks and crime-prevention partnerships."""

#: kept equal to pyproject.toml by tests/unit/test_version.py (reading package metadata at
#: start-up costs ~60 ms, a tenth of the time to the first window)
__version__ = "0.1.0"
