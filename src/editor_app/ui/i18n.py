"""Interface language: Vietnamese or English, following the system by default."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from editor_app.core.resources import resource_path

SUPPORTED = ("vi", "en")
SETTING = "ui/language"  # "system", "vi" or "en"


def chosen_language(settings: QSettings) -> str:
    choice = str(settings.value(SETTING, "system"))
    if choice in SUPPORTED:
        return choice
    for name in QLocale.system().uiLanguages():
        code = name.split("-")[0].split("_")[0].lower()
        if code in SUPPORTED:
            return code
    return "en"


_INSTALLED: list[QTranslator] = []


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load the program's and Qt's own translations for ``language``, in place of the
    ones installed before (the language can change while the program runs)."""
    for old in _INSTALLED:
        try:
            app.removeTranslator(old)
        except RuntimeError:   # deleted already (its parent went away)
            pass
    _INSTALLED.clear()
    installed = _INSTALLED
    ours = QTranslator(app)
    if ours.load(str(resource_path("translations", f"editor_app_{language}.qm"))):
        app.installTranslator(ours)
        installed.append(ours)
    if language == "en":  # English: only the plural forms of our own messages
        if QLocale.system().language() == QLocale.Language.C:  # POSIX locale: readable dates
            QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        else:
            QLocale.setDefault(QLocale.system())
        return list(installed)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    QLocale.setDefault(QLocale(language))
    return list(installed)


def localized(thing: object) -> str:
    """A message of the core (an exception or an :func:`~editor_app.core.errors.N_` text)
    in the interface's language; any other text as it is."""
    from editor_app.core.errors import Text, message_of

    message = message_of(thing)
    return message.translated(_core_text) if isinstance(message, Text) else message


def _core_text(template: str) -> str:
    found = QCoreApplication.translate("", template)
    return found if found != template else QCoreApplication.translate("validate", template)


def first_line(exc: BaseException) -> str:
    """The first line of an error's message in the interface's language (its class name
    when it has none): what a dialog or the status bar shows."""
    text = localized(exc)
    return text.splitlines()[0] if text else type(exc).__name__
