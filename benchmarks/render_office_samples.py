"""Render the sample agreement and minutes to PNG for docs/samples (needs soffice, pdftoppm).

    python benchmarks/render_office_samples.py [--pages N]

Looking at the rendered page is the only way to judge table widths and the footer.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "exports")]

from office_samples import agreement, meeting  # noqa: E402

from desktop.exports.agreement_docx import write_agreement_docx  # noqa: E402
from desktop.exports.meeting_docx import write_invitation_docx, write_minutes_docx  # noqa: E402


def render(docx: Path, out_png: Path, workdir: Path, pages: int) -> None:
    profile = workdir / "lo-profile"
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
         "--convert-to", "pdf", "--outdir", str(workdir), str(docx)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    pdf = workdir / (docx.stem + ".pdf")
    stem = workdir / docx.stem
    subprocess.run(
        ["pdftoppm", "-r", "70", "-png", "-f", "1", "-l", str(pages), str(pdf), str(stem)],
        check=True,
    )
    pngs = sorted(workdir.glob(f"{docx.stem}-*.png"))
    shutil.copy(pngs[0], out_png)
    for extra in pngs[1:]:
        shutil.copy(extra, out_png.with_name(out_png.stem + "-" + extra.stem.rsplit("-", 1)[1] + ".png"))
    print(out_png, out_png.stat().st_size // 1024, "KB", f"(+{len(pngs) - 1} pages)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=1)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "samples")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        write_agreement_docx(agreement(), work / "agreement.docx")
        write_minutes_docx(meeting(), work / "minutes-docx.docx")
        write_invitation_docx(meeting(), work / "invitation-docx.docx")
        render(work / "agreement.docx", args.out / "agreement.png", work, args.pages)
        render(work / "minutes-docx.docx", args.out / "minutes-docx.png", work, args.pages)
        if args.pages > 1:
            render(work / "invitation-docx.docx", args.out / "invitation-docx.png", work, 1)


if __name__ == "__main__":
    main()
