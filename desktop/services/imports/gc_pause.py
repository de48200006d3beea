"""The cyclic garbage collector paused while an import builds or writes 100,000 rows.

Reading, checking and writing a contact list allocate a few container objects per row
(lists of cells, dicts, preview rows) and keep nearly all of them; none of it forms
reference cycles. CPython's collector still runs after every 700 new containers and, as
the kept objects pile up, walks them again and again: about a sixth of a 100,000-row
import. Reference counting frees memory as usual while the collector is paused; anything
cyclic is collected when it is switched back on.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic collector for the block; switched back on only if it was on."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
