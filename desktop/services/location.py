"""Where the local database lives, and where it must not.

SQLite's locking does not work on network shares, and sync clients (OneDrive, Dropbox,
Google Drive) copy the file mid-write, which corrupts it. Both are refused up front with a
message saying what to do instead.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path, PureWindowsPath

from desktop.models import messages
from desktop.services.errors import StorageUnavailable

APP_NAME = "Fodslag"
DATABASE_FILENAME = "fodslag.sqlite3"

SYNC_FOLDER_MARKERS = ("onedrive", "dropbox", "google drive", "googledrive", "my drive", "icloud")
NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "fuse.sshfs", "9p", "afs"}


def data_dir() -> Path:
    """The user's local (non-roaming) application data folder (``FODSLAG_DATA_DIR`` overrides)."""
    import platformdirs

    override = os.environ.get("FODSLAG_DATA_DIR")
    if override:
        return Path(override)

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def default_database_path() -> Path:
    return data_dir() / DATABASE_FILENAME


def default_backup_dir(database: Path | None = None) -> Path:
    """The backup folder of ``database``: one folder per database file.

    The default database keeps the top folder (where its backups always were); any other
    file gets a subfolder named by its stem and a digest of its full path, so two files
    called ``fodslag.sqlite3`` in different places never rotate each other's backups.
    """
    import hashlib

    top = data_dir() / "backups"
    if database is None:
        return top
    resolved = Path(database).expanduser().resolve()
    if resolved == default_database_path().expanduser().resolve():
        return top
    digest = hashlib.sha256(str(resolved).encode()).hexdigest()[:10]
    return top / f"{resolved.stem}-{digest}"


def check_database_location(path: Path) -> None:
    """Raise StorageUnavailable if SQLite cannot safely keep a database at ``path``."""
    text = str(path)
    lowered = text.lower().replace("\\", "/")
    if text.startswith(("\\\\", "//")):
        raise _network_error(path)
    parts = [p.lower() for p in PureWindowsPath(text).parts] + [p.lower() for p in Path(text).parts]
    for marker in SYNC_FOLDER_MARKERS:
        if any(part.startswith(marker) for part in parts) or f"/{marker}" in lowered:
            raise StorageUnavailable(messages.LOCATION_SYNC_FOLDER, folder=path.parent)
    if _is_network_path(path):
        raise _network_error(path)


def _network_error(path: Path) -> StorageUnavailable:
    return StorageUnavailable(messages.LOCATION_NETWORK_DRIVE, path=path)


def _is_network_path(path: Path) -> bool:
    if sys.platform == "win32":
        import ctypes

        drive = os.path.splitdrive(str(path.resolve()))[0]
        if not drive:
            return False
        drive_remote = 4
        return ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == drive_remote  # type: ignore[attr-defined]
    return _mount_fstype(path) in NETWORK_FILESYSTEMS


def _mount_fstype(path: Path) -> str | None:
    """File system type of the mount holding ``path`` (Linux); None if unknown."""
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return None
    target = path.resolve()
    best, best_type = "", None
    for line in mounts:
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point = fields[1].replace("\\040", " ")
        if (str(target) == mount_point or str(target).startswith(mount_point.rstrip("/") + "/")) and len(
            mount_point
        ) > len(best):
            best, best_type = mount_point, fields[2]
    return best_type
