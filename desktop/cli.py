"""The ``fodslag`` command: the same services as the app, without Qt.

Exit codes: 0 success, 1 a user error (one Danish line on stderr), 2 wrong usage.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import stat
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from desktop import __version__
from desktop.formatting import number, round_half_up, short_date
from desktop.models import messages
from desktop.models.errors import Message
from desktop.services.errors import FodslagError

EXIT_OK, EXIT_USER_ERROR, EXIT_USAGE = 0, 1, 2


def _database_option(parser: argparse.ArgumentParser, default: object = None, *, prompt: bool = True) -> None:
    parser.add_argument(
        "--database",
        metavar="URL",
        default=default,
        help="SQLite-fil eller postgresql://bruger@vært/database (standard: den lokale database)",
    )
    if prompt:  # ``server add-user --prompt`` asks for the new user's password instead
        parser.add_argument(
            "--prompt",
            dest="db_prompt",
            action="store_true",
            default=False if default is None else default,
            help="spørg efter adgangskoden til serveren (skriv den aldrig i --database)",
        )


def _no_password_in_arguments(args: argparse.Namespace) -> None:
    """A password typed into a URL ends up in the shell history and the process list: refuse."""
    from desktop.services.database import database_url

    for option, value in (("--database", "database"), ("--from", "source"), ("--to", "target")):
        raw = getattr(args, value, None)
        if raw and "://" in str(raw) and database_url(str(raw)).password:  # "user:@" is no password
            raise FodslagError(messages.CLI_PASSWORD_IN_ARGUMENTS, option=option)


def _ask_database_password(args: argparse.Namespace) -> None:
    """``--prompt``: read the server password without echo and keep it in memory only."""
    import getpass

    from desktop.services.database import database_url

    url = database_url(args.database) if args.database else None
    if url is None or url.get_backend_name() != "postgresql":
        raise FodslagError(messages.CLI_PROMPT_NEEDS_SERVER)
    where = f"{url.username or ''}@{url.host or 'localhost'}/{url.database or ''}"
    password = getpass.getpass(f"Adgangskode til {where}: ")
    args.database = url.set(password=password).render_as_string(hide_password=False)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="fodslag", description="Fodslag – sekretariatets værktøj til tryghedsnetværk."
    )
    parser.add_argument("--version", action="version", version=f"fodslag {__version__}")
    parser.add_argument(
        "--self-test", action="store_true", help="kontrollér at installationen virker, og afslut"
    )
    parser.add_argument("--measure-startup", action="store_true", help=argparse.SUPPRESS)
    _database_option(parser)
    commands = parser.add_subparsers(dest="command", metavar="KOMMANDO")

    gui = commands.add_parser("gui", help="start programmet (det samme som fodslag uden kommando)")
    _database_option(gui, argparse.SUPPRESS)

    demo = commands.add_parser("demo", help="opret en database med realistiske demodata")
    _database_option(demo, argparse.SUPPRESS)
    demo.add_argument(
        "--contacts", type=int, default=0, metavar="N", help="tilføj N ekstra kontakter (skalatest)"
    )
    demo.add_argument(
        "--stress",
        action="store_true",
        help="i stedet: et stort partnerskab med lange danske navne (prøver dokumenternes layout)",
    )

    db = commands.add_parser("db", help="vedligehold databasen")
    db_commands = db.add_subparsers(dest="db_command", metavar="HANDLING", required=True)
    for name, text in (
        ("upgrade", "opgradér databasens skema (tager sikkerhedskopi først)"),
        ("backup", "tag en kontrolleret sikkerhedskopi af den lokale database"),
        ("check", "kontrollér integritet, henvisninger og skemaversion"),
    ):
        _database_option(db_commands.add_parser(name, help=text), argparse.SUPPRESS)
    restore = db_commands.add_parser("restore", help="gendan en sikkerhedskopi")
    restore.add_argument("file", type=Path, metavar="FIL")
    restore.add_argument("--yes", action="store_true", help="spørg ikke (til scripts)")
    _database_option(restore, argparse.SUPPRESS)
    _add_shared_server_commands(commands, db_commands)

    index = commands.add_parser("index", help="vis tryghedsindekset per område og periode")
    index.add_argument("--partnership", required=True, metavar="NAVN", help="partnerskabets navn")
    index.add_argument("--reference", metavar="OMRÅDE", help="referenceområde (= 100) til denne visning")
    index.add_argument("--weight", type=float, metavar="W", help="vægt for oplevet tryghed, 0-1 (fx 0,5)")
    _database_option(index, argparse.SUPPRESS)

    from desktop.services.documents import KINDS

    export = commands.add_parser("export", help="lav et dokument (actioncard, folder, referat ...)")
    export.add_argument(
        "kind",
        choices=[*(k.key for k in KINDS), "newsletter", "workbook"],
        metavar="TYPE",
        help="dokumenttype: "
        + ", ".join(k.key for k in KINDS)
        + ", newsletter (nyhedsmail som .eml-kladde), workbook (hele partnerskabet)",
    )
    export.add_argument("--partnership", metavar="NAVN", help="partnerskabets navn")
    export.add_argument(
        "--all",
        dest="all_contacts",
        action="store_true",
        help="contact-list: alle kontakter i registret, ikke kun et partnerskabs medlemmer",
    )
    export.add_argument("--out", required=True, type=Path, metavar="FIL", help="filen der skal skrives")
    export.add_argument("--meeting", type=int, metavar="ID", help="mødets nummer (indkaldelse, referat ...)")
    export.add_argument(
        "--format",
        dest="fmt",
        choices=("pdf", "docx", "xlsx", "vcf", "ics"),
        help="filformat, hvor der er et valg (standard: det første mulige)",
    )
    export.add_argument(
        "--layout",
        choices=("a4", "a6", "trifold", "a5"),
        help="actioncard: a4 eller a6 (fire kort pr. ark); folder: trifold eller a5",
    )
    export.add_argument("--subject", metavar="TEKST", help="newsletter: emnelinjen")
    export.add_argument(
        "--text", type=Path, metavar="FIL", help="newsletter: en tekstfil (UTF-8) med selve nyhedsmailen"
    )
    _database_option(export, argparse.SUPPRESS)
    _add_safety_commands(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_test or args.measure_startup:
        from desktop.selftest import measure_startup, run_self_test

        return run_self_test() if args.self_test else measure_startup()
    try:
        _no_password_in_arguments(args)
        if getattr(args, "db_prompt", False):
            _ask_database_password(args)
        if args.command in (None, "gui"):
            from desktop.app import run

            return run(args.database)
        if args.command == "export" and args.kind == "workbook" and not args.partnership:
            raise FodslagError(messages.CLI_WORKBOOK_NEEDS_PARTNERSHIP)
        if args.command in ("import", "privacy") or (args.command == "export" and args.kind == "workbook"):
            return _safety(args)
        if args.command == "demo":
            return _demo(args)
        if args.command == "server" or (args.command == "db" and args.db_command == "copy"):
            return _shared_server(args)
        if args.command == "db":
            return _db(args)
        if args.command == "export":
            return _export(args)
        if args.command == "index":
            return _index(args)
    except FodslagError as error:
        print(f"fodslag: {error.message}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        _complain(messages.CLI_INTERRUPTED)
        return EXIT_USER_ERROR
    except EOFError:  # getpass/input with nothing to read (no terminal, stdin closed)
        print(file=sys.stderr)  # end the prompt's line
        _complain(messages.CLI_NO_TERMINAL)
        return EXIT_USER_ERROR
    except BrokenPipeError:
        # ``fodslag ... | head`` closed the pipe: nothing more to say, and nowhere to say it
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_USER_ERROR
    except OSError as error:
        where = f" ({error.filename})" if error.filename else ""
        _complain(messages.CLI_FILE_ERROR, where=where, reason=error.strerror)
        return EXIT_USER_ERROR
    parser.print_usage(sys.stderr)
    return EXIT_USAGE


def _complain(message: Message, **params: object) -> None:
    """A refusal on standard error, as every error of the command is written."""
    print(f"fodslag: {message.render(params)}", file=sys.stderr)


def _say(message: Message, **params: object) -> None:
    """A line of the command's report on standard output, from the message catalogue."""
    print(message.render(params))


