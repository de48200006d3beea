"""Replaces the contrib hook, which bundles all of phonenumbers (~45 MB of geocoding data).

Fodslag only parses and formats numbers: the per-region metadata in ``phonenumbers.data``
is imported by region code at run time and is all that is needed.
"""

from PyInstaller.utils.hooks import collect_submodules

hiddenimports = collect_submodules("phonenumbers.data")
excludedimports = ["phonenumbers.geocoder", "phonenumbers.carrier", "phonenumbers.timezone"]
