"""Strategy progress workbook: sub-goals, initiative documents, indicators, measurements.

For steering groups that report to politicians and want to sort, filter and reuse the
numbers in Excel. Charts are native Excel charts over the "Målinger" sheet, so they
update if the user corrects a value.
"""

from __future__ import annotations

import math
import os
from collections.abc import Sequence
from datetime import date
from typing import Any

from desktop.exports import xlsx_util
from desktop.exports.chart_spec import TARGET_COLOUR, indicator_chart_spec
from desktop.exports.data import IndicatorData, InitiativeData, ProgressData, SubGoalData
from desktop.exports.files import atomic_output
from desktop.exports.xlsx_util import DATE_FORMAT, put
from desktop.formatting import round_half_up, short_date

ON_TRACK_FILL = "C6EFCE"
OFF_TRACK_FILL = "FFC7CE"
GAP_FILL = "FFEB9C"
_DIRECTION = {"up": "Op er godt", "down": "Ned er godt"}


def _all_sub_goals(data: ProgressData) -> list[SubGoalData]:
    return [sg for goal in data.goals for sg in goal.sub_goals]


def write_progress_xlsx(data: ProgressData, target: str | os.PathLike[str]) -> None:
    """Write the four sheets and one line chart per indicator to ``target``."""
    from openpyxl import Workbook

    wb = Workbook()
    overview: Any = wb.active  # a new workbook has its sheet
    overview.title = "Overblik"
    _overview(overview, data)
    _initiatives(wb.create_sheet("Initiativer"), data)
    _indicators(wb.create_sheet("Indikatorer"), data)
    ranges = _measurements(wb.create_sheet("Målinger"), data)
    _charts(wb.create_sheet("Grafer"), data.indicators, ranges)
    if data.safety_index is not None:
        from desktop.exports.safety_index_xlsx import write_index_sheet

        write_index_sheet(wb.create_sheet("Tryghedsindeks"), data.safety_index)
    for ws in wb.worksheets:
        xlsx_util.print_setup(ws)
        _readable_width(ws)
        xlsx_util.footer(ws, f"{data.partnership} · {ws.title} · {short_date(data.produced)}")
    wb.properties.creator = "Fodslag"
    wb.properties.title = f"Fremdrift – {data.strategy}"
    with atomic_output(target) as tmp:
        wb.save(tmp)


def _overview(ws: Any, data: ProgressData) -> None:
    """One row per (sub-goal, initiative); a sub-goal without initiatives is a marked gap."""
    from openpyxl.styles import Font, PatternFill

    start = xlsx_util.title_block(
        ws,
        [
            (f"{data.partnership} – fremdrift", None),
            ("Strategi", data.strategy),
            ("Vision", data.vision),
            ("Udarbejdet", data.produced),
        ],
    )
    rows: list[list[Any]] = []
    gaps: list[int] = []
    for goal in data.goals:
        for sg in goal.sub_goals:
            serving = [i for i in data.initiatives if i.serves(sg)]
            if not serving:
                gaps.append(len(rows))
                rows.append([goal.title, sg.label, "Intet initiativ – hul i strategien",
                             "", "", "", None])  # fmt: skip
            for ini in serving:
                rows.append([goal.title, sg.label, ini.title, ini.focus_area,
                             ini.status, ini.responsible_party, ini.approved_on])  # fmt: skip
    known = _all_sub_goals(data)
    for ini in data.initiatives:
        if not any(ini.serves(sg) for sg in known):
            gaps.append(len(rows))
            rows.append(["", "Uden delmål – kan ikke godkendes", ini.title, ini.focus_area,
                         ini.status, ini.responsible_party, ini.approved_on])  # fmt: skip
    first, _ = xlsx_util.write_table(
        ws,
        ["Overordnet mål", "Delmål", "Initiativ", "Fokusområde", "Status", "Ansvarlig part",
         "Godkendt"],
        rows,
        start_row=start,
        formats={6: DATE_FORMAT},
        widths=[34, 36, 36, 20, 12, 16, 12],
        wrap=(0, 1, 2, 3, 4, 5),  # a long focus area, status or party wraps, never clipped
        empty_note="Strategien har endnu ingen delmål og ingen initiativer.",
    )  # fmt: skip
    gap_fill = PatternFill("solid", fgColor=GAP_FILL)
    for index in gaps:
        for col in range(1, 8):
            ws.cell(row=first + index, column=col).fill = gap_fill
        ws.cell(row=first + index, column=3).font = Font(name="Calibri", bold=True)
    ws.column_dimensions["A"].width = 34