def _count(value: int) -> str:
    """A count as the documents write it ('1.234')."""
    return number(value)


def check_out(path: Path) -> Path:
    """``--out`` names a regular file in a folder that exists; anything else is refused.

    The writers put the file in place through a temporary file beside it, so an existing
    symlink or device there would be replaced (or written through); refuse those.
    """
    if not path.parent.is_dir():
        raise FodslagError(messages.CLI_FOLDER_MISSING, folder=path.parent)
    if path.is_symlink():
        raise FodslagError(messages.CLI_OUT_SYMLINK, path=path)
    if path.exists() and not stat.S_ISREG(path.stat().st_mode):
        raise FodslagError(messages.CLI_OUT_NOT_A_FILE, path=path)
    return path


def _open(database: str | None, *, prepare: bool = True):  # type: ignore[no-untyped-def]
    from desktop.services.database import Database
    from desktop.services.location import default_backup_dir
    from desktop.services.schema import prepare_database

    db = Database(database)
    if prepare:
        prepare_database(db, backup_dir=default_backup_dir(db.sqlite_path))
    return db


def _must_exist(database: str | None) -> None:
    """A check of a file that is not there would otherwise create an empty database to check."""
    if database and "://" not in database and not Path(database).expanduser().is_file():
        raise FodslagError(messages.CLI_DATABASE_MISSING, path=database)


