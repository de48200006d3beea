"""Several differently shaped reads in one round trip: a tagged ``UNION ALL``.

A screen often needs a few small lists of different shapes (the sub-goals and the
initiatives of a strategy; the meetings, action items and checklist steps of a
partnership). Each is one SELECT; sent separately they cost a round trip each. Here they
go as the branches of one ``UNION ALL``: every branch keeps its own WHERE, GROUP BY,
ORDER BY and LIMIT (it is read as a subquery) and fills only its own columns; the columns
of the other branches are typed NULLs (``CAST(NULL AS …)``), so every column of the union
has one type and the statement is the same portable SQL on SQLite and PostgreSQL.

The order of rows across the union is not defined: sort in Python, or give the branch a
``row_number() OVER (ORDER BY …)`` column where the database's own ordering (collation)
matters.
"""

from __future__ import annotations

from collections import namedtuple
from typing import Any

from sqlalchemy import Integer, Select, cast, literal_column, null, select, union_all
from sqlalchemy.orm import Session
from sqlalchemy.types import NullType


class TaggedUnion:
    """SELECTs of different shapes run as the branches of one UNION ALL.

    Build it once (module level, or cached per shape: building the wide statement costs
    more Python time than running it) with ``bindparam()`` for what varies, and ``read``
    it with the values.
    """

    def __init__(self, **branches: Select[*tuple[Any, ...]]) -> None:
        subqueries = {kind: branch.subquery(f"{kind}_rows") for kind, branch in branches.items()}
        columns = [(kind, column) for kind, sq in subqueries.items() for column in sq.c]
        for kind, column in columns:
            if isinstance(column.type, NullType):
                raise TypeError(f"{kind}.{column.key}: a column without a type cannot be padded portably")
        parts = [
            select(
                literal_column(str(n), Integer).label("kind"),
                *(
                    (column if owner == kind else cast(null(), column.type)).label(f"c{i}")
                    for i, (owner, column) in enumerate(columns)
                ),
            ).select_from(sq)
            for n, (kind, sq) in enumerate(subqueries.items())
        ]
        self._statement = parts[0] if len(parts) == 1 else union_all(*parts)
        self._shapes = []
        start = 1
        for kind, sq in subqueries.items():
            names = [column.key for column in sq.c]
            self._shapes.append((kind, namedtuple(kind, names), start, start + len(names)))
            start += len(names)

    def read(self, session: Session, **params: Any) -> dict[str, list[Any]]:
        """The rows per branch name: named tuples with the branch's column names."""
        found: dict[str, list[Any]] = {kind: [] for kind, *_ in self._shapes}
        for row in session.execute(self._statement, params):
            kind, shape, first, end = self._shapes[row[0]]
            found[kind].append(shape._make(row[first:end]))
        return found


def read_kinds(session: Session, **branches: Select[*tuple[Any, ...]]) -> dict[str, list[Any]]:
    """Run each SELECT as a branch of one UNION ALL (built for this call); the rows per branch."""
    return TaggedUnion(**branches).read(session)
