"""Safe file writing shared by every document writer."""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from collections.abc import Iterator
from pathlib import Path

_FORMULA_STARTERS = ("=", "+", "-", "@", "\t", "\r")


@contextlib.contextmanager
def atomic_output(target: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; rename it into place only on success.

    An export interrupted half-way (crash, full disk, exception in a writer) then never
    leaves a half-written file under the name the user chose.

    The file gets the mode any program gives a new file (0644 under the usual umask), or
    the mode of the file it replaces: ``mkstemp`` made every export 0600, so a document
    put in a shared folder could be read by nobody but its maker.
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = _new_file_beside(target)
    try:
        yield tmp
        with contextlib.suppress(OSError):  # a file system without modes (FAT, some shares)
            os.chmod(tmp, stat.S_IMODE(target.stat().st_mode))
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def _new_file_beside(target: Path) -> Path:
    """A new empty hidden file in the target's folder, created 0666 minus the umask.

    ``os.open`` applies the umask itself; reading it with ``os.umask`` would change it for
    every thread for a moment, and exports run in a background thread.
    """
    for _ in range(100):
        tmp = target.with_name(f".{target.stem}-{secrets.token_hex(4)}{target.suffix}")
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
        except FileExistsError:
            continue
        os.close(fd)
        return tmp
    raise FileExistsError(target.parent)  # pragma: no cover - 100 random names all taken


def spreadsheet_text(value: str) -> str:
    """Neutralise text that a spreadsheet would run as a formula (CSV/formula injection).

    A leading apostrophe is Excel's own "this is text" marker and is not displayed.
    """
    if value and value.startswith(_FORMULA_STARTERS):
        return "'" + value
    return value
