"""The export dialog: format, filters, target file; the export runs on a worker with a progress bar and Cancel.

Cancel makes the progress callback return False: the records layer stops and removes its temporary file, so no
half file is ever left where the trainer asked for one.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from simulator.records.common import Filters
from simulator.ui.views.common import button, label
from simulator.ui.views.trainer import worker
from simulator.ui.views.trainer.desk import TrainerDesk
from simulator.ui.views.trainer.parts import day_edit, day_value, shop_combo

log = logging.getLogger(__name__)

# (key, records format, CSV separator, file suffix)
CHOICES = (("csv;", "csv", ";", ".csv"), ("csv,", "csv", ",", ".csv"), ("xlsx", "xlsx", ";", ".xlsx"),
           ("pdf", "pdf", ";", ".pdf"), ("json", "json", ";", ".json"), ("xapi", "xapi", ";", ".json"),
           ("bundle", "bundle", ";", ".simbundle"))


class ExportDialog(QDialog):
    """Completion records to a file: CSV, XLSX, PDF, JSON, xAPI or a bundle for another shop PC."""

    def __init__(self, desk: TrainerDesk, shops: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.job: worker.Job | None = None
        self.result_path: Path | None = None
        self.setWindowTitle(self.tr("Export completion records"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(640)
        root = QVBoxLayout(self)
        root.setContentsMargins(28, 24, 28, 20)
        root.setSpacing(12)
        root.addWidget(label(self.tr("Export completion records"), "subtitle"))
        root.addLayout(self._form(shops))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        root.addWidget(self.progress)
        self.message = label("", "muted")
        self.message.setAccessibleName(self.tr("Message"))
        root.addWidget(self.message)
        root.addLayout(self._buttons())

    def _form(self, shops: list[str]) -> QFormLayout:
        form = QFormLayout()
        self.format = QComboBox()
        self.format.setAccessibleName(self.tr("Format"))
        names = {"csv;": self.tr("CSV for French Excel (separator ;)"), "csv,": self.tr("CSV (separator ,)"),
                 "xlsx": self.tr("Excel workbook (XLSX)"), "pdf": self.tr("PDF report (certificate for one trainee)"),
                 "json": self.tr("JSON"), "xapi": self.tr("xAPI statements (JSON)"),
                 "bundle": self.tr("Bundle for another shop PC")}
        for key, *_ in CHOICES:
            self.format.addItem(names[key], key)
        self.format.currentIndexChanged.connect(self._on_format_changed)
        self.shop = shop_combo(self.tr("Shop"), shops)
        self.since, self.until = day_edit(self.tr("From")), day_edit(self.tr("Until"))
        self.trainee = QLineEdit()
        self.trainee.setAccessibleName(self.tr("Only this trainee (name or employee number)"))
        self.trainee.setPlaceholderText(self.tr("everyone"))
        self.target = QLineEdit()
        self.target.setAccessibleName(self.tr("File"))
        self.browse_button = button(self.tr("Choose…"), name=self.tr("Choose the file"))
        self.browse_button.clicked.connect(self._on_browse_clicked)
        where = QHBoxLayout()
        where.addWidget(self.target, 1)
        where.addWidget(self.browse_button)
        for text, widget in ((self.tr("Format"), self.format), (self.tr("Shop"), self.shop),
                             (self.tr("From"), self.since), (self.tr("Until"), self.until),
                             (self.tr("Trainee"), self.trainee)):
            form.addRow(text, widget)
        form.addRow(self.tr("File"), where)
        return form

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.close_button = button(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        self.cancel_button = button(self.tr("Cancel the export"))
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        self.cancel_button.setEnabled(False)
        self.start_button = button(self.tr("Export"), "primary")
        self.start_button.clicked.connect(self._on_start_clicked)
        row.addWidget(self.close_button)
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.start_button)
        return row

    def choice(self) -> tuple[str, str, str, str]:
        key = self.format.currentData()
        return next(c for c in CHOICES if c[0] == key)

    def choose_format(self, key: str) -> None:
        self.format.setCurrentIndex(self.format.findData(key))

    def filters(self) -> Filters:
        return Filters(day_value(self.since), day_value(self.until), self.shop.currentData(),
                       self.trainee.text().strip() or None)

    def _on_format_changed(self) -> None:
        """Keep the file name's ending in step with the format."""
        text = self.target.text().strip()
        if text:
            self.target.setText(str(Path(text).with_suffix(self.choice()[3])))

    def _on_browse_clicked(self) -> None:
        suffix = self.choice()[3]
        start = self.target.text().strip() or str(Path.home() / f"completion{suffix}")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the export as"), start, f"*{suffix}")
        if path:
            self.target.setText(path if Path(path).suffix else path + suffix)

    def _on_start_clicked(self) -> None:
        text = self.target.text().strip()
        if not text:
            self._say(self.tr("Choose where to save the file first."), "error")
            return
        _key, fmt, separator, _suffix = self.choice()
        target, filters = Path(text), self.filters()
        self._busy(True)
        self._say(self.tr("Exporting…"), "muted")
        self.job = worker.Job(lambda progress: self.desk.export(fmt, target, filters, separator, progress), True)
        self.job.progressed.connect(self._on_job_progressed)
        self.job.succeeded.connect(self._on_job_succeeded)
        self.job.failed.connect(self._on_job_failed)
        self.job.cancelled.connect(self._on_job_cancelled)
        self.job.start()

    def _on_cancel_clicked(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self._say(self.tr("Cancelling…"), "muted")

    def _on_job_progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(min(done, max(1, total)))

    def _on_job_succeeded(self, result: Any) -> None:
        self._busy(False)
        self.progress.setValue(self.progress.maximum())
        self.result_path = Path(result.path)
        self._say(self.tr("Done: %n record(s) written to {path}.", "", result.count).format(path=result.path), "muted")

    def _on_job_failed(self, message: str) -> None:
        self._busy(False)
        self._say(self.tr("The export did not work: {reason}").format(reason=message), "error")

    def _on_job_cancelled(self) -> None:
        self._busy(False)
        self.progress.setValue(0)
        self._say(self.tr("Export cancelled. No file was written."), "muted")

    def _busy(self, busy: bool) -> None:
        if not busy:
            self.job = None
        self.start_button.setEnabled(not busy)
        self.close_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)

    def _say(self, text: str, role: str) -> None:
        from simulator.ui.views.common import restyle

        self.message.setText(text)
        restyle(self.message, role)

    def reject(self) -> None:
        """Closing while exporting cancels first (Escape included); the dialog closes once it stopped."""
        if self.job is not None:
            self._on_cancel_clicked()
            return
        super().reject()
