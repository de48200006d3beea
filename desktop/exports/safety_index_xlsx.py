"""The progress workbook's "Tryghedsindeks" sheet: the table, the method, a chart per area."""

from __future__ import annotations

from typing import Any

from desktop.exports import xlsx_util
from desktop.exports.data import SafetyIndexData

HEAD = (
    "Område",
    "Periode",
    "Oplevet tryghed",
    "Anmeldelser til politiet",
    "Tryghedsindeks",
    "n",
    "Bemærkning",
)


def write_index_sheet(ws: Any, data: SafetyIndexData) -> None:
    """Method on top (as on screen), then one row per area and period, then the charts."""
    from openpyxl.styles import Alignment, Font

    ws["A1"] = "Tryghedsindeks"
    ws["A1"].font = Font(name="Calibri", bold=True, size=14)
    ws["A2"] = "Metode: " + data.method
    ws["A2"].alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells("A2:G2")
    ws.row_dimensions[2].height = 90
    row = 3
    for note in data.notes:
        ws.cell(row=row, column=1, value="Bemærk: " + note)
        row += 1
    first = row + 1
    for col, text in enumerate(HEAD, start=1):
        ws.cell(row=first, column=col, value=text).font = Font(name="Calibri", bold=True)
    for k, r in enumerate(data.rows, start=first + 1):
        marks = ["Reference (= 100)"] if r.is_reference else []
        ws.cell(row=k, column=1, value=r.area)
        ws.cell(row=k, column=2, value=r.period)
        for col, value in ((3, r.experienced_safety), (4, r.police_reports), (5, r.index)):
            cell = ws.cell(row=k, column=col, value=None if value is None else round(value, 1))
            cell.number_format = "0.0"
        ws.cell(row=k, column=6, value=r.respondents)
        ws.cell(row=k, column=7, value=" ".join([*marks, *r.warnings]))
    for letter, width in zip("ABCDEFG", (24, 18, 16, 22, 16, 8, 60), strict=True):
        ws.column_dimensions[letter].width = width
    _charts(ws, data, first, first + len(data.rows) + 2)


def _charts(ws: Any, data: SafetyIndexData, head_row: int, below: int) -> None:
    """A native line chart per area: its index and the reference area's, period by period."""
    from openpyxl.chart import LineChart, Reference

    reference = [r for r in data.rows if r.is_reference]
    areas = list(dict.fromkeys(r.area for r in data.rows if not r.is_reference))
    periods = list(dict.fromkeys(r.period for r in sorted(data.rows, key=lambda r: r.period_start)))
    if not areas or not periods:
        return
    # a small helper block the charts read: period, the area's index, the reference's index
    col0 = 10
    ref_by_period = {r.period: r.index for r in reference}
    for n, area in enumerate(areas):
        top = head_row + n * (len(periods) + 2)
        by_period = {r.period: r.index for r in data.rows if r.area == area}
        ws.cell(row=top, column=col0, value="Periode")
        ws.cell(row=top, column=col0 + 1, value=area)
        ws.cell(row=top, column=col0 + 2, value=data.reference_area or "Reference")
        for k, period in enumerate(periods, start=top + 1):
            ws.cell(row=k, column=col0, value=period)
            value = by_period.get(period)
            ws.cell(row=k, column=col0 + 1, value=None if value is None else round(value, 1))
            ref = ref_by_period.get(period)
            ws.cell(row=k, column=col0 + 2, value=None if ref is None else round(ref, 1))
        chart = LineChart()
        chart.title = f"Tryghedsindeks – {area}"
        chart.y_axis.title = "Indeks (reference = 100)"
        chart.x_axis.title = "Periode"
        chart.height, chart.width = 7.5, 15
        assert chart.legend is not None  # a new chart has one
        chart.legend.position = "b"
        chart.x_axis.delete = False
        chart.y_axis.delete = False
        end = top + len(periods)
        chart.add_data(
            Reference(ws, min_col=col0 + 1, max_col=col0 + 2, min_row=top, max_row=end), titles_from_data=True
        )
        chart.set_categories(Reference(ws, min_col=col0, min_row=top + 1, max_row=end))
        chart.series[0].marker.symbol = "circle"
        chart.series[1].graphicalProperties.line.dashStyle = "dash"
        ws.add_chart(chart, f"A{below + n * 16}")
    xlsx_util.print_setup(ws)
