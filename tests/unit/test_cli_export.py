"""``fodslag export``: documents from the command line, as a secretary would script them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pdfplumber
import pytest

from desktop.cli import main

MAIN = "Tryghedsnetværk Solbakken"


@pytest.fixture(autouse=True)
def private_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FODSLAG_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("FODSLAG_CONFIG_DIR", str(tmp_path / "config"))


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from desktop.services.database import Database
    from desktop.services.demo import create_demo
    from desktop.services.schema import prepare_database

    path = tmp_path_factory.mktemp("cli-export") / "demo.sqlite3"
    db = Database(path)
    prepare_database(db)
    create_demo(db)
    db.dispose()
    return path


def _meeting_ids(database: Path) -> tuple[int, int, str]:
    """(a planned meeting of Solbakken, a meeting of the other partnership, the first's title)."""
    from desktop.models.enums import MeetingStatus
    from desktop.services.database import Database
    from desktop.services.registry import Services

    db = Database(database)
    services = Services.over(db)
    solbakken = services.partnerships.id_by_name(MAIN)
    planned = next(m for m in services.meetings.list(solbakken) if m.status == MeetingStatus.PLANNED)
    other = services.meetings.list(services.partnerships.id_by_name("Hotspot Nørreparken"))[0]
    db.dispose()
    return planned.id, other.id, planned.title


def test_action_card_is_written_and_the_path_printed(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "kort.pdf"
    code = main(
        ["export", "action-card", "--partnership", MAIN, "--out", str(out), "--layout", "a6",
         "--database", str(demo_db)]
    )  # fmt: skip
    assert code == 0
    assert f"Gemt: {out.resolve()}" in capsys.readouterr().out
    with pdfplumber.open(out) as pdf:
        text = pdf.pages[0].extract_text()
    assert MAIN in text and "114" in text


def test_partnership_names_are_matched_whatever_the_case(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "liste.vcf"
    args = ["export", "contact-list", "--partnership", "tryghedsnetværk solbakken", "--out", str(out)]
    assert main([*args, "--format", "vcf", "--database", str(demo_db)]) == 0
    assert out.read_text(encoding="utf-8").count("BEGIN:VCARD") > 20


def test_minutes_of_a_meeting_in_word(demo_db: Path, tmp_path: Path) -> None:
    from docx import Document

    planned, _other, title = _meeting_ids(demo_db)
    out = tmp_path / "indkaldelse.docx"
    args = ["export", "invitation", "--partnership", MAIN, "--meeting", str(planned), "--out", str(out)]
    assert main([*args, "--database", str(demo_db)]) == 0
    assert any(title in p.text for p in Document(str(out)).paragraphs)


def test_unknown_partnership_exits_1_with_one_danish_line(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "kort.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "export", "action-card", "--partnership", "Findes Ikke",
         "--out", str(out), "--database", str(demo_db)],
        capture_output=True, text=True,
        env={**__import__("os").environ, "FODSLAG_DATA_DIR": str(tmp_path / "d")},
    )  # fmt: skip
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert lines == ["fodslag: Der findes intet partnerskab med navnet »Findes Ikke«."]
    assert not out.exists()


def test_user_errors_name_what_is_missing(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _planned, other, _title = _meeting_ids(demo_db)
    base = ["--partnership", MAIN, "--database", str(demo_db)]
    assert main(["export", "minutes", "--out", str(tmp_path / "r.docx"), *base]) == 1
    assert "Vælg et møde" in capsys.readouterr().err
    assert main(["export", "minutes", "--meeting", str(other), "--out", str(tmp_path / "r.docx"), *base]) == 1
    assert "hører til »Hotspot Nørreparken«" in capsys.readouterr().err
    assert main(["export", "progress", "--format", "pdf", "--out", str(tmp_path / "p.pdf"), *base]) == 1
    assert "kan ikke laves som pdf" in capsys.readouterr().err
    hotspot = ["--partnership", "Hotspot Nørreparken", "--database", str(demo_db)]
    assert main(["export", "agreement", "--out", str(tmp_path / "a.docx"), *hotspot]) == 1
    assert "ingen samarbejdsaftale" in capsys.readouterr().err
    assert not [p for p in tmp_path.iterdir() if p.is_file()]  # no half-made documents


def test_wrong_usage_exits_2(demo_db: Path, tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as unknown_kind:
        main(["export", "poster", "--partnership", MAIN, "--out", str(tmp_path / "x.pdf")])
    assert unknown_kind.value.code == 2
    with pytest.raises(SystemExit) as no_out:
        main(["export", "folder", "--partnership", MAIN])
    assert no_out.value.code == 2


def test_contact_list_all_writes_every_contact_of_the_register(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--all: every contact (not erased), members of no partnership too, in xlsx, pdf and vcf."""
    import openpyxl
    import vobject
    from sqlalchemy import select

    from desktop.models import Person
    from desktop.services.database import Database

    db = Database(demo_db)
    with db.write() as session:
        session.add(Person(name="Zenia Uden Partnerskab", email="zenia@eksempel.dk"))
    with db.read() as session:
        names = set(session.scalars(select(Person.name).where(Person.erased_on.is_(None))))
    db.dispose()
    base = ["export", "contact-list", "--all", "--database", str(demo_db)]
    xlsx, pdf, vcf = tmp_path / "alle.xlsx", tmp_path / "alle.pdf", tmp_path / "alle.vcf"
    for fmt, out in (("xlsx", xlsx), ("pdf", pdf), ("vcf", vcf)):
        assert main([*base, "--format", fmt, "--out", str(out)]) == 0
        assert "Gemt:" in capsys.readouterr().out
    cells = {c for row in openpyxl.load_workbook(xlsx).active.iter_rows(values_only=True) for c in row}
    assert names <= cells
    with pdfplumber.open(pdf) as document:
        text = " ".join((page.extract_text() or "") for page in document.pages)
    words = set(text.split())  # a long name wraps in its cell: look for each of its words
    assert [name for name in names if not set(name.split()) <= words] == []
    assert "Alle kontakter · pr. " in text and f"{len(names)} personer" in text
    cards = list(vobject.readComponents(vcf.read_text(encoding="utf-8")))
    assert {card.fn.value for card in cards} == names
    assert len(names) > 20  # more than one partnership's members


def test_all_is_only_for_the_contact_list(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "kort.pdf"
    assert main(["export", "action-card", "--all", "--out", str(out), "--database", str(demo_db)]) == 1
    assert "--all kan kun bruges med contact-list" in capsys.readouterr().err
    assert main(["export", "folder", "--out", str(out), "--database", str(demo_db)]) == 1
    assert "Angiv --partnership" in capsys.readouterr().err


def test_newsletter_is_written_as_an_eml_draft_with_the_members_in_bcc(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import email
    from email.policy import default

    text = tmp_path / "brev.txt"
    text.write_text("Kære netværk\n\nNæste møde er i Beboerhuset. Vel mødt!\n", encoding="utf-8")
    out = tmp_path / "nyhedsmail.eml"
    args = ["export", "newsletter", "--partnership", MAIN, "--out", str(out),
            "--subject", "Nyt fra tryghedsnetværket – forår", "--text", str(text)]  # fmt: skip
    assert main([*args, "--database", str(demo_db)]) == 0
    assert f"Gemt: {out.resolve()}" in capsys.readouterr().out
    msg = email.message_from_bytes(out.read_bytes(), policy=default)
    assert msg["Subject"] == "Nyt fra tryghedsnetværket – forår"
    assert msg["X-Unsent"] == "1"
    bcc = msg["Bcc"].addresses
    assert len(bcc) > 5 and all("@" in a.addr_spec for a in bcc)
    assert msg["From"].addresses[0].addr_spec not in {a.addr_spec for a in bcc}
    assert "Næste møde er i Beboerhuset. Vel mødt!" in msg.get_content()


def test_newsletter_without_a_subject_says_what_to_write(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "nyhedsmail.eml"
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "export", "newsletter", "--partnership", MAIN,
         "--out", str(out), "--database", str(demo_db)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 1
    assert "--subject" in result.stderr and "Traceback" not in result.stderr
    assert not out.exists()
