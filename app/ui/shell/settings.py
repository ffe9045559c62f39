"""The interface's own settings (language, period, window layout) in the config folder.

Stored as an INI file under `AppPaths.config_dir`, never in the registry or the real home
folder, so tests with a temporary folder never touch the user's settings.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from app.paths import UI_SETTINGS_FILE


class UiSettings:
    """Typed accessors over one QSettings INI file."""

    def __init__(self, config_dir: Path) -> None:
        self.path = Path(config_dir) / UI_SETTINGS_FILE
        self._settings = QSettings(str(self.path), QSettings.Format.IniFormat)

    def _get(self, key: str, default: Any) -> Any:
        value = self._settings.value(key, default)
        return default if value is None else value

    @property
    def language(self) -> str | None:
        value = self._get("ui/language", "")
        return str(value) or None

    @language.setter
    def language(self, value: str) -> None:
        self._settings.setValue("ui/language", value)

    @property
    def period(self) -> str:
        return str(self._get("ui/period", "TW4"))

    @period.setter
    def period(self, value: str) -> None:
        self._settings.setValue("ui/period", value)

    def state(self, key: str) -> QByteArray | None:
        value = self._settings.value(f"layout/{key}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_state(self, key: str, value: QByteArray) -> None:
        self._settings.setValue(f"layout/{key}", value)

    def sync(self) -> None:
        self._settings.sync()
