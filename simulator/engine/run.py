"""One playthrough of a scenario: a plain object driven by a `transitions` machine.

States are the scenario's nodes and endings; each reply is a trigger from its
node to its target, guarded by the reply's condition. The run is deterministic
and can be rebuilt from the list of reply ids chosen (to resume an attempt).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from transitions import EventData, Machine

from simulator.engine.errors import ChoiceError
from simulator.engine.memo import per_scenario
from simulator.engine.paths import best_raw, offered_replies
from simulator.engine.scoring import Scores, score
from simulator.scenario.model import MOOD_MAX, MOOD_MIN, Effects, Ending, Feedback, Node, Reply, Scenario

_MACHINES: dict[Any, tuple[Scenario, Any]] = {}


@dataclass(frozen=True)
class Step:
    """One choice made: where, what, and what it earned."""

    node_id: str
    reply_id: str
    position: int  # 1-based among the replies offered at that moment
    effects: Effects
    feedback: Feedback
    mood_after: int


def _machine_for(scenario: Scenario) -> Machine:
    """One machine per loaded scenario, shared by its runs (building one costs ~1 ms)."""
    return per_scenario(_MACHINES, scenario, "machine", lambda: _build_machine(scenario))


def _build_machine(scenario: Scenario) -> Machine:
    states = [*scenario.nodes, *scenario.endings]
    machine = Machine(
        model=None, states=states, initial=scenario.start,
        auto_transitions=False, queued="model", send_event=True,  # type: ignore[arg-type]
    )
    for node in scenario.nodes.values():
        for reply in node.replies:
            machine.add_transition(reply.key(node.id), node.id, reply.next, conditions=[_guard(node.id, reply)])
    return machine


def _guard(node_id: str, reply: Reply):  # type: ignore[no-untyped-def]
    def allowed(event: EventData) -> bool:
        run = event.model
        assert isinstance(run, Run)
        return reply.when.holds(run.persona.id, run.chosen_keys)

    return allowed


def _clamp_mood(mood: int) -> int:
    return max(MOOD_MIN, min(MOOD_MAX, mood))


class Run:
    """A trainee's way through one scenario, for one persona."""

    state: str  # set by the transitions machine

    def __init__(self, scenario: Scenario, persona_id: str | None = None) -> None:
        self.scenario = scenario
        self.persona = scenario.persona(persona_id)
        self.chosen_keys: frozenset[str] = frozenset()
        self._history: list[Step] = []
        self.mood = _clamp_mood(self.persona.mood)
        _machine_for(scenario).add_model(self, initial=scenario.start)
        self._arrive()

    @classmethod
    def replay(cls, scenario: Scenario, persona_id: str | None, reply_ids: Iterable[str]) -> Run:
        """Rebuild a run from the reply ids chosen, in order (raises ChoiceError if they no longer fit)."""
        run = cls(scenario, persona_id)
        for reply_id in reply_ids:
            run.choose_reply(reply_id)
        return run

    @property
    def finished(self) -> bool:
        return self.state in self.scenario.endings

    @property
    def node(self) -> Node | None:
        return self.scenario.nodes.get(self.state)

    @property
    def ending(self) -> Ending | None:
        return self.scenario.endings.get(self.state)

    @property
    def history(self) -> tuple[Step, ...]:
        return tuple(self._history)

    def offered(self) -> tuple[Reply, ...]:
        if self.finished:
            return ()
        return offered_replies(self.scenario, self.state, self.persona.id, self.chosen_keys)

    def choose(self, position: int) -> Step:
        """Take the reply at this 1-based position among those offered."""
        offered = self.offered()
        if self.finished:
            raise ChoiceError("the conversation is already over")
        if not 1 <= position <= len(offered):
            raise ChoiceError(f"choice {position} is not offered here: pick a number from 1 to {len(offered)}")
        return self._take(offered[position - 1], position)

    def choose_reply(self, reply_id: str) -> Step:
        """Take the reply with this id (used when rebuilding from the store)."""
        for position, reply in enumerate(self.offered(), start=1):
            if reply.id == reply_id:
                return self._take(reply, position)
        raise ChoiceError(f'reply "{reply_id}" is not offered at "{self.state}"')

    def _take(self, reply: Reply, position: int) -> Step:
        node_id = self.state
        if not self.trigger(reply.key(node_id)):  # type: ignore[attr-defined]
            raise ChoiceError(f'reply "{reply.id}" is not allowed at "{node_id}"')
        self.chosen_keys = self.chosen_keys | {reply.key(node_id)}
        self.mood = _clamp_mood(self.mood + reply.mood)
        self._arrive()
        step = Step(node_id, reply.id, position, reply.effects_for(self.persona.id),
                    reply.feedback_for(self.persona.id), self.mood)
        self._history.append(step)
        if self.finished:
            _machine_for(self.scenario).remove_model(self)
        return step

    def _arrive(self) -> None:
        node = self.node
        if node is not None and node.mood is not None:
            self.mood = _clamp_mood(node.mood)

    def raw(self) -> Effects:
        total = Effects()
        for step in self._history:
            total = total.plus(step.effects)
        return total

    def scores(self) -> Scores:
        """Scores so far, normalised against the best reachable for this persona."""
        return score(self.raw(), best_raw(self.scenario, self.persona.id), self.scenario.pass_rule)

    def debrief(self):  # type: ignore[no-untyped-def]
        from simulator.engine.debrief import build_debrief

        return build_debrief(self)
