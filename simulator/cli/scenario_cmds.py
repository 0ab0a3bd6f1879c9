"""``simulator scenarios``, ``validate`` and ``play``."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from simulator.cli.common import CliError, load_catalogue, open_store, print_json
from simulator.engine import ChoiceError
from simulator.engine.paths import best_raw
from simulator.scenario.model import Scenario
from simulator.service import Service, ServiceError, Session


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("scenarios", parents=[parent], help="list the installed scenarios")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_scenarios)

    p = sub.add_parser("validate", parents=[parent], help="check scenario files (exit 1 if any is invalid)")
    p.add_argument("paths", nargs="*", metavar="PATH", help="files or folders (default: the installed scenarios)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_validate)

    p = sub.add_parser("play", parents=[parent], help="play a scenario headless with a list of choices")
    p.add_argument("scenario", metavar="SCENARIO_ID")
    p.add_argument("--choices", default="", help="1-based positions among the offered replies, e.g. 2,1,3")
    p.add_argument("--persona", help="persona id (default: the scenario's first)")
    p.add_argument("--lang", choices=["fr", "en"], default="fr")
    p.add_argument("--mode", choices=["practice", "assessment"], default="practice")
    p.add_argument("--trainee", metavar="NAME", help="record the attempt for this trainee (created if new)")
    p.add_argument("--resume", action="store_true", help="continue this trainee's unfinished attempt")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_play)


def summary(scenario: Scenario) -> dict[str, Any]:
    """Per scenario: what a trainer needs to check a file at a glance."""
    return {
        "id": scenario.id, "version": scenario.version, "title": scenario.title.get("fr"),
        "title_en": scenario.title.get("en"), "place": scenario.place.get("fr"),
        "file": str(scenario.source) if scenario.source else None, "languages": list(scenario.languages),
        "personas": list(scenario.persona_ids), "nodes": len(scenario.nodes),
        "replies": sum(len(n.replies) for n in scenario.nodes.values()), "endings": len(scenario.endings),
        "best": {p: best_raw(scenario, p).as_dict() for p in scenario.persona_ids},
    }


def cmd_scenarios(args: argparse.Namespace) -> int:
    catalogue = load_catalogue()
    rows = [summary(s) for s in sorted(catalogue.scenarios.values(), key=lambda s: s.id)]
    if args.json:
        print_json(rows)
    else:
        for row in rows:
            print(f"{row['id']:<20} v{row['version']:<3} {row['title']} ({row['place']})")
    for error in catalogue.errors:
        print(f"not loaded: {error.file}", file=sys.stderr)
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    catalogue = load_catalogue(args.paths)
    if args.json:
        print_json({
            "valid": not catalogue.errors,
            "scenarios": [dict(summary(s), valid=True) for s in catalogue.scenarios.values()],
            "errors": [{"file": e.file, "problems": [str(p) for p in e.problems]} for e in catalogue.errors],
        })
    else:
        for scenario in catalogue.scenarios.values():
            print(f"ok       {scenario.source}  ({scenario.id}, {len(scenario.nodes)} nodes)")
        for error in catalogue.errors:
            print(f"invalid  {error.file}", file=sys.stderr)
            for problem in error.problems:
                print(f"  {problem}", file=sys.stderr)
    return 1 if catalogue.errors else 0


def parse_choices(raw: str) -> list[int]:
    try:
        return [int(part) for part in raw.replace(" ", "").split(",") if part]
    except ValueError:
        raise CliError(f'--choices must be numbers separated by commas, like 2,1,3 (got "{raw}")', 2) from None


def cmd_play(args: argparse.Namespace) -> int:
    choices = parse_choices(args.choices)
    catalogue = load_catalogue()
    store = open_store(args) if args.trainee else None
    service = Service(catalogue.scenarios, store)
    try:
        session = _session(service, args)
        for number, position in enumerate(choices, start=1):
            _choose(service, session, number, position)
    except ServiceError as exc:
        raise CliError(str(exc), 2) from exc
    finally:
        if store is not None:
            store.close()
    result = play_result(session)
    print_json(result) if args.json else _print_play(result)
    return 0


def _session(service: Service, args: argparse.Namespace) -> Session:
    trainee_id = service.ensure_profile(args.trainee).id if args.trainee else None
    if args.resume:
        if trainee_id is None:
            raise CliError("--resume needs --trainee NAME", 2)
        open_ = [a for a in service.unfinished(trainee_id) if a.scenario_id == args.scenario]
        if open_:
            return service.resume(open_[-1].id, args.lang)
    return service.start(args.scenario, args.persona, args.mode, args.lang, trainee_id)


def _choose(service: Service, session: Session, number: int, position: int) -> None:
    try:
        service.choose(session, position)
    except ChoiceError as exc:
        raise CliError(f"choice #{number} ({position}): {exc}", 2) from exc


def play_result(session: Session) -> dict[str, Any]:
    run, lang = session.run, session.lang
    scores = run.scores()
    return {
        "scenario": run.scenario.id, "persona": run.persona.id, "attempt": session.attempt_id,
        "finished": run.finished, "ending": run.ending.id if run.ending else None,
        "outcome": str(run.ending.outcome) if run.ending else None,
        "scores": scores.as_dict(), "passed": scores.passed if run.finished else None,
        "steps": [{"node": s.node_id, "chosen": s.reply_id, "position": s.position,
                   "principle": s.feedback.principle, "feedback": s.feedback.text.get(lang)} for s in run.history],
        "options": [{"position": i, "id": r.id, "text": r.text.get(lang)}
                    for i, r in enumerate(run.offered(), start=1)],
    }


def _print_play(result: dict[str, Any]) -> None:
    for number, step in enumerate(result["steps"], start=1):
        print(f"{number}. {step['node']} -> {step['chosen']}: {step['feedback']}")
    if result["finished"]:
        s = result["scores"]
        verdict = "passed" if result["passed"] else "not passed"
        print(f"Ending: {result['ending']} ({result['outcome']}). Empathy {s['empathy']}, adaptation "
              f"{s['adaptation']}, interest {s['interest']}, overall {s['overall']}: {verdict}.")
    else:
        print("Offered now:")
        for option in result["options"]:
            print(f"  {option['position']}. {option['text']}")
