"""Load the UI language: Fodslag's own Danish catalogue plus Qt's for its standard dialogs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

from desktop import formatting
from desktop.resources import resources_root

LANGUAGES = {"da": "Dansk", "en": "English"}


def set_default_locale(locale: QLocale) -> None:
    """The locale of calendars, numbers and dates, for widgets made before this call too.

    A widget takes the default locale when it is made and keeps it: the main window's frame
    is on screen before the settings say which language to use, so without re-resolving it
    every calendar and date field in it would be in the system's language (English).
    """
    QLocale.setDefault(locale)
    from PySide6.QtWidgets import QApplication

    if isinstance(QCoreApplication.instance(), QApplication):
        for widget in QApplication.topLevelWidgets():
            if not widget.testAttribute(Qt.WidgetAttribute.WA_SetLocale):
                widget.unsetLocale()  # the new default, passed on to the children


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install translators for ``language``; English is the source language and needs none.

    Returns the translators so the caller keeps them alive (Qt does not own them). Numbers,
    dates, vocabulary and coded error messages follow the same language (desktop.formatting).
    """
    formatting.set_language(language)
    if language != "da":
        set_default_locale(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        return []
    set_default_locale(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
    installed = []
    own = QTranslator(app)
    if own.load(str(resources_root() / "translations" / "fodslag_da.qm")):
        app.installTranslator(own)
        installed.append(own)
    qt = QTranslator(app)
    if qt.load("qtbase_da", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    # what Qt's own catalogue lacks ("&Look in:" of the file dialog...), in ours
    extra = QTranslator(app)
    if extra.load(str(resources_root() / "translations" / "fodslag_qt_da.qm")):
        app.installTranslator(extra)
        installed.append(extra)
    return installed


class ClassTr:
    """Lets ``SomeDialog.tr("...")`` type-check: PySide6 takes ``tr`` on the class too.

    A dialog whose subclasses reuse its strings calls ``tr`` on its own class, because
    ``self.tr`` looks a string up under the subclass's name, where lupdate never filed it.
    Nothing at run time: the stubs only know ``self.tr``.
    """

    if TYPE_CHECKING:

        @staticmethod
        def tr(sourceText: str, disambiguation: str | None = None, n: int = -1) -> str: ...
