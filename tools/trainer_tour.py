"""Capture every trainer screen under Xvfb (``import -window root``), with demo data.

    Xvfb :94 -screen 0 1366x768x24 & DISPLAY=:94 .venv/bin/python tools/trainer_tour.py --lang fr
"""

from __future__ import annotations

import argparse
import socket
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QScrollArea

from simulator.demo import fill_demo
from simulator.paths import scenarios_dir
from simulator.scenario.loader import load_folder
from simulator.speech import FakeSpeaker
from simulator.store import Store
from simulator.trainer.auth import TrainerAuth
from simulator.ui.app import build_window
from simulator.ui.settings import Settings

PASSWORD = "formation-2026"


def prepare(data: Path) -> None:
    catalogue = load_folder([scenarios_dir()])
    with Store.open(data, daily_backup=False) as store:
        fill_demo(store, list(catalogue.scenarios.values()), trainees=12, attempts_per_trainee=2, seed=7)
        TrainerAuth(store).set_password(PASSWORD)
    from simulator.cli import main as cli  # one finished attempt queues xAPI statements for the LRS shot

    cli(["play", "forgotten-cap", "--trainee", "Léa", "--choices", "1,1,1,1", "--data-dir", str(data)])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="fr")
    parser.add_argument("--out", default="/tmp/shots")
    args = parser.parse_args()
    data = Path(tempfile.mkdtemp(prefix="trainer-shots-"))
    prepare(data)
    app = QApplication(sys.argv)
    Settings.in_folder(data).language = args.lang
    window = build_window(data, FakeSpeaker(), load_folder([scenarios_dir()]))
    window.resize(window.screen().availableGeometry().size())
    window.show()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    def shot(name: str) -> Callable[[], None]:
        return lambda: subprocess.run(["import", "-window", "root", str(out / f"trainer-{name}-{args.lang}.png")],
                                      check=True)

    def area():  # type: ignore[no-untyped-def]
        return window.trainer

    def screens():  # type: ignore[no-untyped-def]
        return area().screens

    def wrong_password() -> None:
        area().gate.password.setText("not the one")
        area().gate.submit.click()

    def right_password() -> None:
        area().gate.password.setText(PASSWORD)
        area().gate.submit.click()

    def open_first_trainee() -> None:
        dashboard = screens().dashboard
        dashboard._on_table_activated(dashboard.table.model().index(0, 0))

    def open_first_attempt() -> None:
        page = screens().trainee
        page.attempts.setCurrentCell(0, 0)
        page._on_attempts_activated(page.attempts.currentIndex())

    def push_to_nowhere() -> None:
        """An LRS on a port nobody listens on: the message the trainer reads when the network is down."""
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        records = screens().records
        records.endpoint.setText(f"http://127.0.0.1:{port}/xAPI")
        records.push_button.click()

    def show_lrs_message() -> None:
        message = screens().records.lrs_message
        scroll = message.parentWidget()
        while not isinstance(scroll, QScrollArea):
            scroll = scroll.parentWidget()
        scroll.ensureWidgetVisible(message, 0, 250)

    steps: list[tuple[int, Callable[[], None]]] = [
        (300, window.open_trainer_area), (400, wrong_password), (1500, shot("login-wrong")),
        (100, right_password), (2500, shot("dashboard")),
        (100, open_first_trainee), (1500, shot("trainee")),
        (100, open_first_attempt), (1500, shot("replay")),
        (100, lambda: screens().show_tabs()), (100, lambda: screens().tabs.setCurrentIndex(1)),
        (2500, shot("analytics")), (100, lambda: screens().tabs.setCurrentIndex(2)), (1500, shot("records")),
        (100, push_to_nowhere), (3500, show_lrs_message), (3000, shot("lrs-down")),
        (100, lambda: screens().open_export()), (1500, shot("export")), (100, app.quit),
    ]
    delay = 0
    for wait, step in steps:
        delay += wait
        QTimer.singleShot(delay, step)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
