"""User settings, declared once: key, type and default in one place.

Stored as JSON in the user's config folder. Secrets never go here: a database password
lives in the OS keyring (see ``desktop.services.secrets``), and URLs are saved without it.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.services.location import APP_NAME

if TYPE_CHECKING:
    from desktop.services.backup_policy import BackupPolicy


def config_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False, roaming=True))


@dataclass
class Settings:
    #: the database opened last (password-free URL); empty means the default local file
    last_database: str = ""
    #: "da" or "en"
    language: str = "da"
    #: members whose every membership ended longer ago than this are flagged for clean-up
    retention_months: int = 12
    #: a user's own Word template for agreements, used instead of the shipped one
    agreement_template: str = ""
    #: where documents are saved unless the user picks another folder (empty: the last one used)
    export_folder: str = ""
    #: automatic backups of the local database kept: one per day, ISO week and month
    backup_daily: int = 7
    backup_weekly: int = 4
    backup_monthly: int = 12
    #: shared-server connection profiles (``ConnectionProfile`` as dicts, never a password)
    connections: list = field(default_factory=list)  # type: ignore[type-arg]

    @staticmethod
    def path() -> Path:
        override = os.environ.get("FODSLAG_CONFIG_DIR")
        return (Path(override) if override else config_dir()) / "settings.json"

    @classmethod
    def load(cls) -> Settings:
        """Read settings; unknown keys are ignored and bad values fall back to defaults."""
        try:
            raw = json.loads(cls.path().read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        settings = cls()
        for f in fields(cls):
            value = raw.get(f.name)
            default = getattr(settings, f.name)
            if isinstance(value, bool) or value is None:
                continue
            if isinstance(default, float) and isinstance(value, int):
                value = float(value)
            if isinstance(value, type(default)) and _allowed(f.name, value):
                setattr(settings, f.name, value)
        return settings

    def backup_policy(self) -> BackupPolicy:
        from desktop.services.backup_policy import BackupPolicy  # not at start-up: it needs SQLAlchemy

        return BackupPolicy(daily=self.backup_daily, weekly=self.backup_weekly, monthly=self.backup_monthly)

    def save(self) -> None:
        path = self.path()
        path.parent.mkdir(parents=True, exist_ok=True)
        data = asdict(self)
        data["last_database"] = strip_password(self.last_database)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, path)


#: the values a hand-edited or older settings file may hold; anything else falls back to the default
LANGUAGE_CODES = ("da", "en")
RANGES: dict[str, tuple[int, int]] = {
    "retention_months": (1, 120),
    "backup_daily": (1, 365),
    "backup_weekly": (0, 520),
    "backup_monthly": (0, 240),
}


def _allowed(name: str, value: object) -> bool:
    if name == "language":
        return value in LANGUAGE_CODES
    if name in RANGES and isinstance(value, int):
        low, high = RANGES[name]
        return low <= value <= high
    return True


def strip_password(url: str) -> str:
    if not url or "://" not in url:
        return url
    from sqlalchemy import URL, make_url  # not at import time: the app starts without SQLAlchemy

    parsed = make_url(url)
    if parsed.password is None:
        return url
    # URL.set(password=None) means "unchanged", so build the URL anew without it
    bare = URL.create(
        parsed.drivername, parsed.username, None, parsed.host, parsed.port, parsed.database, parsed.query
    )
    return bare.render_as_string(hide_password=False)
