"""Who is training: pick your name, or create your profile (no password for trainees)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem, QWidget

from simulator.ui.bridge import Bridge
from simulator.ui.views.common import button, card, is_enter, label, move_row, restyle, scrolling_page


class ProfilesView(QWidget):
    """Two columns: the people already known, and a short form for a newcomer."""

    trainer_requested = Signal()
    settings_requested = Signal()

    def __init__(self, bridge: Bridge, notice: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.setAccessibleName(self.tr("Who is training?"))
        root = scrolling_page(self)
        root.setContentsMargins(40, 28, 40, 20)
        root.setSpacing(14)
        root.addWidget(label(self.tr("Who is training?"), "title"))
        root.addWidget(label(self.tr("Choose your name, or create your profile if this is your first time."),
                             "muted"))
        self.notice = label(notice, "banner")
        self.notice.setVisible(bool(notice))
        root.addWidget(self.notice)
        columns = QHBoxLayout()
        columns.setSpacing(24)
        columns.addWidget(self._known_card(), 1)
        columns.addWidget(self._new_card(), 1)
        root.addLayout(columns, 1)
        root.addLayout(self._footer())
        self.refresh()

    def _known_card(self) -> QWidget:
        self.known, layout = card()
        layout.addWidget(label(self.tr("I already have a profile"), "subtitle"))
        self.names = QListWidget()
        self.names.setAccessibleName(self.tr("Trainees"))
        self.names.itemDoubleClicked.connect(lambda _item: self._on_continue_clicked())
        layout.addWidget(self.names, 1)
        self.continue_button = button(self.tr("That's me, continue"), "primary")
        self.continue_button.clicked.connect(self._on_continue_clicked)
        layout.addWidget(self.continue_button)
        return self.known

    def _new_card(self) -> QWidget:
        frame, layout = card()
        layout.addWidget(label(self.tr("First time here?"), "subtitle"))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Your first name and last name"))
        self.name_edit.setMaxLength(200)
        self.id_edit = QLineEdit()
        self.id_edit.setAccessibleName(self.tr("Employee number (optional)"))
        self.id_edit.setMaxLength(60)
        form.addRow(self.tr("First name and last name"), self.name_edit)
        form.addRow(self.tr("Employee number (optional)"), self.id_edit)
        layout.addLayout(form)
        self.error = label("", "error")
        self.error.setVisible(False)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.create_button = button(self.tr("Create my profile"), "primary")
        self.create_button.clicked.connect(self._on_create_clicked)
        for edit in (self.name_edit, self.id_edit):
            edit.installEventFilter(self)
        layout.addWidget(self.create_button)
        self.bridge.profile_failed.connect(self._on_bridge_profile_failed)
        return frame

    def _footer(self) -> QHBoxLayout:
        row = QHBoxLayout()
        settings = button(self.tr("Settings"), "link")
        settings.clicked.connect(self.settings_requested)
        trainer = button(self.tr("Trainer area"), "link")
        trainer.clicked.connect(self.trainer_requested)
        row.addWidget(settings)
        row.addStretch(1)
        row.addWidget(trainer)
        return row

    def refresh(self) -> None:
        """Reload the names (a profile may have been created elsewhere)."""
        self.names.clear()
        for trainee in self.bridge.profiles():
            item = QListWidgetItem(self._describe(trainee))
            item.setData(Qt.ItemDataRole.UserRole, trainee)
            self.names.addItem(item)
        has_names = self.names.count() > 0
        self.known.setVisible(has_names)
        restyle(self.create_button, "" if has_names else "primary")  # one obvious next action
        if has_names:
            self.names.setCurrentRow(0)
        self.error.setVisible(False)
        (self.names if has_names else self.name_edit).setFocus()

    @staticmethod
    def _describe(trainee: Any) -> str:
        return f"{trainee.display_name} ({trainee.employee_id})" if trainee.employee_id else trainee.display_name

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Enter in the form creates the profile, and is used up (it must not reach the next screen)."""
        if event.type() == QEvent.Type.KeyPress and is_enter(event.key()):  # type: ignore[attr-defined]
            self._on_create_clicked()
            return True
        return super().eventFilter(watched, event)

    def handle_key(self, key: int) -> bool:
        if self.name_edit.hasFocus() or self.id_edit.hasFocus():
            return False
        row = move_row(self.names.currentRow(), self.names.count(), key)
        if row is not None and self.names.count():
            self.names.setCurrentRow(row)
            return True
        if is_enter(key) and self.names.currentItem() is not None:
            self._on_continue_clicked()
            return True
        return False

    def _on_continue_clicked(self) -> None:
        item = self.names.currentItem()
        if item is not None:
            self.bridge.choose_profile(item.data(Qt.ItemDataRole.UserRole))

    def _on_create_clicked(self) -> None:
        self.bridge.create_profile(self.name_edit.text(), self.id_edit.text())

    def _on_bridge_profile_failed(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(True)
        self.name_edit.setFocus()
