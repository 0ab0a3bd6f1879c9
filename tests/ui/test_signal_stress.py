"""Thousands of Python-side signal emissions must not crash the interpreter.

PySide6 6.12.0 leaks a reference to True on each ``Signal.emit()`` from Python and the
process aborts after a few hundred emits (``bool_dealloc``). The window emits signals on
every key press and speech event, so a release with that bug must fail here. It runs in
a child process because the failure is an abort, not an exception.
"""

from __future__ import annotations

import subprocess
import sys

SCRIPT = r"""
import os, threading
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot, QTimer

class Source(QObject):
    flagged = Signal(bool)
    counted = Signal(int, str)

class Sink(QObject):
    def __init__(self):
        super().__init__()
        self.flags = 0
        self.counts = 0
    @Slot(bool)
    def on_flagged(self, value):
        self.flags += 1
    @Slot(int, str)
    def on_counted(self, number, text):
        self.counts += 1

app = QCoreApplication([])
source, sink = Source(), Sink()
source.flagged.connect(sink.on_flagged)
source.counted.connect(sink.on_counted)
for i in range(4000):
    source.flagged.emit(i % 2 == 0)
    source.counted.emit(i, "x")

def worker():
    for i in range(1000):
        source.flagged.emit(True)

thread = threading.Thread(target=worker)
thread.start()
thread.join()
deadline = 0
while sink.flags < 5000 and deadline < 2000:
    app.processEvents()
    deadline += 1
print(sink.flags, sink.counts)
"""


def test_five_thousand_signals_do_not_crash_the_interpreter() -> None:
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, f"exit {result.returncode}: {result.stderr[-2000:]}"
    assert result.stdout.split() == ["5000", "4000"]
