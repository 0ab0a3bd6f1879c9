"""The shipped JSON Schema: well formed, in step with the principles, and agreeing with the loader."""

from __future__ import annotations

from pathlib import Path

import jsonschema
import pytest

from simulator.scenario import schema
from simulator.scenario.document import describe
from simulator.scenario.principles import PRINCIPLES
from simulator.scenario.yamlsafe import read_document

VALID = Path(__file__).parent / "valid"


def test_schema_is_valid_draft_2020_12() -> None:
    document = schema.schema()
    assert document["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(document)


def test_principle_enum_matches_principles_module() -> None:
    enum = schema.schema()["$defs"]["feedback"]["properties"]["principle"]["enum"]
    assert enum == list(PRINCIPLES)


def test_schema_file_is_shipped_as_package_data() -> None:
    pyproject = (Path(__file__).parents[2] / "pyproject.toml").read_text(encoding="utf-8")
    assert '"scenario/*.json"' in pyproject
    assert (Path(schema.__file__).parent / schema.SCHEMA_FILE).is_file()


def _walk(node: object, where: str = "#") -> list[tuple[str, dict]]:
    found: list[tuple[str, dict]] = []
    if isinstance(node, dict):
        found.append((where, node))
        for key, value in node.items():
            found += _walk(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _walk(value, f"{where}/{index}")
    return found


def test_every_object_schema_closes_its_keys_and_is_described() -> None:
    for where, sub in _walk(schema.schema()):
        if sub.get("type") == "object" and "properties" in sub:
            assert sub.get("additionalProperties") is False, where
        properties = sub.get("properties")
        for name, prop in properties.items() if isinstance(properties, dict) else []:
            assert "description" in prop or "$ref" in prop, f"{where}/properties/{name}"


@pytest.mark.parametrize("name", ["cap.yaml", "queue.yaml"])
def test_valid_fixtures_pass_both_validators(name: str) -> None:
    doc = read_document(VALID / name, name)
    assert schema.quickly_valid(doc.data)
    assert list(schema._validator().iter_errors(doc.data)) == []


@pytest.mark.parametrize(
    ("key", "value", "ok"),
    [("empathy", 3, True), ("empathy", -3, True), ("empathy", 4, False), ("empathy", -4, False),
     ("empathy", True, False), ("empathy", "2", False), ("empathy", 1.5, False)],
)
def test_effect_bounds_and_types(key: str, value: object, ok: bool) -> None:
    doc = read_document(VALID / "queue.yaml", "queue.yaml")
    doc.data["nodes"]["counter"]["replies"][0]["effects"][key] = value
    assert (schema.check(doc) == []) is ok


@pytest.mark.parametrize(("ident", "ok"), [("a", True), ("9-lives", True), ("a-b-c", True), ("-a", False),
                                          ("A", False), ("a_b", False), ("a b", False), ("", False)])
def test_id_pattern(ident: str, ok: bool) -> None:
    doc = read_document(VALID / "queue.yaml", "queue.yaml")
    doc.data["id"] = ident
    assert (schema.check(doc) == []) is ok


@pytest.mark.parametrize(("lang", "ok"), [("en", True), ("EN", False), ("eng", False), ("e", False)])
def test_language_code_keys(lang: str, ok: bool) -> None:
    doc = read_document(VALID / "queue.yaml", "queue.yaml")
    doc.data["title"] = {lang: "The long queue"}
    assert (schema.check(doc) == []) is ok


def test_describe_names_things_as_an_author_would() -> None:
    doc = read_document(VALID / "cap.yaml", "cap.yaml")
    path = ("nodes", "arrival", "replies", 2, "for_persona", "mother", "effects", "empathy")
    assert describe(doc.data, path) == 'node "arrival", reply "ask-girl", for persona "mother", effects.empathy'
    assert describe(doc.data, ("personas", 1, "name", "fr")) == 'persona "daughter", name.fr'
    assert describe(doc.data, ("nodes", "arrival", "replies", 2, "when", "personas", 0)) == (
        'node "arrival", reply "ask-girl", when.personas.item 1')
    assert describe(doc.data, ()) == ""