def _demo(args: argparse.Namespace) -> int:
    from desktop.services.demo import create_demo

    if args.contacts < 0:
        _complain(messages.CLI_CONTACTS_NEGATIVE)
        return EXIT_USAGE
    db = _open(args.database)
    started = time.perf_counter()
    if args.stress:
        from desktop.services.demo_stress import create_stress

        stress = create_stress(db)
        _say(
            messages.CLI_STRESS_MADE,
            database=db.describe(),
            seconds=number(time.perf_counter() - started, 1),
            members=len(stress.members),
            parties=len(stress.parties),
            card_contacts=len(stress.card_contacts),
        )
        db.dispose()
        return EXIT_OK

    def progress(done: int, total: int) -> None:
        line = messages.CLI_DEMO_PROGRESS.render({"done": _count(done), "total": _count(total)})
        print(f"\r{line}", end="", file=sys.stderr, flush=True)

    summary = create_demo(db, contacts=args.contacts, progress=progress if args.contacts else None)
    if args.contacts:
        print(file=sys.stderr)
    _say(
        messages.CLI_DEMO_MADE,
        database=db.describe(),
        seconds=number(time.perf_counter() - started, 1),
        contacts=summary.contacts,
        organisations=summary.organisations,
        initiatives=summary.initiatives,
        indicators=summary.indicators,
        meetings=summary.meetings,
    )
    db.dispose()
    return EXIT_OK


def _db(args: argparse.Namespace) -> int:
    from desktop.services.backup import restore_backup, take_backup, validate_backup
    from desktop.services.check import check_database
    from desktop.services.location import default_backup_dir
    from desktop.services.schema import prepare_database

    if args.db_command == "upgrade":
        db = _open(args.database, prepare=False)
        result = prepare_database(db, backup_dir=default_backup_dir(db.sqlite_path))
        if result.backup:
            _say(messages.CLI_UPGRADE_BACKUP, path=result.backup.path)
        before = result.before.current or messages.CLI_SCHEMA_EMPTY
        _say(messages.CLI_UPGRADE_SCHEMA, before=before, after=result.after.current)
        return EXIT_OK
    if args.db_command == "check":
        _must_exist(args.database)
        db = _open(args.database, prepare=False)
        report = check_database(db)
        _say(messages.CLI_CHECK_DATABASE, database=db.describe())
        _say(messages.CLI_CHECK_SCHEMA, revision=report.schema_revision, head=report.head_revision)
        _say(messages.CLI_CHECK_ROWS, rows=sum(report.row_counts.values()))
        for problem in report.problems:
            _say(messages.CLI_CHECK_PROBLEM, problem=problem)
        if report.ok:
            _say(messages.CLI_CHECK_OK)
        else:
            _say(messages.CLI_CHECK_PROBLEMS, count=len(report.problems))
        return EXIT_OK if report.ok else EXIT_USER_ERROR
    db = _open(args.database, prepare=False)
    if db.sqlite_path is None:
        raise FodslagError(messages.CLI_BACKUP_LOCAL_ONLY)
    if args.db_command == "backup":
        info = take_backup(db.sqlite_path, default_backup_dir(db.sqlite_path), "manual")
        _say(messages.CLI_BACKUP_SAVED, path=info.path, rows=info.total_rows)
        return EXIT_OK
    if not args.file.is_file():
        raise FodslagError(messages.CLI_FILE_MISSING, path=args.file)
    db.dispose()
    info = validate_backup(args.file)
    print(info.summary())
    if not args.yes and not _confirm(messages.CLI_RESTORE_QUESTION.render({"path": db.sqlite_path})):
        _say(messages.CLI_NOTHING_CHANGED)
        return EXIT_USER_ERROR
    restore_backup(args.file, db.sqlite_path, default_backup_dir(db.sqlite_path))
    _say(messages.CLI_RESTORED, path=db.sqlite_path)
    return EXIT_OK


