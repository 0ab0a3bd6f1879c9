"""Loading valid files into the frozen model, and loading a folder past bad files."""

from __future__ import annotations

import shutil
from dataclasses import FrozenInstanceError
from pathlib import Path

import pytest

from simulator.scenario import Catalogue, ScenarioError, load_folder, load_scenario
from simulator.scenario.model import Condition, Effects, Outcome, Scenario

VALID = Path(__file__).parent / "valid"
BROKEN = Path(__file__).parent / "broken"


@pytest.fixture(scope="module")
def cap() -> Scenario:
    return load_scenario(VALID / "cap.yaml")


def test_top_level_fields(cap: Scenario) -> None:
    assert (cap.id, cap.version, cap.languages) == ("forgotten-cap", 2, ("fr", "en"))
    assert cap.title.get("en") == "The forgotten cap" and cap.title.get("fr") == "La casquette oubliée"
    assert cap.setting is not None and cap.setting.get("en") == "Noon, the room is full."
    assert cap.duration_minutes == 6
    assert (cap.pass_rule.criterion_min, cap.pass_rule.overall_min) == (55, 65)
    assert cap.source == VALID / "cap.yaml"
    assert cap.start == "arrival"


def test_personas(cap: Scenario) -> None:
    assert cap.persona_ids == ("mother", "daughter")
    daughter = cap.persona("daughter")
    assert (daughter.mood, daughter.voice, daughter.avatar) == (-2, "child+slow", "girl")
    assert daughter.name.get("fr") == "Léa, huit ans"


def test_nodes_replies_and_lines(cap: Scenario) -> None:
    arrival = cap.nodes["arrival"]
    assert arrival.line == 31 and arrival.does is not None and arrival.mood is None
    assert [r.id for r in arrival.replies] == ["check-staff", "flat-no", "ask-girl"]
    first = arrival.replies[0]
    assert first.line == 37 and first.next == "waiting" and first.mood == 1
    assert first.effects == Effects(2, 1, 3)
    assert first.feedback.principle == "check_and_follow_up"
    assert cap.nodes["waiting"].speaker == "mother" and cap.nodes["waiting"].mood == 0


def test_for_persona_and_when(cap: Scenario) -> None:
    ask_girl = cap.nodes["arrival"].replies[2]
    assert ask_girl.when == Condition(personas=("daughter",))
    assert ask_girl.effects_for("mother") == Effects(1, 0, 1)
    assert ask_girl.effects_for("daughter") == Effects(3, 3, 2)
    assert ask_girl.feedback_for("mother").principle == "treat_child_as_person"  # no feedback override
    contact = cap.nodes["waiting"].replies[1]
    assert contact.feedback_for("daughter").principle == "one_script_for_all"
    assert contact.effects_for("daughter") == Effects(0, -1, 1)
    found, nothing = cap.nodes["waiting"].replies[0], cap.nodes["waiting"].replies[2]
    assert found.when.not_chose == ("arrival.flat-no",) and nothing.when.chose == ("arrival.flat-no",)
    assert not nothing.when.holds("mother", frozenset())


def test_endings(cap: Scenario) -> None:
    assert cap.endings["comes-back"].outcome is Outcome.RETURNS
    assert cap.endings["leaves"].line == 106
    assert set(cap.endings) == {"comes-back", "leaves"}


def test_model_is_frozen(cap: Scenario) -> None:
    with pytest.raises(FrozenInstanceError):
        cap.id = "other"  # type: ignore[misc]
    with pytest.raises(TypeError):
        cap.nodes["new"] = cap.nodes["arrival"]  # type: ignore[index]


def test_defaults_when_optional_keys_are_absent() -> None:
    queue = load_scenario(VALID / "queue.yaml")
    assert queue.duration_minutes == 5 and queue.setting is None
    assert (queue.pass_rule.criterion_min, queue.pass_rule.overall_min) == (60, 70)
    assert queue.persona(None).mood == 0 and queue.persona(None).voice == ""
    assert queue.nodes["counter"].replies[0].when == Condition()


def test_folder_with_one_bad_and_two_good_files(tmp_path: Path) -> None:
    for name in ("cap.yaml", "queue.yaml"):
        shutil.copy(VALID / name, tmp_path / name)
    shutil.copy(BROKEN / "cycle.yaml", tmp_path / "bad.yaml")
    (tmp_path / "notes.txt").write_text("not a scenario")
    catalogue = load_folder([tmp_path])
    assert isinstance(catalogue, Catalogue)
    assert sorted(catalogue.scenarios) == ["forgotten-cap", "long-queue"]
    assert len(catalogue.errors) == 1 and catalogue.errors[0].file == str(tmp_path / "bad.yaml")


def test_duplicate_scenario_id_is_an_error_on_the_second_file(tmp_path: Path) -> None:
    shutil.copy(VALID / "queue.yaml", tmp_path / "a.yaml")
    shutil.copy(VALID / "queue.yaml", tmp_path / "b.yml")
    catalogue = load_folder(tmp_path)
    assert list(catalogue.scenarios) == ["long-queue"]
    assert catalogue.scenarios["long-queue"].source == tmp_path / "a.yaml"
    [error] = catalogue.errors
    assert str(error).startswith(f"{tmp_path / 'b.yml'}:1:5: id: scenario id \"long-queue\" is already used by")


def test_folder_and_files_mixed_and_missing_path(tmp_path: Path) -> None:
    catalogue = load_folder([VALID / "queue.yaml", tmp_path / "missing", str(VALID / "cap.yaml")])
    assert sorted(catalogue.scenarios) == ["forgotten-cap", "long-queue"]
    assert [str(e) for e in catalogue.errors] == [f"{tmp_path / 'missing'}:1:1: no such file or folder"]


def test_scenario_error_survives_pickling() -> None:
    import pickle

    with pytest.raises(ScenarioError) as caught:
        load_scenario(BROKEN / "cycle.yaml")
    copy = pickle.loads(pickle.dumps(caught.value))
    assert copy.problems == caught.value.problems and str(copy) == str(caught.value)
