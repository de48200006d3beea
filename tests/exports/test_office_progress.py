"""Progress workbook (.xlsx): sheets, formats, conditional formatting, charts, text safety."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from pathlib import Path

import pytest
from office_readback import pdf_text, soffice_pdf, squash
from office_samples import progress

from desktop.exports.progress_xlsx import INDICATOR_HEADERS, write_progress_xlsx


@pytest.fixture(scope="module")
def book_path(tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("progress") / "fremdrift.xlsx"
    write_progress_xlsx(progress(), target)
    return target


@pytest.fixture(scope="module")
def book(book_path):
    from openpyxl import load_workbook

    return load_workbook(book_path)


def _header_row(ws, label: str) -> int:
    for row in ws.iter_rows(min_col=1, max_col=1):
        if row[0].value == label:
            return row[0].row
    raise AssertionError(f"{label!r} not found in {ws.title}")


def test_sheets(book) -> None:
    assert book.sheetnames == ["Overblik", "Initiativer", "Indikatorer", "Målinger", "Grafer"]


def test_overview_maps_sub_goals_to_initiatives(book) -> None:
    ws = book["Overblik"]
    head = _header_row(ws, "Overordnet mål")
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=head + 1, max_col=7)]
    pairs = [(r[1], r[2]) for r in rows]
    assert pairs == [
        ("Delmål 1: Mindre utryghedsskabende adfærd", "Tryghedsvandringer på Solbakken"),
        ("Delmål 1: Mindre utryghedsskabende adfærd", "Gadeplansteam om aftenen"),
        ("Delmål 2: Mindre utryghed", "Tryghedsvandringer på Solbakken"),
        ("Delmål 2: Mindre utryghed", "Gadeplansteam om aftenen"),
        ("Delmål 3: Færre anmeldelser", "Nabohjælp på Solbakken"),
    ]
    assert rows[0][6] == datetime(2024, 8, 20)
    assert ws.cell(row=head + 1, column=7).number_format == "dd-mm-yyyy"
    assert ws.freeze_panes == f"A{head + 1}"


def test_overview_flags_a_sub_goal_without_initiatives(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    data = progress()
    only_first = tuple(i for i in data.initiatives if i.title != "Nabohjælp på Solbakken")
    target = tmp_path / "gap.xlsx"
    write_progress_xlsx(dataclasses.replace(data, initiatives=only_first), target)
    ws = load_workbook(target)["Overblik"]
    gap = [r for r in ws.iter_rows(values_only=True) if r[1] == "Delmål 3: Færre anmeldelser"]
    assert len(gap) == 1
    assert gap[0][2] == "Intet initiativ – hul i strategien"


def test_initiatives_sheet_has_every_field_and_each_contribution(book) -> None:
    data = progress()
    ws = book["Initiativer"]
    headers = [c.value for c in ws[1]]
    assert headers[:15] == [
        "Initiativ", "Fokusområde", "Beskrivelse", "Målgruppe", "Ansvarlig part", "Ejer",
        "Evidensgrundlag", "Forebyggelse", "Interventionstype", "Succeskriterier", "Start",
        "Slut", "Status", "Godkendt", "Godkendt på møde",
    ]  # fmt: skip
    assert headers[15:] == [
        "Bidrag til Delmål 1: Mindre utryghedsskabende adfærd",
        "Bidrag til Delmål 2: Mindre utryghed",
        "Bidrag til Delmål 3: Færre anmeldelser",
    ]
    for row, ini in zip(ws.iter_rows(min_row=2), data.initiatives, strict=True):
        values = [c.value for c in row]
        assert values[:10] == [
            ini.title, ini.focus_area, ini.description, ini.target_group,
            ini.responsible_party, ini.owner, ini.evidence_basis, ini.prevention_kind,
            ini.intervention_type, ini.success_criteria,
        ]  # fmt: skip
        assert (values[10].date() if values[10] else None) == ini.start
        assert values[12] == ini.status
        for contribution in ini.contributions:
            assert values[15 + int(contribution.sub_goal.split()[1].rstrip(":")) - 1] == contribution.how
    tryghed = [c.value for c in ws[2]]
    assert tryghed[17] in (None, "")  # walks do not serve sub-goal 3


def test_formula_like_text_stays_text(book) -> None:
    cell = book["Initiativer"].cell(row=3, column=18)
    assert cell.value == "=Færre indbrud, når naboer holder øje."
    assert cell.data_type == "s"


def test_indicator_sheet_values_and_formats(book) -> None:
    data = progress()
    ws = book["Indikatorer"]
    assert [c.value for c in ws[1]] == INDICATOR_HEADERS
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert len(rows) == len(data.indicators)
    for row, ind in zip(rows, data.indicators, strict=True):
        assert row[0] == ind.name
        assert row[5] == ind.baseline
        assert row[7] == ind.target
        assert row[9] == ind.latest.value
        assert row[10].date() == ind.latest.period
        assert row[11] == pytest.approx(ind.latest.value - ind.baseline)
        assert row[12] == ("Ja" if ind.on_track else "Nej")
    assert rows[0][4] == "Ned er godt" and rows[2][4] == "Op er godt"
    assert ws["F2"].number_format == "#,##0.0"  # percentage with one decimal
    assert ws["F3"].number_format == "#,##0"  # burglary count
    assert ws["G2"].number_format == "dd-mm-yyyy"
    assert ws["L2"].number_format.startswith("+")
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:M4"


def test_on_track_colour_is_conditional_formatting(book) -> None:
    ws = book["Indikatorer"]
    rules = []
    for cf in ws.conditional_formatting:
        assert "J2:J4" in str(cf.sqref) and "M2:M4" in str(cf.sqref)
        rules.extend(cf.rules)
    fills = {r.dxf.fill.bgColor.rgb[-6:] for r in rules}
    assert fills == {"C6EFCE", "FFC7CE"}
    formulas = " ".join(r.formula[0] for r in rules)
    assert '$E2="Op er godt"' in formulas and "$J2>=$H2" in formulas


def test_measurements_long_table(book) -> None:
    data = progress()
    ws = book["Målinger"]
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert len(rows) == sum(len(i.measurements) for i in data.indicators)
    first = data.indicators[0]
    assert rows[0][:5] == (first.name, "Solbakken", datetime(2022, 1, 1), 31.5, 20.0)
    assert ws["C2"].number_format == "dd-mm-yyyy"
    assert ws["D2"].number_format == "#,##0.0"
    assert ws["D14"].number_format == "#,##0"  # first burglary row
    periods = [r[2] for r in rows[:12]]
    assert periods == sorted(periods)


def test_one_line_chart_per_indicator(book) -> None:
    from openpyxl.chart import ScatterChart

    from desktop.exports.chart_spec import indicator_chart_spec

    charts = book["Grafer"]._charts
    assert len(charts) == 3
    assert all(isinstance(c, ScatterChart) for c in charts)  # dated x axis: areas measured on other days fit
    titles = ["".join(r.t for p in c.title.tx.rich.p for r in (p.r or [])) for c in charts]
    assert titles == [i.name for i in progress().indicators]
    refs = [c.series[0].yVal.numRef.f for c in charts]
    assert refs == ["'Målinger'!$D$2:$D$13", "'Målinger'!$D$14:$D$25", "'Målinger'!$D$26:$D$37"]
    assert charts[0].series[1].yVal.numRef.f == "'Målinger'!$E$2:$E$13"
    for chart, ind in zip(charts, progress().indicators, strict=True):  # the spec's axis, as on screen
        spec = indicator_chart_spec(ind)
        assert (chart.y_axis.scaling.min, chart.y_axis.scaling.max) == (spec.y_min, spec.y_max)


def test_print_setup(book) -> None:
    for ws in book.worksheets:
        assert ws.page_setup.orientation == "landscape"
        assert ws.page_setup.fitToWidth >= 1
        assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert book["Indikatorer"].print_title_rows == "$1:$1"


def test_empty_strategy_still_writes(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    data = dataclasses.replace(progress(), initiatives=(), indicators=(), produced=date(2025, 1, 1))
    write_progress_xlsx(data, tmp_path / "tom.xlsx")
    assert load_workbook(tmp_path / "tom.xlsx")["Grafer"]._charts == []


def test_progress_converts_to_pdf(book_path: Path, tmp_path: Path) -> None:
    text = squash(pdf_text(soffice_pdf(book_path, tmp_path)))
    assert "Tryghedsnetværk Solbakken – fremdrift" in text
    assert "Delmål 2: Mindre utryghed" in text
    assert "Registrerede medlemmer af Nabohjælp" in text


def test_failed_write_leaves_nothing(tmp_path: Path, monkeypatch) -> None:
    def boom(self, path):
        Path(path).write_bytes(b"half")
        raise OSError("disk full")

    monkeypatch.setattr("openpyxl.workbook.workbook.Workbook.save", boom)
    with pytest.raises(OSError):
        write_progress_xlsx(progress(), tmp_path / "fremdrift.xlsx")
    assert list(tmp_path.iterdir()) == []


def test_printed_workbook_is_whole_and_readable(tmp_path: Path) -> None:
    """Printing: print areas and repeated headers set, no chart crosses a page break, wide
    sheets spread over pages instead of shrinking, and the converted PDF still holds every
    sub-goal, indicator and column header."""
    from openpyxl import load_workbook

    from desktop.exports.progress_xlsx import CHART_ROWS, CHARTS_PER_PAGE, INDICATOR_HEADERS

    data = progress()
    target = tmp_path / "fremdrift.xlsx"
    write_progress_xlsx(data, target)
    book = load_workbook(target)
    for ws in book.worksheets:
        assert ws.print_area, ws.title
    assert book["Initiativer"].page_setup.fitToWidth > 1  # 15+ columns: two pages wide, not tiny
    assert book["Initiativer"].print_title_cols == "$A:$A"
    assert book["Overblik"].page_setup.fitToWidth == 1
    charts = book["Grafer"]
    breaks = [b.id for b in charts.row_breaks.brk]
    assert len(breaks) == len(data.indicators) // CHARTS_PER_PAGE
    for chart in charts._charts:
        top = chart.anchor._from.row + 1
        bottom = top + CHART_ROWS - 2
        assert not any(top <= b < bottom for b in breaks)  # a break never runs through a chart
    text = squash(pdf_text(soffice_pdf(target, tmp_path)))
    for goal in data.goals:
        for sg in goal.sub_goals:
            assert squash(sg.label) in text
    for ind in data.indicators:
        assert squash(ind.name) in text
    for header in INDICATOR_HEADERS:
        assert squash(header) in text


def test_each_area_is_its_own_chart_series(tmp_path: Path) -> None:
    """Two areas: two series, each over exactly its own area's rows, named after it."""
    from openpyxl import load_workbook
    from test_chart_spec import two_areas

    target = tmp_path / "fremdrift.xlsx"
    write_progress_xlsx(dataclasses.replace(progress(), indicators=(two_areas(),)), target)
    book = load_workbook(target)
    (chart,) = book["Grafer"]._charts
    sheet = book["Målinger"]
    named = {}
    for series in chart.series:
        ref = series.yVal.numRef.f.split("!")[1]
        if not ref.startswith("$D"):
            continue  # the target line
        first, last = (int(part.split("$")[-1]) for part in ref.split(":"))
        named[series.tx.v] = {sheet.cell(row=r, column=2).value for r in range(first, last + 1)}
    assert named == {"Solbakken": {"Solbakken"}, "Engparken": {"Engparken"}}


