"""Safe file writing shared by every document writer."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

_FORMULA_STARTERS = ("=", "+", "-", "@", "\t", "\r")


@contextlib.contextmanager
def atomic_output(target: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; rename it into place only on success.

    An export interrupted half-way (crash, full disk, exception in a writer) then never
    leaves a half-written file under the name the user chose.
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=target.suffix, dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def spreadsheet_text(value: str) -> str:
    """Neutralise text that a spreadsheet would run as a formula (CSV/formula injection).

    A leading apostrophe is Excel's own "this is text" marker and is not displayed.
    """
    if value and value.startswith(_FORMULA_STARTERS):
        return "'" + value
    return value