def _contribution_columns(data: ProgressData) -> list[tuple[int | None, str]]:
    """One column per sub-goal (its id and label), then one per sub-goal outside the
    strategy's tree that an initiative still names."""
    columns = {sg.id: sg.label for sg in _all_sub_goals(data)}
    for ini in data.initiatives:
        for c in ini.contributions:
            columns.setdefault(c.sub_goal_id, c.sub_goal)
    return list(columns.items())


def _contribution(ini: InitiativeData, sub_goal_id: int | None) -> str:
    return "\n".join(c.how for c in ini.contributions if c.sub_goal_id == sub_goal_id)


def _initiatives(ws: Any, data: ProgressData) -> None:
    """Every field of the initiative document, one initiative per row."""
    columns = _contribution_columns(data)
    headers = ["Initiativ", "Fokusområde", "Beskrivelse", "Målgruppe", "Ansvarlig part", "Ejer",
               "Evidensgrundlag", "Forebyggelse", "Interventionstype", "Succeskriterier", "Start",
               "Slut", "Status", "Godkendt", "Godkendt på møde"]  # fmt: skip
    fixed = len(headers)
    headers += [f"Bidrag til {label}" for _id, label in columns]
    rows = [
        [ini.title, ini.focus_area, ini.description, ini.target_group, ini.responsible_party,
         ini.owner, ini.evidence_basis, ini.prevention_kind, ini.intervention_type,
         ini.success_criteria, ini.start, ini.end, ini.status, ini.approved_on,
         ini.approved_at_meeting]
        + [_contribution(ini, sub_goal_id) for sub_goal_id, _label in columns]
        for ini in data.initiatives
    ]  # fmt: skip
    widths = [26, 16, 34, 18, 12, 18, 16, 12, 18, 28, 11, 11, 10, 11, 22]
    widths += [30] * len(columns)
    # every text column wraps (a focus area, a party or an owner was cut off at the next
    # column), and a column no initiative fills is left out (the stress set printed 14 of them)
    headers, rows, formats, kept_widths, wrap = xlsx_util.drop_empty_columns(
        headers,
        rows,
        formats={10: DATE_FORMAT, 11: DATE_FORMAT, 13: DATE_FORMAT},
        widths=widths,
        wrap=(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 14, *range(fixed, len(headers))),
    )
    xlsx_util.write_table(
        ws,
        headers,
        rows,
        formats=formats,
        widths=kept_widths,
        wrap=wrap,
        empty_note="Ingen initiativer endnu.",
    )


INDICATOR_HEADERS = ["Indikator", "Knyttet til", "Enhed", "Kilde", "Retning", "Nulpunkt",
                     "Nulpunktsdato", "Mål", "Måldato", "Seneste", "Seneste måling",
                     "Udvikling siden nulpunkt", "På sporet"]  # fmt: skip


