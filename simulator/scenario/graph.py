"""Checks on the dialogue graph: every node reachable, no loop, no persona left without a reply.

They read the raw document defensively (any part may be malformed, the schema
reports that), so that a file with a schema mistake still gets its graph
problems in the same report.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

from simulator.scenario.document import Document, Path
from simulator.scenario.errors import Problem

log = logging.getLogger(__name__)

MAX_STATES = 20_000  # per persona; a scenario is small, this only guards against pathological files


def mapping(value: Any, key: str) -> dict[str, dict[str, Any]]:
    """The entries of ``value[key]`` that are mappings (nodes, endings, for_persona)."""
    found = value.get(key) if isinstance(value, dict) else None
    return {k: v for k, v in found.items() if isinstance(v, dict)} if isinstance(found, dict) else {}


def items(value: Any, key: str) -> Iterator[tuple[int, dict[str, Any]]]:
    """The (index, entry) pairs of ``value[key]`` that are mappings (personas, replies)."""
    found = value.get(key) if isinstance(value, dict) else None
    if isinstance(found, list):
        yield from ((i, item) for i, item in enumerate(found) if isinstance(item, dict))


def strings(value: Any) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def persona_ids(data: dict[str, Any]) -> list[str]:
    return list(dict.fromkeys(p["id"] for _, p in items(data, "personas") if isinstance(p.get("id"), str)))


def _targets(node: dict[str, Any]) -> Iterator[tuple[int, str]]:
    for index, reply in items(node, "replies"):
        if isinstance(reply.get("next"), str):
            yield index, reply["next"]


def check_reachable(doc: Document) -> list[Problem]:
    """Every node and ending can be reached by following replies from ``start``."""
    nodes, endings = mapping(doc.data, "nodes"), mapping(doc.data, "endings")
    start = doc.data.get("start")
    if not isinstance(start, str) or start not in nodes:
        return []
    seen, todo = {start}, [start]
    while todo:
        for _, target in _targets(nodes.get(todo.pop(), {})):
            if target not in seen:
                seen.add(target)
                todo.append(target)
    lost = [("nodes", n, "node") for n in nodes if n not in seen]
    lost += [("endings", e, "ending") for e in endings if e not in seen and e not in nodes]
    return [doc.problem((where, name), f'no reply leads here: this {kind} can never be reached from "{start}"',
                        on_key=True) for where, name, kind in lost]


def check_cycles(doc: Document) -> list[Problem]:
    """No loop: every path must end. Each loop is reported once, at the reply that closes it."""
    nodes = mapping(doc.data, "nodes")
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    problems: list[Problem] = []
    start = doc.data.get("start")
    for root in sorted(nodes, key=lambda n: n != start):
        if root not in state:
            problems += _walk(doc, nodes, root, state)
    return problems


def _walk(doc: Document, nodes: dict[str, dict[str, Any]], root: str, state: dict[str, int]) -> list[Problem]:
    """Iterative depth-first walk (a recursive one could overflow on a long chain)."""
    problems: list[Problem] = []
    path, stack = [root], [iter(list(_targets(nodes[root])))]
    state[root] = 1
    while stack:
        step = next(stack[-1], None)
        if step is None:
            state[path.pop()] = 2
            stack.pop()
            continue
        index, target = step
        if state.get(target) == 1:
            loop = " → ".join([*path[path.index(target):], target])
            reply: Path = ("nodes", path[-1], "replies", index)
            problems.append(doc.problem((*reply, "next"), f'goes back to "{target}", which makes a loop ({loop}): '
                                        "every path must reach an ending", about=reply))
        elif target in nodes and target not in state:
            state[target] = 1
            path.append(target)
            stack.append(iter(list(_targets(nodes[target]))))
    return problems


def check_offers(doc: Document) -> list[Problem]:
    """For every persona and every history, each node reached offers at least one reply."""
    nodes = mapping(doc.data, "nodes")
    start = doc.data.get("start")
    if not isinstance(start, str) or start not in nodes:
        return []
    watched = _watched_keys(nodes)
    problems: list[Problem] = []
    for persona in persona_ids(doc.data):
        problems += _explore(doc, nodes, start, persona, watched)
    return problems


def _watched_keys(nodes: dict[str, dict[str, Any]]) -> frozenset[str]:
    """Only the earlier replies some condition mentions matter for what is offered later."""
    keys: set[str] = set()
    for node in nodes.values():
        for _, reply in items(node, "replies"):
            when = when_of(reply)
            keys.update(strings(when.get("chose")) + strings(when.get("not_chose")))
    return frozenset(keys)


def _explore(doc: Document, nodes: dict[str, dict[str, Any]], start: str, persona: str,
             watched: frozenset[str]) -> list[Problem]:
    """Walk (node, watched replies chosen so far) states; ``trail`` is one path there, for the message."""
    problems: dict[str, Problem] = {}
    seen: set[tuple[str, frozenset[str]]] = set()
    todo: list[tuple[str, frozenset[str], tuple[str, ...]]] = [(start, frozenset(), ())]
    while todo and len(seen) < MAX_STATES:
        node_id, chosen, trail = todo.pop()
        if (node_id, chosen) in seen:
            continue
        seen.add((node_id, chosen))
        offered = [r for _, r in items(nodes[node_id], "replies") if offers(r, persona, chosen)]
        if not offered and node_id not in problems:
            problems[node_id] = doc.problem(("nodes", node_id), _no_offer(persona, trail), on_key=True)
        for reply in offered:
            key = f"{node_id}.{reply.get('id')}"
            target = reply.get("next")
            if isinstance(target, str) and target in nodes:
                todo.append((target, chosen | {key} if key in watched else chosen, (*trail, key)))
    if todo:
        log.warning("%s: stopped checking replies offered to %s after %d states", doc.file, persona, MAX_STATES)
    return list(problems.values())


def when_of(reply: dict[str, Any]) -> dict[str, Any]:
    """The reply's ``when`` mapping, or an empty one if absent or malformed."""
    when = reply.get("when")
    return when if isinstance(when, dict) else {}


def offers(reply: dict[str, Any], persona: str, chosen: frozenset[str]) -> bool:
    """Whether the reply's ``when`` lets it be offered (mirrors model.Condition.holds)."""
    when = when_of(reply)
    personas = strings(when.get("personas"))
    if personas and persona not in personas:
        return False
    if any(key not in chosen for key in strings(when.get("chose"))):
        return False
    return not any(key in chosen for key in strings(when.get("not_chose")))


def _no_offer(persona: str, trail: tuple[str, ...]) -> str:
    history = f" after {' then '.join(trail)}" if trail else ""
    return f'no reply is offered to persona "{persona}"{history}: loosen a "when" condition or add a reply'
