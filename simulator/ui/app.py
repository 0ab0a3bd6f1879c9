"""Start the window: QApplication, translator, error hook, then the catalogue, store and speaker.

Reading the five scenario files takes ~15 ms (checked files are cached by the
loader), so it is done in line; the speech engine and the day's backup start on
their own threads only once the window is up, so the first frame waits for neither. Heavy
modules of the trainer area (PDF, XLSX) load only when a trainer opens it.
"""

from __future__ import annotations

import logging
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger(__name__)
SMOKE_TIMEOUT_MS = 20_000
AFTER_FIRST_FRAME_MS = 300


@dataclass
class Options:
    data_dir: str | None = None
    smoke: bool = False
    started: float = 0.0  # time.perf_counter() when the process began its work
    speaker: Any = None  # a speaker to use instead of the real one (tests)


def load_catalogue() -> Any:
    """The installed scenarios; a failure of the loader itself leaves an empty catalogue, never a crash."""
    from simulator.paths import scenarios_dir
    from simulator.scenario.loader import Catalogue, load_folder

    try:
        return load_folder([scenarios_dir()])
    except Exception:  # noqa: BLE001 - bad files are reported by the loader; this is a bug of ours
        log.exception("Scenarios could not be loaded")
        return Catalogue()


def build_window(data_dir: Path, speaker: Any = None, catalogue: Any = None):  # type: ignore[no-untyped-def]
    """The main window with its service and store (raises StoreError when the data cannot be opened).

    Without a speaker, speech stays off until :meth:`Bridge.attach_speaker` is called.
    """
    from simulator.service import Service
    from simulator.store import Store
    from simulator.ui import i18n, texts
    from simulator.ui.bridge import Bridge
    from simulator.ui.main_window import MainWindow
    from simulator.ui.settings import Settings

    settings = Settings.in_folder(data_dir)
    i18n.use_language(settings.language)
    store = Store.open(data_dir, daily_backup=False)  # taken on its own thread once the window is up
    notice = texts.repair_text(store.repaired) if store.repaired else ""
    scenarios, errors = (catalogue.scenarios, catalogue.errors) if catalogue is not None else ({}, [])
    bridge = Bridge(Service(scenarios, store, errors), speaker)
    window = MainWindow(bridge, settings, notice)
    window.show_profiles()
    return window


def _start_background_work(window: Any, with_speech: bool) -> None:
    """Once the window is up (its first frame needs none of it): the day's backup, then the retention
    setting applied; and the speech engine."""
    service = window.bridge.service
    service.store.start_daily_backup()
    service.store.after_daily_backup("retention", service.apply_retention)
    if with_speech:
        window.bridge.attach_speaker(_make_speaker(window.settings.voice_rate))


def _make_speaker(rate: int) -> Any:
    from simulator.speech import Speaker

    return Speaker(rate=rate)


def run(options: Options) -> int:
    """Open the window and run until it is closed (or, with ``smoke``, until the first frame)."""
    from simulator.store import StoreError, resolve_data_dir
    from simulator.ui.errors import install_excepthook, log_to_file

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("simulator")
    data_dir = resolve_data_dir(options.data_dir)
    install_excepthook(log_to_file(data_dir))
    try:
        window = build_window(data_dir, options.speaker, load_catalogue())
    except StoreError as exc:
        from simulator.ui.texts import error_text

        QMessageBox.critical(None, QApplication.translate("App", "Customer experience trainer"), error_text(exc))
        return 3
    _size(window)
    if options.smoke:
        _FirstFrame(window, options.started).arm()
    else:
        QTimer.singleShot(AFTER_FIRST_FRAME_MS, lambda: _start_background_work(window, options.speaker is None))
    window.show()
    code = app.exec()
    window.bridge.close()
    window.bridge.service.store.close()
    return code


def _size(window: Any) -> None:
    """As large as comfortable, never larger than the screen's free area."""
    screen = window.screen().availableGeometry()
    window.resize(min(1366, screen.width()), min(860, screen.height()))


class _FirstFrame(QObject):
    """Smoke mode: print the time to the first shown frame, then quit with 0."""

    def __init__(self, window: Any, started: float) -> None:
        super().__init__(window)
        self.window, self.started, self.seen = window, started, False

    def arm(self) -> None:
        self.window.installEventFilter(self)
        QTimer.singleShot(SMOKE_TIMEOUT_MS, self._give_up)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if not self.seen and event.type() in (QEvent.Type.Paint, QEvent.Type.Expose):
            self.seen = True
            QTimer.singleShot(0, self._done)
        return False

    def _done(self) -> None:
        elapsed = (time.perf_counter() - self.started) * 1000
        service = self.window.bridge.service
        print(f"first frame after {elapsed:.0f} ms ({len(service.scenarios)} scenarios, "
              f"{len(service.load_errors)} not loaded)", flush=True)
        QApplication.instance().exit(0)  # type: ignore[union-attr]

    def _give_up(self) -> None:
        print("no frame was shown in time", file=sys.stderr, flush=True)
        QApplication.instance().exit(1)  # type: ignore[union-attr]
