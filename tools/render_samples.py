"""Render every document kind of the stress data set to PNG pictures in docs/samples/.

The layout tests read the files back as text; these pictures are for a person to look at,
as whoever prints the document would. PDFs go through ``pdftoppm``; Word and Excel files
through LibreOffice (``soffice --headless --convert-to pdf``) first. The first pages of each
document are rendered at a modest resolution so the pictures stay small in git.

    PYTHONPATH=$PWD python tools/render_samples.py [--out docs/samples] [--dpi 100] [--pages 2]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: documents whose faults show past page two: the booklet is read as a whole
MORE_PAGES = {"folder-a5": 8}


def _documents(services, stress, folder: Path) -> list[tuple[str, Path]]:  # type: ignore[no-untyped-def]
    """Every kind, format and layout of the registry, written for the stress partnership."""
    from desktop.services.documents import KINDS

    made: list[tuple[str, Path]] = []
    for kind in KINDS:
        for fmt in kind.formats:
            for layout in kind.layouts or (None,):
                if layout is not None and fmt != "pdf":
                    continue
                name = f"{kind.key}-{layout or fmt}"
                meeting = stress.held_meeting_id if kind.key == "minutes" else stress.planned_meeting_id
                target = folder / f"{name}.{fmt}"
                services.documents.export(
                    kind.key,
                    target,
                    partnership_id=stress.partnership_id,
                    meeting_id=meeting if kind.needs_meeting else None,
                    fmt=fmt,
                    layout=layout,
                )
                made.append((name, target))
    eml = folder / "newsletter-eml.eml"
    services.documents.newsletter(
        stress.partnership_id,
        "Nyt fra tryghedsnetværket",
        "Kære alle\n\nHer er nyt fra netværket.\n\nMed venlig hilsen\nSekretariatet",
        eml,
    )
    made.append(("newsletter-eml", eml))
    return made


def _to_pdf(path: Path, folder: Path) -> Path | None:
    """A PDF of the file: itself, or LibreOffice's conversion of a Word or Excel file."""
    if path.suffix == ".pdf":
        return path
    if path.suffix not in (".docx", ".xlsx"):
        return None
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print(f"skipped {path.name}: LibreOffice is not installed", file=sys.stderr)
        return None
    profile = folder / "lo-profile"
    subprocess.run(
        [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(folder / "converted"), str(path)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    return folder / "converted" / f"{path.stem}.pdf"


def _shrink(picture: Path) -> None:
    """256 colours are plenty for a page of text: a third of the size in git (needs Pillow)."""
    try:
        from PIL import Image
    except ImportError:
        return
    with Image.open(picture) as image:
        small = image.convert("RGB").quantize(256)
    small.save(picture, optimize=True)


def render(out: Path, dpi: int = 100, pages: int = 2) -> list[Path]:
    from desktop.services.database import Database
    from desktop.services.demo_stress import create_stress
    from desktop.services.registry import Services
    from desktop.services.schema import prepare_database

    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="fodslag-samples-") as tmp:
        folder = Path(tmp)
        db = Database(folder / "stress.sqlite3")
        prepare_database(db)
        services = Services.over(db)
        stress = create_stress(db)
        for name, path in _documents(services, stress, folder):
            if path.suffix == ".eml":  # a mail draft: kept as text, not a picture
                target = out / f"{name}.txt"
                target.write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
                written.append(target)
                continue
            if path.suffix in (".vcf", ".ics"):
                continue  # read by Outlook, not printed
            pdf = _to_pdf(path, folder)
            if pdf is None:
                continue
            for old in out.glob(f"{name}-*.png"):
                old.unlink()
            subprocess.run(
                [
                    "pdftoppm",
                    "-png",
                    "-r",
                    str(dpi),
                    "-f",
                    "1",
                    "-l",
                    str(MORE_PAGES.get(name, pages)),
                    str(pdf),
                    str(out / name),
                ],
                check=True,
            )
            pictures = sorted(out.glob(f"{name}-*.png"))
            for picture in pictures:
                _shrink(picture)
            written += pictures
        db.dispose()
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "samples")
    parser.add_argument("--dpi", type=int, default=100)
    parser.add_argument("--pages", type=int, default=2)
    args = parser.parse_args()
    for path in render(args.out, args.dpi, args.pages):
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
