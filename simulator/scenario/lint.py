"""The checks a JSON Schema cannot express: references, unique ids, languages, and the graph.

Each check reads the raw document defensively and returns problems with
positions, so one run reports everything wrong in a file.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterator
from typing import Any

from simulator.scenario.document import Document, Path
from simulator.scenario.errors import Problem
from simulator.scenario.graph import (
    check_cycles,
    check_offers,
    check_reachable,
    items,
    mapping,
    persona_ids,
    strings,
    when_of,
)

_TOP_TEXTS = ("title", "place", "brief", "setting")


def lint(doc: Document) -> list[Problem]:
    """Every semantic problem of the document (the schema problems are found elsewhere)."""
    checks: tuple[Callable[[Document], list[Problem]], ...] = (
        check_ids, check_targets, check_references, check_languages,
        check_reachable, check_cycles, check_offers,
    )
    return [problem for check in checks for problem in check(doc)]


def _as_list(value: Any) -> list[Any]:
    """A list as written, or none when the value is malformed (the schema reports its type)."""
    return value if isinstance(value, list) else []


def _suggest(name: str, choices: list[str]) -> str:
    close = difflib.get_close_matches(name, choices, n=1)
    return f' (did you mean "{close[0]}"?)' if close else ""


def check_ids(doc: Document) -> list[Problem]:
    """Node and ending ids share one name space; persona ids and reply ids (per node) are unique."""
    nodes, endings = mapping(doc.data, "nodes"), mapping(doc.data, "endings")
    problems = [doc.problem(("endings", name), f'has the same id as node "{name}" (line '
                            f'{doc.key_at(("nodes", name))[0]}): node and ending ids must all differ', on_key=True)
                for name in endings if name in nodes]
    problems += _duplicates(doc, ("personas",), "persona")
    for node_id in nodes:
        problems += _duplicates(doc, ("nodes", node_id, "replies"), "reply")
    return problems


def _duplicates(doc: Document, path: Path, kind: str) -> list[Problem]:
    first: dict[str, int] = {}
    problems = []
    parent = doc.data
    for step in path[:-1]:
        parent = parent.get(step) if isinstance(parent, dict) else None
    for index, entry in items(parent, str(path[-1])):
        ident = entry.get("id")
        if isinstance(ident, str) and ident in first:
            line = doc.at((*path, first[ident], "id"))[0]
            problems.append(doc.problem((*path, index, "id"), f'{kind} id "{ident}" is already used on line {line}'))
        elif isinstance(ident, str):
            first[ident] = index
    return problems


def check_targets(doc: Document) -> list[Problem]:
    """``start`` names a node; every ``next`` names a node or an ending."""
    nodes, endings = mapping(doc.data, "nodes"), mapping(doc.data, "endings")
    problems = []
    start = doc.data.get("start")
    if isinstance(start, str) and start not in nodes:
        what = "an ending: the dialogue must start at a node" if start in endings else "not a node"
        problems.append(doc.problem(("start",), f'"{start}" is {what}{_suggest(start, list(nodes))}'))
    targets = [*nodes, *endings]
    for path, reply in _replies(doc.data):
        target = reply.get("next")
        if isinstance(target, str) and target not in nodes and target not in endings:
            problems.append(doc.problem((*path, "next"), f'goes to "{target}", which is neither a node nor an '
                                        f"ending{_suggest(target, targets)}", about=path))
    return problems


def _replies(data: Any) -> Iterator[tuple[Path, dict[str, Any]]]:
    for node_id, node in mapping(data, "nodes").items():
        for index, reply in items(node, "replies"):
            yield ("nodes", node_id, "replies", index), reply


def check_references(doc: Document) -> list[Problem]:
    """Persona ids in ``speaker``, ``when`` and ``for_persona``, and ``node.reply`` keys, all exist."""
    known = persona_ids(doc.data)
    problems = [_unknown_persona(doc, ("nodes", node_id, "speaker"), node["speaker"], known)
                for node_id, node in mapping(doc.data, "nodes").items()
                if isinstance(node.get("speaker"), str) and node["speaker"] not in known]
    for path, reply in _replies(doc.data):
        when = when_of(reply)
        for index, persona in enumerate(_as_list(when.get("personas"))):
            if isinstance(persona, str) and persona not in known:
                problems.append(_unknown_persona(doc, (*path, "when", "personas", index), persona, known))
        for name in mapping(reply, "for_persona"):
            if name not in known:
                problems.append(_unknown_persona(doc, (*path, "for_persona", name), name, known, on_key=True,
                                                 about=path))
        problems += _check_reply_keys(doc, path, when)
    return problems


def _unknown_persona(doc: Document, path: Path, name: str, known: list[str], *, on_key: bool = False,
                     about: Path | None = None) -> Problem:
    listed = ", ".join(known) or "none"
    return doc.problem(path, f'"{name}" is not a persona of this scenario (personas: {listed})'
                       f"{_suggest(name, known)}", on_key=on_key, about=about)


def _check_reply_keys(doc: Document, path: Path, when: dict[str, Any]) -> list[Problem]:
    nodes = mapping(doc.data, "nodes")
    problems = []
    for field in ("chose", "not_chose"):
        for index, key in enumerate(_as_list(when.get(field))):
            if not isinstance(key, str) or "." not in key:
                continue  # the schema reports the form
            node_id, reply_id = key.split(".", 1)
            replies = [r.get("id") for _, r in items(nodes.get(node_id), "replies")]
            if node_id not in nodes:
                message = f'"{key}" names node "{node_id}", which does not exist{_suggest(node_id, list(nodes))}'
            elif reply_id not in replies:
                message = f'"{key}": node "{node_id}" has no reply "{reply_id}"' + _suggest(
                    reply_id, strings(replies))
            else:
                continue
            problems.append(doc.problem((*path, "when", field, index), message))
    return problems


def check_languages(doc: Document) -> list[Problem]:
    """Every text is given in each declared language, and in no other."""
    declared = strings(doc.data.get("languages"))
    if not declared:
        return []
    problems = []
    for path, text in _texts(doc.data):
        problems += [doc.problem(path, f'no "{lang}" text (the file declares {", ".join(declared)})')
                     for lang in declared if lang not in text]
        problems += [doc.problem((*path, lang), f'"{lang}" is not among the declared languages '
                                 f'({", ".join(declared)}): add it to "languages" or remove this text', on_key=True,
                                 about=path)
                     for lang in text if lang not in declared and len(lang) == 2 and lang.isalpha()]
    return problems


def _texts(data: dict[str, Any]) -> Iterator[tuple[Path, dict[str, Any]]]:
    """Every text object of the document, with its path."""
    found: list[tuple[Path, Any]] = [((key,), data.get(key)) for key in _TOP_TEXTS]
    for index, persona in items(data, "personas"):
        found += [(("personas", index, key), persona.get(key)) for key in ("name", "description")]
    for node_id, node in mapping(data, "nodes").items():
        found += [(("nodes", node_id, key), node.get(key)) for key in ("says", "does")]
    for path, reply in _replies(data):
        found += [((*path, "text"), reply.get("text")), ((*path, "feedback", "text"), _text_of(reply))]
        for name, override in mapping(reply, "for_persona").items():
            found.append(((*path, "for_persona", name, "feedback", "text"), _text_of(override)))
    for ending_id, ending in mapping(data, "endings").items():
        found.append((("endings", ending_id, "text"), ending.get("text")))
    yield from ((path, text) for path, text in found if isinstance(text, dict))


def _text_of(holder: dict[str, Any]) -> Any:
    feedback = holder.get("feedback")
    return feedback.get("text") if isinstance(feedback, dict) else None
