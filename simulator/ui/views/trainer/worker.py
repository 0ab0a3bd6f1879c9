"""Run a slow trainer call on a Python thread and bring its progress and result back as Qt signals.

The work gets a ``progress(done, total) -> bool`` callback (the records layer's convention): it emits
``progressed`` and returns False once :meth:`Job.cancel` was called, so the export stops and writes nothing.
Signals emitted from the thread are queued to the GUI thread; the work never touches a widget. Connect them to
bound methods of widgets (not lambdas), so Qt knows the receiver lives on the GUI thread and queues the call.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from simulator.records.common import Cancelled, RecordsError
from simulator.records.lrs import LrsDown
from simulator.store.errors import StoreError
from simulator.trainer.auth import AuthError
from simulator.ui.views.trainer.problems import trainer_error_text

log = logging.getLogger(__name__)
EXPECTED = (RecordsError, StoreError, AuthError, LrsDown, OSError, ValueError)
_running: set[Job] = set()  # keeps a job alive until its thread has reported


class Job(QObject):
    """One call on a worker thread: ``succeeded(result)``, ``failed(message)`` or ``cancelled()``, then ``ended()``."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    ended = Signal()

    def __init__(self, work: Callable[..., Any], with_progress: bool = False) -> None:
        super().__init__()
        self.work, self.with_progress = work, with_progress
        self._stop = threading.Event()

    def start(self) -> Job:
        _running.add(self)
        self.ended.connect(self._forget)
        threading.Thread(target=self._run, name="trainer-job", daemon=True).start()
        return self

    @Slot()
    def _forget(self) -> None:
        _running.discard(self)

    def cancel(self) -> None:
        self._stop.set()

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    def _progress(self, done: int, total: int) -> bool:
        self.progressed.emit(int(done), int(total))
        return not self._stop.is_set()

    def _run(self) -> None:
        try:
            result = self.work(self._progress) if self.with_progress else self.work()
        except Cancelled:
            self.cancelled.emit()
        except EXPECTED as exc:
            log.info("Trainer job refused: %s", exc)
            self.failed.emit(trainer_error_text(exc))
        except Exception:  # noqa: BLE001 - shown in plain words, details in the log
            log.exception("Trainer job failed")
            self.failed.emit(QCoreApplication.translate(
                "Job", "Something went wrong. Nothing was lost; the details are in the log file."))
        else:
            self.succeeded.emit(result)
        finally:
            self.ended.emit()


def run(work: Callable[..., Any], on_done: Callable[[Any], None] | None = None,
        on_failed: Callable[[str], None] | None = None, with_progress: bool = False) -> Job:
    """Start ``work`` on a worker; connect the usual slots first so no signal is missed."""
    job = Job(work, with_progress)
    if on_done is not None:
        job.succeeded.connect(on_done)
    if on_failed is not None:
        job.failed.connect(on_failed)
    return job.start()
