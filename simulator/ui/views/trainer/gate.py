"""The only way into the trainer area: set the password at first use, then log in; repeated failures lock it.

Hashing (Argon2id) takes a noticeable moment, so set-up and login run on a worker. The lockout lives in the
record book (``TrainerAuth``), so the countdown shown here is read again whenever the gate is shown.
"""

from __future__ import annotations

import logging
import math

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from simulator.trainer.auth import MIN_LENGTH, TrainerAuth
from simulator.ui.views.common import button, card, label
from simulator.ui.views.trainer import worker

log = logging.getLogger(__name__)


def wait_words(seconds: float) -> str:
    """How long the lock still lasts, e.g. "2 min 30 s" or "45 s"."""
    total = max(1, math.ceil(seconds))
    minutes, secs = divmod(total, 60)
    if not minutes:
        return QCoreApplication.translate("PasswordGate", "{s} s").format(s=secs)
    return QCoreApplication.translate("PasswordGate", "{m} min {s} s").format(m=minutes, s=secs)


class PasswordGate(QWidget):
    """Set-up form (no password yet) or login form; ``opened`` is emitted only after a right password."""

    opened = Signal()
    left = Signal()

    def __init__(self, auth: TrainerAuth, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.auth = auth
        self.job: worker.Job | None = None
        self.setAccessibleName(self.tr("Trainer area: password"))
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._on_timer_timeout)
        self._build()
        self.reset()

    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(40, 28, 40, 20)
        root.addWidget(label(self.tr("Trainer area"), "title"))
        self.intro = label("", "muted")
        root.addWidget(self.intro)
        frame, layout = card()
        frame.setFixedWidth(600)  # wide enough that the lock message wraps without being cut
        self.form = form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.password = self._secret(self.tr("Password"))
        self.again = self._secret(self.tr("Type the password again"))
        form.addRow(self.tr("Password"), self.password)
        form.addRow(label(self.tr("Type the password again")), self.again)
        layout.addLayout(form)
        self.message = label("", "error")
        self.message.setAccessibleName(self.tr("Message"))
        layout.addWidget(self.message)
        self.submit = button(self.tr("Open the trainer area"), "primary")
        self.submit.clicked.connect(self._on_submit_clicked)
        layout.addWidget(self.submit)
        beside = QHBoxLayout()  # not addWidget(frame, alignment): an aligned item got less than its height
        beside.addWidget(frame)
        beside.addStretch(1)
        root.addLayout(beside)
        root.addStretch(1)
        back = button(self.tr("Back to the trainees"), "link")
        back.clicked.connect(self.left)
        root.addWidget(back, 0, Qt.AlignmentFlag.AlignLeft)

    def _secret(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setAccessibleName(name)
        edit.setMaxLength(200)
        edit.returnPressed.connect(self._on_submit_clicked)
        return edit

    @property
    def first_use(self) -> bool:
        return not self.auth.is_set

    def reset(self) -> None:
        """Show the right form, empty, with the lock state read from the record book."""
        first = self.first_use
        self.intro.setText(self.tr("No trainer password exists yet. Choose one (at least {n} characters) and "
                                   "keep it away from trainees.").format(n=MIN_LENGTH) if first else
                           self.tr("Type the trainer password. Trainees cannot open this area."))
        self.submit.setText(self.tr("Save the password and open") if first else self.tr("Open the trainer area"))
        self.submit.setAccessibleName(self.submit.text())
        self.form.setRowVisible(self.again, first)  # a whole row: hiding its two widgets left the layout short
        for edit in (self.password, self.again):
            edit.clear()
        self._show("")
        self._check_lock()
        self.password.setFocus()

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _check_lock(self) -> bool:
        """Disable the form while locked; True if locked."""
        wait = 0.0 if self.first_use else self.auth.locked_for()
        locked = wait > 0
        self.submit.setEnabled(not locked and self.job is None)
        self.password.setEnabled(not locked)
        if locked:
            self._show(self.tr("Too many wrong passwords. The trainer area is locked for {wait}.").format(
                wait=wait_words(wait)))
            self.timer.start()
        else:
            self.timer.stop()
        return locked

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        """The countdown only runs while the gate is on screen (it reads the record book)."""
        self.timer.stop()
        super().hideEvent(event)

    def _on_timer_timeout(self) -> None:
        if not self.isVisible():
            self.timer.stop()
        elif not self._check_lock():
            self._show(self.tr("You can try again now."))
            self.password.setFocus()

    def _on_submit_clicked(self) -> None:
        if self.job is not None or self._check_lock():
            return
        if self.first_use:
            self._set_password()
        else:
            self._start(self.auth.login, self.password.text())

    def _set_password(self) -> None:
        new = self.password.text()
        if len(new) < MIN_LENGTH:
            self._show(self.tr("The password must have at least {n} characters.").format(n=MIN_LENGTH))
        elif new != self.again.text():
            self._show(self.tr("The two passwords are not the same. Type them again."))
            self.again.clear()
        else:
            self._start(self._set_then_login, new)

    def _set_then_login(self, new: str) -> bool:
        self.auth.set_password(new)
        return self.auth.login(new)

    def _start(self, call: object, secret: str) -> None:
        self.submit.setEnabled(False)
        self._show("")
        self.job = worker.Job(lambda: call(secret))  # type: ignore[operator]
        self.job.succeeded.connect(self._on_job_succeeded)
        self.job.failed.connect(self._on_job_failed)
        self.job.start()

    def _on_job_succeeded(self, right: object) -> None:
        self.job = None
        if right:
            self.password.clear()
            self.opened.emit()
            return
        self.password.clear()
        if not self._check_lock():
            self._show(self.tr("This password is not right. Check it and try again."))
        self.password.setFocus()

    def _on_job_failed(self, message: str) -> None:
        self.job = None
        self.password.clear()
        if not self._check_lock():
            self._show(message)
