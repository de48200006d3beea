"""The client's creation key (see ``desktop.services.creation``), in a module of its own.

A form makes the key when it opens for a new record; importing the create machinery
(SQLAlchemy and the models) for that would put the ORM back on the path to the first
screen's rows, which start-up keeps free of it.
"""

from __future__ import annotations

import uuid


def new_key() -> str:
    """A fresh creation key: made once when a form for a new record opens."""
    return str(uuid.uuid4())
