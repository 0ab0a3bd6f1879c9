"""``simulator db check|restore|backup`` and ``simulator demo-data``."""

from __future__ import annotations

import argparse
from pathlib import Path

from simulator.cli.common import CliError, load_catalogue, open_store, print_json


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    db = sub.add_parser("db", help="check, back up or restore the progress database")
    db_sub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    p = db_sub.add_parser("check", parents=[parent], help="full integrity check (exit 1 if damaged)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_check)
    p = db_sub.add_parser("backup", parents=[parent], help="make a verified backup now")
    p.set_defaults(handler=cmd_backup)
    p = db_sub.add_parser("restore", parents=[parent], help="restore a backup (default: the newest verified one)")
    p.add_argument("backup", nargs="?", metavar="BACKUP", help="a backup file (see `db backups`)")
    p.set_defaults(handler=cmd_restore)
    p = db_sub.add_parser("backups", parents=[parent], help="list verified backups, newest first")
    p.set_defaults(handler=cmd_backups)

    p = sub.add_parser("demo-data", parents=[parent], help="fill the database with a synthetic history (marked demo)")
    p.add_argument("--trainees", type=int, default=20, metavar="N")
    p.add_argument("--attempts-per-trainee", type=int, default=3, metavar="M",
                   help="attempts per trainee on each scenario")
    p.add_argument("--scenarios", type=int, default=None, metavar="K",
                   help="number of scenario columns (default: the installed ones; more are synthetic copies)")
    p.add_argument("--seed", type=int, default=1, metavar="S")
    p.set_defaults(handler=cmd_demo)


def cmd_check(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        report = store.check()
    if args.json:
        print_json({"ok": report.ok, "integrity": report.integrity, "foreign_keys": report.foreign_keys})
    else:
        print(report.text)
    return 0 if report.ok else 1


def cmd_backup(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        made = store.backup()
    print(f"Backup written: {made}" if made else "No backup was needed.")
    return 0


def cmd_backups(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        for path in store.backups():
            print(path)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from simulator.store import StoreError

    with open_store(args) as store:
        try:
            kept = store.restore(Path(args.backup) if args.backup else None)
        except StoreError as exc:
            raise CliError(str(exc), 3) from exc
    print(f"Restored. The previous file was kept as {kept}." if kept else "Restored.")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from simulator.demo import fill_demo

    if args.trainees < 1 or args.attempts_per_trainee < 1:
        raise CliError("--trainees and --attempts-per-trainee must be at least 1", 2)
    scenarios = list(load_catalogue().scenarios.values())
    with open_store(args) as store:
        summary = fill_demo(store, scenarios, trainees=args.trainees,
                            attempts_per_trainee=args.attempts_per_trainee, seed=args.seed, scenarios=args.scenarios)
    print(f"Demo data added: {summary.trainees} trainees, {summary.attempts} attempts, {summary.choices} choices "
          f"on {len(summary.scenario_ids)} scenarios.")
    return 0