def test_indicator_sheet_has_each_areas_latest_value(tmp_path: Path) -> None:
    """Two areas measured the same month: one row per area, each with its own latest value, the
    numbers the chart's legend shows (one area's value used to stand for both)."""
    from openpyxl import load_workbook
    from test_chart_spec import two_areas

    from desktop.exports.chart_spec import indicator_chart_spec

    target = tmp_path / "fremdrift.xlsx"
    write_progress_xlsx(dataclasses.replace(progress(), indicators=(two_areas(),)), target)
    ws = load_workbook(target)["Indikatorer"]
    rows = {ws.cell(row=r, column=1).value: ws.cell(row=r, column=10).value for r in range(2, ws.max_row + 1)}
    assert rows == {"Andel trygge beboere – Solbakken": 68.5, "Andel trygge beboere – Engparken": 69.0}
    legend = [e.text for e in indicator_chart_spec(two_areas()).legend][:2]
    assert legend == ["Solbakken: 68,5", "Engparken: 69"]


def _lines(text: str, width: float) -> int:
    """Lines a text needs wrapped at words in a column ``width`` units wide (an Excel width
    unit holds about one character of Calibri 11)."""
    per_line, lines = max(int(width), 1), 0
    for part in text.split("\n"):
        used, lines = 0, lines + 1
        for word in part.split():
            if used and used + 1 + len(word) > per_line:
                lines, used = lines + 1, 0
            used += len(word) + (1 if used else 0)
    return lines


