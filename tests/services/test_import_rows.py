"""The import's row checks give exactly what the plain, row-by-row rules give.

``_reference_build`` is the straightforward version of ``_RowBuilder.build`` (every phone
number through phonenumbers, every address through email-validator, every name through
``fold_name``, no caches); the real builder, with its fast paths and caches, must agree
with it on every row, for every mapping, including repeats within one file.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st

from desktop.models.contact_details import fold_name, format_phone, normalize_email, normalize_phone
from desktop.models.enums import label
from desktop.models.errors import ValidationError
from desktop.models.privacy import looks_like_cpr
from desktop.services.imports.contacts import (
    _FORMULA,
    _READ_FIELDS,
    MAX_NAME,
    PreviewRow,
    _Checks,
    _RowBuilder,
    _trade_lookup,
)
from desktop.services.imports.mapping import CONTACT_FIELDS


def _reference_build(number: int, raw: Sequence[str], mapping: Sequence[str | None]) -> PreviewRow:
    columns: dict[str, int] = {}
    for col, fld in enumerate(mapping):
        if fld is not None:
            columns.setdefault(fld, col)
    values = {
        key: raw[columns[key]].strip() if key in columns and columns[key] < len(raw) else ""
        for key in _READ_FIELDS
    }
    problems: list[str] = []
    warnings: list[str] = []
    name = " ".join(values["name"].split())
    if not name:
        name = " ".join(" ".join((values["first_name"], values["middle_name"], values["last_name"])).split())
    title, organisation, note = values["title"], values["organisation"], values["note"]
    shown = {
        "name": name,
        "title": title,
        "organisation": organisation,
        "trade": values["trade"],
        "phone": values["phone"],
        "mobile": values["mobile"],
        "email": values["email"],
        "note": note,
    }
    if not name:
        problems.append("Navn mangler.")
    elif len(name) > MAX_NAME:
        problems.append(f"Navnet er længere end {MAX_NAME} tegn.")
    for key, value in (("name", name), ("title", title), ("organisation", organisation)):
        if value.startswith(_FORMULA):
            problems.append(f"{CONTACT_FIELDS[key]} ligner en formel (»{value[:30]}«).")
    if len(title) > 200 or len(organisation) > 200:
        problems.append("Stilling eller organisation er længere end 200 tegn.")
    email = None
    phones: dict[str, str | None] = {"phone": None, "mobile": None}
    if values["email"]:
        try:
            email = normalize_email(values["email"])
        except ValidationError:
            problems.append(f"Ugyldig e-mail: »{values['email'][:80]}«.")
    for key in ("phone", "mobile"):
        text = values[key]
        if not text:
            continue
        try:
            phones[key] = normalize_phone(text)
        except ValidationError:
            problems.append(
                f"{CONTACT_FIELDS[key]}nummeret »{text[:40]}« er hverken et dansk nummer (8 cifre) "
                "eller et internationalt nummer med landekode."
            )
    trade = None
    if values["trade"]:
        trade = _trade_lookup().get(fold_name(values["trade"]))
        if trade is None:
            warnings.append(f"Faggruppen »{values['trade'][:40]}« kendes ikke og er udeladt.")
    if note and looks_like_cpr(note):
        warnings.append(
            "Noten ligner et CPR-nummer og er ikke taget med (borgeroplysninger hører ikke hjemme her)."
        )
        note = ""
    if problems:
        return PreviewRow(number, shown, None, tuple(problems), tuple(warnings))
    shown.update(
        phone=format_phone(phones["phone"]),
        mobile=format_phone(phones["mobile"]),
        email=email or "",
        trade=label(trade),
        note=note,
    )
    contact: dict[str, Any] = {
        "name": name,
        "name_folded": fold_name(name),
        "title": title,
        "organisation": organisation,
        "trade": trade,
        "phone": phones["phone"],
        "mobile": phones["mobile"],
        "email": email,
        "note": note,
    }
    return PreviewRow(number, shown, contact, (), tuple(warnings))


_cells = st.one_of(
    st.sampled_from(
        [
            "",
            " ",
            "Mette Hansen",
            "  Søren   Ørsted ",
            "Åse",
            "=SUM(A1)",
            "+45 12 34 56 78",
            "26000001",
            "+4526000001",
            "0045 31234567",
            "12345678",
            "+46 8 123 456 78",
            "2\u0666000001",
            "mette@example.dk",
            "Postmaster@Example.DK",
            "søren@æøå.dk",
            "not an address",
            "pædagog",
            "Politi",
            "ssp",
            "kok",
            "010190-1234",
            "x" * 210,
        ]
    ),
    st.text(max_size=12),
)
_fields = st.sampled_from([None, *CONTACT_FIELDS])


@settings(max_examples=600, deadline=None)
@given(
    st.lists(_fields, min_size=1, max_size=8),
    st.lists(st.lists(_cells, max_size=9), min_size=1, max_size=6),
)
@example(["name", "phone", "email"], [["Mette Hansen", "26000001", "m@x.dk"]] * 2)
@example(["name", "mobile", "phone"], [["A", "12345678", "12345678"], ["B", "", "bad"]])
@example(["first_name", "last_name", "trade", "note"], [["Åse", "Lund", "Politi", "010190-1234"]])
def test_rows_are_built_exactly_as_the_plain_rules_say(
    mapping: list[str | None], rows: list[list[str]]
) -> None:
    builder = _RowBuilder(mapping, _trade_lookup(), _Checks())  # one per file: caches shared by rows
    for number, raw in enumerate(rows, start=2):
        assert builder.build(number, raw) == _reference_build(number, raw, mapping), (mapping, raw)
