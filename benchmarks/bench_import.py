"""Contact import speed: 100,000 contacts from .xlsx and CSV vs. a raw driver insert.

Budgets: the import's database phase within 2.5x a raw ``sqlite3.executemany`` on SQLite
(1.5x psycopg ``executemany`` on PostgreSQL); peak Python memory reported (tracemalloc).
Reading and checking the file (phone numbers, e-mails, duplicates) is reported apart,
since the raw baseline does none of it.

    python benchmarks/bench_import.py [--rows 100000] [--postgres URL]
"""

from __future__ import annotations

import argparse
import sqlite3
import tempfile
import time
import tracemalloc
from pathlib import Path

from desktop.services.database import Database
from desktop.services.imports.contacts import ContactImportService
from desktop.services.schema import prepare_database


def make_rows(n: int) -> list[list[str]]:
    first = ["Mette", "Søren", "Anne", "Lars", "Karen", "Ali", "Åse", "Jens", "Fatima", "Peter"]
    last = ["Hansen", "Ørsted", "Nielsen", "Jensen", "Khan", "Bech", "Lund", "Møller", "Larsen", "Holm"]
    return [
        [
            f"{first[i % 10]} {last[(i // 10) % 10]} {i}",
            "Ejendomsfunktionær",
            f"Org {i % 50}",
            f"{26000000 + i}",
            f"p{i}@example.dk",
        ]
        for i in range(n)
    ]


HEADER = ["Navn", "Stilling", "Organisation", "Telefon", "E-mail"]


def write_files(rows: list[list[str]], folder: Path) -> tuple[Path, Path]:
    import openpyxl

    csv = folder / "kontakter.csv"
    csv.write_text("\r\n".join(";".join(r) for r in [HEADER, *rows]) + "\r\n", encoding="cp1252")
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Kontakter")
    ws.append(HEADER)
    for r in rows:
        ws.append(r)
    xlsx = folder / "kontakter.xlsx"
    wb.save(xlsx)
    return csv, xlsx


def raw_sqlite(rows: list[list[str]], path: Path) -> float:
    db = Database(path)
    prepare_database(db)
    db.dispose()
    conn = sqlite3.connect(path, isolation_level=None)
    started = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO person (name, name_folded, title, phone, email, note, version, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, '', 1, '2026-01-01', '2026-01-01')",
        [(r[0], r[0].lower(), r[1], "+45" + r[3], r[4]) for r in rows],
    )
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


def raw_postgres(rows: list[list[str]], url: str) -> float:
    import psycopg

    with psycopg.connect(url.replace("postgresql+psycopg", "postgresql")) as conn:
        conn.execute("TRUNCATE person_search_token, person CASCADE")
        conn.commit()
        started = time.perf_counter()
        with conn.cursor() as cur:
            cur.executemany(
                "INSERT INTO person (name, name_folded, title, phone, email, note, version, created_at,"
                " updated_at) VALUES (%s, %s, %s, %s, %s, '', 1, now(), now())",
                [(r[0], r[0].lower(), r[1], "+45" + r[3], r[4]) for r in rows],
            )
        conn.commit()
        return time.perf_counter() - started


def run_import(db: Database, path: Path, *, trace: bool = False) -> tuple[float, float, float]:
    """(read + check seconds, write seconds, peak MB); tracing slows Python, so it is a separate run."""
    service = ContactImportService(db)
    if trace:
        tracemalloc.start()
    started = time.perf_counter()
    preview = service.preview(path)
    checked = time.perf_counter()
    summary = service.commit(preview)
    done = time.perf_counter()
    peak = tracemalloc.get_traced_memory()[1] / 1e6 if trace else 0.0
    tracemalloc.stop()
    assert summary.created == len(preview.rows), summary.lines()[:3]
    return checked - started, done - checked, peak


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--postgres", metavar="URL", help="an empty migrated database to also measure")
    parser.add_argument("--skip-sqlite", action="store_true", help="only the PostgreSQL measurements")
    args = parser.parse_args()
    rows = make_rows(args.rows)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        csv, xlsx = write_files(rows, folder)
        raw = 0.0 if args.skip_sqlite else raw_sqlite(rows, folder / "raw.sqlite3")
        if not args.skip_sqlite:
            print(f"raw sqlite3 executemany: {raw:.2f} s for {args.rows:,} rows")
        for name, path in () if args.skip_sqlite else (("CSV", csv), ("xlsx", xlsx)):
            db = Database(folder / f"{name}.sqlite3")
            prepare_database(db)
            check, write, _ = run_import(db, path)
            db.dispose()
            db = Database(folder / f"{name}-mem.sqlite3")
            prepare_database(db)
            *_, peak = run_import(db, path, trace=True)
            db.dispose()
            print(
                f"SQLite {name}: read+check {check:.2f} s, write {write:.2f} s "
                f"(write/raw {write / raw:.1f}x, budget 2.5x; "
                f"whole import/raw {(check + write) / raw:.1f}x), "
                f"peak {peak:.0f} MB"
            )
        if args.postgres:
            from sqlalchemy import text

            db = Database(args.postgres)
            prepare_database(db)
            db.dispose()
            raw_pg = raw_postgres(rows, args.postgres)
            print(f"raw psycopg executemany: {raw_pg:.2f} s for {args.rows:,} rows")
            for name, path in (("CSV", csv), ("xlsx", xlsx)):
                db = Database(args.postgres)
                with db.write() as session:  # TRUNCATE: a cascading DELETE of 100,000 rows is slow
                    session.execute(text("TRUNCATE person_search_token, person CASCADE"))
                check, write, _ = run_import(db, path)
                with db.write() as session:  # TRUNCATE: a cascading DELETE of 100,000 rows is slow
                    session.execute(text("TRUNCATE person_search_token, person CASCADE"))
                *_, peak = run_import(db, path, trace=True)
                db.dispose()
                print(
                    f"PostgreSQL {name}: read+check {check:.2f} s, write {write:.2f} s "
                    f"(write/raw {write / raw_pg:.1f}x, budget 1.5x; "
                    f"whole import/raw {(check + write) / raw_pg:.1f}x), peak {peak:.0f} MB"
                )


if __name__ == "__main__":
    main()