def test_initiatives_sheet_drops_columns_no_one_filled_and_wraps_every_text(tmp_path: Path) -> None:
    """The stress workbook printed 14 columns of headers over nothing (Beskrivelse,
    Målgruppe, ... every "Bidrag til" a sub-goal no initiative serves), and a focus area, a
    party or an owner ran under the next column; long texts lost their last line."""
    from openpyxl import load_workbook
    from openpyxl.utils import get_column_letter

    data = progress()
    long = "Fast kontaktbetjent i beboerhuset hver onsdag, som beboerne kan tale med uden aftale. " * 3
    initiatives = [
        dataclasses.replace(ini, description="", target_group="", success_criteria=long if i == 0 else "")
        for i, ini in enumerate(data.initiatives)
    ]
    target = tmp_path / "fremdrift.xlsx"
    write_progress_xlsx(dataclasses.replace(data, initiatives=tuple(initiatives)), target)
    ws = load_workbook(target)["Initiativer"]
    headers = [c.value for c in ws[1]]
    assert "Beskrivelse" not in headers and "Målgruppe" not in headers
    assert "Succeskriterier" in headers and "Initiativ" in headers
    for column, header in enumerate(headers, start=1):
        values = [ws.cell(row=r, column=column).value for r in range(2, ws.max_row + 1)]
        assert any(v not in (None, "") for v in values), f"{header} is empty in every row"
        for row, value in enumerate(values, start=2):
            if isinstance(value, str) and value:
                cell = ws.cell(row=row, column=column)
                assert cell.alignment.wrap_text, (header, value)
                width = ws.column_dimensions[get_column_letter(column)].width
                height = ws.row_dimensions[row].height or 15
                assert height >= 15 * _lines(value, width), (header, value)


