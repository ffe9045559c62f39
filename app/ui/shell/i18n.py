"""Interface languages: Indonesian (the source strings) and English (a Qt translation).

Every visible string is written in Indonesian inside `tr()` / `QCoreApplication.translate()`;
`resources/i18n/pk_desk_en.ts` holds the English translations and is compiled to `.qm` with
`pyside6-lrelease` (see `resources/i18n/README.md`). When a compiled `.qm` is missing (a source
checkout where nobody ran lrelease), the `.ts` XML itself is read with defusedxml, so the
English interface never silently falls back to Indonesian. `pk_desk_id.ts` translates Qt's own
dialog buttons (OK, Cancel, Yes, No) into Indonesian, as Qt ships no `qtbase_id.qm`.
"""

from __future__ import annotations

from pathlib import Path

from defusedxml import ElementTree

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from app.paths import resource_path

LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"
_installed: list[QTranslator] = []
_current = DEFAULT_LANGUAGE


class TsTranslator(QTranslator):
    """A translator reading a Qt Linguist `.ts` file directly (fallback without lrelease)."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self._messages: dict[tuple[str, str], str] = {}
        root = ElementTree.parse(path).getroot()
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source")
                element = message.find("translation")
                if source is None or element is None or not element.text:
                    continue
                if element.get("type") in ("unfinished", "obsolete", "vanished"):
                    continue
                self._messages[(name, source)] = element.text

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return self._messages.get((context, source), "")

    def isEmpty(self) -> bool:  # noqa: N802 - Qt API name
        return not self._messages


def _load(name: str, lang: str) -> QTranslator | None:
    folder = resource_path("i18n")
    translator = QTranslator()
    if translator.load(f"{name}_{lang}", str(folder)):
        return translator
    ts = folder / f"{name}_{lang}.ts"
    if ts.is_file():
        fallback = TsTranslator(ts)
        return None if fallback.isEmpty() else fallback
    return None


def install_language(lang: str | None) -> str:
    """Install the translators for `lang` ("id" or "en") in the running application.

    Installing sends a LanguageChange event to every widget, which calls its `retranslate()`.
    Returns the language actually used.
    """
    global _current
    app = QCoreApplication.instance()
    assert app is not None, "create the QApplication first"
    lang = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    candidates = [_load("pk_desk", lang)]
    if lang == "en":
        qt = QTranslator()
        if qt.load(
            QLocale(QLocale.Language.English),
            "qtbase",
            "_",
            QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        ):
            candidates.append(qt)
    for translator in candidates:
        if translator is not None:
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(
        QLocale(QLocale.Language.Indonesian if lang == "id" else QLocale.Language.English)
    )
    _current = lang
    # Deliver the LanguageChange events now, so every widget shows the new language at once.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    return lang


def current_language() -> str:
    """The language whose translators are installed; the engine's messages use it too."""
    return _current


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
