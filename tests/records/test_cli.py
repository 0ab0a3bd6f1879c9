"""The records commands end to end, through ``simulator.cli.main`` (exit codes and plain messages)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from simulator.cli import main


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SIMULATOR_DATA_DIR", str(tmp_path / "data"))
    assert main(["play", "forgotten-cap", "--trainee", "@Ève; Nœl", "--choices", "1,1,1"]) == 0
    return tmp_path


def test_export_import_and_erase_commands(data: Path, capsys: pytest.CaptureFixture[str],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    out = data / "r.csv"
    assert main(["export", "--format", "csv", "--out", str(out), "--separator", ","]) == 0
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig")), delimiter=","))
    assert rows[1][0] == "'@Ève; Nœl" and len(rows) == 2
    assert main(["export", "--format", "bundle", "--out", str(data / "b.bundle")]) == 0
    assert main(["import", str(data / "b.bundle")]) == 0
    assert "added 0 trainees" in capsys.readouterr().out
    assert main(["export", "--format", "csv", "--out", str(out), "--since", "31/12/2025"]) == 2
    assert "--since must be a date" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main(["trainee", "erase", "@ève; nœl"]) == 2  # no confirmation, nothing erased
    assert main(["trainee", "export", "@ève; nœl"]) == 0
    assert '"display_name": "@Ève; Nœl"' in capsys.readouterr().out
    assert main(["trainee", "erase", "@ève; nœl", "--yes"]) == 0
    assert main(["trainee", "export", "@ève; nœl"]) == 2
    assert "No trainee" in capsys.readouterr().err


def test_records_layers_do_not_import_qt() -> None:
    import subprocess
    import sys

    code = ("import sys, simulator.records.export, simulator.records.bundle, simulator.records.privacy, "
            "simulator.records.lrs, simulator.trainer.service, simulator.cli.records_cmds; "
            "print('PySide6' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_export_lang_chooses_the_titles_and_the_words(data: Path) -> None:
    from pypdf import PdfReader

    for lang, title, heading in (("fr", "La casquette oubliée", "Bilan des formations"),
                                 ("en", "The forgotten cap", "Completion summary")):
        pdf, csv_out = data / f"summary-{lang}.pdf", data / f"records-{lang}.csv"
        assert main(["export", "--format", "pdf", "--out", str(pdf), "--lang", lang]) == 0
        text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
        assert heading in text and title in text, text
        assert main(["export", "--format", "csv", "--out", str(csv_out), "--lang", lang]) == 0
        assert title in csv_out.read_text(encoding="utf-8-sig")


def test_a_name_with_an_emoji_is_found_again(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Its zero-width joiner was dropped when saving but not when searching: 'No trainee called ...'."""
    data = str(tmp_path / "data")
    assert main(["play", "forgotten-cap", "--trainee", "👩\u200d🍳 Chef", "--choices", "1", "--data-dir", data]) == 0
    capsys.readouterr()
    assert main(["trainee", "export", "👩\u200d🍳 CHEF", "--data-dir", data]) == 0
    assert '"display_name": "👩\u200d🍳 Chef"' in capsys.readouterr().out
