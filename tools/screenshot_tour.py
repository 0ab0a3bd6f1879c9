"""Walk through every screen of the window and capture each with ImageMagick's ``import`` (run under Xvfb).

Driven by ``tools/screenshots.sh``; keys are sent with xdotool like a trainee would press them.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from simulator.paths import scenarios_dir
from simulator.scenario.loader import load_folder
from simulator.speech import FakeSpeaker
from simulator.ui.app import build_window
from simulator.ui.settings import Settings

BROKEN = "id: broken-case\nversion: one\ntitle: {fr: Cassé}\n"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="fr")
    parser.add_argument("--out", default="/tmp/shots")
    parser.add_argument("--tag", default="fr")
    parser.add_argument("--text-scale", type=int, default=100)
    args = parser.parse_args()
    data = Path(tempfile.mkdtemp(prefix="shots-"))
    folder = data / "scenarios"
    shutil.copytree(scenarios_dir(), folder)
    (folder / "broken-case.yaml").write_text(BROKEN, encoding="utf-8")
    app = QApplication(sys.argv)
    prefs = Settings.in_folder(data)
    prefs.language, prefs.text_scale = args.lang, args.text_scale
    window = build_window(data, FakeSpeaker(), load_folder([folder]))
    service = window.bridge.service
    service.ensure_profile("Camille Durand", "E-1042")
    trainee = service.ensure_profile("Jean-Baptiste Lefèvre-Moreau")
    done = service.start("forgotten-cap", None, "practice", args.lang, trainee.id)
    for _ in range(12):
        if done.run.finished:
            break
        service.choose(done, 1)
    half = service.start("pool-bar", None, "practice", args.lang, trainee.id)
    service.choose(half, 1)
    window.resize(window.screen().availableGeometry().size())
    window.show()
    window.profiles.refresh()
    steps = Tour(window, Path(args.out), args.tag, trainee).steps()
    run_steps(app, steps)
    return app.exec()


class Tour:
    def __init__(self, window, out: Path, tag: str, trainee) -> None:  # type: ignore[no-untyped-def]
        self.window, self.out, self.tag, self.trainee = window, out, tag, trainee

    def shot(self, name: str) -> None:
        self.out.mkdir(parents=True, exist_ok=True)
        subprocess.run(["import", "-window", "root", str(self.out / f"{self.tag}-{name}.png")], check=False)

    def key(self, *keys: str) -> None:
        wid = int(self.window.winId())
        for key in keys:
            subprocess.run(["xdotool", "key", "--window", str(wid), key], check=False)

    def steps(self) -> list:  # type: ignore[type-arg]
        w = self.window
        return [
            lambda: self.shot("01-profiles"),
            lambda: self.key("Down", "Return"),
            lambda: self.shot("02-catalogue"),
            lambda: self.key("Down", "Down"),
            lambda: self.shot("03-catalogue-other"),
            lambda: w.bridge.start("forgotten-cap", "daughter", "practice", w.settings.language),
            lambda: self.shot("04-play"),
            lambda: self.key("2"),
            lambda: self.shot("05-feedback"),
            lambda: self.key("Return"),
            lambda: self.key("3"),
            lambda: self.shot("06-feedback-poor"),
            lambda: self._finish(),
            lambda: self.shot("07-debrief"),
            lambda: w.show_settings(),
            lambda: self.shot("08-settings"),
            lambda: w.open_trainer_area(),
            lambda: self.shot("09-trainer"),
            lambda: self._empty_profiles(),
            lambda: self.shot("10-profiles-error"),
            lambda: QApplication.instance().quit(),  # type: ignore[union-attr]
        ]

    def _finish(self) -> None:
        bridge = self.window.bridge
        self.window.play._on_continue_clicked()
        while bridge.session is not None and not bridge.session.run.finished:
            bridge.choose(len(bridge.session.run.offered()))
            self.window.play._on_continue_clicked()
        self.window.play._on_continue_clicked()

    def _empty_profiles(self) -> None:
        self.window.show_profiles()
        self.window.profiles.name_edit.setFocus()
        self.window.bridge.create_profile("   ")


def run_steps(app: QApplication, steps: list) -> None:  # type: ignore[type-arg]
    def next_step(index: int = 0) -> None:
        if index < len(steps):
            steps[index]()
            QTimer.singleShot(500, lambda: next_step(index + 1))

    QTimer.singleShot(1200, next_step)


if __name__ == "__main__":
    sys.exit(main())
