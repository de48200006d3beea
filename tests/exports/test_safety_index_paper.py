"""The tryghedsindeks on paper: its own sheet in the progress workbook, the meeting pack, the report."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import office_samples
import sample_data
from office_readback import docx_text
from pdf_helpers import all_text

from desktop.exports.data import SafetyIndexData
from desktop.exports.meeting_pack import write_meeting_pack_pdf
from desktop.exports.progress_xlsx import write_progress_xlsx
from desktop.exports.safety_report_docx import write_safety_report_docx
from desktop.models.enums import Direction, IndexComponent, IndexPeriod
from desktop.models.safety_index import PartSeries, PartValue, compute_index, method_text


def index_data() -> SafetyIndexData:
    values = {("Kommunen", 2024): (80, 40), ("Kommunen", 2025): (80, 40),
              ("Sjælør", 2024): (60, 80), ("Sjælør", 2025): (68, 64)}  # fmt: skip
    exp = PartSeries("Trygge", IndexComponent.EXPERIENCED_SAFETY, Direction.UP, "procent",
                     [PartValue(date(y, 5, 1), e, a, 80) for (a, y), (e, _p) in values.items()])  # fmt: skip
    pol = PartSeries("Anmeldelser", IndexComponent.POLICE_REPORTS, Direction.DOWN, "antal",
                     [PartValue(date(y, 5, 1), p, a) for (a, y), (_e, p) in values.items()])  # fmt: skip
    result = compute_index([exp, pol], reference_area="Kommunen", experienced_weight=2 / 3)
    method = method_text("Kommunen", 2 / 3, IndexPeriod.YEAR)
    return SafetyIndexData(method, "Kommunen", tuple(result.rows), tuple(result.notes))


def test_progress_workbook_has_an_index_sheet_with_table_and_chart(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    target = tmp_path / "fremdrift.xlsx"
    write_progress_xlsx(replace(office_samples.progress(), safety_index=index_data()), target)
    ws = load_workbook(target)["Tryghedsindeks"]
    assert ws["A2"].value.startswith("Metode: Tryghedsindeks = 2/3 × oplevet tryghed")
    rows = [[c.value for c in r[:6]] for r in ws.iter_rows(min_row=4, max_row=8)]
    assert ["Sjælør", "2024", 75, 50, 66.7, 80] in rows  # 60/80, 40/80, 2/3·75 + 1/3·50
    assert ["Kommunen", "2025", 100, 100, 100, 80] in rows
    assert len(ws._charts) == 1  # one area against the reference


def test_meeting_pack_and_safety_report_show_the_index_and_its_method(tmp_path: Path) -> None:
    pack = sample_data.meeting_pack()
    pack = replace(pack, progress=replace(pack.progress, safety_index=index_data()))
    pdf = tmp_path / "mappe.pdf"
    write_meeting_pack_pdf(pack, pdf)
    text = " ".join(all_text(pdf).split())
    assert "Tryghedsindeks" in text and "reference ÷ område × 100" in text
    assert "66,7" in text and "Kun 80 besvarelser" in text

    docx = tmp_path / "rapport.docx"
    write_safety_report_docx(replace(office_samples.safety_report(), safety_index=index_data()), docx)
    words = docx_text(docx)
    assert "Metode: Tryghedsindeks = 2/3 × oplevet tryghed" in words and "Sjælør" in words


def test_n_and_remarks_are_printed_only_when_a_row_has_them(tmp_path: Path) -> None:
    """The demo report's index table had "n" and "Bemærkning" empty in every row."""
    from docx import Document
    from office_readback import table_rows

    bare = index_data()
    bare = replace(bare, rows=tuple(replace(r, respondents=None, warnings=()) for r in bare.rows))
    for data, head in (
        (bare, ["Område", "Periode", "Oplevet tryghed", "Anmeldelser", "Indeks"]),
        (index_data(), ["Område", "Periode", "Oplevet tryghed", "Anmeldelser", "Indeks", "n", "Bemærkning"]),
    ):
        docx = tmp_path / "rapport.docx"
        write_safety_report_docx(replace(office_samples.safety_report(), safety_index=data), docx)
        table = next(t for t in Document(str(docx)).tables if table_rows(t)[0][:2] == ["Område", "Periode"])
        assert table_rows(table)[0] == head
        pack = sample_data.meeting_pack()
        pdf = tmp_path / "mappe.pdf"
        write_meeting_pack_pdf(replace(pack, progress=replace(pack.progress, safety_index=data)), pdf)
        assert ("Indeks n Bemærkning" in " ".join(all_text(pdf).split())) == (len(head) == 7)
