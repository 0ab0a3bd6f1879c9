"""The debrief: every choice with its feedback and, where it was missed, the better reply."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from simulator.engine.paths import offered_replies, reply_value
from simulator.engine.scoring import Scores
from simulator.scenario.model import Effects, Ending, Feedback, Node, Persona, Reply, Scenario

if TYPE_CHECKING:
    from simulator.engine.run import Run


@dataclass(frozen=True)
class DebriefItem:
    number: int  # 1-based step number
    node: Node
    chosen: Reply
    effects: Effects
    feedback: Feedback
    better: Reply | None  # the reply on the best way from here, when the trainee missed it
    better_feedback: Feedback | None


@dataclass(frozen=True)
class Debrief:
    scenario: Scenario
    persona: Persona
    ending: Ending | None
    scores: Scores
    items: tuple[DebriefItem, ...]

    @property
    def missed(self) -> int:
        return sum(1 for item in self.items if item.better is not None)


def build_debrief(run: Run) -> Debrief:
    """Replay the run's choices against the graph to find, at each step, the better reply."""
    scenario, persona = run.scenario, run.persona.id
    chosen: frozenset[str] = frozenset()
    items = []
    for number, step in enumerate(run.history, start=1):
        node = scenario.nodes[step.node_id]
        reply = next(r for r in node.replies if r.id == step.reply_id)
        better = _better_reply(scenario, node.id, reply, persona, chosen)
        items.append(DebriefItem(number, node, reply, step.effects, step.feedback, better,
                                 better.feedback_for(persona) if better else None))
        chosen = chosen | {reply.key(node.id)}
    return Debrief(scenario, run.persona, run.ending, run.scores(), tuple(items))


def _better_reply(scenario: Scenario, node_id: str, reply: Reply, persona: str,
                  chosen: frozenset[str]) -> Reply | None:
    offered = offered_replies(scenario, node_id, persona, chosen)
    values = {r.id: reply_value(scenario, node_id, r, persona, chosen) for r in offered}
    best = max(offered, key=lambda r: values[r.id])
    return best if values[best.id] > values[reply.id] else None
