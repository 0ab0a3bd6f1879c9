"""The store through the command line: recording, resuming, checks and demo data."""

from __future__ import annotations

import json

from simulator.cli import main
from simulator.store import Store


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_play_records_the_attempt_and_resume_continues_it(capsys, tmp_path):
    data = str(tmp_path)
    code, out, _ = run_cli(capsys, "play", "forgotten-cap", "--choices", "1,2", "--trainee", "Zoé  Martin",
                           "--data-dir", data, "--json")
    first = json.loads(out)
    assert code == 0 and not first["finished"] and first["attempt"]
    code, out, _ = run_cli(capsys, "play", "forgotten-cap", "--choices", "1", "--trainee", "Zoé Martin",
                           "--resume", "--data-dir", data, "--json")
    resumed = json.loads(out)
    assert code == 0 and resumed["attempt"] == first["attempt"]
    assert [s["chosen"] for s in resumed["steps"]][:2] == [s["chosen"] for s in first["steps"]]
    assert len(resumed["steps"]) == 3
    with Store.open(tmp_path) as store:
        (trainee,) = store.trainees()
        assert trainee.display_name == "Zoé Martin"
        assert [c.reply_id for c in store.choices(first["attempt"])] == [s["chosen"] for s in resumed["steps"]]


def test_a_refused_choice_is_not_recorded(capsys, tmp_path):
    code, _, err = run_cli(capsys, "play", "pool-bar", "--choices", "1,9", "--trainee", "Léa", "--data-dir",
                           str(tmp_path))
    assert code == 2 and "not offered" in err
    with Store.open(tmp_path) as store:
        (attempt,) = store.attempts_of(store.trainees()[0].id)
        assert len(store.choices(attempt.id)) == 1


def test_empty_trainee_name_is_a_clear_error(capsys, tmp_path):
    code, _, err = run_cli(capsys, "play", "pool-bar", "--choices", "1", "--trainee", "  \t ", "--data-dir",
                           str(tmp_path))
    assert code == 2 and "name" in err and "Traceback" not in err


def test_demo_data_then_db_check(capsys, tmp_path):
    code, out, _ = run_cli(capsys, "demo-data", "--trainees", "4", "--attempts-per-trainee", "2", "--seed", "3",
                           "--data-dir", str(tmp_path))
    assert code == 0 and "4 trainees" in out
    code, out, _ = run_cli(capsys, "db", "check", "--json", "--data-dir", str(tmp_path))
    assert code == 0 and json.loads(out)["ok"] is True
    with Store.open(tmp_path) as store:
        assert len(store.trainees(include_demo=True)) == 4


def test_db_restore_without_backup_is_a_data_error(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("SIMULATOR_DATA_DIR", str(tmp_path / "fresh"))
    code, _, err = run_cli(capsys, "db", "restore", str(tmp_path / "nope.sqlite"))
    assert code == 3 and "backup" in err.lower()


def test_trainer_shop_command_sets_shows_and_clears(capsys, tmp_path):
    data = str(tmp_path)
    assert "no particular shop" in run_cli(capsys, "trainer", "shop", "--data-dir", data)[1]
    code, out, _ = run_cli(capsys, "trainer", "shop", "Paris Bastille", "--data-dir", data)
    assert code == 0 and "Paris Bastille" in out
    run_cli(capsys, "play", "none-left", "--choices", "1", "--trainee", "Léo", "--data-dir", data)
    with Store.open(tmp_path) as store:
        assert store.trainees()[0].shop == "Paris Bastille"
    assert "no particular shop" in run_cli(capsys, "trainer", "shop", "--clear", "--data-dir", data)[1]


def test_shared_options_may_come_before_the_command(capsys, tmp_path):
    """`simulator --data-dir D demo-data ...` is how people write it; it used to start the window and fail."""
    data = str(tmp_path)
    code, out, err = run_cli(capsys, "--data-dir", data, "demo-data", "--trainees", "2",
                             "--attempts-per-trainee", "1", "--seed", "3")
    assert code == 0, err
    code, out, err = run_cli(capsys, "--data-dir", data, "db", "check")  # a command with a sub-command
    assert code == 0 and "is sound" in out, (out, err)
    store = Store.open(tmp_path, daily_backup=False)
    try:
        assert len(store.trainees()) == 2
    finally:
        store.close(backup=False)


def test_command_first_keeps_the_window_as_the_default():
    from simulator.cli import command_first

    assert command_first([]) == ["gui"]
    assert command_first(["--data-dir", "D"]) == ["gui", "--data-dir", "D"]
    assert command_first(["--data-dir=D", "-v", "export", "--format", "csv"]) == [
        "export", "--format", "csv", "--data-dir=D", "-v"]
    assert command_first(["--smoke"]) == ["gui", "--smoke"]
    assert command_first(["--version"]) == ["--version"]


def test_a_data_dir_that_is_a_file_is_named_as_such(capsys, tmp_path):
    a_file = tmp_path / "records.sqlite"
    a_file.write_bytes(b"")
    code, _, err = run_cli(capsys, "db", "check", "--data-dir", str(a_file))
    assert code == 3 and err.startswith(f"simulator: {a_file} is a file, not a folder"), err
    assert a_file.read_bytes() == b""
