"""The broken-file corpus: each file gives exactly the expected problems, at the exact line:column."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.scenario import ScenarioError, load_scenario
from simulator.scenario.yamlsafe import MAX_BYTES

BROKEN = Path(__file__).parent / "broken"

# file -> every expected problem, in file order, as "line:column: part of the message"
EXPECTED: dict[str, list[str]] = {
    "anchor-alias.yaml": ['4:8: anchors such as "&t" are not allowed', '5:8: aliases such as "*t" are not allowed'],
    "bad-id.yaml": ['1:5: id: "Mini_Case" is not a valid id: use lowercase letters, digits and dashes'],
    "bad-outcome.yaml": ['28:19: ending "gone", outcome: unknown outcome "wins": use returns, silent, leaves'],
    "bad-when.yaml": [
        '26:27: node "hello", reply "ignore", when.personas.item 1: "ghost" is not a persona of this scenario',
        '26:43: "hello.nope": node "hello" has no reply "nope"',
        '26:55: "nowhere.greet" names node "nowhere", which does not exist',
    ],
    "custom-tag.yaml": ['5:8: YAML tags such as "!shop" are not allowed'],
    "cycle.yaml": ['33:15: node "again", reply "loop": goes back to "hello", which makes a loop '
                   "(hello → again → hello)"],
    "dangling-next.yaml": [
        '20:15: node "hello", reply "greet": goes to "hapy", which is neither a node nor an ending '
        '(did you mean "happy"?)',
        '27:3: ending "happy": no reply leads here',
    ],
    "dangling-start.yaml": ['11:8: start: "helo" is not a node (did you mean "hello"?)'],
    "duplicate-ids.yaml": [
        '21:13: node "hello", reply "greet", id: reply id "greet" is already used on line 16',
        '27:3: ending "hello": has the same id as node "hello" (line 13)',
    ],
    "duplicate-key.yaml": ['3:1: key "version" is given twice in the same mapping (first on line 2)'],
    "effect-range.yaml": ['18:28: node "hello", reply "greet", effects.empathy: is 5, but it must be between -3 and 3'],
    "empty-text.yaml": ['24:56: node "hello", reply "ignore", feedback.text.en: is empty'],
    "empty.yaml": ["1:1: the file is empty"],
    "explicit-tag.yaml": ['2:10: YAML tags such as "!!int" are not allowed'],
    "extra-language.yaml": ['14:26: node "hello", says: "de" is not among the declared languages (en)'],
    "missing-id.yaml": ['1:1: missing key "id"'],
    "missing-language.yaml": ['14:11: node "hello", says: no "fr" text (the file declares en, fr)'],
    "no-feedback.yaml": ['21:9: node "hello", reply "ignore": missing key "feedback"'],
    "no-offer.yaml": ['16:3: node "hello": no reply is offered to persona "child"'],
    "one-reply.yaml": ['16:7: node "hello", replies: has 1 reply, but needs 2 to 6', '23:3: ending "gone": no reply'],
    "python-tag.yaml": ['4:8: YAML tags such as "!!python/object/apply:os.system" are not allowed'],
    "seven-replies.yaml": ['16:7: node "hello", replies: has 7 replies, but needs 2 to 6'],
    "syntax-colon.yaml": ['6:20: unexpected colon: a text that contains ": " must be put in quotes'],
    "tab-indent.yaml": ["14:1: a tab is used for indentation here"],
    "text-not-per-language.yaml": ['22:15: node "hello", reply "ignore", text: should be given per language'],
    "top-list.yaml": ["1:1: the file holds a list, but a scenario is a mapping"],
    "two-documents.yaml": ['29:1: a second document starts here ("---")'],
    "unclosed-bracket.yaml": ["3:12: a list in [brackets] is not closed"],
    "unknown-for-persona.yaml": ['27:11: node "hello", reply "ignore": "ghost" is not a persona of this scenario'],
    "unknown-key.yaml": [
        '3:1: unknown key "colour"; allowed here: id, version',
        '22:9: node "hello", reply "ignore": missing key "feedback"',
        '25:9: node "hello", reply "ignore": unknown key "feedbak" (did you mean "feedback"?)',
    ],
    "unknown-principle.yaml": [
        '19:31: feedback.principle: unknown principle "ask_question" (did you mean "ask_questions"?)',
    ],
    "unreachable.yaml": ['26:3: node "lost": no reply leads here', '42:3: ending "forgotten": no reply leads here'],
    "wrong-types.yaml": ['2:10: version: should be a whole number, not the text "one"',
                         '4:8: title: should be given per language'],
}


def _problems(path: Path) -> list[str]:
    with pytest.raises(ScenarioError) as caught:
        load_scenario(path)
    assert caught.value.file == str(path)
    return [f"{p.line}:{p.column}: {p.message}" for p in caught.value.problems]


def test_every_corpus_file_has_expectations() -> None:
    assert sorted(p.name for p in BROKEN.glob("*.yaml")) == sorted(EXPECTED)
    assert len(EXPECTED) >= 25


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_broken_file_reports_exactly_the_expected_problems(name: str) -> None:
    found = _problems(BROKEN / name)
    expected = EXPECTED[name]
    assert len(found) == len(expected), found
    for got, want in zip(found, expected, strict=True):
        position, words = want.split(": ", 1)
        assert got.startswith(position + ": "), (got, want)
        assert words in got, (got, want)


def test_error_text_is_file_line_column_message() -> None:
    path = BROKEN / "dangling-start.yaml"
    with pytest.raises(ScenarioError) as caught:
        load_scenario(path)
    assert str(caught.value) == f'{path}:11:8: start: "helo" is not a node (did you mean "hello"?)'


def test_file_over_one_mib_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    path.write_bytes(b"# " + b"x" * MAX_BYTES + b"\n")
    assert _problems(path) == [f"1:1: the file is {path.stat().st_size:,} bytes; a scenario file must be at most 1 MiB"]


def test_file_of_exactly_one_mib_is_read(tmp_path: Path) -> None:
    path = tmp_path / "limit.yaml"
    path.write_bytes(b"#" * (MAX_BYTES - 1) + b"\n")
    assert _problems(path) == ['1:1: the file is empty: a scenario starts with "id:", "version:", "languages:"...']


def test_not_utf8_points_at_the_bad_byte(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes("id: mini\ntitle: {en: \"Caf\xe9\"}\n".encode("latin-1"))
    found = _problems(path)
    assert found == ["2:17: the file is not UTF-8 text: save it as UTF-8 (byte 0xe9 here is not valid)"]


def test_utf8_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    source = (Path(__file__).parent / "valid" / "queue.yaml").read_bytes()
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + source)
    assert load_scenario(path).id == "long-queue"


def test_control_character_is_refused_with_position(tmp_path: Path) -> None:
    path = tmp_path / "bell.yaml"
    path.write_text("id: mini\nversion: 1\x07\n", encoding="utf-8")
    assert _problems(path) == ["2:11: invisible control character U+0007 is not allowed in YAML: delete it"]


def test_missing_file_and_folder_give_scenario_errors(tmp_path: Path) -> None:
    assert _problems(tmp_path / "nope.yaml")[0].startswith("1:1: the file cannot be read")
    assert _problems(tmp_path)[0].startswith("1:1: the file cannot be read")


def test_every_problem_is_reported_not_only_the_first(tmp_path: Path) -> None:
    text = (BROKEN / "unknown-key.yaml").read_text(encoding="utf-8")
    text = text.replace("next: happy", "next: nowhere").replace("empathy: -2", "empathy: -9")
    path = tmp_path / "many.yaml"
    path.write_text(text, encoding="utf-8")
    found = _problems(path)
    assert any("colour" in f for f in found) and any("nowhere" in f for f in found)
    assert any("-9" in f for f in found) and len(found) >= 5
