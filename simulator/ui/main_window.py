"""The window: a stack of views and the few moves between them. Logic lives in the views and the bridge.

Only the first view (who is training) is built with the window; the others, and
their modules, are built the first time they are needed, which keeps them out of
the time to the first frame (about 0.1 s on a shop PC).
"""

from __future__ import annotations

import logging
from functools import cached_property
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QIcon, QKeyEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QWidget

from simulator.paths import asset
from simulator.ui import i18n
from simulator.ui.bridge import Bridge
from simulator.ui.settings import Settings
from simulator.ui.style import stylesheet
from simulator.ui.views.profiles import ProfilesView

if TYPE_CHECKING:
    from simulator.service import View
    from simulator.ui.views.catalogue import CatalogueView
    from simulator.ui.views.debrief import DebriefView
    from simulator.ui.views.play import PlayView
    from simulator.ui.views.settings_view import SettingsView

log = logging.getLogger(__name__)
_BUILT_ON_FIRST_USE = ("catalogue", "play", "debrief", "settings_view")


class MainWindow(QMainWindow):
    """Owns the views; the trainer area plugs in through :meth:`open_trainer_area`."""

    def __init__(self, bridge: Bridge, settings: Settings, notice: str = "") -> None:
        super().__init__()
        self.bridge, self.settings, self.notice = bridge, settings, notice
        self.setWindowIcon(QIcon(str(asset("icon.svg"))))
        self.setMinimumSize(960, 600)
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self._return_to: QWidget | None = None
        self._build_views()
        self._apply_style()
        bridge.profile_chosen.connect(lambda _trainee: self.show_catalogue())
        bridge.attempt_started.connect(self._on_bridge_attempt_started)
        bridge.attempt_finished.connect(self._on_bridge_attempt_finished)
        bridge.start_failed.connect(self._on_bridge_start_failed)
        settings.changed.connect(self._on_settings_changed)
        bridge.set_speech(settings.speech_on)
        bridge.set_rate(settings.voice_rate)
        bridge.check_speech(settings.language)

    def _build_views(self) -> None:
        self.setWindowTitle(self.tr("Customer experience trainer"))
        self.trainer: Any = None  # built on first use: it loads the export libraries
        for name in _BUILT_ON_FIRST_USE:  # after a change of language, build them again
            self.__dict__.pop(name, None)
        self.profiles = ProfilesView(self.bridge, self.notice)
        self.stack.addWidget(self.profiles)
        self.profiles.trainer_requested.connect(self.open_trainer_area)
        self.profiles.settings_requested.connect(self.show_settings)

    # The other views are built, wired and stacked on first use.
    @cached_property
    def catalogue(self) -> CatalogueView:
        from simulator.ui.views.catalogue import CatalogueView

        view = CatalogueView(self.bridge, self.settings)
        view.settings_requested.connect(self.show_settings)
        view.switch_requested.connect(self.show_profiles)
        self.stack.addWidget(view)
        return view

    @cached_property
    def play(self) -> PlayView:
        from simulator.ui.views.play import PlayView

        view = PlayView(self.bridge, self.settings)
        view.left.connect(self.show_catalogue)
        self.stack.addWidget(view)
        return view

    @cached_property
    def debrief(self) -> DebriefView:
        from simulator.ui.views.debrief import DebriefView

        view = DebriefView()
        view.back_requested.connect(self.show_catalogue)
        view.retry_requested.connect(self._on_debrief_retry_requested)
        self.stack.addWidget(view)
        return view

    @cached_property
    def settings_view(self) -> SettingsView:
        from simulator.ui.views.settings_view import SettingsView

        view = SettingsView(self.settings)
        view.done.connect(self._on_settings_done)
        self.stack.addWidget(view)
        return view

    def _apply_style(self) -> None:
        app = QApplication.instance()
        sheet = stylesheet(self.settings.text_scale)
        if isinstance(app, QApplication) and app.styleSheet() != sheet:  # setting it re-polishes every widget
            app.setStyleSheet(sheet)

    # -- moves ----------------------------------------------------------------------------
    def show_profiles(self) -> None:
        self.bridge.trainee = None
        self.profiles.refresh()
        self.stack.setCurrentWidget(self.profiles)

    def show_catalogue(self) -> None:
        self.catalogue.refresh()
        self.stack.setCurrentWidget(self.catalogue)

    def show_settings(self) -> None:
        self._return_to = self.stack.currentWidget()
        self.stack.setCurrentWidget(self.settings_view)
        self.settings_view.language.setFocus()

    def open_trainer_area(self) -> None:
        """The trainer area, always at its password gate (leaving it logs out)."""
        if self.trainer is None:
            from simulator.ui.views.trainer import make_area  # lazy: PDF/XLSX writers load only for a trainer

            self.trainer = make_area(self.bridge.service.store, self.bridge.service.scenarios, self.settings.language)
            self.stack.addWidget(self.trainer)
            self.trainer.done.connect(self.show_profiles)
        self.trainer.enter()
        self.stack.setCurrentWidget(self.trainer)

    def _on_bridge_attempt_started(self, view: View) -> None:
        self.play.show_view(view)
        self.stack.setCurrentWidget(self.play)

    def _on_settings_done(self) -> None:
        if self._return_to is self.__dict__.get("catalogue") and self.bridge.trainee is not None:  # without building it
            self.show_catalogue()
        else:
            self.show_profiles()

    def _on_bridge_attempt_finished(self, debrief: object) -> None:
        self.debrief.show_debrief(debrief, self.bridge.lang)  # type: ignore[arg-type]
        self.stack.setCurrentWidget(self.debrief)

    def _on_debrief_retry_requested(self, scenario_id: str, persona_id: str) -> None:
        self.bridge.start(scenario_id, persona_id, self.settings.mode, self.settings.language)

    def _on_bridge_start_failed(self, message: str) -> None:
        self.show_catalogue()
        self.catalogue.show_error(message)

    def _on_settings_changed(self, key: str) -> None:
        if key == "text_scale":
            self._apply_style()
        elif key == "speech_on":
            self.bridge.set_speech(self.settings.speech_on)
        elif key == "voice_rate":
            self.bridge.set_rate(self.settings.voice_rate)
        elif key == "language":
            self._switch_language()

    def _switch_language(self) -> None:
        """Rebuild the views in the new language, staying on the settings screen."""
        i18n.use_language(self.settings.language)
        for index in reversed(range(self.stack.count())):
            view = self.stack.widget(index)
            if view is not None:
                self.stack.removeWidget(view)
                view.deleteLater()
        self._build_views()
        self.bridge.check_speech(self.settings.language)
        self.show_settings()

    # -- Qt overrides ----------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Keys no widget used go to the current view (digits, arrows, Enter)."""
        view = self.stack.currentWidget()
        handler = getattr(view, "handle_key", None)
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        if handler is not None and plain and handler(event.key()):
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """Every choice is already on disk: closing only stops the voice."""
        self.bridge.stop_speech()
        super().closeEvent(event)
