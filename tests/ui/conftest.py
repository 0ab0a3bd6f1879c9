"""UI tests run without a display; each gets its own data folder and a fake speaker."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before any Qt import

from collections.abc import Callable, Iterator  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import pytest  # noqa: E402

from simulator.paths import scenarios_dir  # noqa: E402
from simulator.scenario.loader import Catalogue, load_folder  # noqa: E402
from simulator.speech import FakeSpeaker  # noqa: E402


@pytest.fixture(scope="session")
def catalogue() -> Catalogue:
    """The installed scenarios, as the window loads them."""
    return load_folder([scenarios_dir()])


@pytest.fixture
def speaker() -> Iterator[FakeSpeaker]:
    fake = FakeSpeaker()
    yield fake
    fake.close()


@pytest.fixture
def make_window(qtbot: Any, tmp_path: Path, catalogue: Catalogue, speaker: FakeSpeaker) -> Iterator[Callable[..., Any]]:
    """Build the real main window on a fresh data folder; settings can be given first."""
    from simulator.ui.app import build_window
    from simulator.ui.settings import Settings

    windows: list[Any] = []

    def make(**settings: Any) -> Any:
        prefs = Settings.in_folder(tmp_path)
        for key, value in settings.items():
            prefs.set(key, value)
        window = build_window(tmp_path, speaker, catalogue)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    from PySide6.QtCore import QCoreApplication, QEvent

    for window in windows:
        window.bridge.service.store.close()
        window.close()
        window.deleteLater()  # gone before the next test, so a stylesheet change does not re-polish it
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
