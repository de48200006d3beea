"""Journey: a partnership workbook out through Filer → Eksportér arbejdsbog…, edited, and back in.

The secretariat exports the partnership from the window, corrects the area and an indicator in Excel, adds an
indicator and deletes a phase step; the window shows per sheet what will be created, changed
and deleted before anything is saved, names a bad cell by sheet, row and column, and after
Importér the screens show the change.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPushButton, QTreeWidget

from tests.journeys.conftest import Journey
from tests.journeys.printing_steps import answer_file_dialog, choose_partnership

NAME = "Tryghedsnetværk Solbakken"


def _cell(ws, header: str, row: int):  # type: ignore[no-untyped-def]
    headers = [c.value for c in ws[1]]
    return ws.cell(row=row, column=headers.index(header) + 1)


def _edit(path: Path, *, indicator_name: str) -> None:
    """What a user does in Excel: change the area and an indicator's name, add an indicator,
    delete the last phase step."""
    wb = openpyxl.load_workbook(path)
    _cell(wb["Partnerskab"], "area", 2).value = "Solbakken og Engparken"
    indicators = wb["Indikatorer"]
    _cell(indicators, "name", 2).value = indicator_name
    added = [c.value for c in indicators[2]]
    added[[c.value for c in indicators[1]].index("id")] = None
    added[[c.value for c in indicators[1]].index("name")] = "Oplevet tryghed"
    indicators.append(added)
    steps = wb["Faseskridt"]
    steps.delete_rows(steps.max_row)
    wb.save(path)


def _dialog(journey: Journey) -> QDialog:
    journey.wait_until(
        lambda: [d for d in journey.window.findChildren(QDialog, "workbookImportDialog") if d.isVisible()]
    )
    return next(d for d in journey.window.findChildren(QDialog, "workbookImportDialog") if d.isVisible())


def _preview(journey: Journey, dialog: QDialog) -> dict[str, tuple[str, ...]]:
    """Click Vis ændringer and read the tree: sheet -> (new, changed, deleted, lines…)."""
    with journey.qtbot.waitSignal(dialog.answered, timeout=30_000):  # type: ignore[attr-defined]
        journey.click(journey.find(QPushButton, "previewWorkbook", dialog), settle=False)
    journey.settle()
    tree = journey.find(QTreeWidget, "workbookPreview", dialog)
    shown = {}
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        lines = tuple(item.child(j).text(0) for j in range(item.childCount()))
        shown[item.text(0)] = (item.text(1), item.text(2), item.text(3), *lines)
    return shown


def test_an_edited_workbook_is_previewed_per_sheet_and_imported(journey: Journey, tmp_path: Path) -> None:
    services = journey.window.services
    assert services is not None
    pid = services.partnerships.create(NAME, area="Solbakken")
    services.indicators.create(pid, "Anmeldte indbrud", unit="antal")
    steps = len(services.partnerships.get(pid).steps)

    # -- Filer → Eksportér arbejdsbog… for the toolbar's partnership ------------------------
    choose_partnership(journey, NAME)
    exported = tmp_path / "Solbakken.xlsx"
    answered = answer_file_dialog(journey, exported)
    journey.menu("Filer", "Eksportér arbejdsbog…")
    journey.wait_until(lambda: "Arbejdsbogen er gemt" in journey.window.statusBar().currentMessage())
    assert answered == ["Eksportér arbejdsbog"] and exported.exists()
    bad, path = tmp_path / "med fejl.xlsx", tmp_path / "rettet.xlsx"
    shutil.copy(exported, bad)
    shutil.copy(exported, path)

    # -- a bad cell first: named by sheet, row and column; nothing can be imported -----------
    _edit(bad, indicator_name="")
    journey.menu("Filer", "Importér arbejdsbog…")
    dialog = _dialog(journey)
    journey.type_into(journey.find(QLineEdit, "workbookPath", dialog), str(bad))
    assert _preview(journey, dialog) == {}
    error = dialog.error.text()  # type: ignore[attr-defined]
    assert dialog.error.isVisible()  # type: ignore[attr-defined]
    # the column as the sheet heads it and as the forms call it
    assert error.startswith("Ark »Indikatorer«, række 2, kolonne") and "»name« (navn)" in error, error
    assert not journey.find(QPushButton, "importWorkbook", dialog).isEnabled()

    # -- corrected in Excel: the preview lists the changes per sheet -------------------------
    _edit(path, indicator_name="Anmeldte indbrud i alt")
    journey.type_into(journey.find(QLineEdit, "workbookPath", dialog), str(path))
    shown = _preview(journey, dialog)
    assert not dialog.error.isVisible()  # type: ignore[attr-defined]
    headline = journey.find(QLabel, "workbookHeadline", dialog).text()
    assert headline == f"Partnerskabet »{NAME}« opdateres."
    assert shown["Partnerskab"][:3] == ("0", "1", "0")
    assert shown["Indikatorer"][:3] == ("1", "1", "0")
    assert shown["Faseskridt"][:3] == ("0", "0", "1")
    assert any("navn → Anmeldte indbrud i alt" in line for line in shown["Indikatorer"][3:])
    assert any("område → Solbakken og Engparken" in line for line in shown["Partnerskab"][3:])
    journey.screenshot("arbejdsbog-forhaandsvisning", dialog)
    assert services.indicators.list(pid)[0].name == "Anmeldte indbrud"  # the preview saved nothing

    # -- Importér: one transaction, and the screens show it ----------------------------------
    with journey.qtbot.waitSignal(dialog.answered, timeout=30_000):  # type: ignore[attr-defined]
        journey.click(journey.find(QPushButton, "importWorkbook", dialog), settle=False)
    journey.settle()
    assert journey.find(QLabel, "workbookHeadline", dialog).text() == f"Partnerskabet »{NAME}« er opdateret."
    close = journey.find(QPushButton, "cancelWorkbook", dialog)
    assert close.text() == "Luk"
    journey.click(close)
    journey.wait_until(
        lambda: not [d for d in journey.window.findChildren(QDialog, "workbookImportDialog") if d.isVisible()]
    )
    assert sorted(i.name for i in services.indicators.list(pid)) == [
        "Anmeldte indbrud i alt",
        "Oplevet tryghed",
    ]
    detail = services.partnerships.get(pid)
    assert detail.area == "Solbakken og Engparken" and len(detail.steps) == steps - 1
    journey.go_to("indicators")
    from PySide6.QtWidgets import QAbstractItemView

    def shown_texts() -> str:
        views = journey.window.screens["indicators"].findChildren(QAbstractItemView)
        return " ".join(
            str(v.model().index(r, 0).data() or "")
            for v in views
            if v.model() is not None
            for r in range(v.model().rowCount())
        )

    journey.wait_until(lambda: "Anmeldte indbrud i alt" in shown_texts())
