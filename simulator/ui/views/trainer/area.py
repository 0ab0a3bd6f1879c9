"""The trainer area: the password gate first; the trainer screens exist only after a right password.

The screens are built on login and destroyed on leaving, so no keyboard move, stack switch or stale widget can
show a trainer view to a trainee: the gate is the only way in, and leaving the area logs out.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from simulator.trainer.service import TrainerService
from simulator.ui.views.common import button, label
from simulator.ui.views.trainer import i18n
from simulator.ui.views.trainer.analytics import AnalyticsView
from simulator.ui.views.trainer.dashboard import DashboardView
from simulator.ui.views.trainer.desk import TrainerDesk
from simulator.ui.views.trainer.export_dialog import ExportDialog
from simulator.ui.views.trainer.gate import PasswordGate
from simulator.ui.views.trainer.privacy import RecordsView
from simulator.ui.views.trainer.replay import ReplayView
from simulator.ui.views.trainer.trainee import TraineePageView

log = logging.getLogger(__name__)


class TrainerScreens(QWidget):
    """Everything behind the password: tabs (dashboard, analytics, records), a trainee page, a replay."""

    left = Signal()

    def __init__(self, desk: TrainerDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        root = QVBoxLayout(self)
        root.setContentsMargins(32, 20, 32, 16)
        top = QHBoxLayout()
        top.addWidget(label(self.tr("Trainer area"), "title"), 1)
        leave = button(self.tr("Log out"), "", self.tr("Log out and leave the trainer area"))
        leave.clicked.connect(self.left)
        top.addWidget(leave, 0, Qt.AlignmentFlag.AlignTop)
        root.addLayout(top)
        self.pages = QStackedWidget()
        root.addWidget(self.pages, 1)
        self._build_pages()

    def _build_pages(self) -> None:
        self.dashboard = DashboardView(self.desk)
        self.analytics = AnalyticsView(self.desk)
        self.records = RecordsView(self.desk)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Trainer screens"))
        self.tabs.addTab(self.dashboard, self.tr("&Dashboard"))
        self.tabs.addTab(self.analytics, self.tr("&Scenario analytics"))
        self.tabs.addTab(self.records, self.tr("&Records and privacy"))
        self.trainee = TraineePageView(self.desk)
        self.replay = ReplayView(self.desk)
        for page in (self.tabs, self.trainee, self.replay):
            self.pages.addWidget(page)
        self.dashboard.trainee_opened.connect(self.open_trainee)
        self.trainee.back_requested.connect(self.show_tabs)
        self.trainee.attempt_opened.connect(self.open_attempt)
        self.replay.back_requested.connect(self._on_replay_back_requested)
        self.replay.reviewed.connect(self._on_replay_reviewed)
        self.records.export_requested.connect(self.open_export)
        self.records.records_changed.connect(self.dashboard.refresh)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)

    def start(self) -> None:
        self.dashboard.refresh()
        self.show_tabs()

    def show_tabs(self) -> None:
        self.pages.setCurrentWidget(self.tabs)
        self.dashboard.focus()

    def open_trainee(self, trainee_id: str) -> None:
        self.trainee.show_trainee(trainee_id)
        self.pages.setCurrentWidget(self.trainee)
        self.trainee.focus()

    def open_attempt(self, attempt_id: str) -> None:
        self.replay.show_attempt(attempt_id)
        self.pages.setCurrentWidget(self.replay)
        self.replay.focus()

    def open_export(self) -> ExportDialog:
        shops = [self.dashboard.shop.itemData(i) for i in range(1, self.dashboard.shop.count())]
        dialog = ExportDialog(self.desk, shops, self)
        dialog.open()
        return dialog

    def _on_replay_back_requested(self) -> None:
        self.open_trainee(self.trainee.trainee_id)

    def _on_replay_reviewed(self, _attempt_id: str) -> None:
        self.dashboard.refresh()

    def _on_tabs_current_changed(self, index: int) -> None:
        page = self.tabs.widget(index)
        if page is self.analytics and self.analytics.job is None and not self.analytics.summary.text():
            self.analytics.refresh()
        elif page is self.records:
            self.records.refresh()

    def handle_key(self, key: int) -> bool:
        if key == Qt.Key.Key_Escape and self.pages.currentWidget() is self.replay:
            self._on_replay_back_requested()
            return True
        if key == Qt.Key.Key_Escape and self.pages.currentWidget() is self.trainee:
            self.show_tabs()
            return True
        return False


class TrainerArea(QWidget):
    """What the main window shows for "Trainer area": the gate, then (after login) the trainer screens."""

    done = Signal()  # the trainer left (or a trainee went back): the area is logged out

    def __init__(self, service: TrainerService, lang: str = "fr", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.lang = service, lang
        self.screens: TrainerScreens | None = None
        self.setAccessibleName(self.tr("Trainer area"))
        self.stack = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.gate = PasswordGate(service.auth)
        self.gate.opened.connect(self._on_gate_opened)
        self.gate.left.connect(self.leave)
        self.stack.addWidget(self.gate)

    @property
    def logged_in(self) -> bool:
        return self.screens is not None

    def enter(self) -> None:
        """Show the gate (always: entering never skips the password)."""
        self.log_out()
        self.gate.reset()

    def _on_gate_opened(self) -> None:
        self.screens = TrainerScreens(TrainerDesk(self.service, self.lang))
        self.screens.left.connect(self.leave)
        self.stack.addWidget(self.screens)
        self.stack.setCurrentWidget(self.screens)
        self.screens.start()

    def log_out(self) -> None:
        """Destroy the trainer screens; only the gate remains."""
        if self.screens is not None:
            self.stack.removeWidget(self.screens)
            self.screens.deleteLater()
            self.screens = None
        self.stack.setCurrentWidget(self.gate)

    def leave(self) -> None:
        self.log_out()
        self.done.emit()

    def handle_key(self, key: int) -> bool:
        return self.screens.handle_key(key) if self.screens is not None else False

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        """Leaving the area by any way (another view shown) logs out; minimising the window does not."""
        if not event.spontaneous():
            self.log_out()
        super().hideEvent(event)


def make_area(store: object, scenarios: dict, lang: str) -> TrainerArea:  # type: ignore[type-arg]
    """The trainer area over the window's store and loaded scenarios, in the window's language."""
    i18n.use_language(lang)
    return TrainerArea(TrainerService(store, scenarios), lang)
