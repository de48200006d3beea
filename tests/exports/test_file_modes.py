"""An exported document gets the permissions any new file of the user gets.

The writers put a file in place through a temporary file beside it. That file came from
``mkstemp`` (mode 0600), so a folder or minutes saved on a shared drive could be opened by
the person who made it and nobody else. Now a new file follows the umask (0644 under the
usual 022) and a replaced file keeps the mode it had.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop.exports.action_card import write_action_card_pdf
from desktop.exports.contact_list_xlsx import write_contact_list_xlsx
from desktop.exports.meeting_docx import write_minutes_docx
from desktop.exports.vcard import write_vcards
from tests.exports import office_samples, sample_data

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")

WRITERS: dict[str, Callable[[Path], None]] = {
    "actioncard.pdf": lambda p: write_action_card_pdf(sample_data.action_card(), p),
    "kontakter.xlsx": lambda p: write_contact_list_xlsx(sample_data.contact_list(), p),
    "referat.docx": lambda p: write_minutes_docx(office_samples.meeting(), p),
    "kontakter.vcf": lambda p: write_vcards(sample_data.contact_list().contacts, p),
}


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("name", WRITERS)
def test_a_new_document_can_be_read_by_the_others_on_a_shared_drive(
    name: str, tmp_path: Path, umask_022: None
) -> None:
    target = tmp_path / name
    WRITERS[name](target)
    assert _mode(target) == 0o644, oct(_mode(target))
    assert [p.name for p in tmp_path.iterdir()] == [name]  # no temporary file left beside it


def test_a_replaced_document_keeps_the_mode_it_had(tmp_path: Path, umask_022: None) -> None:
    target = tmp_path / "actioncard.pdf"
    target.write_bytes(b"old")
    target.chmod(0o640)
    WRITERS["actioncard.pdf"](target)
    assert target.read_bytes().startswith(b"%PDF")
    assert _mode(target) == 0o640


def test_a_strict_umask_is_followed(tmp_path: Path) -> None:
    old = os.umask(0o077)
    try:
        target = tmp_path / "actioncard.pdf"
        WRITERS["actioncard.pdf"](target)
    finally:
        os.umask(old)
    assert _mode(target) == 0o600