def _indicators(ws: Any, data: ProgressData) -> None:
    """Baseline, target, latest and trend; green/red via conditional formatting.

    The colour rules compare the cells themselves, so the colour follows if a user
    corrects a figure in Excel.
    """
    from openpyxl.formatting.rule import FormulaRule
    from openpyxl.styles import PatternFill

    rows = []
    row_indicators: list[IndicatorData] = []  # the indicator of each row (an area a row)
    formats: dict[int, str] = {6: DATE_FORMAT, 8: DATE_FORMAT, 10: DATE_FORMAT}
    for ind in data.indicators:
        # one row per area, read from the chart spec: the sheet's latest value is the chart's
        # (ind.latest picked one area arbitrarily when several were measured the same month)
        spec = indicator_chart_spec(ind)
        for series in spec.series or (None,):
            several = series is not None and len(spec.series) > 1
            name = f"{ind.name} – {series.name}" if several and series is not None else ind.name
            row_indicators.append(ind)
            latest = series.latest if series is not None else None
            value = float(round_half_up(latest[1], 2)) if latest else None  # as the legend writes it
            trend = value - ind.baseline if value is not None and ind.baseline is not None else None
            on_track = series.on_track if series is not None else None
            rows.append([name, ind.linked_to, ind.unit, ind.source, _DIRECTION.get(ind.direction,
                         ind.direction), ind.baseline, ind.baseline_date, ind.target, ind.target_date,
                         value, latest[0] if latest else None, trend,
                         "–" if on_track is None else ("Ja" if on_track else "Nej")])  # fmt: skip
    first, last = xlsx_util.write_table(
        ws,
        INDICATOR_HEADERS,
        rows,
        formats=formats,
        widths=[40, 32, 9, 28, 13, 11, 13, 11, 13, 11, 14, 14, 10],
        wrap=(0, 1, 2, 3, 4),
        empty_note="Ingen indikatorer endnu.",
    )
    # Per-row number formats: counts without decimals, rates with one.
    for row_no, ind in zip(range(first, last + 1), row_indicators, strict=True):
        values = [ind.baseline, ind.target, *(m.value for m in ind.measurements)]
        fmt = xlsx_util.number_format_for(values)
        for col in (6, 8, 10):
            ws.cell(row=row_no, column=col).number_format = fmt
        ws.cell(row=row_no, column=12).number_format = f"+{fmt};-{fmt};{fmt}"
    if last < first:
        return
    good = f'AND(ISNUMBER($J{first}),ISNUMBER($H{first}),IF($E{first}="Op er godt",$J{first}>=$H{first},$J{first}<=$H{first}))'  # noqa: E501
    bad = f'AND(ISNUMBER($J{first}),ISNUMBER($H{first}),IF($E{first}="Op er godt",$J{first}<$H{first},$J{first}>$H{first}))'  # noqa: E501
    area = f"J{first}:J{last} M{first}:M{last}"
    ws.conditional_formatting.add(
        area, FormulaRule(formula=[good], fill=PatternFill("solid", bgColor=ON_TRACK_FILL))
    )
    ws.conditional_formatting.add(
        area, FormulaRule(formula=[bad], fill=PatternFill("solid", bgColor=OFF_TRACK_FILL))
    )


MEASUREMENT_HEADERS = ["Indikator", "Område", "Periode", "Værdi", "Mål", "Enhed", "Respondenter"]


def _measurements(ws: Any, data: ProgressData) -> list[tuple[int, int]]:
    """Long table, grouped by indicator and sorted by period; returns each block's rows."""
    rows: list[list[Any]] = []
    blocks: list[tuple[int, int]] = []
    first = 2
    for ind in data.indicators:
        # an area's rows together, in the chart's series order, so each series is one range
        order = {series.area: i for i, series in enumerate(indicator_chart_spec(ind).series)}
        ordered = sorted(ind.measurements, key=lambda m: (order[m.area or ""], m.period))
        start = first + len(rows)
        for m in ordered:
            rows.append([ind.name, m.area, m.period, m.value, ind.target, ind.unit,
                         m.respondents])  # fmt: skip
        blocks.append((start, first + len(rows) - 1))
    xlsx_util.write_table(
        ws,
        MEASUREMENT_HEADERS,
        rows,
        formats={2: DATE_FORMAT},
        widths=[44, 16, 13, 11, 11, 9, 13],
        wrap=(0, 1, 5),
        empty_note="Ingen målinger endnu.",
    )
    for ind, (start, end) in zip(data.indicators, blocks, strict=True):
        fmt = xlsx_util.number_format_for([ind.target, *(m.value for m in ind.measurements)])
        for row in range(start, end + 1):
            ws.cell(row=row, column=4).number_format = fmt
            ws.cell(row=row, column=5).number_format = fmt
            ws.cell(row=row, column=7).number_format = xlsx_util.INTEGER_FORMAT
    return blocks


#: rows one chart takes on "Grafer" and charts per printed page (landscape A4): a page
#: break falls between charts, never through one
CHART_ROWS = 16
CHARTS_PER_PAGE = 2


