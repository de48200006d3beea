"""The network's phone and mail list (telefon- og mailliste) as a spreadsheet.

Members sort and filter it and print it; phone numbers stay text so "+45 ..." and
leading zeros survive, and a pasted "=..." name can never run as a formula.
"""

from __future__ import annotations

import os
from typing import Any

from desktop.exports import xlsx_util
from desktop.exports.data import ContactListData
from desktop.exports.files import atomic_output
from desktop.formatting import short_date
from desktop.models.collation import sort_key

HEADERS = ["Navn", "Titel", "Organisation", "Faggruppe", "Rolle", "Telefon", "Mobil", "E-mail"]
WIDTHS = [26, 24, 30, 24, 18, 16, 16, 32]
SHEET = "Telefonliste"


def write_contact_list_xlsx(data: ContactListData, target: str | os.PathLike[str]) -> None:
    """One row per member under a short title; header frozen, filtered and repeated."""
    from openpyxl import Workbook

    wb = Workbook()
    ws: Any = wb.active  # a new workbook has its sheet
    ws.title = SHEET
    start = xlsx_util.title_block(
        ws,
        [
            (f"Telefon- og mailliste – {data.partnership}", None),
            ("Opdateret", data.produced),
            ("Bemærk", "Kun til brug i netværket. Oplysninger om enkeltpersoner hører ikke hjemme her."),
        ],
    )  # fmt: skip
    rows = [
        [c.name, c.title, c.organisation, c.trade, c.role, c.phone, c.mobile, c.email]
        for c in sorted(data.contacts, key=lambda c: (sort_key(c.organisation), sort_key(c.name)))
    ]
    xlsx_util.write_table(
        ws,
        HEADERS,
        rows,
        start_row=start,
        widths=WIDTHS,
        wrap=(0, 1, 2, 3, 4, 7),  # a long name, trade or address wraps, never runs under the next column
        empty_note="Ingen kontakter på listen endnu.",
    )
    xlsx_util.print_setup(ws, landscape=True)
    xlsx_util.footer(ws, f"{data.partnership} · Telefon- og mailliste · {short_date(data.produced)}")
    wb.properties.creator = "Fodslag"
    wb.properties.title = f"Telefon- og mailliste – {data.partnership}"
    with atomic_output(target) as tmp:
        wb.save(tmp)