def _confirm(question: str) -> bool:
    """A yes from the terminal; no terminal (a script) is a no, so ``--yes`` is needed."""
    if not sys.stdin.isatty():
        _complain(messages.CLI_ASKS_BEFORE_RESTORE)
        return False
    try:
        answer = input(question)
    except EOFError:
        return False
    return answer.strip().lower() in ("j", "ja", "y", "yes")


def _export(args: argparse.Namespace) -> int:
    from desktop.services.registry import Services

    check_out(args.out)
    db = _open(args.database)
    try:
        services = Services.over(db)
        if args.all_contacts:
            if args.kind != "contact-list":
                raise FodslagError(messages.CLI_ALL_ONLY_CONTACT_LIST)
            target = services.documents.export(args.kind, args.out, fmt=args.fmt, all_contacts=True)
            _say(messages.CLI_SAVED, path=target.resolve())
            return EXIT_OK
        if not args.partnership:
            raise FodslagError(messages.CLI_NEEDS_PARTNERSHIP)
        partnership_id = services.partnerships.id_by_name(args.partnership)
        if args.meeting is not None:
            meeting = services.meetings.get(args.meeting)
            if meeting.row.partnership_id != partnership_id:
                raise FodslagError(
                    messages.CLI_MEETING_ELSEWHERE,
                    meeting=args.meeting,
                    title=meeting.row.title,
                    partnership=meeting.row.partnership,
                    chosen=args.partnership,
                )
        if args.kind == "newsletter":
            return _newsletter(services, partnership_id, args)
        target = services.documents.export(
            args.kind,
            args.out,
            partnership_id=partnership_id,
            meeting_id=args.meeting,
            fmt=args.fmt,
            layout=args.layout,
        )
    finally:
        db.dispose()
    _say(messages.CLI_SAVED, path=target.resolve())
    return EXIT_OK


def _index(args: argparse.Namespace) -> int:
    """The index table as the GUI shows it; --reference and --weight are used, never stored."""
    from desktop.services.registry import Services

    db = _open(args.database)
    try:
        services = Services.over(db)
        table = services.safety_index.table(
            services.partnerships.id_by_name(args.partnership),
            reference_area=args.reference,
            experienced_weight=args.weight,
        )
    finally:
        db.dispose()
    print(format_index(table))
    return EXIT_OK


def format_index(table) -> str:  # type: ignore[no-untyped-def]
    """The table in plain text: area, period, both parts, index, n, warnings; then the method."""

    def cell(value: float | None) -> str:
        return "–" if value is None else number(round_half_up(value, 1))

    head = ("Område", "Periode", "Oplevet tryghed", "Anmeldelser", "Indeks", "n", "Advarsler")
    lines = [
        (
            r.area + (" (reference)" if r.is_reference else ""),
            r.period,
            cell(r.experienced_safety),
            cell(r.police_reports),
            cell(r.index),
            "" if r.respondents is None else str(r.respondents),
            " ".join(r.warnings),
        )
        for r in table.rows
    ]
    widths = [max(len(str(x)) for x in column) for column in zip(head, *lines, strict=True)]
    out = [
        "  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)).rstrip()
        for row in (head, *lines)
    ]
    if not lines:
        out.append("Ingen indikatorer er markeret som del af tryghedsindekset.")
    out += ["", "Metode: " + table.method, *("Bemærk: " + n for n in table.notes)]
    return "\n".join(out)


