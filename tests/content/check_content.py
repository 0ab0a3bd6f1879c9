"""A loader-independent checker for the scenario files in ``scenarios/``.

Why it exists: the content (dialogue, scoring design) is written in parallel
with the real loader and engine, so the content rules of the issue are checked
here on the raw YAML with ``yaml.safe_load`` only. It enumerates every path
itself and scores it the way ``docs/scenario-format.md`` says, so a scenario
whose best path does not reach 100 on every criterion is caught early.

Run by hand for a report: ``.venv/bin/python tests/content/check_content.py``.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from simulator.scenario.principles import PRINCIPLES

logger = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parents[2]
SCENARIO_DIR = ROOT / "scenarios"
AVATAR_DIR = ROOT / "assets" / "personas"
CRITERIA = ("empathy", "adaptation", "interest")
OUTCOMES = {"returns", "silent", "leaves"}
MAX_SAYS = 300
MAX_PATHS = 100_000  # bound on path enumeration: far above any real scenario

Doc = dict[str, Any]
Path_ = tuple[tuple[str, dict[str, Any]], ...]  # ((node_id, reply), ...) then the ending id is implied


def scenario_files() -> list[Path]:
    """The installed scenario files, sorted so reports are stable."""
    return sorted(SCENARIO_DIR.glob("*.yaml"))


def load(path: Path) -> Doc:
    """Read one scenario file with the safe YAML loader only."""
    with path.open(encoding="utf-8") as handle:
        doc = yaml.safe_load(handle)
    if not isinstance(doc, dict):
        raise ValueError(f"{path.name}: the top level is not a mapping")
    return doc


def text_problems(doc: Doc, where: str, value: Any) -> list[str]:
    """A text must give a non-empty string in every declared language."""
    langs = doc.get("languages") or []
    if not isinstance(value, dict):
        return [f"{where}: not a text mapping"]
    return [f"{where}: missing or empty '{lang}'" for lang in langs
            if not isinstance(value.get(lang), str) or not value[lang].strip()]


def all_texts(doc: Doc) -> Iterator[tuple[str, Any]]:
    """Every (place, text) pair of the file, so no field is forgotten by a check."""
    for key in ("title", "place", "brief", "setting"):
        if key in doc:
            yield key, doc[key]
    for persona in doc.get("personas", []):
        for key in ("name", "description"):
            yield f"persona {persona.get('id')}.{key}", persona.get(key)
    for node_id, node in doc.get("nodes", {}).items():
        yield f"node {node_id}.says", node.get("says")
        if "does" in node:
            yield f"node {node_id}.does", node["does"]
        for reply in node.get("replies", []):
            yield from _reply_texts(f"{node_id}.{reply.get('id')}", reply)
    for end_id, ending in doc.get("endings", {}).items():
        yield f"ending {end_id}.text", ending.get("text")


def _reply_texts(where: str, reply: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    yield f"reply {where}.text", reply.get("text")
    yield f"reply {where}.feedback", (reply.get("feedback") or {}).get("text")
    for persona, override in (reply.get("for_persona") or {}).items():
        if "feedback" in override:
            yield f"reply {where}.for_persona.{persona}.feedback", override["feedback"].get("text")


def effects_for(reply: dict[str, Any], persona: str) -> dict[str, int]:
    """The effects of a reply for one persona (the override wins when given)."""
    override = (reply.get("for_persona") or {}).get(persona) or {}
    effects = override.get("effects") or reply.get("effects") or {}
    return {c: int(effects.get(c, 0)) for c in CRITERIA}


def offered(node: dict[str, Any], persona: str, chosen: frozenset[str]) -> list[dict[str, Any]]:
    """The replies offered at a node to this persona after this history."""
    result = []
    for reply in node.get("replies", []):
        when = reply.get("when") or {}
        if when.get("personas") and persona not in when["personas"]:
            continue
        if any(key not in chosen for key in when.get("chose", [])):
            continue
        if any(key in chosen for key in when.get("not_chose", [])):
            continue
        result.append(reply)
    return result


def paths(doc: Doc, persona: str) -> list[tuple[Path_, str]]:
    """Every complete path for a persona, as (steps, ending id). Bounded by MAX_PATHS."""
    found: list[tuple[Path_, str]] = []
    stack: list[tuple[str, Path_]] = [(doc["start"], ())]
    while stack and len(found) < MAX_PATHS:
        node_id, steps = stack.pop()
        if node_id in doc.get("endings", {}):
            found.append((steps, node_id))
            continue
        if len(steps) > len(doc["nodes"]):
            raise ValueError(f"cycle through {node_id}")
        chosen = frozenset(f"{n}.{r['id']}" for n, r in steps)
        replies = offered(doc["nodes"][node_id], persona, chosen)
        if not replies:
            raise ValueError(f"no reply offered at {node_id} to {persona} after {sorted(chosen)}")
        for reply in replies:
            stack.append((reply["next"], steps + ((node_id, reply),)))
    return found


def raw_scores(steps: Path_, persona: str) -> dict[str, int]:
    """Sum of the effects along a path, per criterion."""
    totals = dict.fromkeys(CRITERIA, 0)
    for _node, reply in steps:
        for criterion, value in effects_for(reply, persona).items():
            totals[criterion] += value
    return totals


def best_raw(doc: Doc, persona: str) -> dict[str, int]:
    """The best raw score reachable per criterion (each criterion on its own)."""
    all_raw = [raw_scores(steps, persona) for steps, _end in paths(doc, persona)]
    return {c: max(raw[c] for raw in all_raw) for c in CRITERIA}


def scores(doc: Doc, persona: str, steps: Path_, best: dict[str, int] | None = None) -> dict[str, int]:
    """Normalised scores 0-100 and the overall mean, as the engine computes them.

    Pass ``best`` (from ``best_raw``) when scoring many paths: it is the costly part.
    """
    best, raw = best or best_raw(doc, persona), raw_scores(steps, persona)
    result = {c: max(0, min(100, round(100 * raw[c] / best[c]))) if best[c] > 0 else 0 for c in CRITERIA}
    result["overall"] = round(sum(result[c] for c in CRITERIA) / len(CRITERIA))
    return result


def passes(doc: Doc, result: dict[str, int]) -> bool:
    """The pass rule of the file (default 60 per criterion, 70 overall)."""
    rule = doc.get("pass_rule") or {}
    floor, overall = rule.get("criterion_min", 60), rule.get("overall_min", 70)
    return all(result[c] >= floor for c in CRITERIA) and result["overall"] >= overall


def scored_paths(doc: Doc, persona: str) -> list[tuple[dict[str, int], Path_, str]]:
    """Every path of a persona with its scores: (scores, steps, ending id)."""
    found = paths(doc, persona)
    best = best_raw(doc, persona)
    return [(scores(doc, persona, steps, best), steps, end) for steps, end in found]


def persona_ids(doc: Doc) -> list[str]:
    return [p["id"] for p in doc.get("personas", [])]


def best_reply_ids(node: dict[str, Any], persona: str) -> set[str]:
    """The reply ids with the highest total effect at a node for a persona (history ignored)."""
    replies = [r for r in offered(node, persona, frozenset()) if not (r.get("when") or {}).get("chose")]
    if not replies:
        return set()
    top = max(sum(effects_for(r, persona).values()) for r in replies)
    return {r["id"] for r in replies if sum(effects_for(r, persona).values()) == top}


def report(path: Path) -> str:
    """A short human summary of one file: paths, best path, pass/fail counts per persona."""
    doc = load(path)
    lines = [f"{path.name}: {len(doc['nodes'])} nodes, {len(doc['endings'])} endings"]
    for persona in persona_ids(doc):
        results = scored_paths(doc, persona)
        passed = sum(passes(doc, r) for r, _s, _e in results)
        perfect = [s for r, s, _e in results if all(r[c] == 100 for c in CRITERIA)]
        lines.append(f"  {persona}: {len(results)} paths, {passed} pass, {len(perfect)} perfect"
                     f" (length {[len(s) for s in perfect]}), best raw {best_raw(doc, persona)}")
    return "\n".join(lines)


def structure_problems(doc: Doc) -> list[str]:
    """Shape, targets, reachability, ranges and principles: the rules a loader would check."""
    problems = [f"missing key '{k}'" for k in ("id", "version", "languages", "title", "place", "brief",
                                               "personas", "start", "nodes", "endings") if k not in doc]
    if problems:
        return problems
    problems += [p for where, value in all_texts(doc) for p in text_problems(doc, where, value)]
    problems += _graph_problems(doc)
    for node_id, node in doc["nodes"].items():
        problems += _node_problems(doc, node_id, node)
    for end_id, ending in doc["endings"].items():
        if ending.get("outcome") not in OUTCOMES:
            problems.append(f"ending {end_id}: unknown outcome {ending.get('outcome')!r}")
    return problems


def _graph_problems(doc: Doc) -> list[str]:
    """Every target exists, every node and ending is reachable, no cycle."""
    targets = set(doc["nodes"]) | set(doc["endings"])
    problems = [f"node {n}: reply {r.get('id')} goes to unknown '{r.get('next')}'"
                for n, node in doc["nodes"].items() for r in node.get("replies", []) if r.get("next") not in targets]
    if doc["start"] not in doc["nodes"] or problems:
        return problems + ([] if doc["start"] in doc["nodes"] else ["start is not a node"])
    seen: set[str] = set()
    for persona in persona_ids(doc):
        for steps, end in paths(doc, persona):
            seen.update(n for n, _r in steps)
            seen.add(end)
    return problems + [f"'{t}' is never reached" for t in sorted(targets - seen)]


def _node_problems(doc: Doc, node_id: str, node: dict[str, Any]) -> list[str]:
    """Per node: 3 to 6 replies, unique ids, ranges, principles, persona and history references."""
    replies = node.get("replies", [])
    problems = [] if 3 <= len(replies) <= 6 else [f"node {node_id}: {len(replies)} replies (want 3-6)"]
    ids = [r.get("id") for r in replies]
    problems += [f"node {node_id}: duplicate reply id {i}" for i in set(ids) if ids.count(i) > 1]
    for lang, line in (node.get("says") or {}).items():
        if isinstance(line, str) and len(line) > MAX_SAYS:
            problems.append(f"node {node_id}: says.{lang} is {len(line)} characters (max {MAX_SAYS})")
    for reply in replies:
        problems += [f"node {node_id}.{reply.get('id')}: {p}" for p in _reply_problems(doc, reply)]
    return problems


def _reply_problems(doc: Doc, reply: dict[str, Any]) -> list[str]:
    personas = set(persona_ids(doc))
    keys = {f"{n}.{r['id']}" for n, node in doc["nodes"].items() for r in node.get("replies", [])}
    problems = [f"effect {c}={v} out of -3..3" for c, v in (reply.get("effects") or {}).items()
                if c not in CRITERIA or not -3 <= v <= 3]
    problems += [] if set(reply.get("effects") or {}) == set(CRITERIA) else ["effects lack a criterion"]
    problems += [] if -3 <= reply.get("mood", 0) <= 3 else ["mood out of -3..3"]
    feedbacks = [reply.get("feedback") or {}] + [o.get("feedback") or {} for o in
                                                 (reply.get("for_persona") or {}).values() if "feedback" in o]
    problems += [f"unknown principle {f.get('principle')!r}" for f in feedbacks if f.get("principle") not in PRINCIPLES]
    when = reply.get("when") or {}
    problems += [f"unknown persona {p}" for p in list(when.get("personas", [])) + list(reply.get("for_persona") or {})
                 if p not in personas]
    problems += [f"unknown choice {k}" for k in list(when.get("chose", [])) + list(when.get("not_chose", []))
                 if k not in keys]
    return problems


if __name__ == "__main__":
    for file in [Path(a) for a in sys.argv[1:]] or scenario_files():
        print(report(file))
