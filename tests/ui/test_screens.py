"""Profiles, settings, catalogue details and the error hook, driven like a trainee would."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from simulator.scenario.errors import Problem, ScenarioError
from simulator.ui.style import point_size


def test_create_a_profile_with_the_keyboard(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    assert window.profiles.name_edit.hasFocus() or not window.profiles.known.isVisibleTo(window.profiles)
    qtbot.keyClicks(window.profiles.name_edit, "  Zoe   O'Brien ")  # QTest types Latin-1 only
    qtbot.keyClicks(window.profiles.id_edit, "E-77")
    qtbot.keyClick(window.profiles.id_edit, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.catalogue
    assert window.bridge.trainee.display_name == "Zoe O'Brien"
    assert window.bridge.trainee.employee_id == "E-77"
    assert "Zoe O'Brien" in window.catalogue.hello.text()


def test_names_from_everywhere_are_kept(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    window.profiles.name_edit.setText("Łukasz Żółć-Núñez 李雷 😀")
    qtbot.keyClick(window.profiles.name_edit, Qt.Key.Key_Return)
    assert window.bridge.trainee.display_name == "Łukasz Żółć-Núñez 李雷 😀"
    window.show_profiles()
    assert window.profiles.names.count() == 1


@pytest.mark.parametrize("name", ["   ", "\u200b\u0007", "x" * 120])
def test_a_name_that_cannot_be_used_is_explained_inline(qtbot: Any, make_window: Any, name: str) -> None:
    window = make_window()
    window.profiles.name_edit.setText(name)
    qtbot.keyClick(window.profiles.name_edit, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.profiles
    assert window.profiles.error.isVisibleTo(window.profiles)
    assert "nom" in window.profiles.error.text()  # French, plain words
    assert window.bridge.service.profiles() == []


def test_trainer_area_has_an_entry_point(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    called = []
    window.open_trainer_area = lambda: called.append(True)  # what the trainer views will replace
    window.profiles.trainer_requested.disconnect()
    window.profiles.trainer_requested.connect(window.open_trainer_area)
    window.profiles.trainer_requested.emit()
    assert called


def test_text_size_scales_the_whole_window(qtbot: Any, make_window: Any) -> None:
    from PySide6.QtWidgets import QApplication

    window = make_window()
    before = window.profiles.continue_button.sizeHint().height()
    window.settings.text_scale = 150
    assert f"{point_size(150)}pt" in QApplication.instance().styleSheet()  # type: ignore[union-attr]
    assert window.profiles.continue_button.sizeHint().height() > before


def test_catalogue_lists_statuses_and_load_errors(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    service = window.bridge.service
    service.load_errors.append(ScenarioError("broken.yaml", [Problem("broken.yaml", 3, 5, "version must be a number")]))
    trainee = service.ensure_profile("Camille Test")
    first = service.catalogue_for(trainee.id)[0].scenario
    session = service.start(first.id, None, "practice", "fr", trainee.id)
    service.choose(session, 1)
    window.show_profiles()
    qtbot.keyClick(window, Qt.Key.Key_Return)
    catalogue = window.catalogue
    assert catalogue.errors.isVisibleTo(catalogue)
    assert "broken.yaml:3:5" in catalogue.errors_text.toPlainText()
    assert "En cours" in catalogue.list.item(0).text()
    assert catalogue.start_button.text() == "Reprendre"
    assert catalogue.banner.isVisibleTo(catalogue)


def test_unexpected_error_is_logged_and_shown_with_details(monkeypatch: Any, tmp_path: Path, qapp: Any) -> None:
    from simulator.ui import errors

    shown: list[str] = []
    def fake_exec(box: QMessageBox) -> int:
        shown.append(box.detailedText())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    log_path = errors.log_to_file(tmp_path)
    errors.install_excepthook(log_path)
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    assert "RuntimeError: boom" in shown[0]
    assert "RuntimeError: boom" in log_path.read_text(encoding="utf-8")


def test_smoke_command_shows_a_frame_and_exits_0(tmp_path: Path) -> None:
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-m", "simulator", "gui", "--smoke", "--data-dir", str(tmp_path)],
                            capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "first frame after" in result.stdout
    assert (tmp_path / "simulator.sqlite").exists()