def _charts(ws: Any, indicators: Sequence[IndicatorData], blocks: list[tuple[int, int]]) -> None:
    """A native chart per indicator drawn from the chart spec: a line per area, the target,
    the spec's y axis; two per printed page, each wholly on its page."""
    from openpyxl.chart import Reference, ScatterChart, Series
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.pagebreak import Break

    put(ws, 1, 1, "Udvikling pr. indikator (data fra arket Målinger)")
    if not any(end >= start for start, end in blocks):
        put(ws, 3, 1, "Ingen målinger endnu: graferne kommer, når der er målt.")
    source = ws.parent["Målinger"]
    placed = 0
    for ind, (start, end) in zip(indicators, blocks, strict=True):
        if end < start:
            continue
        spec = indicator_chart_spec(ind)
        chart = ScatterChart()
        chart.style = 13
        chart.scatterStyle = "lineMarker"
        chart.title = ind.name
        chart.y_axis.title = ind.unit
        chart.x_axis.number_format = DATE_FORMAT
        chart.y_axis.number_format = xlsx_util.number_format_for(m.value for m in ind.measurements)
        chart.y_axis.scaling.min, chart.y_axis.scaling.max = spec.y_min, spec.y_max
        if len(spec.y_ticks) > 1:
            chart.y_axis.majorUnit = (spec.y_max - spec.y_min) / (len(spec.y_ticks) - 1)
        chart.x_axis.scaling.min, chart.x_axis.scaling.max = _excel_day(spec.x_first), _excel_day(spec.x_last)
        chart.height, chart.width = 7.5, 24
        assert chart.legend is not None  # a new chart has one
        chart.legend.position = "b"
        chart.x_axis.delete = False  # openpyxl hides axes by default; Excel then shows no scale
        chart.y_axis.delete = False
        row = start
        for series_spec in spec.series:  # the block is sorted by area: each area's rows are together
            count = len(series_spec.points)
            xs = Reference(source, min_col=3, min_row=row, max_row=row + count - 1)
            ys = Reference(source, min_col=4, min_row=row, max_row=row + count - 1)
            series = Series(ys, xs, title=series_spec.name)
            series.graphicalProperties.line.solidFill = series_spec.colour.lstrip("#")
            series.smooth = False  # measured points joined straight, as on screen
            series.marker.symbol = "circle"
            series.marker.graphicalProperties.solidFill = series_spec.colour.lstrip("#")
            chart.series.append(series)
            if ind.target is not None and series_spec is spec.series[0]:
                target = Series(
                    Reference(source, min_col=5, min_row=row, max_row=row + count - 1), xs, title="Mål"
                )
                target.graphicalProperties.line.dashStyle = "dash"
                target.graphicalProperties.line.solidFill = TARGET_COLOUR.lstrip("#")
                target.marker.symbol = "none"
                target.smooth = False
                target_series = target
            row += count
        if ind.target is not None:
            chart.series.append(target_series)
        top = 3 + placed * CHART_ROWS
        ws.add_chart(chart, f"A{top}")
        placed += 1
        if placed % CHARTS_PER_PAGE == 0:
            ws.row_breaks.append(Break(id=top + CHART_ROWS - 1))
    ws.print_area = f"A1:P{max(3 + placed * CHART_ROWS, 2)}"
    for col in range(1, 17):
        ws.column_dimensions[get_column_letter(col)].width = 9.5


def _excel_day(ordinal: int) -> int:
    """A date ordinal as Excel's serial day number (1899-12-30 is day 0)."""
    return ordinal - date(1899, 12, 30).toordinal()


#: widest a sheet may print on one landscape page before the text gets too small to read
#: (Excel width units at about 60 % scale)
_PAGE_WIDTH_UNITS = 230


def _readable_width(ws: Any) -> None:
    """Fit a sheet on as few pages wide as keep the text readable; a wide sheet repeats its
    first column on every page, so each printed row still says what it is."""
    from openpyxl.utils import get_column_letter

    if ws.title == "Grafer":
        return
    last = ws.max_column
    for col in range(1, last + 1):  # a header word is never cut or broken: widths from content
        for row in range(1, min(ws.max_row, 8) + 1):
            cell = ws.cell(row=row, column=col)
            if cell.font is not None and cell.font.b and isinstance(cell.value, str):
                longest = max((len(w) for w in cell.value.split()), default=0)
                dimension = ws.column_dimensions[get_column_letter(col)]
                dimension.width = max(dimension.width or 8.43, longest * 1.2 + 2)
    total = sum(ws.column_dimensions[get_column_letter(c)].width or 8.43 for c in range(1, last + 1))
    pages = max(1, math.ceil(total / _PAGE_WIDTH_UNITS))
    ws.page_setup.fitToWidth = pages
    ws.print_area = f"A1:{get_column_letter(last)}{max(ws.max_row, 1)}"
    if pages > 1:
        ws.print_title_cols = "A:A"


def _series_title(text: str) -> Any:
    from openpyxl.chart.series import SeriesLabel

    return SeriesLabel(v=text)
