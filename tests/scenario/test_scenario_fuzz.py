"""Mutated scenario files either load or raise ScenarioError: never any other exception.

Two kinds of mutation: on the text (truncate, flip a byte, insert characters,
drop or repeat a line) and on the data (delete, duplicate or retype a value
somewhere in the tree, then write it back as YAML).
"""

from __future__ import annotations

import copy
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from simulator.scenario import ScenarioError, load_scenario
from simulator.scenario import schema as schema_module
from simulator.scenario.cache import trimmed
from simulator.scenario.model import Scenario
from simulator.scenario.yamlquick import read_plain
from simulator.scenario.yamlsafe import parse_document, read_document

VALID = Path(__file__).parent / "valid"
FIXTURES = {p.name: p.read_bytes() for p in sorted(VALID.glob("*.yaml"))}
SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-10, 10), st.floats(allow_nan=False),
                    st.text(max_size=8), st.just([]), st.just({}), st.just({"en": "x"}))
TEXT_INSERTS = st.text(alphabet=st.sampled_from(list(" :-[]{}!&*#'\"|>%@`\t\n,?ab1é")), min_size=1, max_size=6)


def _load(data: bytes) -> Scenario | None:
    """Load bytes from a file; assert that only a well-formed ScenarioError can come out."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.yaml"
        path.write_bytes(data)
        try:
            return load_scenario(path)
        except ScenarioError as error:
            assert error.problems, "a ScenarioError must list at least one problem"
            for problem in error.problems:
                assert problem.line >= 1 and problem.column >= 1
                assert problem.file == str(path) and problem.message
                assert "internal error" not in problem.message, problem.message
            return None


@SETTINGS
@given(name=st.sampled_from(sorted(FIXTURES)), data=st.data())
def test_text_mutations_never_escape(name: str, data: st.DataObject) -> None:
    source = FIXTURES[name]
    kind = data.draw(st.sampled_from(["truncate", "flip", "insert", "drop-line", "repeat-line"]))
    offset = data.draw(st.integers(0, len(source) - 1))
    if kind == "truncate":
        mutated = source[:offset]
    elif kind == "flip":
        mutated = source[:offset] + bytes([source[offset] ^ data.draw(st.integers(1, 255))]) + source[offset + 1:]
    elif kind == "insert":
        mutated = source[:offset] + data.draw(TEXT_INSERTS).encode("utf-8") + source[offset:]
    else:
        lines = source.splitlines(keepends=True)
        index = offset % len(lines)
        lines[index:index + 1] = [] if kind == "drop-line" else [lines[index]] * 2
        mutated = b"".join(lines)
    _load(mutated)


def _paths(value: Any, path: tuple = ()) -> Iterator[tuple]:
    yield path
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _paths(child, (*path, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _paths(child, (*path, index))


def _mutate(tree: Any, path: tuple, kind: str, new: Any) -> Any:
    if not path:
        return new
    parent = tree
    for step in path[:-1]:
        parent = parent[step]
    last = path[-1]
    if kind == "delete":
        del parent[last]
    elif kind == "duplicate" and isinstance(parent, list):
        parent.insert(last, copy.deepcopy(parent[last]))
    elif kind == "duplicate":
        parent[f"{last}-copy"] = copy.deepcopy(parent[last])
    else:
        parent[last] = new
    return tree


@SETTINGS
@given(name=st.sampled_from(sorted(FIXTURES)), data=st.data())
def test_data_mutations_never_escape(name: str, data: st.DataObject) -> None:
    tree = copy.deepcopy(read_document(VALID / name, name).data)
    path = data.draw(st.sampled_from(list(_paths(tree))))
    kind = data.draw(st.sampled_from(["delete", "duplicate", "retype"]))
    tree = _mutate(tree, path, kind, data.draw(SCALARS))
    _load(yaml.safe_dump(tree, allow_unicode=True, sort_keys=False).encode("utf-8"))
    if isinstance(tree, dict) and schema_module.quickly_valid(tree):  # never accepts what jsonschema refuses
        assert list(schema_module._validator().iter_errors(tree)) == []


def test_the_fixtures_themselves_load() -> None:
    for name, source in FIXTURES.items():
        assert _load(source) is not None, name


@SETTINGS
@given(name=st.sampled_from(sorted(FIXTURES)), offset=st.integers(0, 10**6), insert=TEXT_INSERTS)
def test_the_quick_reading_never_disagrees_with_the_careful_one(name: str, offset: int, insert: str) -> None:
    """Where the quick reading accepts a mutated file, the careful one refuses nothing and builds the same data."""
    source = FIXTURES[name]
    offset %= len(source)
    mutated = source[:offset] + insert.encode("utf-8") + source[offset:]
    quick = read_plain(mutated, "fuzz.yaml")
    if quick is None:
        return
    careful = parse_document(mutated, "fuzz.yaml")
    assert careful.refusals == [] and careful.data == quick.data
    kept, quick_kept = trimmed(careful), trimmed(quick)
    assert (quick_kept.marks, quick_kept.key_marks) == (kept.marks, kept.key_marks)
    assert quick.marks.items() <= careful.marks.items()
