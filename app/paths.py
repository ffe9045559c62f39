"""Every folder and bundled resource PK Desk uses, resolved in one place.

Nothing here touches the disk at import time: `AppPaths.resolve()` is called from `main()`
(or from a test with a temporary folder), so importing the package never creates folders.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "PK Desk"
APP_SLUG = "pk-desk"
DATA_DIR_ENV = "PK_DESK_DATA_DIR"
DB_FILE_NAME = "pk-desk.sqlite"
UI_SETTINGS_FILE = "pk-desk-ui.ini"  # the window's settings; the CLI reads its language


def resources_dir() -> Path:
    """The folder of bundled data files (profiles, fonts, translations, demo data).

    Installed wheels carry it as `app/resources`; a source checkout keeps it beside `app/`;
    a PyInstaller build unpacks it under `sys._MEIPASS/app/resources`.
    """
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "app" / "resources"
    package_dir = Path(__file__).resolve().parent
    installed = package_dir / "resources"
    if installed.is_dir():
        return installed
    return package_dir.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Path of one bundled resource, e.g. `resource_path("profiles", "dki.json")`."""
    return resources_dir().joinpath(*parts)


def migrations_dir() -> Path:
    return Path(__file__).resolve().parent / "models" / "migrations"


def font_cache_dir() -> Path:
    """Where parsed font metrics are kept between runs: the user's cache folder, which the
    system may empty at any time (a missing entry is simply rebuilt)."""
    return Path(platformdirs.user_cache_dir(APP_SLUG, appauthor=False)) / "fonts"


@dataclass(frozen=True)
class AppPaths:
    """The per-user folders of one running application."""

    data_dir: Path
    config_dir: Path

    @classmethod
    def resolve(cls, data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
        """Folders from an explicit override, the environment, or platformdirs."""
        override = data_dir or os.environ.get(DATA_DIR_ENV)
        if override:
            base = Path(override).expanduser().resolve()
            return cls(data_dir=base, config_dir=base / "config")
        return cls(
            data_dir=Path(platformdirs.user_data_dir(APP_SLUG, appauthor=False)),
            config_dir=Path(platformdirs.user_config_dir(APP_SLUG, appauthor=False)),
        )

    @property
    def default_db(self) -> Path:
        return self.data_dir / DB_FILE_NAME

    @property
    def demo_db(self) -> Path:
        return self.data_dir / "demo.sqlite"

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def keys_dir(self) -> Path:
        return self.config_dir / "keys"

    def ensure(self) -> None:
        for folder in (self.data_dir, self.config_dir, self.backups_dir):
            folder.mkdir(parents=True, exist_ok=True)
