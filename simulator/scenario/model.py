"""The scenario model: immutable data built by the loader, read by the engine.

A scenario is a directed acyclic graph of customer *nodes*. At each node the
customer says something and the trainee picks one of 2-6 *replies*; each reply
leads to another node or to an *ending*. Texts are kept per language
(``{"fr": ..., "en": ...}``) so the same run can be shown in either language.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType

CRITERIA: tuple[str, ...] = ("empathy", "adaptation", "interest")
MOOD_MIN, MOOD_MAX = -3, 3


class Outcome(StrEnum):
    """What happens to the relationship at the end (the doctrine's three fates)."""

    RETURNS = "returns"  # comes back and speaks well of the place
    SILENT = "silent"  # stays silently unhappy: a competitor's best prospect
    LEAVES = "leaves"  # leaves and tells others


def _frozen(mapping: Mapping | None) -> Mapping:
    return MappingProxyType(dict(mapping or {}))


@dataclass(frozen=True)
class Text:
    """One text in several languages. ``get`` falls back to the first language."""

    by_lang: Mapping[str, str]

    def get(self, lang: str) -> str:
        if lang in self.by_lang:
            return self.by_lang[lang]
        return next(iter(self.by_lang.values()), "")

    @classmethod
    def of(cls, **by_lang: str) -> Text:
        return cls(_frozen(by_lang))


@dataclass(frozen=True)
class Effects:
    """Effect of one reply on the three criteria (each an integer, usually -3..+3)."""

    empathy: int = 0
    adaptation: int = 0
    interest: int = 0

    def get(self, criterion: str) -> int:
        return int(getattr(self, criterion))

    def plus(self, other: Effects) -> Effects:
        return Effects(*(self.get(c) + other.get(c) for c in CRITERIA))

    def as_dict(self) -> dict[str, int]:
        return {c: self.get(c) for c in CRITERIA}


@dataclass(frozen=True)
class Condition:
    """When a reply is offered. Every listed constraint must hold.

    ``personas``: offered only to these personas (empty = all).
    ``chose``: offered only if each ``"node_id.reply_id"`` was chosen earlier.
    ``not_chose``: offered only if none of these was chosen earlier.
    """

    personas: tuple[str, ...] = ()
    chose: tuple[str, ...] = ()
    not_chose: tuple[str, ...] = ()

    def holds(self, persona: str, chosen: frozenset[str]) -> bool:
        if self.personas and persona not in self.personas:
            return False
        if any(key not in chosen for key in self.chose):
            return False
        return not any(key in chosen for key in self.not_chose)


@dataclass(frozen=True)
class Feedback:
    """Why a reply is good or poor: a doctrine principle or anti-pattern, and a teaching text."""

    principle: str  # a key of PRINCIPLES (see principles.py)
    text: Text


@dataclass(frozen=True)
class Reply:
    id: str
    text: Text
    effects: Effects
    feedback: Feedback
    next: str  # a node id or an ending id
    mood: int = 0  # change of the customer's mood
    # Per-persona overrides: the same words can suit one customer and not another.
    persona_effects: Mapping[str, Effects] = field(default_factory=lambda: _frozen(None))
    persona_feedback: Mapping[str, Feedback] = field(default_factory=lambda: _frozen(None))
    when: Condition = field(default_factory=Condition)
    line: int = 0  # position in the source file, for messages

    def effects_for(self, persona: str) -> Effects:
        return self.persona_effects.get(persona, self.effects)

    def feedback_for(self, persona: str) -> Feedback:
        return self.persona_feedback.get(persona, self.feedback)

    def key(self, node_id: str) -> str:
        return f"{node_id}.{self.id}"


@dataclass(frozen=True)
class Node:
    id: str
    says: Text  # the customer's line, read aloud
    replies: tuple[Reply, ...]
    does: Text | None = None  # what the customer does (stage direction), optional
    mood: int | None = None  # sets the mood on arrival when given, else it follows the replies
    speaker: str | None = None  # a persona id when a scenario has several speakers
    line: int = 0


@dataclass(frozen=True)
class Ending:
    id: str
    outcome: Outcome
    text: Text
    line: int = 0


@dataclass(frozen=True)
class Persona:
    id: str
    name: Text
    description: Text  # who they are and how they feel
    mood: int = 0  # starting mood, -3 (furious) .. +3 (delighted)
    voice: str = ""  # hint for speech: "female", "male", "child", optionally "+old"/"+fast"...
    avatar: str = ""  # asset name under assets/personas/ (without extension)


@dataclass(frozen=True)
class PassRule:
    criterion_min: int = 60
    overall_min: int = 70


@dataclass(frozen=True)
class Scenario:
    id: str
    version: int
    languages: tuple[str, ...]
    title: Text
    place: Text
    brief: Text
    personas: tuple[Persona, ...]
    start: str
    nodes: Mapping[str, Node]
    endings: Mapping[str, Ending]
    duration_minutes: int = 5
    pass_rule: PassRule = field(default_factory=PassRule)
    setting: Text | None = None  # a short description of the scene, shown above the dialogue
    source: Path | None = None

    def persona(self, persona_id: str | None) -> Persona:
        if persona_id is None:
            return self.personas[0]
        for persona in self.personas:
            if persona.id == persona_id:
                return persona
        raise KeyError(persona_id)

    @property
    def persona_ids(self) -> tuple[str, ...]:
        return tuple(p.id for p in self.personas)
