"""Records and privacy: exports, bundle import, one trainee's data (access, erasure), retention, and the LRS.

Every action runs on a worker; erasing asks the trainer to type the trainee's name, so it cannot happen by a
stray key press.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QProgressBar,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from simulator.records.lrs import LrsConfig
from simulator.ui.views.common import button, card, label, restyle, scrolling_page
from simulator.ui.views.trainer import worker
from simulator.ui.views.trainer.desk import TrainerDesk
from simulator.ui.views.trainer.problems import trainer_error_text


class RecordsView(QWidget):
    """Three cards: completion records, one trainee's personal data, sending to a Learning Record Store."""

    export_requested = Signal()
    records_changed = Signal()  # after an import, an erasure or a purge

    def __init__(self, desk: TrainerDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.job: worker.Job | None = None
        self.setAccessibleName(self.tr("Records and privacy"))
        page = scrolling_page(self)  # scrolls rather than squeezes with large text or a small screen
        root = QHBoxLayout()
        page.addLayout(root)
        root.setContentsMargins(0, 8, 0, 0)
        left = QVBoxLayout()
        left.addWidget(self._records_card())
        left.addWidget(self._lrs_card())
        left.addStretch(1)
        root.addLayout(left, 1)
        right = QVBoxLayout()
        right.addWidget(self._privacy_card())
        right.addStretch(1)
        root.addLayout(right, 1)

    # -- layout -------------------------------------------------------------------------
    def _records_card(self) -> QWidget:
        frame, layout = card()
        layout.addWidget(label(self.tr("Completion records"), "subtitle"))
        layout.addWidget(label(self.tr("One row per trainee and scenario, for HR: CSV, Excel, PDF, JSON, xAPI, "
                                       "or a bundle to merge into another shop PC."), "muted"))
        row = QHBoxLayout()
        export = button(self.tr("Export…"), "primary")
        export.clicked.connect(self.export_requested)
        self.import_button = button(self.tr("Import a bundle…"))
        self.import_button.clicked.connect(self._on_import_clicked)
        row.addWidget(export)
        row.addWidget(self.import_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addLayout(self._shop_row())
        return frame

    def _shop_row(self) -> QVBoxLayout:
        """The shop this PC belongs to: new profiles made here get it, so exports and filters can use it."""
        column = QVBoxLayout()
        column.addWidget(label(self.tr("Shop of this PC"), ""))
        row = QHBoxLayout()
        column.addLayout(row)
        self.pc_shop = QLineEdit()
        self.pc_shop.setAccessibleName(self.tr("Shop of this PC"))
        self.pc_shop.setPlaceholderText(self.tr("e.g. Paris Bastille"))
        row.addWidget(self.pc_shop, 1)
        save = button(self.tr("Save the shop"))
        save.clicked.connect(self._on_pc_shop_saved)
        row.addWidget(save)
        return column

    def _lrs_card(self) -> QWidget:
        frame, layout = card()
        layout.addWidget(label(self.tr("Learning Record Store (xAPI)"), "subtitle"))
        form = QFormLayout()
        self.endpoint, self.username, self.password = QLineEdit(), QLineEdit(), QLineEdit()
        self.endpoint.setPlaceholderText("https://lrs.example.com/xAPI")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        for text, edit in ((self.tr("Address"), self.endpoint), (self.tr("User name"), self.username),
                           (self.tr("Password"), self.password)):
            edit.setAccessibleName(self.tr("LRS") + " " + text)
            form.addRow(text, edit)
        layout.addLayout(form)
        layout.addWidget(label(self.tr("The password is kept on this PC, in the record book: use an LRS key "
                                       "that can only send statements."), "muted"))
        self.push_progress = QProgressBar()
        self.push_progress.setAccessibleName(self.tr("Sending progress"))
        self.push_progress.setRange(0, 1)
        self.push_progress.setValue(0)
        layout.addWidget(self.push_progress)
        self.lrs_message = label("", "muted")
        self.lrs_message.setAccessibleName(self.tr("LRS message"))
        layout.addWidget(self.lrs_message)
        row = QHBoxLayout()
        self.push_button = button(self.tr("Save and send now"), "primary")
        self.push_button.clicked.connect(self._on_push_clicked)
        self.push_cancel = button(self.tr("Stop sending"))
        self.push_cancel.setEnabled(False)
        self.push_cancel.clicked.connect(self._on_push_cancel_clicked)
        row.addWidget(self.push_button)
        row.addWidget(self.push_cancel)
        row.addStretch(1)
        layout.addLayout(row)
        return frame

    def _privacy_card(self) -> QWidget:
        frame, layout = card()
        layout.addWidget(label(self.tr("Personal data (GDPR)"), "subtitle"))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.person = QComboBox()
        self.person.setAccessibleName(self.tr("Trainee"))
        form.addRow(self.tr("Trainee"), self.person)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.data_button = button(self.tr("Export this trainee's data…"))
        self.data_button.clicked.connect(self._on_data_clicked)
        self.erase_button = button(self.tr("Erase this trainee…"))
        self.erase_button.clicked.connect(self._on_erase_clicked)
        row.addWidget(self.data_button)
        row.addWidget(self.erase_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(label(self.tr("Keep attempts for (months, 0 = keep until erased)"), ""))
        keep = QHBoxLayout()
        self.months = QSpinBox()
        self.months.setRange(0, 120)
        self.months.setAccessibleName(self.tr("Keep attempts for (months, 0 = keep until erased)"))
        save = button(self.tr("Save"))
        save.clicked.connect(self._on_retention_clicked)
        self.purge_button = button(self.tr("Delete older attempts now"))
        self.purge_button.clicked.connect(self._on_purge_clicked)
        for widget in (self.months, save):
            keep.addWidget(widget)
        keep.addStretch(1)
        layout.addLayout(keep)
        purge = QHBoxLayout()  # on its own line: the French label is long
        purge.addWidget(self.purge_button)
        purge.addStretch(1)
        layout.addLayout(purge)
        self.message = label("", "muted")
        self.message.setAccessibleName(self.tr("Message"))
        layout.addWidget(self.message)
        return frame

    # -- loading --------------------------------------------------------------------------
    def refresh(self) -> None:
        self._run(lambda: (self.desk.trainees(), self.desk.retention(), self.desk.lrs_config(), self.desk.pc_shop()),
                  self._on_loaded)

    def _on_loaded(self, result: tuple[list[Any], int | None, LrsConfig, str | None]) -> None:
        people, months, config, shop = result
        self.pc_shop.setText(shop or "")
        self.person.clear()
        for trainee in people:
            extra = f" ({trainee.employee_id})" if trainee.employee_id else ""
            self.person.addItem(trainee.display_name + extra, trainee)
        self.months.setValue(months or 0)
        self.endpoint.setText(config.endpoint)
        self.username.setText(config.username)
        self.password.setText(config.password)

    def _run(self, work: Any, on_done: Any, with_progress: bool = False, progressed: Any = None,
             cancelled: Any = None) -> worker.Job:
        """Start ``work`` with every slot connected first (a signal sent before ``connect`` would be lost)."""
        self.job = worker.Job(work, with_progress)
        self.job.succeeded.connect(on_done)
        if progressed is not None:
            self.job.progressed.connect(progressed)
        if cancelled is not None:
            self.job.cancelled.connect(cancelled)
        self.job.failed.connect(self._on_job_failed)
        self.job.ended.connect(self._on_job_ended)
        return self.job.start()

    def _on_job_failed(self, message: str) -> None:
        self.say(message, "error")
        if self.push_cancel.isEnabled():
            self.lrs_message.setText(message)

    def _on_job_ended(self) -> None:
        self.job = None
        self.push_button.setEnabled(True)
        self.push_cancel.setEnabled(False)

    def say(self, text: str, role: str = "muted") -> None:
        self.message.setText(text)
        restyle(self.message, role)

    # -- actions --------------------------------------------------------------------------
    def _chosen(self) -> Any:
        trainee = self.person.currentData()
        if trainee is None:
            self.say(self.tr("Choose a trainee first."), "error")
        return trainee

    def _on_pc_shop_saved(self) -> None:
        shop = self.pc_shop.text()
        if self.job is None:
            self._run(lambda: self.desk.set_pc_shop(shop), self._on_pc_shop_done)

    def _on_pc_shop_done(self, shop: str | None) -> None:
        self.pc_shop.setText(shop or "")
        self.say(self.tr("New profiles on this PC will belong to {shop}.").format(shop=shop) if shop
                 else self.tr("New profiles on this PC will belong to no particular shop."))

    def _on_import_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a bundle"), str(Path.home()), "*.simbundle *")
        if path and self.job is None:
            self.say(self.tr("Importing…"))
            self._run(lambda progress: self.desk.import_bundle(Path(path), progress), self._on_imported, True,
                      self._on_import_progressed)

    def _on_import_progressed(self, done: int, total: int) -> None:
        self.say(self.tr("Importing… {percent} %").format(percent=100 * done // max(total, 1)))

    def _on_imported(self, result: Any) -> None:
        added = result.added.get("attempts", 0)
        self.say(self.tr("Bundle imported: %n new attempt(s) (the ones already here were kept as they were).", "",
                         added))
        self.records_changed.emit()
        self.refresh()

    def _on_data_clicked(self) -> None:
        trainee = self._chosen()
        if trainee is None or self.job is not None:
            return
        start = str(Path.home() / f"trainee-{trainee.id[:8]}.json")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the trainee's data as"), start, "*.json")
        if path:
            self._run(lambda: (self.desk.save_trainee_data(trainee.id, Path(path)), path), self._on_data_saved)

    def _on_data_saved(self, result: tuple[int, str]) -> None:
        count, path = result
        self.say(self.tr("Saved: everything about this trainee (%n attempt(s)) is in {path}.", "", count)
                 .format(path=path))

    def confirm_erase(self, name: str) -> bool:
        """Ask the trainer to type the name; True only when it matches (tests replace this method)."""
        typed, ok = QInputDialog.getText(self, self.tr("Erase a trainee"), self.tr(
            "This deletes every attempt, note and queued record of {name}, for good. "
            "Type the name to confirm:").format(name=name))
        return bool(ok) and typed.strip() == name

    def _on_erase_clicked(self) -> None:
        trainee = self._chosen()
        if trainee is None or self.job is not None:
            return
        if not self.confirm_erase(trainee.display_name):
            self.say(self.tr("Nothing was erased (the name typed did not match)."))
            return
        self._run(lambda: self.desk.erase(trainee.id), self._on_erased)

    def _on_erased(self, counts: dict[str, int]) -> None:
        self.say(self.tr("Erased: the trainee and %n attempt(s) are gone from this computer.", "",
                         counts.get("attempts", 0)))
        self.records_changed.emit()
        self.refresh()

    def _on_retention_clicked(self) -> None:
        months = self.months.value() or None
        self._run(lambda: self.desk.set_retention(months), self._on_retention_saved)

    def _on_retention_saved(self, _result: Any) -> None:
        months = self.months.value()
        if months:
            self.say(self.tr("Attempts are kept for %n month(s); older ones are deleted when the simulator starts, "
                             "once a day.", "", months))
        else:
            self.say(self.tr("Attempts are kept until a trainee is erased."))

    def _on_purge_clicked(self) -> None:
        if self.job is None:
            self._run(self.desk.purge, self._on_purged)

    def _on_purged(self, count: int) -> None:
        self.say(self.tr("%n old attempt(s) deleted.", "", count))
        self.records_changed.emit()

    def _on_push_clicked(self) -> None:
        config = LrsConfig(self.endpoint.text().strip(), self.username.text().strip(), self.password.text())
        if not config.endpoint:
            self.lrs_message.setText(self.tr("Type the LRS address first."))
            return
        if self.job is not None:
            return
        self.push_button.setEnabled(False)
        self.push_cancel.setEnabled(True)
        self.lrs_message.setText(self.tr("Sending…"))
        self._run(lambda progress: self.desk.push(config, progress), self._on_pushed, True,
                  self._on_push_progressed, self._on_push_cancelled)

    def _on_push_progressed(self, done: int, total: int) -> None:
        self.push_progress.setRange(0, max(1, total))
        self.push_progress.setValue(min(done, max(1, total)))

    def _on_pushed(self, result: Any) -> None:
        settled = result.sent + result.rejected  # a push stopped by the LRS must not show 100 %
        self.push_progress.setRange(0, max(1, settled + result.pending))
        self.push_progress.setValue(settled if settled + result.pending else 1)
        text = self.tr("%n statement(s) sent, ", "", result.sent) + self.tr("%n still waiting.", "", result.pending)
        if result.stopped_by is not None:
            text += " " + trainer_error_text(result.stopped_by)
        elif result.error:
            text += " " + self.tr("The LRS did not answer: they will be sent next time.")
        self.lrs_message.setText(text)

    def _on_push_cancel_clicked(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _on_push_cancelled(self) -> None:
        self.lrs_message.setText(self.tr("Sending stopped. What was not sent stays queued for next time."))
