"""Journey: organisations and contacts from an empty database: create, edit, search, import.

Everything by mouse and keyboard in the Danish window at 1280×800: an organisation, two
contacts with long Danish names (phone, e-mail, faggruppe), an edit, the searches people
type in ASCII ("moller", "aeroe", "aa") and by e-mail domain, and an import of a CSV file
as Danish Excel writes it (cp1252, ';', CRLF) through Filer → Importér kontakter….
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QWizard,
)

from tests.journeys.conftest import Journey

SOEREN = "Søren Kierkegaard-Østergård"
AASE = "Åse Ærøskøbing-Møller"

#: as Excel saves "CSV (semikolonsepareret)" on a Danish Windows: cp1252, ';' and CRLF;
#: Jens Ølgaard's phone number is a typo (too few digits)
EXCEL_CSV = (
    "Navn;Titel;Organisation;Faggruppe;Telefon;E-mail\r\n"
    "Mette Højgaard;SSP-konsulent;Aarhus Kommune;SSP-konsulent;30 11 22 33;mette.hoejgaard@aarhus.dk\r\n"
    "Bjørn Ærenlund;Ejendomsfunktionær;Boligforeningen Ringgården;Ejendomsfunktionær;+45 40 50 60 70;"
    "bjoern@ringgaarden.dk\r\n"
    "Jens Ølgaard;Gadeplansmedarbejder;Aarhus Kommune;Gadeplansmedarbejder;12 34;jens.oelgaard@aarhus.dk\r\n"
)


def _names(journey: Journey) -> list[str]:
    """The names the contact list shows now (the rows fetched so far)."""
    table = journey.find(QTableView, "contactTable")
    model = table.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def _search(journey: Journey, text: str) -> list[str]:
    """Type into the search field as a user does and wait for the list to answer."""
    screen = journey.window.screens["contacts"]
    journey.type_into(journey.find(QLineEdit, "contactSearch"), text)
    journey.wait_until(
        lambda: screen.contact_model.current_filter.text == text and not screen._debounce.isActive()  # type: ignore[attr-defined]
    )
    journey.settle(60)
    return _names(journey)


def _choose(journey: Journey, combo: QComboBox, typed: str) -> None:
    """Pick the combo box entry that starts with ``typed``: open the list, arrow to it, Enter.
    (Typing its first letters into the closed combo is Qt's keyboard search, which restarts
    when the keys come slower than 400 ms apart: on a loaded machine it picked nothing.)"""
    entries = [combo.itemText(i) for i in range(combo.count())]
    entry = next((e for e in entries if e.lower().startswith(typed.lower())), None)
    assert entry is not None, entries
    journey.choose(combo, entry)


def _new_contact(
    journey: Journey, name: str, title: str, trade: str, phone: str, email: str, *, typo: str = ""
) -> None:
    journey.click(journey.find(QPushButton, "newContact"))
    journey.type_into(journey.find(QLineEdit, "contact_name"), name)
    journey.type_into(journey.find(QLineEdit, "contact_title"), title)
    _choose(journey, journey.find(QComboBox, "contact_organisation"), "Aarhus")
    _choose(journey, journey.find(QComboBox, "contact_trade"), trade)
    journey.type_into(journey.find(QLineEdit, "contact_email"), email)
    if typo:  # a phone number mistyped first: refused at the field, nothing typed is lost
        journey.type_into(journey.find(QLineEdit, "contact_phone"), typo)
        journey.click(journey.find(QPushButton, "saveContact"))
        assert "Gemt" not in journey.find(QLabel, "contactStatus").text()  # not the last save's
        assert journey.find(QLineEdit, "contact_name").text() == name and name not in _names(journey)
    journey.type_into(journey.find(QLineEdit, "contact_phone"), phone)
    journey.click(journey.find(QPushButton, "saveContact"))
    journey.wait_until(lambda: name in _names(journey))
    assert journey.find(QLabel, "contactStatus").text() == "Gemt."


def test_organisations_and_contacts_created_edited_found_and_imported(
    journey: Journey, tmp_path: Path
) -> None:
    screen = journey.go_to("contacts")
    tabs = journey.find(QTabWidget, "contactTabs")
    hint = journey.find(QLabel, "emptyHint", journey.find(QTableView, "contactTable"))
    assert hint.text().startswith("Ingen kontakter endnu")

    # -- an organisation ------------------------------------------------------------------
    journey.click_tab(tabs, "Organisationer")
    journey.click(journey.find(QPushButton, "newOrganisation"))
    journey.type_into(journey.find(QLineEdit, "organisation_name"), "Aarhus Kommune")
    _choose(journey, journey.find(QComboBox, "organisation_kind"), "Kommune")
    journey.click(journey.find(QPushButton, "saveOrganisation"))
    organisations = journey.find(QTableView, "organisationTable")
    journey.wait_until(lambda: organisations.model().rowCount() == 1)
    assert organisations.model().index(0, 0).data() == "Aarhus Kommune"

    # -- two contacts with long Danish names --------------------------------------------
    journey.click_tab(tabs, "Kontakter")
    _new_contact(journey, SOEREN, "SSP-koordinator", "SSP", "20 30 40 50", "soeren.ko@aarhus.dk")
    _new_contact(
        journey,
        AASE,
        "Ejendomsfunktionær",
        "Ejendoms",
        "86123456",
        "aase@ballerup-kommune.dk",
        typo="12345678",
    )
    assert _names(journey) == [SOEREN, AASE]  # Danish order: Å after S (and after Z)
    assert not hint.isVisible()
    table = journey.find(QTableView, "contactTable")
    model = table.model()
    row = _names(journey).index(SOEREN)
    shown = [model.index(row, c).data() for c in range(model.columnCount())]
    assert "Aarhus Kommune" in shown and "SSP-konsulent" in shown and "20 30 40 50" in shown
    journey.screenshot("kontakter-ny")

    # -- edit one: the list and the form show the new value ------------------------------
    journey.click_row(table, _names(journey).index(AASE))
    journey.wait_until(lambda: journey.find(QLineEdit, "contact_name").text() == AASE)
    journey.type_into(journey.find(QLineEdit, "contact_phone"), "+45 87 65 43 21")
    journey.type_into(journey.find(QLineEdit, "contact_title"), "Driftsleder, Ringgården")
    journey.click(journey.find(QPushButton, "saveContact"))
    row = _names(journey).index(AASE)
    journey.wait_until(
        lambda: "87 65 43 21" in [model.index(row, c).data() for c in range(model.columnCount())]
    )
    assert "Driftsleder, Ringgården" in [model.index(row, c).data() for c in range(model.columnCount())]

    # -- the searches people type --------------------------------------------------------
    assert _search(journey, "moller") == [AASE]
    assert _search(journey, "moeller") == [AASE]
    assert _search(journey, "aeroe") == [AASE]
    assert _search(journey, "aa") == [AASE]
    assert _search(journey, "Ase") == [AASE]
    assert _search(journey, "soren ostergard") == [SOEREN]
    assert _search(journey, "aarhus.dk") == [SOEREN]  # an e-mail domain
    assert _search(journey, "kommune.dk") == [AASE]  # the last parts of one
    assert _search(journey, "aase@ballerup-kommune.dk") == [AASE]  # the full address
    assert _search(journey, "xyz") == []
    assert "Ingen kontakt passer til »xyz«" in hint.text() and hint.isVisible()
    journey.screenshot("kontakter-soegning")
    assert _search(journey, "") == [SOEREN, AASE]

    # -- import from a Danish Excel CSV file ----------------------------------------------
    csv = tmp_path / "kontakter fra Excel.csv"
    csv.write_bytes(EXCEL_CSV.encode("cp1252"))
    journey.menu("Filer", "Importér kontakter…")
    journey.wait_until(lambda: [w for w in journey.window.findChildren(QWizard) if w.isVisible()])
    wizard = next(w for w in journey.window.findChildren(QWizard) if w.isVisible())
    journey.type_into(journey.find(QLineEdit, "importPath", wizard), str(csv))
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    journey.click(next_button)  # read the file and check it
    journey.wait_until(lambda: wizard.currentId() == 1 and next_button.isEnabled())
    journey.screenshot("import-forhaandsvisning", wizard)
    rows = journey.find(QTableView, "previewView", wizard).model()
    texts = [
        " ".join(str(rows.index(r, c).data() or "") for c in range(rows.columnCount()))
        for r in range(rows.rowCount())
    ]
    assert len(texts) == 3 and "Mette Højgaard" in texts[0] and "Bjørn Ærenlund" in texts[1]  # read as cp1252
    assert "»12 34«" in texts[2]  # the bad phone number is pointed out on its row
    journey.click(next_button)  # no partnership to add them to
    journey.wait_until(lambda: wizard.currentId() == 2)
    journey.click(next_button)
    journey.wait_until(lambda: wizard.currentId() == 3)
    journey.click(wizard.button(QWizard.WizardButton.CommitButton))  # "Importér"
    journey.wait_until(lambda: wizard.currentId() == 4, timeout=30_000)
    headline = journey.find(QLabel, "summaryHeadline", wizard).text()
    assert headline.startswith("Oprettet: 2") or headline.startswith("Oprettet: 3"), headline
    journey.click(wizard.button(QWizard.WizardButton.FinishButton))
    journey.wait_until(lambda: not [w for w in journey.window.findChildren(QWizard) if w.isVisible()])

    # the people appear in the list, and are found like the others
    journey.wait_until(lambda: "Mette Højgaard" in _names(journey))
    assert {"Mette Højgaard", "Bjørn Ærenlund", AASE, SOEREN} <= set(_names(journey))
    assert _search(journey, "hojgaard") == ["Mette Højgaard"]
    assert _search(journey, "aerenlund") == ["Bjørn Ærenlund"]
    found = _search(journey, "aarhus.dk")
    assert "Mette Højgaard" in found and SOEREN in found
    assert screen is journey.window.screens["contacts"]


def test_a_name_too_long_is_refused_beside_the_field_and_kept(journey: Journey) -> None:
    """A pasted 230-letter name: the message under Navn says how long it may be, the window
    stays online, and the typed text is still there to shorten."""
    screen = journey.go_to("contacts")
    too_long = "Mette Højgaard " + "ø" * 215
    journey.click(journey.find(QPushButton, "newContact"))
    name = journey.find(QLineEdit, "contact_name")
    journey.type_into(name, too_long)
    journey.click(journey.find(QPushButton, "saveContact"))
    message = screen.form.messages["name"]  # type: ignore[attr-defined]
    journey.wait_until(lambda: message.isVisible())
    assert message.text().startswith("Navn må højst være 200 tegn (du skrev 230).")
    assert name.text() == too_long and name.hasFocus()
    assert not journey.window.offline_label.isVisible() and not journey.window.tasks.offline
    assert _names(journey) == []
    journey.screenshot("kontakt-navn-for-langt")

    # shortened, it saves
    journey.type_into(name, too_long[:200])
    journey.click(journey.find(QPushButton, "saveContact"))
    journey.wait_until(lambda: _names(journey) == [too_long[:200]])
    assert not message.isVisible()


def test_a_phone_search_matching_very_many_says_so_and_scrolls_on(
    journey: Journey, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 17.3: one digit of a phone number matches a quarter of a big list; the count
    stops at 1.000 and the label says so in Danish (here the cap is 3, the list 5 long)."""
    from desktop.services import contacts as contacts_service

    monkeypatch.setattr(contacts_service, "COUNT_CAP", 3)
    services = journey.window.services
    assert services is not None
    names = ["Åse Holm", "Bo Aagaard", "Anders And", "Ærø Hansen", "Zenia Berg"]
    for i, name in enumerate(names):
        services.contacts.create(name=name, mobile=f"30 11 22 {i:02}")
    services.contacts.create(name="Mads Madsen", phone="22 33 44 55")
    journey.go_to("contacts")
    shown = _search(journey, "3")
    count = journey.find(QLabel, "contactCount")
    journey.wait_until(lambda: count.text().startswith("Over"))
    assert count.text() == "Over 3 kontakter – skriv mere for at indsnævre"
    assert shown == ["Anders And", "Bo Aagaard", "Zenia Berg", "Ærø Hansen", "Åse Holm"]  # Danish order
    journey.screenshot("contacts-capped-count")
    _search(journey, "30 11 22 04")
    journey.wait_until(lambda: count.text() == "1 kontakt")
