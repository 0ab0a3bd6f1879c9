"""``simulator export``, ``import``, ``lrs push``, ``trainee export|erase``, ``trainer set-password``, ``retention``.

The trainer's and HR's scripting face of ``TrainerService``: same results as the trainer window.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from simulator.cli.common import CliError, load_catalogue, open_store, print_json
from simulator.records.common import WRITE_PROBLEMS, Cancelled, Filters, RecordsError, parse_day
from simulator.records.export import FORMATS
from simulator.records.lrs import LrsConfig
from simulator.store import StoreError
from simulator.trainer.auth import AuthError
from simulator.trainer.service import TrainerService

PASSWORD_ENV = "SIMULATOR_LRS_PASSWORD"


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("export", parents=[parent],
                       help="export completion records (csv, xlsx, pdf, json, xapi, bundle)")
    p.add_argument("--format", required=True, choices=FORMATS)
    p.add_argument("--out", required=True, metavar="PATH", help="file to write (replaced only once complete)")
    p.add_argument("--since", metavar="YYYY-MM-DD", help="attempts started on or after this day (UTC)")
    p.add_argument("--until", metavar="YYYY-MM-DD", help="attempts started on or before this day (UTC)")
    p.add_argument("--shop", metavar="S")
    p.add_argument("--trainee", metavar="NAME",
                   help="name, employee id or trainee id (pdf: that trainee's certificate)")
    p.add_argument("--separator", default=";", choices=[";", ","], help="CSV separator (default ;)")
    p.add_argument("--lang", default="fr", choices=["fr", "en"],
                   help="language of the scenario titles and of the PDF documents (default fr)")
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("import", parents=[parent], help="merge a bundle from another shop PC (safe to repeat)")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(handler=cmd_import)

    _register_lrs(sub, parent)
    _register_trainee(sub, parent)
    _register_trainer(sub, parent)


def _register_lrs(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    lrs = sub.add_parser("lrs", help="send xAPI statements to a Learning Record Store").add_subparsers(
        dest="lrs_command", metavar="ACTION")
    p = lrs.add_parser("push", parents=[parent], help="send every queued statement (retries, never duplicates)")
    p.add_argument("--endpoint", metavar="URL", help="xAPI base, e.g. https://lrs.example.org/xAPI")
    p.add_argument("--username", metavar="U")
    p.add_argument("--password", metavar="P", help=f"(or set {PASSWORD_ENV})")
    p.add_argument("--save", action="store_true", help="remember these LRS settings for next time")
    p.set_defaults(handler=cmd_lrs_push)


def _register_trainee(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    trainee = sub.add_parser("trainee", help="one trainee's personal data (GDPR)").add_subparsers(
        dest="trainee_command", metavar="ACTION")
    p = trainee.add_parser("export", parents=[parent], help="everything stored about one trainee, as JSON")
    p.add_argument("name", metavar="NAME", help="name, employee id or trainee id")
    p.add_argument("--out", metavar="PATH", help="file to write (default: print)")
    p.set_defaults(handler=cmd_trainee_export)
    p = trainee.add_parser("erase", parents=[parent], help="erase one trainee everywhere (cannot be undone)")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(handler=cmd_trainee_erase)


def _register_trainer(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    trainer = sub.add_parser("trainer", help="trainer area settings").add_subparsers(
        dest="trainer_command", metavar="ACTION")
    p = trainer.add_parser("set-password", parents=[parent],
                           help="set or change the trainer password (read from the keyboard, or stdin)")
    p.set_defaults(handler=cmd_set_password)
    p = trainer.add_parser("shop", parents=[parent],
                           help="show or set the shop this PC belongs to (new profiles made here belong to it)")
    p.add_argument("shop", nargs="?", metavar="NAME", help="the shop's name (omit to show the current one)")
    p.add_argument("--clear", action="store_true", help="this PC belongs to no particular shop")
    p.set_defaults(handler=cmd_pc_shop)
    retention = sub.add_parser("retention", help="how long attempts are kept").add_subparsers(
        dest="retention_command", metavar="ACTION")
    p = retention.add_parser("purge", parents=[parent], help="delete attempts older than N months")
    p.add_argument("--months", type=int, metavar="N", help="default: the saved setting")
    p.set_defaults(handler=cmd_purge)
    p = retention.add_parser("set", parents=[parent], help="save the retention period (months)")
    p.add_argument("months", type=int, metavar="N")
    p.set_defaults(handler=cmd_retention_set)


def _run(args: argparse.Namespace, action: Callable[[TrainerService], Any], catalogue: bool = True) -> Any:
    """Open the store and the service, run ``action``, turn expected errors into plain messages."""
    scenarios = load_catalogue().scenarios if catalogue else {}
    store = open_store(args)
    try:
        return action(TrainerService(store, scenarios, actor=f"cli:{getpass.getuser()}"))
    except RecordsError as exc:
        raise CliError(str(exc), 3 if exc.code in WRITE_PROBLEMS else 2) from exc
    except AuthError as exc:
        raise CliError(str(exc), 2) from exc
    except StoreError as exc:
        raise CliError(str(exc), 3) from exc
    except Cancelled as exc:
        raise CliError(str(exc), 130) from exc
    except OSError as exc:
        raise CliError(f"Could not write {exc.filename or 'the file'}: {exc.strerror or exc}.", 3) from exc
    finally:
        store.close()


def _filters(args: argparse.Namespace) -> Filters:
    try:
        return Filters(parse_day(args.since, "--since"), parse_day(args.until, "--until"), args.shop, args.trainee)
    except RecordsError as exc:
        raise CliError(str(exc), 2) from exc


def cmd_export(args: argparse.Namespace) -> int:
    filters = _filters(args)
    result = _run(args, lambda s: s.export(args.format, Path(args.out), filters, separator=args.separator,
                                           lang=args.lang))
    print(f"Wrote {result.count} records ({result.format}) to {result.path}.")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    result = _run(args, lambda s: s.import_bundle(Path(args.file)), catalogue=False)
    added = ", ".join(f"{n} {t}" for t, n in result.added.items())
    print(f"Imported {args.file}: added {added}.")
    return 0


def cmd_lrs_push(args: argparse.Namespace) -> int:
    password = args.password if args.password is not None else os.environ.get(PASSWORD_ENV)

    def push(s: TrainerService) -> Any:
        config = s.lrs_config(endpoint=args.endpoint, username=args.username, password=password)
        if args.save:
            s.save_lrs_config(config)
        return s.push(config)

    result = _run(args, push)
    print(f"Sent {result.sent} statements; {result.pending} still queued.")
    for reason in result.rejected_reasons[:10]:
        print(f"  refused: {reason}", file=sys.stderr)
    if result.error:
        print(f"simulator: stopped early: {result.error}", file=sys.stderr)
        return 3
    return 0


def cmd_trainee_export(args: argparse.Namespace) -> int:
    if args.out:
        _run(args, lambda s: s.save_trainee_data(args.name, Path(args.out)), catalogue=False)
        print(f"Wrote everything stored about this trainee to {args.out}.")
    else:
        print_json(_run(args, lambda s: s.trainee_data(args.name), catalogue=False))
    return 0


def cmd_trainee_erase(args: argparse.Namespace) -> int:
    if not args.yes:
        if not sys.stdin.isatty():
            raise CliError("Erasing cannot be undone: add --yes to confirm.", 2)
        if input(f'Erase "{args.name}" and all their attempts? Type yes: ').strip().lower() != "yes":
            print("Nothing was erased.")
            return 0
    counts = _run(args, lambda s: s.erase(args.name), catalogue=False)
    print(f"Erased one trainee and {counts['attempts']} attempts; the database files were rewritten and "
          f"{counts.get('backups_removed', 0)} older backups holding them were deleted.")
    if not counts["wal_emptied"]:
        print("simulator: another copy of the simulator is reading the record book; the erased bytes leave "
              "the WAL file once every copy is closed.", file=sys.stderr)
    return 0


def _read_password(prompt: str) -> str:
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    return sys.stdin.readline().rstrip("\r\n")


def cmd_pc_shop(args: argparse.Namespace) -> int:
    def apply(s: TrainerService) -> str | None:
        if args.clear or args.shop:
            s.set_pc_shop(None if args.clear else args.shop)
        return s.pc_shop()

    shop = _run(args, apply, catalogue=False)
    print(f"This PC belongs to: {shop}" if shop else "This PC belongs to no particular shop.")
    return 0


def cmd_set_password(args: argparse.Namespace) -> int:
    def change(s: TrainerService) -> None:
        current = _read_password("Current trainer password: ") if s.auth.is_set else None
        new = _read_password("New trainer password (at least 8 characters): ")
        if sys.stdin.isatty() and getpass.getpass("Type it again: ") != new:
            raise AuthError("The two passwords differ; nothing was changed.")
        s.auth.set_password(new, current)

    _run(args, change, catalogue=False)
    print("The trainer password is set.")
    return 0


def cmd_purge(args: argparse.Namespace) -> int:
    n = _run(args, lambda s: s.purge(args.months), catalogue=False)
    print(f"Deleted {n} old attempts.")
    return 0


def cmd_retention_set(args: argparse.Namespace) -> int:
    from simulator.records.privacy import set_retention

    _run(args, lambda s: set_retention(s.store, args.months), catalogue=False)
    print(f"Attempts older than {args.months} months will be deleted by `simulator retention purge`.")
    return 0


__all__ = ["LrsConfig", "register"]
