"""Turn a checked document into the frozen scenario model.

Only called once the schema and the lint found nothing, so it can index the data
directly; it records each node's, reply's and ending's line for later messages.
"""

from __future__ import annotations

from pathlib import Path as FsPath
from types import MappingProxyType
from typing import Any

from simulator.scenario.document import Document, Path
from simulator.scenario.model import (
    Condition,
    Effects,
    Ending,
    Feedback,
    Node,
    Outcome,
    PassRule,
    Persona,
    Reply,
    Scenario,
    Text,
)


def build(doc: Document, source: FsPath | None) -> Scenario:
    """The Scenario for a valid document."""
    data = doc.data
    pass_rule = data.get("pass_rule") or {}
    return Scenario(
        id=data["id"], version=int(data["version"]), languages=tuple(data["languages"]),
        title=_text(data["title"]), place=_text(data["place"]), brief=_text(data["brief"]),
        personas=tuple(_persona(p) for p in data["personas"]), start=data["start"],
        nodes=MappingProxyType({k: _node(doc, k, v) for k, v in data["nodes"].items()}),
        endings=MappingProxyType({k: _ending(doc, k, v) for k, v in data["endings"].items()}),
        duration_minutes=int(data.get("duration_minutes", 5)),
        pass_rule=PassRule(**{k: int(v) for k, v in pass_rule.items()}),
        setting=_text(data["setting"]) if "setting" in data else None,
        source=source,
    )


def _text(value: dict[str, str]) -> Text:
    return Text(MappingProxyType(dict(value)))


def _persona(data: dict[str, Any]) -> Persona:
    return Persona(id=data["id"], name=_text(data["name"]), description=_text(data["description"]),
                   mood=int(data.get("mood", 0)), voice=data.get("voice", ""), avatar=data.get("avatar", ""))


def _node(doc: Document, node_id: str, data: dict[str, Any]) -> Node:
    path: Path = ("nodes", node_id)
    replies = tuple(_reply(doc, (*path, "replies", i), r) for i, r in enumerate(data["replies"]))
    return Node(id=node_id, says=_text(data["says"]), replies=replies,
                does=_text(data["does"]) if "does" in data else None,
                mood=int(data["mood"]) if "mood" in data else None,
                speaker=data.get("speaker"), line=doc.key_at(path)[0])


def _reply(doc: Document, path: Path, data: dict[str, Any]) -> Reply:
    overrides = data.get("for_persona", {})
    return Reply(
        id=data["id"], text=_text(data["text"]), effects=_effects(data["effects"]),
        feedback=_feedback(data["feedback"]), next=data["next"], mood=int(data.get("mood", 0)),
        persona_effects=MappingProxyType({p: _effects(o["effects"]) for p, o in overrides.items() if "effects" in o}),
        persona_feedback=MappingProxyType(
            {p: _feedback(o["feedback"]) for p, o in overrides.items() if "feedback" in o}),
        when=_condition(data.get("when", {})), line=doc.at(path)[0],
    )


def _effects(data: dict[str, int]) -> Effects:
    return Effects(empathy=int(data["empathy"]), adaptation=int(data["adaptation"]), interest=int(data["interest"]))


def _feedback(data: dict[str, Any]) -> Feedback:
    return Feedback(principle=data["principle"], text=_text(data["text"]))


def _condition(data: dict[str, list[str]]) -> Condition:
    return Condition(personas=tuple(data.get("personas", ())), chose=tuple(data.get("chose", ())),
                     not_chose=tuple(data.get("not_chose", ())))


def _ending(doc: Document, ending_id: str, data: dict[str, Any]) -> Ending:
    return Ending(id=ending_id, outcome=Outcome(data["outcome"]), text=_text(data["text"]),
                  line=doc.key_at(("endings", ending_id))[0])
