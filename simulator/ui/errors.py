"""Unexpected errors: logged to a file in the data folder and shown in a dialog whose details can be copied.

Expected problems never come here: views show them inline in plain words.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger(__name__)
LOG_NAME = "simulator.log"
LOG_MAX_BYTES = 1_000_000
LOG_KEPT = 2  # older files: simulator.log.1, simulator.log.2


class _RotatingLog(logging.FileHandler):
    """``RotatingFileHandler``'s behaviour without ``logging.handlers``, whose imports (socket, pickle,
    queue...) cost the first frame about 15 ms: past the size limit, the file becomes ``.1``."""

    def emit(self, record: logging.LogRecord) -> None:
        super().emit(record)
        if self.stream is not None and self.stream.tell() > LOG_MAX_BYTES:
            self._rotate()

    def _rotate(self) -> None:
        self.close()
        base = self.baseFilename
        try:
            for index in range(LOG_KEPT - 1, 0, -1):
                if os.path.exists(f"{base}.{index}"):
                    os.replace(f"{base}.{index}", f"{base}.{index + 1}")
            os.replace(base, f"{base}.1")
        except OSError as exc:  # another process holds it (Windows): keep writing to the same file
            log.debug("cannot rotate %s: %s", base, exc)


def log_to_file(data_dir: Path) -> Path:
    """Send warnings and errors to ``<data dir>/simulator.log`` (rotated, so it never fills the disk)."""
    path = data_dir / LOG_NAME
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        handler = _RotatingLog(path, encoding="utf-8", delay=True)
    except OSError as exc:
        log.warning("Cannot write the log file %s: %s", path, exc)
        return path
    handler.setLevel(logging.INFO)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    for existing in root.handlers:  # the console keeps its level; only the file gets INFO
        if existing.level == logging.NOTSET:
            existing.setLevel(root.level)
    root.addHandler(handler)
    root.setLevel(min(root.level, logging.INFO))
    logging.getLogger("transitions").setLevel(logging.WARNING)  # one INFO line per state change otherwise
    return path


def install_excepthook(log_path: Path) -> None:
    """Replace Python's hook: log the trace, then tell the user in plain words."""

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        details = "".join(traceback.format_exception(kind, error, trace))
        log.error("Unexpected error:\n%s", details)
        show_error_dialog(details, log_path)

    sys.excepthook = hook


def show_error_dialog(details: str, log_path: Path) -> None:
    """A calm message; the technical details are behind "Show Details..." and can be copied."""
    if QApplication.instance() is None:
        return
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QApplication.translate("Errors", "Something went wrong"))
    box.setText(QApplication.translate(
        "Errors", "Something unexpected happened. Your replies already given are saved. "
        "If it happens again, show this message to your trainer."))
    box.setInformativeText(QApplication.translate("Errors", "Details were written to {path}").format(path=log_path))
    box.setDetailedText(details)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()
