"""Fodslag: the secretariat's tool for safety networks and crime-prevention partnerships."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("fodslag")
except PackageNotFoundError:  # running from a bare checkout or a frozen build
    __version__ = "0.1.0"
