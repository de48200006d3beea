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

from desktop.models import messages
from desktop.models.collation import danish_key
from desktop.models.contact_details import (
    fold_name,
    format_phone,
    normalize_email,
    normalize_phone,
    phone_problem,
)
from desktop.models.enums import label
from desktop.models.errors import ValidationError
from desktop.models.privacy import looks_like_cpr
from desktop.services.imports.contacts import (
    _FORMULA,
    _READ_FIELDS,
    MAX_NAME,
    CellIssue,
    PreviewRow,
    _Checks,
    _RowBuilder,
)
from desktop.services.imports.mapping import CONTACT_FIELDS
from desktop.services.imports.trades import TradeMatcher

_EMAIL_PROBLEM = messages.CELL_EMAIL_INVALID.da
_TRADE_PROBLEM = messages.CELL_TRADE_UNKNOWN.da


def _reference_build(
    number: int, raw: Sequence[str], mapping: Sequence[str | None], headers: Sequence[str] = ()
) -> PreviewRow:
    columns: dict[str, int] = {}
    for col, fld in enumerate(mapping):
        if fld is not None:
            columns.setdefault(fld, col)
    values = {
        key: raw[columns[key]].strip() if key in columns and columns[key] < len(raw) else ""
        for key in _READ_FIELDS
    }

    def column(key: str) -> str:
        col = columns[key]
        header = headers[col].strip() if col < len(headers) else ""
        return header or CONTACT_FIELDS[key]

    problems: list[str] = []
    warnings: list[str] = []
    issues: list[CellIssue] = []
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
    if name.startswith(_FORMULA):
        problems.append(f"{CONTACT_FIELDS['name']} ligner en formel (»{name[:30]}«).")
    kept = {"title": title, "organisation": organisation}
    for key, value in (("title", title), ("organisation", organisation)):
        if value.startswith(_FORMULA):
            issues.append(CellIssue(key, column(key), value, "ligner en formel"))
            kept[key] = ""
        elif len(value) > 200:
            issues.append(CellIssue(key, column(key), value, "er længere end 200 tegn"))
            kept[key] = ""
    title, organisation = kept["title"], kept["organisation"]
    email = None
    phones: dict[str, str | None] = {"phone": None, "mobile": None}
    if values["email"]:
        try:
            email = normalize_email(values["email"])
        except ValidationError:
            issues.append(CellIssue("email", column("email"), values["email"], _EMAIL_PROBLEM))
    for key in ("phone", "mobile"):
        text = values[key]
        if not text:
            continue
        try:
            phones[key] = normalize_phone(text)
        except ValidationError:
            issues.append(CellIssue(key, column(key), text, phone_problem(text).render("da")))
    trade = None
    if values["trade"]:
        guess = TradeMatcher().match(values["trade"])
        trade = guess.trade
        if trade is None:
            issues.append(CellIssue("trade", column("trade"), values["trade"], _TRADE_PROBLEM))
        elif guess.fuzzy:
            warnings.append(f"Faggruppen »{values['trade'][:40]}« er læst som »{label(trade)}«.")
    if note and looks_like_cpr(note):
        warnings.append(
            "Noten ligner et CPR-nummer og er ikke taget med (borgeroplysninger hører ikke hjemme her)."
        )
        note = ""
    lines = []
    for issue in issues:
        if looks_like_cpr(issue.value):
            warnings.append(
                f"{issue.column} ligner et CPR-nummer og er ikke gemt i noten "
                "(borgeroplysninger hører ikke hjemme her)."
            )
        else:
            lines.append(f"Ikke indlæst: {issue.column}: {issue.value}")
    note = "\n".join([note, *lines] if note else lines)
    if problems:
        return PreviewRow(number, shown, None, tuple(problems), tuple(warnings), None, tuple(issues))
    shown.update(
        title=title,
        organisation=organisation,
        phone=format_phone(phones["phone"]) if phones["phone"] else values["phone"],
        mobile=format_phone(phones["mobile"]) if phones["mobile"] else values["mobile"],
        email=email or values["email"],
        trade=label(trade) if trade is not None else values["trade"],
        note=note,
    )
    contact: dict[str, Any] = {
        "name": name,
        "name_folded": fold_name(name),
        "name_sort": danish_key(name),
        "title": title,
        "organisation": organisation,
        "trade": trade,
        "phone": phones["phone"],
        "mobile": phones["mobile"],
        "email": email,
        "note": note,
    }
    return PreviewRow(number, shown, contact, (), tuple(warnings), None, tuple(issues))


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
            "114",
            "18 13",
            "Gadeplan",
            "natteravnene",
            "gadeplansmedarbjder",
            "a@@b.dk",
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
    st.lists(st.sampled_from(["", " ", "E-mail", "Tlf.", "Faggruppe"]), max_size=8),
)
@example(["name", "phone", "email"], [["Mette Hansen", "26000001", "m@x.dk"]] * 2, [])
@example(["name", "mobile", "phone"], [["A", "12345678", "12345678"], ["B", "", "bad"]], [])
@example(["first_name", "last_name", "trade", "note"], [["Åse", "Lund", "Politi", "010190-1234"]], [])
@example(["name", "phone", "email", "note"], [["Bo", "010190-1234", "a@@b.dk", "x"]], ["Navn", "Tlf."])
def test_rows_are_built_exactly_as_the_plain_rules_say(
    mapping: list[str | None], rows: list[list[str]], headers: list[str]
) -> None:
    # one builder per file: caches shared by rows
    builder = _RowBuilder(mapping, TradeMatcher(), _Checks(), headers)
    for number, raw in enumerate(rows, start=2):
        expected = _reference_build(number, raw, mapping, headers)
        assert builder.build(number, raw) == expected, (mapping, raw)
