"""Deep in a big contact list: any page, and every search keystroke, at 300,000 contacts.

Run: python benchmarks/bench_contact_list.py [--database FILE] [--contacts N] [--rounds R]
(without --database a demo database is made in /tmp with ``create_demo(contacts=N)``, 300,000
by default: ~1-2 minutes; pass the same file again to reuse it.)

What is measured (issue 17 point 3), each the median of R rounds, interleaved with the floor:

* the floor: raw ``sqlite3`` reading the first page (200 rows, the shown columns) from the
  list's index, ``ORDER BY name_sort, id LIMIT 200``, no ORM, no count;
* the service's first page, the last page read by keyset (``after=`` the cursor of the row
  200 from the end) and, for comparison, the last page by OFFSET (what the list did before);
* every keystroke of a few searches typed letter by letter (names, one and two digits of a
  phone number, an e-mail domain), as ``ContactService.search(filter, 0, 200)`` costs it
  (page and total), the way the list asks for it.

Budgets: the last page (keyset) <= 1.5x the first page; every keystroke <= 35 ms. Figures
are printed as ratios against the floor measured in the same run.

Not a test module: pytest only collects tests/.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

KEYSTROKE_BUDGET_MS, DEEP_PAGE_BUDGET = 35.0, 1.5
PAGE = 200
TYPED = ("Mette Hansen", "Jens Peter", "soeren", "åse", "3", "30 1", "2", "htk.dk", "kommune.dk")


def _keystrokes(text: str) -> list[str]:
    return [text[: i + 1] for i in range(len(text)) if text[i] != " "]


def _median_ms(fn: Callable[[], object], rounds: int, floor: Callable[[], object]) -> tuple[float, float]:
    """(median ms of ``fn``, median ms of ``floor``), measured in alternating pairs."""
    mine, base = [], []
    for _ in range(rounds):
        t = time.perf_counter()
        floor()
        base.append(time.perf_counter() - t)
        t = time.perf_counter()
        fn()
        mine.append(time.perf_counter() - t)
    return statistics.median(mine) * 1000, statistics.median(base) * 1000


def make_database(path: Path, contacts: int) -> None:
    from desktop.services.database import Database
    from desktop.services.demo import create_demo
    from desktop.services.schema import prepare_database

    db = Database(path)
    prepare_database(db, backup_dir=path.parent / "backups")
    create_demo(db, contacts=contacts)
    db.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--database", help="a demo database (made if missing)")
    parser.add_argument("--contacts", type=int, default=300_000)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    path = Path(args.database or f"/tmp/fodslag-bench-{args.contacts}.sqlite3")
    if not path.exists():
        print(f"making {path} with {args.contacts:,} contacts ...", flush=True)
        make_database(path, args.contacts)

    from desktop.services.contacts import ContactFilter, ContactService
    from desktop.services.database import Database
    from desktop.services.schema import prepare_database

    db = Database(path)
    prepare_database(db, backup_dir=path.parent / "backups")
    contacts = ContactService(db)
    raw = sqlite3.connect(path)
    first_page_sql = (
        "SELECT person.id, person.name, person.title, organisation.name, person.trade, person.phone, "
        "person.mobile, person.email FROM person LEFT JOIN organisation ON organisation.id = "
        "person.organisation_id WHERE person.erased_on IS NULL ORDER BY person.name_sort, person.id LIMIT 200"
    )

    def floor() -> None:
        raw.execute(first_page_sql).fetchall()

    total = contacts.search(limit=1).total
    key, pid = raw.execute(
        "SELECT name_sort, id FROM person WHERE erased_on IS NULL ORDER BY name_sort, id LIMIT 1 OFFSET ?",
        (total - PAGE - 1,),
    ).fetchone()
    for _ in range(3):  # warm the page cache
        floor()
        contacts.search(ContactFilter(), 0, PAGE)
    first, floor_ms = _median_ms(lambda: contacts.search(ContactFilter(), 0, PAGE), args.rounds, floor)
    deep, _ = _median_ms(
        lambda: contacts.search(ContactFilter(), 0, PAGE, after=(key, pid)), args.rounds, floor
    )
    offset, _ = _median_ms(lambda: contacts.search(ContactFilter(), total - PAGE, PAGE), 3, floor)
    last = contacts.search(ContactFilter(), 0, PAGE, after=(key, pid))
    beyond = contacts.search(ContactFilter(), 0, PAGE, after=last.after).items if last.after else []
    assert len(last.items) == PAGE and not beyond, "the keyset page is not the last page"

    print(f"{total:,} contacts in {path}; floor (raw sqlite3, first page from the index): {floor_ms:.2f} ms")
    print(f"  first page         {first:7.2f} ms  {first / floor_ms:5.1f}x floor")
    print(f"  last page, keyset  {deep:7.2f} ms  {deep / floor_ms:5.1f}x floor, {deep / first:.2f}x 1st page")
    print(f"  last page, OFFSET  {offset:7.2f} ms  {offset / floor_ms:5.1f}x floor (the old paging)")
    worst = (0.0, "")
    for typed in TYPED:
        cells = []
        for text in _keystrokes(typed):
            ms, _ = _median_ms(lambda t=text: contacts.search(ContactFilter(t), 0, PAGE), args.rounds, floor)
            cells.append(f"{text!r} {ms:.1f}")
            worst = max(worst, (ms, text))
        print(f"  typing {typed!r}: " + ", ".join(cells) + " ms")
    ok_keys = worst[0] <= KEYSTROKE_BUDGET_MS
    ok_deep = deep / first <= DEEP_PAGE_BUDGET
    print(
        f"slowest keystroke {worst[1]!r}: {worst[0]:.1f} ms = {worst[0] / floor_ms:.1f}x floor "
        f"(budget {KEYSTROKE_BUDGET_MS:.0f} ms) {'OK' if ok_keys else 'OVER'}; "
        f"last page {deep / first:.2f}x the first (budget {DEEP_PAGE_BUDGET}x) {'OK' if ok_deep else 'OVER'}"
    )
    raw.close()
    db.dispose()
    return 0 if ok_keys and ok_deep else 1


if __name__ == "__main__":
    raise SystemExit(main())
