"""Every message a user can get from the services and the command line has a code and English.

An error raised with a finished Danish sentence shows that sentence whatever the UI language;
one raised with a ``Message`` of ``desktop.models.messages`` is written in the language it is
shown in. These tests read the source, so a new plain sentence fails here, not in front of an
English-speaking user.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from desktop.formatting import set_language
from desktop.models import messages
from desktop.models.errors import FodslagError

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"
#: where the user's messages are made: the use cases, the command line, the composition root
SOURCES = [
    *sorted((DESKTOP / "services").rglob("*.py")),
    DESKTOP / "cli.py",
    DESKTOP / "selftest.py",
    DESKTOP / "app.py",
]
#: the errors a user sees (a bug's ValueError or TypeError speaks to developers, in English)
USER_ERRORS = {
    "FodslagError",
    "ValidationError",
    "StorageUnavailable",
    "SchemaMismatch",
    "NotFound",
    "NotPermitted",
    "ImportRejected",
    "EditConflict",
    "DocumentError",
    "SaveCollision",
    "OutcomeUnknown",
    "CertificateProblem",
    "reject",
    "_Cell",
    "_complain",
}
#: Danish letters in an English text
DANISH_IN_ENGLISH = re.compile(r"[æøåÆØÅ]")
#: Danish quoted as it stands in the files: a workbook's sheet, the import's line in a note
QUOTED_DATA = re.compile(r"“(Om filen|Ikke indlæst: …)”")


def _name(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def _is_sentence(node: ast.expr) -> bool:
    """A literal text: a string, an f-string, or texts added together."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _is_sentence(node.left) or _is_sentence(node.right)
    return False


def test_no_user_error_is_raised_with_a_plain_sentence() -> None:
    found = []
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            call = isinstance(node, ast.Call) and _name(node) in USER_ERRORS and node.args
            if call and _is_sentence(node.args[0]):  # type: ignore[attr-defined]
                found.append(f"{path.relative_to(DESKTOP.parent)}:{node.lineno}")
    assert found == [], "errors raised with a plain sentence (give them a Message):\n  " + "\n  ".join(found)


def test_the_english_of_every_message_is_english() -> None:
    catalogue = messages.catalogue()
    assert len(catalogue) >= 200
    danish = [m.code for m in catalogue if DANISH_IN_ENGLISH.search(QUOTED_DATA.sub("", m.en))]
    assert danish == [], danish


@pytest.fixture
def english() -> object:
    set_language("en")
    yield
    set_language("da")


def test_environment_errors_are_written_in_the_ui_language(english: object, tmp_path: Path) -> None:
    """A refused file, a damaged backup and a busy database, as an English user reads them."""
    from sqlalchemy import exc as sa_exc

    from desktop.services.backup import validate_backup
    from desktop.services.database import database_url, storage_error
    from desktop.services.imports.readers import read_table

    empty = tmp_path / "kontakter.csv"
    empty.write_bytes(b"")
    with pytest.raises(FodslagError) as refused:
        read_table(empty)
    assert refused.value.message == "The file cannot be imported: it is empty. Nothing has been saved."
    assert refused.value.text("da") == "Filen kan ikke indlæses: den er tom. Intet er gemt."

    not_sqlite = tmp_path / "backup.sqlite3"
    not_sqlite.write_text("hello", encoding="utf-8")
    with pytest.raises(FodslagError) as backup:
        validate_backup(not_sqlite)
    assert backup.value.message == (
        "backup.sqlite3 is not an SQLite database and cannot be restored. Choose a Fodslag backup."
    )

    url = database_url(str(tmp_path / "fodslag.sqlite3"))
    busy = storage_error(sa_exc.OperationalError("BEGIN", {}, Exception("database is locked")), url)
    assert busy is not None and busy.code == "storage.busy"
    assert (
        str(busy)
        == "The database is busy in another program or another Fodslag. Wait a moment and try again."
    )
