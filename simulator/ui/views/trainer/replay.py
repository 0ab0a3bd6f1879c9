"""An attempt replayed: what the customer said, what the trainee chose, the feedback and the time taken;
then the trainer's note and sign-off ("Validated by ..., on ...")."""

from __future__ import annotations

import html
import logging
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLineEdit, QPlainTextEdit, QTextBrowser, QVBoxLayout, QWidget

from simulator.scenario.principles import PRINCIPLES
from simulator.ui.texts import criterion_label, local_time, outcome_sentence
from simulator.ui.views.common import button, card, label
from simulator.ui.views.trainer import worker
from simulator.ui.views.trainer.desk import TrainerDesk

log = logging.getLogger(__name__)


def seconds_words(elapsed_ms: int | None) -> str:
    return "—" if elapsed_ms is None else f"{elapsed_ms / 1000:.0f} s"


class ReplayView(QWidget):
    """Transcript on the left, the trainer's note and sign-off on the right."""

    back_requested = Signal()
    reviewed = Signal(str)  # attempt id, after a note or a sign-off was saved

    def __init__(self, desk: TrainerDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.job: worker.Job | None = None
        self.attempt_id = ""
        self.lang = desk.lang
        self.setAccessibleName(self.tr("Attempt replay"))
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 8, 0, 0)
        back = button(self.tr("← Back to the trainee"), "link")
        back.clicked.connect(self.back_requested)
        root.addWidget(back, 0, Qt.AlignmentFlag.AlignLeft)
        self.heading = label("", "subtitle")
        self.details = label("", "muted")
        root.addWidget(self.heading)
        root.addWidget(self.details)
        columns = QHBoxLayout()
        self.transcript = QTextBrowser()
        self.transcript.setAccessibleName(self.tr("Transcript"))
        self.transcript.setOpenLinks(False)
        columns.addWidget(self.transcript, 3)
        columns.addWidget(self._review_card(), 2)
        root.addLayout(columns, 1)

    def _review_card(self) -> QWidget:
        frame, layout = card()
        layout.addWidget(label(self.tr("Trainer's review"), "subtitle"))
        self.signed = label("", "banner")
        self.signed.setAccessibleName(self.tr("Sign-off"))
        layout.addWidget(self.signed)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.trainer = QLineEdit()
        self.trainer.setAccessibleName(self.tr("Your name (trainer)"))
        self.trainer.setMaxLength(80)
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("Note for this attempt"))
        self.note.setTabChangesFocus(True)
        form.addRow(self.tr("Your name (trainer)"), self.trainer)
        form.addRow(self.tr("Note for this attempt"), self.note)
        layout.addLayout(form, 1)
        self.message = label("", "error")
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.save = button(self.tr("Save the note"))
        self.save.clicked.connect(self._on_save_clicked)
        self.sign = button(self.tr("Validate (sign off)"), "primary")
        self.sign.clicked.connect(self._on_sign_clicked)
        row.addWidget(self.save)
        row.addWidget(self.sign)
        layout.addLayout(row)
        return frame

    def show_attempt(self, attempt_id: str) -> None:
        self.attempt_id = attempt_id
        self.heading.setText(self.tr("Loading…"))
        self.message.setText("")
        self._run(lambda: self.desk.replay(attempt_id))

    def _run(self, work: Any) -> None:
        self.save.setEnabled(False)
        self.sign.setEnabled(False)
        self.job = worker.Job(work)
        self.job.succeeded.connect(self._on_job_succeeded)
        self.job.failed.connect(self._on_job_failed)
        self.job.start()

    def _on_job_succeeded(self, replay: Any) -> None:
        self.job = None
        self.save.setEnabled(True)
        self.sign.setEnabled(True)
        self._render(replay)

    def _on_job_failed(self, message: str) -> None:
        self.job = None
        self.save.setEnabled(True)
        self.sign.setEnabled(True)
        self.message.setText(message)

    def _render(self, replay: Any) -> None:
        attempt = replay.attempt
        self.heading.setText(f"{replay.trainee.display_name} — {replay.title}")
        scores = ", ".join(f"{criterion_label(k)} {v}" for k, v in attempt.scores.items() if v is not None)
        self.details.setText(self.tr("Started {when}.").format(when=local_time(attempt.started))
                             + (" " + scores if scores else ""))
        self.transcript.setHtml(self._transcript_html(replay))
        self.signed.setText(self._reviews_text(replay.reviews))

    def _transcript_html(self, replay: Any) -> str:
        words = {k: html.escape(v) for k, v in (("customer", self.tr("Customer:")), ("reply", self.tr("Chosen reply:")),
                                                 ("time", self.tr("Time taken:")), ("ending", self.tr("Ending:")))}
        parts = []
        for line in replay.lines:
            principle = PRINCIPLES.get(line.principle)
            name = principle.label(self.lang) if principle else line.principle
            good = principle.good if principle else None
            mark = "✔" if good else "✘" if good is False else "•"
            parts.append(
                f"<p><b>{line.seq}. {words['customer']}</b> {html.escape(line.customer)}<br>"
                f"<b>{words['reply']}</b> {html.escape(line.reply)}<br>"
                f"<i>{mark} {html.escape(name)}</i> — {html.escape(line.feedback)}<br>"
                f"<span style='color:#4a5360'>{words['time']} "
                f"{seconds_words(line.elapsed_ms)}</span></p>")
        if replay.ending:
            outcome = outcome_sentence(replay.attempt.outcome or "")
            parts.append(f"<p><b>{words['ending']}</b> {html.escape(replay.ending)}<br>"
                         f"{html.escape(outcome)}</p>")
        return "".join(parts) or html.escape(self.tr("No reply was chosen in this attempt."))

    def _reviews_text(self, reviews: list[Any]) -> str:
        lines = []
        for review in reviews:
            if review.signed_off_at:
                lines.append(self.tr("Validated by {who}, on {day}.").format(
                    who=review.trainer, day=local_time(review.signed_off_at, with_time=False)))
            if review.note:
                lines.append(self.tr("Note by {who}: {note}").format(who=review.trainer, note=review.note))
        return "\n".join(lines) or self.tr("Not validated yet.")

    def _on_save_clicked(self) -> None:
        self._review(sign_off=False)

    def _on_sign_clicked(self) -> None:
        self._review(sign_off=True)

    def _review(self, sign_off: bool) -> None:
        trainer, note, attempt_id = self.trainer.text().strip(), self.note.toPlainText().strip(), self.attempt_id
        if not trainer:
            self.message.setText(self.tr("Type your name first: it is written on the sign-off."))
            self.trainer.setFocus()
            return
        if not sign_off and not note:
            self.message.setText(self.tr("The note is empty: there is nothing to save."))
            self.note.setFocus()
            return
        self.message.setText("")
        self.job = worker.Job(lambda: self.desk.review(attempt_id, trainer, note, sign_off))
        self.job.succeeded.connect(self._on_review_saved)
        self.job.failed.connect(self._on_job_failed)
        self.save.setEnabled(False)
        self.sign.setEnabled(False)
        self.job.start()

    def _on_review_saved(self, replay: Any) -> None:
        self.note.clear()
        self._on_job_succeeded(replay)
        self.reviewed.emit(self.attempt_id)

    def focus(self) -> None:
        self.transcript.setFocus()