def test_an_empty_partnership_workbook_says_what_is_missing_under_each_header(tmp_path: Path) -> None:
    """A new partnership's workbook printed header bars over nothing on every sheet (and the
    Initiativer sheet kept its columns only by luck): each empty sheet now says so."""
    from openpyxl import load_workbook

    data = dataclasses.replace(progress(), goals=(), initiatives=(), indicators=(), produced=date(2025, 1, 1))
    write_progress_xlsx(data, tmp_path / "tom.xlsx")
    book = load_workbook(tmp_path / "tom.xlsx")
    notes = {
        "Overblik": ("Overordnet mål", "Strategien har endnu ingen delmål og ingen initiativer."),
        "Initiativer": ("Initiativ", "Ingen initiativer endnu."),
        "Indikatorer": ("Indikator", "Ingen indikatorer endnu."),
        "Målinger": ("Indikator", "Ingen målinger endnu."),
    }
    for sheet, (first, note) in notes.items():
        header = _header_row(book[sheet], first)
        assert book[sheet].cell(row=header + 1, column=1).value == note, sheet
    assert [c.value for c in book["Initiativer"][1]][:3] == ["Initiativ", "Fokusområde", "Beskrivelse"]
    assert "Ingen målinger endnu" in (book["Grafer"].cell(row=3, column=1).value or "")
