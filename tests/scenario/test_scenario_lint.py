"""Semantic checks beyond the corpus: histories, speakers, and schema and lint problems reported together."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.scenario import ScenarioError, load_scenario

VALID = Path(__file__).parent / "valid"


def _problems(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "case.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ScenarioError) as caught:
        load_scenario(path)
    return [f"{p.line}:{p.column}: {p.message}" for p in caught.value.problems]


def _cap(*edits: tuple[str, str]) -> str:
    text = (VALID / "cap.yaml").read_text(encoding="utf-8")
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new, 1)
    return text


def test_a_history_that_leaves_no_reply_is_found(tmp_path: Path) -> None:
    # At "waiting", every reply now needs "flat-no" or "ask-girl" earlier: the "check-staff" path has none left.
    text = _cap(("        next: comes-back\n        for_persona:", "        next: comes-back\n"
                 "        when: {chose: [arrival.flat-no]}\n        for_persona:"),
                ("          not_chose: [arrival.flat-no]", "          chose: [arrival.ask-girl]"))
    found = _problems(tmp_path, text)
    assert found == [
        '65:3: node "waiting": no reply is offered to persona "daughter" after arrival.check-staff: '
        'loosen a "when" condition or add a reply',
        '65:3: node "waiting": no reply is offered to persona "mother" after arrival.check-staff: '
        'loosen a "when" condition or add a reply',
    ]


def test_start_on_an_ending_and_unknown_speaker(tmp_path: Path) -> None:
    text = _cap(("start: arrival", "start: leaves"), ("speaker: mother", "speaker: father"))
    found = _problems(tmp_path, text)
    assert '28:8: start: "leaves" is an ending: the dialogue must start at a node' in found
    assert found[1] == ('66:14: node "waiting", speaker: "father" is not a persona of this scenario '
                        '(personas: mother, daughter) (did you mean "mother"?)')
    assert len(found) == 2


def test_duplicate_persona_id_and_nested_duplicate_key(tmp_path: Path) -> None:
    text = _cap(("  - id: daughter", "  - id: mother"), ("        effects: {empathy: 2, adaptation: 1, interest: 3}",
                                                          "        effects: {empathy: 2, empathy: 1, interest: 3}"))
    found = _problems(tmp_path, text)
    assert found[:3] == ['21:9: persona "mother", id: persona id "mother" is already used on line 15',
                         '39:9: node "arrival", reply "check-staff", effects: missing key "adaptation"',
                         '39:31: key "empathy" is given twice in the same mapping (first on line 39)']
    assert "(personas: mother)" in found[3]  # "daughter" is gone, and "mother" is listed once


def test_schema_and_graph_problems_come_in_one_report(tmp_path: Path) -> None:
    text = _cap(("version: 2", "version: 0"), ("next: leaves", "next: leave"))
    found = _problems(tmp_path, text)
    assert found[0] == "3:10: version: is 0, but it must be at least 1"
    assert any('goes to "leave", which is neither a node nor an ending (did you mean "leaves"?)' in f for f in found)
    assert any('ending "leaves": no reply leads here' in f for f in found)


def test_keys_stay_text_so_yaml_words_can_be_ids(tmp_path: Path) -> None:
    text = (VALID / "queue.yaml").read_text(encoding="utf-8")
    text = text.replace("next: served", 'next: "no"').replace("served:", "no:").replace("next: happy", 'next: "on"')
    text = text.replace("happy:", "on:")
    scenario = load_scenario(_write(tmp_path, text))
    assert set(scenario.nodes) == {"counter", "no"} and "on" in scenario.endings


def test_plain_yes_as_text_is_reported_with_a_quote_hint(tmp_path: Path) -> None:
    text = (VALID / "queue.yaml").read_text(encoding="utf-8").replace('{en: "Paul"}', "{en: yes}")
    found = _problems(tmp_path, text)
    assert found == ['9:16: persona "man", name.en: should be a text, not a yes/no value (true): put it in quotes']


def test_missing_and_undeclared_languages_in_one_text(tmp_path: Path) -> None:
    text = _cap(('title: {fr: "La casquette oubliée", en: "The forgotten cap"}', 'title: {fr: "x", de: "y"}'))
    assert _problems(tmp_path, text) == [
        '5:8: title: no "en" text (the file declares fr, en)',
        '5:18: title: "de" is not among the declared languages (fr, en): add it to "languages" or remove this text',
    ]


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "ok.yaml"
    path.write_text(text, encoding="utf-8")
    return path
