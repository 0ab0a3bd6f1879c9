"""The JSON Schema check, with jsonschema's findings reworded for scenario authors.

The schema file (``scenario.schema.json``) also serves editors, which complete
and check YAML against it; here it is compiled once per process and every error
is turned into a ``Problem`` at the position of the offending key or value.

Speed: jsonschema takes several milliseconds per file, so a valid file is first
checked by a fastjsonschema function compiled from the same schema (well under
a millisecond); only a file it refuses goes through jsonschema, which then lists
every error with its path. jsonschema has the last word on validity.
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Callable
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from simulator.scenario.document import Document, Path
from simulator.scenario.errors import Problem

if TYPE_CHECKING:
    import jsonschema

SCHEMA_FILE = "scenario.schema.json"
_TYPE_WORDS = {"string": "a text", "integer": "a whole number", "number": "a number",
               "object": "a mapping (key: value lines)", "array": "a list", "boolean": "true or false"}
_PATTERN_HINTS = {
    "^[a-z0-9][a-z0-9-]*$": "is not a valid id: use lowercase letters, digits and dashes, "
                            "starting with a letter or digit",
    "^[a-z]{2}$": "is not a language code: use two lowercase letters such as fr or en",
    "\\S": None,
    "^[a-z0-9][a-z0-9-]*\\.[a-z0-9][a-z0-9-]*$": 'should name an earlier reply as "node.reply"',
    "^(female|male|child)(\\+(slow|fast|old))*$": "is not a voice: use female, male or child, "
                                                  "optionally followed by +slow, +fast or +old",
}


def schema() -> dict[str, Any]:
    """The scenario JSON Schema, as shipped in the package."""
    return json.loads(resources.files("simulator.scenario").joinpath(SCHEMA_FILE).read_text("utf-8"))


@cache
def _validator() -> jsonschema.Draft202012Validator:
    import jsonschema  # only files with problems need the detailed validator (~0.1 s to import)

    return jsonschema.Draft202012Validator(schema())


@cache
def compiled() -> Callable[[Any], Any]:
    """The fast validator, compiled once per process (about 0.05 s)."""
    import fastjsonschema

    return fastjsonschema.compile(schema())


def quickly_valid(data: Any) -> bool:
    """True when the fast validator accepts the data (False only means "ask jsonschema")."""
    from fastjsonschema import JsonSchemaException

    try:
        compiled()(data)
    except JsonSchemaException:
        return False
    return True


def check(doc: Document) -> list[Problem]:
    """Every schema problem of the document, each at its key or value, in plain words."""
    if quickly_valid(doc.data):
        return []
    problems: list[Problem] = []
    for error in _validator().iter_errors(doc.data):
        for problem in _explain(doc, error):
            if problem not in problems:
                problems.append(problem)
    return problems


def _explain(doc: Document, error: jsonschema.ValidationError) -> list[Problem]:
    path: Path = tuple(error.absolute_path)
    keyword = str(error.validator)
    if "propertyNames" in error.relative_schema_path:
        return [_bad_key(doc, path, str(error.instance), error.schema)]
    if keyword == "required":
        return [doc.problem(path, f'missing key "{key}"', on_key=True)
                for key in error.validator_value if key not in error.instance]
    if keyword == "additionalProperties":
        return [_unknown_key(doc, path, key, error.schema) for key in _extra_keys(error)]
    return [doc.problem(path, _phrase(keyword, error))]


def _bad_key(doc: Document, path: Path, key: str, sub: dict[str, Any]) -> Problem:
    hint = _PATTERN_HINTS.get(sub.get("pattern", "")) or "is not allowed as a key here"
    return doc.problem((*path, key), f'"{key}" {hint}', on_key=True, about=path)


def _extra_keys(error: jsonschema.ValidationError) -> list[str]:
    known = error.schema.get("properties", {})
    patterns = [re.compile(p) for p in error.schema.get("patternProperties", {})]
    return [key for key in error.instance if key not in known and not any(p.search(key) for p in patterns)]


def _unknown_key(doc: Document, path: Path, key: str, sub: dict[str, Any]) -> Problem:
    allowed = list(sub.get("properties", {}))
    close = difflib.get_close_matches(key, allowed, n=1)
    hint = f' (did you mean "{close[0]}"?)' if close else f"; allowed here: {', '.join(allowed)}"
    return doc.problem((*path, key), f'unknown key "{key}"{hint}', on_key=True, about=path)


def _phrase(keyword: str, error: jsonschema.ValidationError) -> str:
    """One sentence for one failed keyword, using the value the author wrote."""
    value, sub = error.instance, error.schema
    if keyword == "type":
        return _wrong_type(value, sub)
    if keyword in ("minimum", "maximum"):
        return _out_of_range(value, sub)
    if keyword == "pattern":
        hint = _PATTERN_HINTS.get(str(error.validator_value), "has the wrong form")
        return f'"{value}" {hint}' if hint else "is empty: write the text"
    if keyword == "enum":
        return _not_in_enum(value, sub)
    if keyword in ("minItems", "maxItems"):
        return _count(value, sub)
    if keyword == "minProperties":
        return "is empty"
    if keyword == "uniqueItems":
        return "lists the same value twice"
    return error.message


def _wrong_type(value: Any, sub: dict[str, Any]) -> str:
    expected = sub.get("type")
    wanted = _TYPE_WORDS.get(str(expected), str(expected))
    message = f"should be {wanted}, not {_kind(value)}"
    if expected == "string" and isinstance(value, bool | int | float):
        message += ": put it in quotes"
    elif sub.get("title") == "Text in each language":
        message = 'should be given per language, like {fr: "...", en: "..."}, not ' + _kind(value)
    return message


def _kind(value: Any) -> str:
    if value is None:
        return "nothing (the value is empty)"
    if isinstance(value, bool):
        return f"a yes/no value ({str(value).lower()})"
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, str):
        return f'the text "{value}"'
    return "a list" if isinstance(value, list) else "a mapping"


def _out_of_range(value: Any, sub: dict[str, Any]) -> str:
    low, high = sub.get("minimum"), sub.get("maximum")
    if low is not None and high is not None:
        return f"is {value}, but it must be between {low} and {high}"
    return f"is {value}, but it must be at least {low}" if low is not None else f"is {value}, but at most {high}"


def _not_in_enum(value: Any, sub: dict[str, Any]) -> str:
    choices = [str(c) for c in sub.get("enum", [])]
    what = (sub.get("title") or "value").lower()
    close = difflib.get_close_matches(str(value), choices, n=1)
    if close:
        return f'unknown {what} "{value}" (did you mean "{close[0]}"?)'
    shown = ", ".join(choices) if len(choices) <= 6 else "see simulator/scenario/principles.py"
    return f'unknown {what} "{value}": use {shown}'


def _count(value: list[Any], sub: dict[str, Any]) -> str:
    low, high = sub.get("minItems"), sub.get("maxItems")
    one, many = ("reply", "replies") if sub.get("title") == "Replies" else ("item", "items")
    has = f"has {len(value)} {one if len(value) == 1 else many}"
    if low is not None and high is not None:
        return f"{has}, but needs {low} to {high}"
    return f"{has}, but needs at least {low}" if low is not None else f"{has}, but at most {high}"
