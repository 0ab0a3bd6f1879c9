"""The scenarios, the trainee's status on each, and one big button to start (or resume)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from simulator.service import CatalogueEntry
from simulator.ui.bridge import Bridge
from simulator.ui.settings import Settings
from simulator.ui.texts import duration_label, status_label
from simulator.ui.views.common import button, card, is_enter, label, move_row, restyle, scrolling_page


class CatalogueView(QWidget):
    """A list on the left, the chosen scenario's brief and its start button on the right."""

    settings_requested = Signal()
    switch_requested = Signal()

    def __init__(self, bridge: Bridge, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge, self.settings = bridge, settings
        self.entries: list[CatalogueEntry] = []
        self.setAccessibleName(self.tr("Choose a situation"))
        root = scrolling_page(self)
        root.setContentsMargins(40, 24, 40, 16)
        root.setSpacing(12)
        root.addLayout(self._header())
        root.addWidget(self._resume_banner())
        self.error = label("", "error")
        self.error.setVisible(False)
        root.addWidget(self.error)
        body = QHBoxLayout()
        body.setSpacing(24)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setAccessibleName(self.tr("Situations"))
        self.list.setMinimumHeight(self.list.fontMetrics().height() * 8)
        self.list.currentRowChanged.connect(self._on_list_current_row_changed)
        self.list.itemDoubleClicked.connect(lambda _item: self._on_start_clicked())
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(self._errors_box())
        body.addLayout(left, 5)
        body.addWidget(self._detail(), 6)
        root.addLayout(body, 1)

    def _header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        texts = QVBoxLayout()
        self.hello = label("", "subtitle")
        texts.addWidget(self.hello)
        texts.addWidget(label(self.tr("Choose a situation to practise."), "muted"))
        row.addLayout(texts, 1)
        settings = button(self.tr("Settings"), "link")
        settings.clicked.connect(self.settings_requested)
        switch = button(self.tr("Not you? Change person"), "link")
        switch.clicked.connect(self.switch_requested)
        row.addWidget(settings, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(switch, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def _resume_banner(self) -> QWidget:
        self.banner, layout = card("banner-card")
        self.banner.setProperty("role", "card")
        row = QHBoxLayout()
        self.banner_text = label("", "")
        row.addWidget(self.banner_text, 1)
        self.banner_button = button(self.tr("Resume where I stopped"), "primary")
        self.banner_button.clicked.connect(self._on_banner_resume_clicked)
        row.addWidget(self.banner_button)
        layout.addLayout(row)
        return self.banner

    def _errors_box(self) -> QWidget:
        """One quiet line for trainees; the details, for the trainer, one click away."""
        self.errors, layout = card()
        row = QHBoxLayout()
        self.errors_summary = label("", "muted")
        self.errors_toggle = button(self.tr("Details"), "link")
        self.errors_toggle.clicked.connect(self._on_errors_toggle_clicked)
        row.addWidget(self.errors_summary, 1)
        row.addWidget(self.errors_toggle, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)
        self.errors_text = QPlainTextEdit()
        self.errors_text.setReadOnly(True)
        self.errors_text.setAccessibleName(self.tr("Scenarios that could not be loaded"))
        self.errors_text.setMinimumHeight(160)
        self.errors_text.setVisible(False)
        layout.addWidget(self.errors_text)
        return self.errors

    def _detail(self) -> QWidget:
        frame, layout = card()
        self.title = label("", "subtitle")
        self.facts = label("", "muted")
        self.badge = label("", "badge-new", wrap=False)
        self.brief = label("")
        self.brief.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.brief)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setMinimumHeight(self.brief.fontMetrics().height() * 4)
        self.persona_box = QComboBox()
        self.persona_box.setAccessibleName(self.tr("Customer"))
        self.persona_label = label(self.tr("Customer:"), wrap=False)
        persona_row = QHBoxLayout()
        persona_row.addWidget(self.persona_label)
        persona_row.addWidget(self.persona_box, 1)
        for widget in (self.title, self.facts):
            layout.addWidget(widget)
        layout.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(scroll, 1)
        layout.addLayout(persona_row)
        layout.addLayout(self._mode_row())
        layout.addLayout(self._actions())
        self.empty = label(self.tr("No situation is installed yet. Ask your trainer."), "muted")
        layout.addWidget(self.empty)
        return frame

    def _mode_row(self) -> QVBoxLayout:
        row = QVBoxLayout()
        row.setSpacing(2)
        self.practice = QRadioButton(self.tr("Practice: advice after each reply"))
        self.assessment = QRadioButton(self.tr("Assessment: results at the end"))
        self.modes = QButtonGroup(self)
        for radio in (self.practice, self.assessment):
            self.modes.addButton(radio)
            row.addWidget(radio)
        (self.assessment if self.settings.mode == "assessment" else self.practice).setChecked(True)
        self.practice.toggled.connect(self._on_practice_toggled)
        return row

    def _actions(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.restart_button = button(self.tr("Start over"))
        self.restart_button.clicked.connect(self._on_restart_clicked)
        self.start_button = button(self.tr("Start"), "primary")
        self.start_button.clicked.connect(self._on_start_clicked)
        row.addWidget(self.restart_button)
        row.addStretch(1)
        row.addWidget(self.start_button)
        return row

    def refresh(self) -> None:
        """Show the trainee's statuses, the load errors and any attempt left unfinished."""
        trainee = self.bridge.trainee
        self.hello.setText(self.tr("Hello {name}").format(name=trainee.display_name if trainee else ""))
        row = max(0, self.list.currentRow())
        self.entries = self.bridge.catalogue()
        self.list.clear()
        for entry in self.entries:
            self.list.addItem(self._item(entry))
        self._show_errors(self.bridge.service.load_errors)
        self.error.setVisible(False)
        self._show_banner()
        self.empty.setVisible(not self.entries)
        self.list.setCurrentRow(min(row, len(self.entries) - 1))
        self._on_list_current_row_changed(self.list.currentRow())
        self.list.setFocus()

    def show_error(self, message: str) -> None:
        """An expected problem (e.g. a scenario changed since the attempt began), in plain words."""
        self.error.setText(self.tr("This situation could not be opened: {reason}").format(reason=message))
        self.error.setVisible(True)

    def _item(self, entry: CatalogueEntry) -> QListWidgetItem:
        lang, s = self.settings.language, entry.scenario
        text = f"{s.title.get(lang)}\n{status_label(entry.status, entry.best_overall)}"
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, text.replace("\n", ", "))
        return item

    def _show_errors(self, errors: list[Any]) -> None:
        lines = [f"{e.file}\n" + "\n".join(f"  {p}" for p in e.problems) for e in errors]
        self.errors_text.setPlainText("\n\n".join(lines))
        self.errors_summary.setText(self.tr("Files not loaded: {count}").format(count=len(errors)))
        self.errors.setVisible(bool(errors))

    def _show_banner(self) -> None:
        open_ = self.bridge.unfinished()
        self.banner.setVisible(bool(open_))
        if open_:
            self.resume_id = open_[-1].id
            scenario = self.bridge.service.scenarios[open_[-1].scenario_id]
            self.banner_text.setText(self.tr("You did not finish \u201c{title}\u201d. Your replies are saved.")
                                     .format(title=scenario.title.get(self.settings.language)))

    def current(self) -> CatalogueEntry | None:
        row = self.list.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def handle_key(self, key: int) -> bool:
        row = move_row(self.list.currentRow(), self.list.count(), key)
        if row is not None and self.list.count() and not self.persona_box.hasFocus():
            self.list.setCurrentRow(row)
            return True
        if is_enter(key) and self.current() is not None:
            self._on_start_clicked()
            return True
        return False

    def _on_list_current_row_changed(self, row: int) -> None:
        entry = self.current()
        for widget in (self.title, self.facts, self.badge, self.brief, self.start_button):
            widget.setVisible(entry is not None)
        if entry is None:
            self.restart_button.setVisible(False)
            self.persona_box.setVisible(False)
            self.persona_label.setVisible(False)
            return
        self._show_entry(entry)

    def _show_entry(self, entry: CatalogueEntry) -> None:
        lang, s = self.settings.language, entry.scenario
        self.title.setText(s.title.get(lang))
        self.facts.setText(f"{s.place.get(lang)} · {duration_label(s.duration_minutes)}")
        self.badge.setText(status_label(entry.status, entry.best_overall))
        restyle(self.badge, f"badge-{entry.status}")
        self.brief.setText(s.brief.get(lang))
        self.persona_box.clear()
        for persona in s.personas:
            self.persona_box.addItem(persona.name.get(lang), persona.id)
        several = len(s.personas) > 1 and entry.resumable_attempt is None
        self.persona_box.setVisible(several)
        self.persona_label.setVisible(several)
        resumable = entry.resumable_attempt is not None
        self.start_button.setText(self.tr("Resume") if resumable else
                                  self.tr("Start again") if entry.status != "new" else self.tr("Start"))
        self.restart_button.setVisible(resumable)
        quiet = not self.banner.isHidden() and not resumable  # the banner's resume is the obvious action
        restyle(self.start_button, "" if quiet else "primary")

    def _on_errors_toggle_clicked(self) -> None:
        self.errors_text.setVisible(self.errors_text.isHidden())

    def _on_practice_toggled(self, checked: bool) -> None:
        self.settings.mode = "practice" if checked else "assessment"

    def _on_start_clicked(self) -> None:
        entry = self.current()
        if entry is None:
            return
        if entry.resumable_attempt is not None:
            self.bridge.resume(entry.resumable_attempt)
        else:
            self._start(entry)

    def _on_restart_clicked(self) -> None:
        entry = self.current()
        if entry is not None and entry.resumable_attempt is not None:
            self.bridge.abandon(entry.resumable_attempt)
            self._start(entry)

    def _start(self, entry: CatalogueEntry) -> None:
        persona = None if self.persona_box.isHidden() else self.persona_box.currentData()
        self.bridge.start(entry.scenario.id, persona, self.settings.mode, self.settings.language)

    def _on_banner_resume_clicked(self) -> None:
        self.bridge.resume(self.resume_id)
