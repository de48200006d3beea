"""An object's change history as CSV or Excel: plain rows in, file out.

One row per changed field, so a reader can filter on a field and see every value it had,
who set it and when. Text cells are written as text (never formulas) in both formats.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop.exports.files import atomic_output, spreadsheet_text
from desktop.formatting import short_datetime

HEADERS_DA = ("Tidspunkt", "Databasebruger", "Windows-bruger", "Handling", "Felt", "Før", "Efter")


@dataclass(frozen=True)
class HistoryRow:
    at: datetime
    db_user: str
    os_user: str
    action: str
    field: str
    before: str
    after: str


def write_history_csv(rows: Sequence[HistoryRow], target: str | os.PathLike[str]) -> Path:
    """Semicolon-separated UTF-8 with BOM: what Danish Excel opens without a wizard."""
    with atomic_output(target) as tmp, tmp.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(HEADERS_DA)
        for r in rows:
            writer.writerow(
                [
                    short_datetime(r.at, seconds=True),
                    *(
                        spreadsheet_text(v)
                        for v in (r.db_user, r.os_user, r.action, r.field, r.before, r.after)
                    ),
                ]
            )
    return Path(target)


def write_history_xlsx(rows: Sequence[HistoryRow], target: str | os.PathLike[str], title: str) -> Path:
    from openpyxl import Workbook

    from desktop.exports.xlsx_util import print_setup, write_table

    wb = Workbook()
    ws: Any = wb.active  # a new workbook has its sheet
    ws.title = "Historik"
    write_table(
        ws,
        HEADERS_DA,
        ([r.at, r.db_user, r.os_user, r.action, r.field, r.before, r.after] for r in rows),
        formats={0: "dd-mm-yyyy hh:mm:ss"},
        widths=(20, 16, 16, 12, 18, 40, 40),
        wrap=(5, 6),
    )
    ws.oddHeader.center.text = title
    print_setup(ws)
    with atomic_output(target) as tmp:
        wb.save(tmp)
    return Path(target)
