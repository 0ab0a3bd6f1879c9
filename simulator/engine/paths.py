"""Walking the scenario graph: every complete path, and the best reachable score.

Scenarios are small acyclic graphs, so walking every path is cheap and exact.
Conditions on earlier choices make the offered replies depend on the history,
which is why the walk carries the set of choices made so far.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from simulator.engine.memo import per_scenario
from simulator.scenario.model import CRITERIA, Effects, Reply, Scenario


def offered_replies(scenario: Scenario, node_id: str, persona: str, chosen: frozenset[str]) -> tuple[Reply, ...]:
    """The replies offered at a node for this persona after these earlier choices."""
    node = scenario.nodes[node_id]
    return tuple(r for r in node.replies if r.when.holds(persona, chosen))


def all_paths(scenario: Scenario, persona: str | None = None) -> Iterator[tuple[str, ...]]:
    """Yield every complete path (start to an ending) as the tuple of reply ids chosen."""
    persona_id = scenario.persona(persona).id
    yield from _walk(scenario, scenario.start, persona_id, frozenset(), ())


def _walk(
    scenario: Scenario, node_id: str, persona: str, chosen: frozenset[str], path: tuple[str, ...]
) -> Iterator[tuple[str, ...]]:
    if node_id in scenario.endings:
        yield path
        return
    for reply in offered_replies(scenario, node_id, persona, chosen):
        yield from _walk(scenario, reply.next, persona, chosen | {reply.key(node_id)}, (*path, reply.id))


_BEST: dict[Any, tuple[Scenario, Any]] = {}


def best_raw(scenario: Scenario, persona: str | None = None) -> Effects:
    """Cached :func:`compute_best_raw` (a loaded scenario never changes)."""
    persona_id = scenario.persona(persona).id
    return per_scenario(_BEST, scenario, persona_id, lambda: compute_best_raw(scenario, persona_id))


def compute_best_raw(scenario: Scenario, persona: str | None = None) -> Effects:
    """The highest raw total reachable on each criterion, over every complete path.

    Each criterion is maximised on its own: a path that is the best for empathy
    need not be the best for interest, and the normalisation must not punish
    a trainee for the scenario's own trade-offs.
    """
    persona_id = scenario.persona(persona).id
    best = {c: _best_for(scenario, persona_id, c) for c in CRITERIA}
    return Effects(**best)


def _best_for(scenario: Scenario, persona: str, criterion: str) -> int:
    memo: dict[tuple[str, frozenset[str]], int] = {}
    history_matters = _history_matters(scenario)

    def best_from(node_id: str, chosen: frozenset[str]) -> int:
        if node_id in scenario.endings:
            return 0
        key = (node_id, chosen if history_matters else frozenset())
        if key not in memo:
            memo[key] = max(
                r.effects_for(persona).get(criterion) + best_from(r.next, chosen | {r.key(node_id)})
                for r in offered_replies(scenario, node_id, persona, chosen)
            )
        return memo[key]

    return best_from(scenario.start, frozenset())


def _history_matters(scenario: Scenario) -> bool:
    """True when some reply is gated by earlier choices (memoising by node alone would be wrong)."""
    return any(r.when.chose or r.when.not_chose for n in scenario.nodes.values() for r in n.replies)


def path_effects(scenario: Scenario, persona: str | None, reply_ids: tuple[str, ...]) -> Effects:
    """Raw totals of one path given as reply ids (no validation: use Run for that)."""
    persona_id = scenario.persona(persona).id
    total, node_id = Effects(), scenario.start
    for reply_id in reply_ids:
        reply = next(r for r in scenario.nodes[node_id].replies if r.id == reply_id)
        total, node_id = total.plus(reply.effects_for(persona_id)), reply.next
    return total


def reply_value(scenario: Scenario, node_id: str, reply: Reply, persona: str, chosen: frozenset[str]) -> int:
    """Total points (all criteria) of a reply plus the best that can still follow it."""
    own = sum(reply.effects_for(persona).as_dict().values())
    return own + _best_total_from(scenario, reply.next, persona, chosen | {reply.key(node_id)})


def _best_total_from(scenario: Scenario, node_id: str, persona: str, chosen: frozenset[str]) -> int:
    if node_id in scenario.endings:
        return 0
    return max(
        reply_value(scenario, node_id, r, persona, chosen)
        for r in offered_replies(scenario, node_id, persona, chosen)
    )
