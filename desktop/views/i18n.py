"""Load the UI language: Fodslag's own Danish catalogue plus Qt's for its standard dialogs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.resources import resources_root

LANGUAGES = {"da": "Dansk", "en": "English"}


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install translators for ``language``; English is the source language and needs none.

    Returns the translators so the caller keeps them alive (Qt does not own them).
    """
    if language != "da":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        return []
    QLocale.setDefault(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
    installed = []
    own = QTranslator(app)
    if own.load(str(resources_root() / "translations" / "fodslag_da.qm")):
        app.installTranslator(own)
        installed.append(own)
    qt = QTranslator(app)
    if qt.load("qtbase_da", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    return installed
