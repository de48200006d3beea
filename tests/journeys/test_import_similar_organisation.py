"""Journey: a contact file that spells a registered organisation differently.

Seen by the fresh-eyes round: a file with "Kobenhavns Politi" (no ø) beside the register's
"Københavns Politi" made a second police district on import. The preview now names the
look-alike, one click corrects those cells to the registered name, and the contacts land
in the existing organisation.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWizard

from tests.journeys.conftest import Journey

CSV = (
    "Navn;Organisation;E-mail\r\n"
    "Mette Højgaard;Kobenhavns Politi;mette@politi.dk\r\n"
    "Bjørn Ærenlund;Kobenhavns Politi;bjoern@politi.dk\r\n"
    "Sanne Holm;Natteravnene Nørrebro;sanne@natteravnene.dk\r\n"
)


def test_a_look_alike_organisation_in_a_file_becomes_the_registered_one(
    journey: Journey, tmp_path: Path
) -> None:
    services = journey.window.services
    assert services is not None
    police = services.contacts.create_organisation(name="Københavns Politi")
    csv = tmp_path / "kontakter.csv"
    csv.write_bytes(CSV.encode("cp1252"))

    journey.menu("Filer", "Importér kontakter…")
    journey.wait_until(lambda: [w for w in journey.window.findChildren(QWizard) if w.isVisible()])
    wizard = next(w for w in journey.window.findChildren(QWizard) if w.isVisible())
    journey.type_into(journey.find(QLineEdit, "importPath", wizard), str(csv))
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    journey.click(next_button)
    journey.wait_until(lambda: wizard.currentId() == 1 and next_button.isEnabled())

    similar = journey.find(QLabel, "similarOrganisations", wizard)
    assert "»Kobenhavns Politi« ~ »Københavns Politi«" in similar.text()
    assert "Natteravnene" not in similar.text()  # a genuinely new one is left alone
    journey.click(journey.find(QPushButton, "useExistingOrganisations", wizard))
    journey.wait_until(lambda: not similar.isVisible() and next_button.isEnabled())

    journey.click(next_button)
    journey.wait_until(lambda: wizard.currentId() == 2)
    journey.click(next_button)
    journey.wait_until(lambda: wizard.currentId() == 3)
    journey.click(wizard.button(QWizard.WizardButton.CommitButton))
    journey.wait_until(lambda: wizard.currentId() == 4, timeout=30_000)
    journey.click(wizard.button(QWizard.WizardButton.FinishButton))

    journey.wait_until(lambda: not [w for w in journey.window.findChildren(QWizard) if w.isVisible()])
    organisations = {o.name: o for o in services.contacts.organisations()}
    assert sorted(organisations) == ["Københavns Politi", "Natteravnene Nørrebro"]
    assert organisations["Københavns Politi"].id == police
    assert organisations["Københavns Politi"].people == 2  # Mette and Bjørn, in the registered one
