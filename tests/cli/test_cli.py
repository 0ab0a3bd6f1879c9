from __future__ import annotations

import json
import subprocess
import sys

import pytest

from simulator.cli import main
from simulator.engine import Run
from simulator.engine.paths import all_paths
from simulator.paths import scenarios_dir
from simulator.scenario.loader import load_folder

CATALOGUE = load_folder([scenarios_dir()])
FIELD_CASES = {"forgotten-cap", "shrunk-sweater", "phone-call", "none-left", "pool-bar"}


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def best_positions(scenario_id: str, persona: str | None = None) -> list[int]:
    scenario = CATALOGUE.scenarios[scenario_id]
    best = max(all_paths(scenario, persona), key=lambda p: Run.replay(scenario, persona, p).scores().overall)
    return [s.position for s in Run.replay(scenario, persona, best).history]


def test_validate_json_lists_the_five_field_cases(capsys):
    code, out, _ = run_cli(capsys, "validate", "--json")
    data = json.loads(out)
    assert code == 0 and data["valid"] is True and data["errors"] == []
    by_id = {s["id"]: s for s in data["scenarios"]}
    assert set(by_id) >= FIELD_CASES
    for row in by_id.values():
        assert row["file"].endswith(".yaml") and row["title"]
        assert row["nodes"] >= 4 and row["replies"] >= 3 * 4 and row["endings"] >= 3
        for best in row["best"].values():
            assert set(best) == {"empathy", "adaptation", "interest"} and min(best.values()) > 0


def test_validate_a_broken_file_exits_1_with_position(capsys, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: x\nversion: [\n", "utf-8")
    code, _, err = run_cli(capsys, "validate", str(bad))
    assert code == 1 and f"{bad}:" in err


def test_validate_missing_path_is_a_usage_error(capsys, tmp_path):
    code, _, err = run_cli(capsys, "validate", str(tmp_path / "nope.yaml"))
    assert code == 2 and "No such file" in err


def test_play_best_path_json(capsys):
    positions = best_positions("forgotten-cap")
    code, out, _ = run_cli(capsys, "play", "forgotten-cap", "--choices", ",".join(map(str, positions)), "--json")
    data = json.loads(out)
    assert code == 0
    assert set(data) >= {"scenario", "persona", "finished", "ending", "outcome", "scores", "passed", "steps", "options"}
    assert data["finished"] and data["passed"] and data["outcome"] == "returns" and data["options"] == []
    assert set(data["scores"]) == {"empathy", "adaptation", "interest", "overall"}
    assert len(data["steps"]) == len(positions)
    assert all(set(step) >= {"node", "chosen", "feedback"} and step["feedback"] for step in data["steps"])


def test_play_partial_lists_options_in_english(capsys):
    code, out, _ = run_cli(capsys, "play", "pool-bar", "--choices", "1", "--lang", "en", "--json")
    data = json.loads(out)
    assert code == 0 and not data["finished"] and data["passed"] is None
    node = CATALOGUE.scenarios["pool-bar"].nodes[data["steps"][0]["node"]]
    first = node.replies[0]
    assert data["steps"][0]["chosen"] == first.id and data["steps"][0]["feedback"] == first.feedback.text.get("en")
    positions = [o["position"] for o in data["options"]]
    assert len(positions) >= 2 and positions == list(range(1, len(positions) + 1))


@pytest.mark.parametrize("choices", ["9", "1,9", "0", "-1"])
def test_play_choice_out_of_range_exits_2(capsys, choices):
    code, out, err = run_cli(capsys, "play", "forgotten-cap", "--choices", choices)
    assert code == 2 and "not offered" in err and "Traceback" not in err


def test_play_unknown_scenario_or_persona_exits_2(capsys):
    assert run_cli(capsys, "play", "nope", "--choices", "1")[0] == 2
    code, _, err = run_cli(capsys, "play", "forgotten-cap", "--persona", "nobody", "--choices", "1")
    assert code == 2 and "persona" in err


def test_play_bad_choices_syntax_exits_2(capsys):
    code, _, err = run_cli(capsys, "play", "forgotten-cap", "--choices", "a,b")
    assert code == 2 and "numbers" in err


def test_persona_changes_the_best_path():
    cap = CATALOGUE.scenarios["forgotten-cap"]
    assert len(cap.personas) >= 2
    a, b = cap.persona_ids[:2]
    assert best_positions("forgotten-cap", a) != best_positions("forgotten-cap", b)


def test_console_script_runs_as_module(tmp_path):
    out = subprocess.run([sys.executable, "-m", "simulator", "scenarios", "--json"], capture_output=True,
                         text=True, timeout=60, check=True)
    assert {row["id"] for row in json.loads(out.stdout)} >= FIELD_CASES


def test_no_screen_gives_a_plain_message_not_a_qt_abort():
    import subprocess
    import sys

    from simulator.cli.gui_cmd import no_screen_reason

    assert "DISPLAY" in no_screen_reason({}, "linux")
    assert no_screen_reason({"DISPLAY": ":0"}, "linux") == ""
    assert no_screen_reason({"WAYLAND_DISPLAY": "wayland-0"}, "linux") == ""
    assert no_screen_reason({"QT_QPA_PLATFORM": "offscreen"}, "linux") == ""
    assert no_screen_reason({}, "win32") == ""
    env = {"PATH": "/usr/bin:/bin", "HOME": "/tmp"}
    out = subprocess.run([sys.executable, "-m", "simulator"], env=env, capture_output=True, text=True, timeout=60)
    assert out.returncode == 2 and "No screen was found" in out.stderr and "Traceback" not in out.stderr
