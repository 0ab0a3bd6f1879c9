"""A parsed YAML document that remembers where each value came from.

The schema check and the lint both speak in data paths (``("nodes", "arrival",
"replies", 0, "next")``); this module turns such a path into a position in the
file and into words an author recognises (``node "arrival", reply "ask"``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from simulator.scenario.errors import Problem

Path = tuple[str | int, ...]
Mark = tuple[int, int]  # 1-based line, column

# Parts of the path that name a thing in the scenario rather than a field.
_ENTITIES = {"nodes": "node", "endings": "ending", "for_persona": "for persona"}
_LISTED = {"personas": "persona", "replies": "reply"}


@dataclass
class Document:
    """Plain data (dicts, lists, scalars) plus the position of every value and key."""

    file: str
    data: Any = None
    marks: dict[Path, Mark] = field(default_factory=dict)
    key_marks: dict[Path, Mark] = field(default_factory=dict)
    refusals: list[Problem] = field(default_factory=list)  # tags, aliases, repeated keys: never built

    def at(self, path: Path) -> Mark:
        """The position of the value at ``path``, or of its nearest known parent."""
        while path not in self.marks and path:
            path = path[:-1]
        return self.marks.get(path, (1, 1))

    def key_at(self, path: Path) -> Mark:
        """The position of the key that introduces ``path`` (falls back to the value)."""
        return self.key_marks.get(path) or self.at(path)

    def problem(self, path: Path, message: str, *, on_key: bool = False, about: Path | None = None) -> Problem:
        """A problem at ``path`` (its key when ``on_key``), worded as being in ``about`` (default: ``path``)."""
        line, column = self.key_at(path) if on_key else self.at(path)
        where = describe(self.data, path if about is None else about)
        return Problem(self.file, line, column, f"{where}: {message}" if where else message)


def describe(data: Any, path: Path) -> str:
    """Say where ``path`` is in words: ``node "arrival", reply "ask", effects.empathy``."""
    parts: list[str] = []
    fields: list[str] = []
    value, parent = data, None
    for step in path:
        child = _child(value, step)
        if isinstance(parent, str) and parent in _ENTITIES and isinstance(value, dict):
            parts.append(f'{_ENTITIES[parent]} "{step}"')
            fields = []
        elif isinstance(parent, str) and parent in _LISTED and isinstance(step, int) and isinstance(child, dict):
            parts.append(_listed(_LISTED[parent], step, child))
            fields = []
        else:
            fields.append(str(step) if isinstance(step, str) else f"item {step + 1}")
        parent, value = step, child
    tail = [fields[0] + "".join(f'.{f}' for f in fields[1:])] if fields else []
    return ", ".join(parts + tail)


def _listed(kind: str, index: int, item: Any) -> str:
    if isinstance(item, dict) and isinstance(item.get("id"), str):
        return f'{kind} "{item["id"]}"'
    return f"{kind} {index + 1}"


def _child(value: Any, step: str | int) -> Any:
    if isinstance(value, dict):
        return value.get(step)
    if isinstance(value, list) and isinstance(step, int) and 0 <= step < len(value):
        return value[step]
    return None
