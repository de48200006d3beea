"""Contact files the way real programs write them (Danish Excel, Outlook, phones' vCards)."""

from __future__ import annotations

from pathlib import Path


def xlsx_with_title(path: Path, rows: list[list[object]] | None = None) -> Path:
    """A title in merged cells, a blank line, the header on row 3, an extra sheet first."""
    import openpyxl

    wb = openpyxl.Workbook()
    notes = wb.active
    notes.title = "Forside"
    notes["A1"] = "Dette regneark er lavet af SSP-sekretariatet"
    notes["A2"] = "Opdateret 2026"
    ws = wb.create_sheet("Kontakter")
    ws["A1"] = "Netværksliste – Solbakken"
    ws.merge_cells("A1:F1")
    ws.append([])
    ws.append(["Navn", "Stilling", "Arbejdsplads", "Tlf.", "Mobil", "E-mail", "Faggruppe", "Bemærkninger"])
    for row in rows or [
        [
            "Mette Hansen",
            "SSP-konsulent",
            "Aarhus Kommune",
            31234567,
            "",
            "mette@aarhus.dk",
            "SSP-konsulent",
            "",
        ],
        [
            "Søren Ørsted",
            "Ejendomsfunktionær",
            "Boligforeningen Ringgården",
            "+45 23 45 67 89",
            "",
            "",
            "",
            "",
        ],
        ["", "Uden navn", "", "", "", "x@y.dk", "", ""],
        ["Ali Khan", "Gadeplans", "", "1234", "", "ikke-en-mail", "", ""],
    ]:
        ws.append(row)
    wb.create_sheet("Ark3")["A1"] = 42
    wb.save(path)
    return path


DANISH_CSV = (
    "Navn;Titel;Organisation;Telefon;E-mail;Note\r\n"
    "Mette Hansen;SSP-konsulent;Aarhus Kommune;31 23 45 67;mette@aarhus.dk;\r\n"
    '"Jensen; Bo";"Pedel ""den gode""";Skolen;+46 8 123 456 78;bo@skolen.dk;"linje 1\r\nlinje 2"\r\n'
    "Åse Ærø;Leder;Klubben;3123 4568;ase@klub.dk;ring på 010190-1234\r\n"
)

OUTLOOK_EN = (
    '"First Name","Middle Name","Last Name","Title","Company","Department","Job Title",'
    '"Business Phone","Mobile Phone","E-mail Address","Notes"\r\n'
    '"Lars","","Lund","Mr.","Politi","Forebyggelse","Politiassistent","33 44 55 66","",'
    '"lars@politi.dk",""\r\n'
)

OUTLOOK_DA = (
    '"Fornavn","Mellemnavn","Efternavn","Titel","Firma","Afdeling","Stilling",'
    '"Telefon (arbejde)","Mobiltelefon","Mail-adresse","Noter"\r\n'
    '"Karen","Marie","Bech","Fru","Kommunen","","Boligsocial medarbejder","","20304050",'
    '"karen@kommune.dk",""\r\n'
)

VCARD_21 = (
    "BEGIN:VCARD\r\nVERSION:2.1\r\n"
    "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=98stergaard;S=C3=B8ren;;;\r\n"
    "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:S=C3=B8ren =C3=98stergaard\r\n"
    "ORG:Natteravnene\r\n"
    "TEL;WORK;VOICE:+45 40 50 60 70\r\n"
    "TEL;CELL:22 33 44 55\r\n"
    "EMAIL;PREF;INTERNET:soren@natteravnene.dk\r\n"
    "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=ISO-8859-1:Kontakt om aftenen, =E6=F8=E5 og en lang =\r\n"
    "linje\r\n"
    "END:VCARD\r\n"
)

VCARD_30 = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\n"
    "N:Nielsen;Anne;;;\r\nFN:Anne Nielsen\r\n"
    "ORG:Region Midt\\, Psykiatrien;Socialpsykiatri\r\n"
    "TITLE:Sygeplejerske\r\n"
    "TEL;TYPE=WORK,VOICE:87654321\r\n"
    "EMAIL;TYPE=INTERNET:anne@rm.dk\r\n"
    "NOTE:Første linje\\nanden linje med et meget langt \r\n  fortsat ord\r\n"
    "END:VCARD\r\n"
)
