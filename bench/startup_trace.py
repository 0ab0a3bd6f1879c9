"""Where the startup time goes: ``simulator gui --smoke`` and the bare window of ``startup.py``, step by step.

    .venv/bin/python bench/startup_trace.py [--runs 7]

Each run is a new process that wraps the steps of the start (imports, catalogue, store, window, first
frame) with a clock and reports how long each took, from the moment the process was created (read from
/proc, Linux only). Prints the median of each step for the app and for the bare window, so the part of
the ratio that is the app's own work can be read off.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from startup import BARE  # noqa: E402

CLOCK = r'''
import json, os, sys, time
_T0 = time.perf_counter()
with open("/proc/self/stat") as _f:
    _ticks = int(_f.read().split(")")[-1].split()[19])
_BEFORE = (time.clock_gettime(time.CLOCK_BOOTTIME) - _ticks / os.sysconf("SC_CLK_TCK")) * 1000
MARKS = [("interpreter up", _BEFORE)]
def mark(label):
    MARKS.append((label, _BEFORE + (time.perf_counter() - _T0) * 1000))
def report():
    mark("end")
    steps = {label: t - MARKS[i][1] for i, (label, t) in enumerate(MARKS[1:])}
    print(json.dumps({"interpreter up": _BEFORE, **steps}), file=sys.stderr, flush=True)
'''

APP = CLOCK + r'''
import atexit
atexit.register(report)
sys.argv = ["simulator", "gui", "--smoke"]
import simulator.cli.gui_cmd as gui_cmd
mark("simulator.cli")
def wrap(owner, name, label):
    original = getattr(owner, name)
    def wrapped(*args, **kwargs):
        mark(f"before {label}")
        result = original(*args, **kwargs)
        mark(label)
        return result
    setattr(owner, name, wrapped)
def qt_free_then_ui():
    gui_cmd_import()
    mark("Qt-free layers")
    import simulator.ui.app as app
    mark("PySide6 and ui.app")
    import simulator.ui.main_window
    mark("main_window (Qt enums, views)")
    wrap(app, "load_catalogue", "scenarios")
    wrap(app, "build_window", "store and window")
    done = app._FirstFrame._done
    def first_frame(self):
        mark("first frame")
        done(self)
    app._FirstFrame._done = first_frame
gui_cmd_import = gui_cmd._import_qt_free_parts
gui_cmd._import_qt_free_parts = qt_free_then_ui
from simulator.cli import main
main()
'''

BARE_TRACED = CLOCK + BARE \
    .replace("import sys, time\n", "import sys, time\nimport atexit\natexit.register(report)\n", 1) \
    .replace("from PySide6.QtWidgets import QApplication, QLabel, QMainWindow\n",
             "from PySide6.QtWidgets import QApplication, QLabel, QMainWindow\nmark('PySide6 imports')\n", 1) \
    .replace("window.show()\n", "mark('app and window')\nwindow.show()\n", 1) \
    .replace("QTimer.singleShot(0, lambda: QApplication.instance().exit(0))",
             "(mark('first frame'), QTimer.singleShot(0, lambda: QApplication.instance().exit(0)))", 1)


def traced(code: str) -> dict[str, float]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120,
                          check=True)
    return json.loads(done.stderr.strip().splitlines()[-1])


def medians(code: str, runs: int) -> dict[str, float]:
    samples = [traced(code) for _ in range(runs)]
    return {step: statistics.median(s[step] for s in samples) for step in samples[0]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    if not sys.platform.startswith("linux"):
        raise SystemExit("startup_trace.py reads the process start from /proc: Linux only")
    for name, code in (("simulator gui --smoke", APP), ("bare window", BARE_TRACED)):
        steps = medians(code, args.runs)
        print(f"{name} (median of {args.runs} runs)")
        for step, ms in steps.items():
            if not step.startswith("before "):
                print(f"  {ms:7.1f} ms  {step}")
        print(f"  {sum(steps.values()):7.1f} ms  total")


if __name__ == "__main__":
    main()
