"""Startup benchmark: ``simulator gui --smoke`` against a bare PySide6 window, whole process each time.

Both are run alternately (so a busy machine hurts both alike), after one warm-up run
each (the first smoke run creates the database). Reports the median wall time, the
ratio (target: under 1.5) and the peak memory (max RSS) of each process.

    .venv/bin/python bench/startup.py --runs 10
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

TARGET_RATIO = 1.5

BARE = r'''
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

class FirstFrame(QObject):
    def eventFilter(self, watched, event):
        if event.type() in (QEvent.Type.Paint, QEvent.Type.Expose):
            QTimer.singleShot(0, lambda: QApplication.instance().exit(0))
        return False

app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QLabel("Hello"))
window.resize(1366, 768)
watcher = FirstFrame()
window.installEventFilter(watcher)
window.show()
sys.exit(app.exec())
'''


def measure(command: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Wall time (s) and max RSS (KiB) of one whole process."""
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} exited with {process.returncode}")
    return elapsed, int(usage.ru_maxrss)


def parse(argv: list[str] | None = None) -> argparse.Namespace:
    return _parser().parse_args(argv or [])


def run(args: argparse.Namespace | list[str] | None = None) -> dict[str, Any]:
    """Run the benchmark; returns the figures (also used by bench/run_all.py)."""
    options = args if isinstance(args, argparse.Namespace) else parse(args)
    work = Path(tempfile.mkdtemp(prefix="bench-startup-"))
    bare = work / "bare_window.py"
    bare.write_text(BARE, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=options.platform)
    commands = {
        "simulator": [sys.executable, "-m", "simulator", "gui", "--smoke", "--data-dir", str(work / "data")],
        "bare": [sys.executable, str(bare)],
    }
    for command in commands.values():  # warm-up: disk cache, and the database created once
        measure(command, env)
    samples: dict[str, list[tuple[float, int]]] = {name: [] for name in commands}
    for _ in range(options.runs_each):
        for name, command in commands.items():
            samples[name].append(measure(command, env))
    return _summary(samples, options)


def _summary(samples: dict[str, list[tuple[float, int]]], options: argparse.Namespace) -> dict[str, Any]:
    result: dict[str, Any] = {"runs_each": options.runs_each, "platform": options.platform}
    for name, values in samples.items():
        result[name] = {
            "median_ms": round(statistics.median(t for t, _ in values) * 1000, 1),
            "min_ms": round(min(t for t, _ in values) * 1000, 1),
            "max_rss_mib": round(max(r for _, r in values) / 1024, 1),
        }
    result["ratio"] = round(result["simulator"]["median_ms"] / result["bare"]["median_ms"], 2)
    result["target_ratio"] = TARGET_RATIO
    result["ok"] = result["ratio"] < TARGET_RATIO
    return result


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", dest="runs_each", type=int, default=10, help="runs of each program (default 10)")
    parser.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                        help="Qt platform plugin (default: offscreen, or $QT_QPA_PLATFORM)")
    parser.add_argument("--json", action="store_true", help="print JSON")
    return parser


def main() -> int:
    result = run(sys.argv[1:])
    if "--json" in sys.argv:
        print(json.dumps(result, indent=2))
    else:
        for name in ("simulator", "bare"):
            r = result[name]
            print(f"{name:<10} median {r['median_ms']:>7.1f} ms  (min {r['min_ms']:.1f})  "
                  f"max RSS {r['max_rss_mib']} MiB")
        verdict = "OK" if result["ok"] else "over target"
        print(f"ratio {result['ratio']} (target < {TARGET_RATIO}): {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
