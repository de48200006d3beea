"""Time the office-format writers on the sample partnership (target < 300 ms each).

    python benchmarks/bench_office.py [--runs 5]

Prints the best and median wall time per document; the first run includes the lazy
imports of python-docx/docxtpl/openpyxl, so it is reported separately.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "exports")]

from office_samples import agreement, meeting, progress  # noqa: E402

from desktop.exports.agreement_docx import write_agreement_docx  # noqa: E402
from desktop.exports.meeting_docx import write_minutes_docx  # noqa: E402
from desktop.exports.progress_xlsx import write_progress_xlsx  # noqa: E402

TARGET_MS = 300.0


def measure(write: Callable[[Path], None], folder: Path, runs: int) -> tuple[float, list[float]]:
    times = []
    for i in range(runs + 1):
        start = time.perf_counter()
        write(folder / f"out-{i}")
        times.append((time.perf_counter() - start) * 1000)
    return times[0], times[1:]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    jobs: dict[str, Callable[[Path], None]] = {
        "Fremdrift (xlsx)": lambda p: write_progress_xlsx(progress(), p.with_suffix(".xlsx")),
        "Partnerskabsaftale (docx)": lambda p: write_agreement_docx(agreement(), p.with_suffix(".docx")),
        "Referat (docx)": lambda p: write_minutes_docx(meeting(), p.with_suffix(".docx")),
    }  # fmt: skip
    slow = False
    with tempfile.TemporaryDirectory() as tmp:
        for name, job in jobs.items():
            folder = Path(tmp) / name.split()[0]
            folder.mkdir()
            first, rest = measure(job, folder, args.runs)
            median = statistics.median(rest)
            verdict = "ok" if median < TARGET_MS else "FOR LANGSOM"
            slow |= median >= TARGET_MS
            print(f"{name:28} første {first:7.1f} ms   bedste {min(rest):7.1f} ms   "
                  f"median {median:7.1f} ms   {verdict}")  # fmt: skip
    return 1 if slow else 0


if __name__ == "__main__":
    raise SystemExit(main())
