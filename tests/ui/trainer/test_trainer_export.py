"""The export dialog writes each format with its progress bar; Cancel leaves no file at all."""

from __future__ import annotations

import csv
import json
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from trainer_helpers import wait_idle

KEYS = ("csv;", "csv,", "xlsx", "pdf", "json", "xapi", "bundle")


def parses(key: str, path: Path) -> int:
    """How many records the file holds, read back with an ordinary reader."""
    if key.startswith("csv"):
        with open(path, encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.reader(handle, delimiter=key[-1]))
        assert rows[0][0] == "trainee" and all(len(r) == len(rows[0]) for r in rows)
        return len(rows) - 1
    if key == "xlsx":
        sheet = openpyxl.load_workbook(path, read_only=True).worksheets[0]
        return sum(1 for _ in sheet.iter_rows()) - 1
    if key in ("json", "xapi"):
        data = json.loads(path.read_text(encoding="utf-8"))
        return len(data if isinstance(data, list) else data["records"])
    if key == "pdf":
        from pypdf import PdfReader

        text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
        assert "Bilan des formations" in text, text  # the window's language (French here)
        return 1
    with sqlite3.connect(path) as conn:
        return int(conn.execute("SELECT COUNT(*) FROM attempts").fetchone()[0])


def open_dialog(window: Any, monkeypatch: Any, target: Path) -> Any:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    return window.trainer.screens.open_export()


@pytest.mark.parametrize("key", KEYS)
def test_each_format_is_written_with_its_progress_bar(qtbot: Any, logged_in: Callable[..., Any],
                                                      monkeypatch: Any, tmp_path: Path, key: str) -> None:
    window = logged_in()
    target = tmp_path / "out" / f"records-{key.strip(';,')}"
    target.parent.mkdir()
    dialog = open_dialog(window, monkeypatch, target)
    dialog.choose_format(key)
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)  # the (monkeypatched) file dialog fills the path
    values: list[int] = []
    dialog.progress.valueChanged.connect(values.append)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, dialog, 30_000)
    written = Path(dialog.target.text())
    assert dialog.result_path == written and written.exists() and written.stat().st_size > 0, dialog.message.text()
    assert parses(key, written) > 0
    assert values and dialog.progress.value() == dialog.progress.maximum() > 0
    assert not list(written.parent.glob("*.part")), "a temporary file was left behind"


@pytest.mark.parametrize("key", KEYS)
def test_cancel_leaves_no_file(qtbot: Any, logged_in: Callable[..., Any], monkeypatch: Any, tmp_path: Path,
                               key: str) -> None:
    window = logged_in()
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / f"records-{key.strip(';,')}"
    dialog = open_dialog(window, monkeypatch, target)
    dialog.choose_format(key)
    dialog.target.setText(str(target))
    pressed = threading.Event()
    real = dialog.desk.export

    def held(fmt: str, path: Path, filters: Any, separator: str, progress: Any) -> Any:
        def slow(done: int, total: int) -> bool:
            pressed.wait(10)  # the export waits until Cancel was pressed, so the test is deterministic
            return bool(progress(done, total))
        return real(fmt, path, filters, separator, slow)

    monkeypatch.setattr(dialog.desk, "export", held)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.cancel_button.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    pressed.set()
    wait_idle(qtbot, dialog, 30_000)
    assert list(folder.iterdir()) == [], "cancel left a file"
    assert dialog.result_path is None and dialog.start_button.isEnabled()


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (Linux) to fill a drive")
def test_a_full_usb_key_is_told_in_french_and_keeps_the_old_file(qtbot: Any, logged_in: Callable[..., Any],
                                                                monkeypatch: Any, tmp_path: Path) -> None:
    """xlsxwriter wraps the error and left a traceback on the console; the dialog showed it raw, in English."""
    import os

    from simulator.records import common

    key = tmp_path / "usb-key"
    key.mkdir()
    target = key / "records.xlsx"
    target.write_text("previous export", encoding="utf-8")
    real_mkstemp = common.tempfile.mkstemp

    def full_temporary(prefix: str = "", suffix: str = "", dir: Any = None) -> tuple[int, str]:  # noqa: A002
        if dir is None or Path(dir) != key:
            return real_mkstemp(prefix=prefix, suffix=suffix, dir=dir)
        (key / f"{prefix}x{suffix}").symlink_to("/dev/full")  # every write: no space left on device
        return os.open(key / f"{prefix}x{suffix}", os.O_WRONLY), str(key / f"{prefix}x{suffix}")

    monkeypatch.setattr(common.tempfile, "mkstemp", full_temporary)
    window = logged_in()
    dialog = open_dialog(window, monkeypatch, target)
    dialog.choose_format("xlsx")
    dialog.target.setText(str(target))
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, dialog, 30_000)
    shown = dialog.message.text()
    assert shown.startswith("L’export n’a pas abouti"), shown
    assert f"Le disque est plein\u00a0: {target} n’a pas pu être écrit." in shown and ".part" not in shown, shown
    assert target.read_text(encoding="utf-8") == "previous export" and [p.name for p in key.iterdir()] == [target.name]