def _newsletter(services, partnership_id: int, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    """The newsletter as an unsent .eml draft (members in Bcc); a copy is kept on the partnership."""
    if not args.subject:
        raise FodslagError(messages.CLI_SUBJECT_MISSING)
    body = ""
    if args.text is not None:
        try:
            body = args.text.read_text(encoding="utf-8")
        except OSError as exc:
            raise FodslagError(messages.CLI_TEXT_UNREADABLE, path=args.text, reason=exc.strerror) from exc
        except UnicodeDecodeError as exc:
            raise FodslagError(messages.CLI_TEXT_NOT_UTF8, path=args.text) from exc
    services.documents.newsletter(partnership_id, args.subject, body, args.out)
    _say(messages.CLI_SAVED_DRAFT, path=args.out.resolve())
    return EXIT_OK


def _add_shared_server_commands(commands, db_commands) -> None:  # type: ignore[no-untyped-def]
    """``fodslag db copy`` and ``fodslag server init|add-user`` (a shared PostgreSQL server)."""
    copy = db_commands.add_parser("copy", help="kopiér en hel database (fx lokal fil -> server og tilbage)")
    copy.add_argument("--from", dest="source", required=True, metavar="URL", help="kopiér fra denne")
    copy.add_argument("--to", dest="target", required=True, metavar="URL", help="databasen der kopieres til")
    copy.add_argument("--replace", action="store_true", help="erstat indholdet, hvis målet ikke er tomt")
    server = commands.add_parser("server", help="opsæt en fælles PostgreSQL-server")
    server_commands = server.add_subparsers(dest="server_command", metavar="HANDLING", required=True)
    init = server_commands.add_parser("init", help="opret skema og roller (køres af databasens ejer)")
    _database_option(init, argparse.SUPPRESS)
    add_user = server_commands.add_parser("add-user", help="opret en bruger med en Fodslag-rolle")
    add_user.add_argument("name", metavar="NAVN")
    add_user.add_argument("--role", required=True, choices=("admin", "editor", "reader"))
    add_user.add_argument(
        "--prompt",
        action="store_true",
        help="spørg efter den nye brugers adgangskode i stedet for at generere en",
    )
    _database_option(add_user, argparse.SUPPRESS, prompt=False)


def _shared_server(args: argparse.Namespace) -> int:
    if args.command == "db":
        from desktop.services.copy import copy_database

        report = copy_database(args.source, args.target, replace=args.replace)
        _say(
            messages.CLI_COPIED,
            source=report.source,
            target=report.target,
            rows=report.total_rows,
            tables=len(report.tables),
        )
        return EXIT_OK
    from desktop.services.access import add_user, server_init
    from desktop.services.database import Database

    if not args.database:
        raise FodslagError(messages.CLI_SERVER_MISSING)
    db = Database(args.database)
    try:
        if args.server_command == "init":
            revision = server_init(db)
            _say(messages.CLI_SERVER_READY, revision=revision, database=db.describe())
            return EXIT_OK
        password = None
        if args.prompt:
            import getpass

            password = getpass.getpass(f"Adgangskode til {args.name}: ")
            if password != getpass.getpass("Gentag adgangskoden: "):
                raise FodslagError(messages.CLI_PASSWORDS_DIFFER)
        user = add_user(db, args.name, args.role, password)
        _say(messages.CLI_USER_MADE, name=user.name, role=user.role)
        if user.generated:
            # shown once, to the person who set the user up; Fodslag stores it nowhere
            _say(messages.CLI_USER_PASSWORD, password=user.password)
        return EXIT_OK
    finally:
        db.dispose()


def _add_safety_commands(commands) -> None:  # type: ignore[no-untyped-def]
    """``fodslag import contacts|workbook`` and ``fodslag privacy cleanup-list|export|erase``."""
    imp = commands.add_parser("import", help="indlæs kontakter eller en arbejdsbog")
    imp_commands = imp.add_subparsers(dest="import_command", metavar="TYPE", required=True)
    contacts = imp_commands.add_parser("contacts", help="kontakter fra Excel, CSV, Outlook eller vCard")
    contacts.add_argument("file", type=Path, metavar="FIL")
    contacts.add_argument("--partnership", metavar="NAVN", help="tilføj dem som netværksmedlemmer")
    contacts.add_argument("--dry-run", action="store_true", help="vis kun, hvad der ville ske")
    _database_option(contacts, argparse.SUPPRESS)
    workbook = imp_commands.add_parser("workbook", help="et helt partnerskab fra en Fodslag-arbejdsbog")
    workbook.add_argument("file", type=Path, metavar="FIL")
    workbook.add_argument(
        "--dry-run", action="store_true", help="vis kun, hvad der ville blive oprettet, ændret og slettet"
    )
    _database_option(workbook, argparse.SUPPRESS)
    privacy = commands.add_parser("privacy", help="persondata: oprydning, udtræk og sletning")
    privacy_commands = privacy.add_subparsers(dest="privacy_command", metavar="HANDLING", required=True)
    cleanup = privacy_commands.add_parser("cleanup-list", help="medlemmer, der gik ud for længe siden")
    cleanup.add_argument("--months", type=int, default=12, metavar="N", help="antal måneder (standard 12)")
    _database_option(cleanup, argparse.SUPPRESS)
    export = privacy_commands.add_parser("export", help="alt om én person som JSON og læsbar tekst")
    export.add_argument("person_id", type=int, metavar="PERSON_ID")
    export.add_argument("--out", type=Path, default=Path("."), metavar="MAPPE")
    _database_option(export, argparse.SUPPRESS)
    erase = privacy_commands.add_parser("erase", help="slet en persons oplysninger (kan ikke fortrydes)")
    erase.add_argument("person_id", type=int, metavar="PERSON_ID")
    _database_option(erase, argparse.SUPPRESS)


def _safety(args: argparse.Namespace) -> int:
    db = _open(args.database)
    try:
        if args.command == "export":
            from desktop.services.workbook import export_workbook

            check_out(args.out)
            summary = export_workbook(db, args.partnership, args.out)
            _say(messages.CLI_SAVED_ROWS, path=args.out.resolve(), rows=summary.total)
            return EXIT_OK
        if args.command == "import" and args.import_command == "workbook":
            from desktop.services.workbook import import_workbook

            plan = import_workbook(db, args.file, dry_run=args.dry_run)
            print("\n".join(plan.lines()))
            if args.dry_run:
                _say(messages.CLI_DRY_RUN)
            return EXIT_OK
        if args.command == "import":
            from desktop.services.imports.contacts import ContactImportService

            service = ContactImportService(db)
            preview = service.preview(args.file)
            if args.dry_run:
                imported = service.summarize(preview)
            else:
                imported = service.commit(preview, partnership=args.partnership)
            print("\n".join(imported.lines()))
            return EXIT_OK
        from desktop.services.privacy import PrivacyService

        privacy = PrivacyService(db)
        if args.privacy_command == "cleanup-list":
            rows = privacy.cleanup_list(retention_months=args.months)
            for row in rows:
                _say(messages.CLI_CLEANUP_ROW, id=row.person_id, name=row.name, left=short_date(row.left_on))
            _say(messages.CLI_CLEANUP_SUMMARY, count=len(rows), months=args.months)
            return EXIT_OK
        if args.privacy_command == "export":
            json_path, text_path = privacy.write_export(args.person_id, args.out)
            _say(messages.CLI_SAVED, path=json_path.resolve())
            _say(messages.CLI_SAVED, path=text_path.resolve())
            return EXIT_OK
        result = privacy.erase(args.person_id)
        _say(
            messages.CLI_ERASED,
            id=result.person_id,
            pseudonym=result.pseudonym,
            texts=result.texts_rewritten,
        )
        return EXIT_OK
    finally:
        db.dispose()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
