"""Facing the customer: the scene, the customer's line in large text, the replies as big numbered buttons.

Practice mode shows the feedback on each choice (with the principle) before the
customer answers; assessment mode goes straight on and keeps the feedback for the debrief.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from simulator.service import FeedbackView, View
from simulator.ui.bridge import Bridge
from simulator.ui.settings import VOICE_RATES, Settings
from simulator.ui.texts import mode_label
from simulator.ui.views.common import button, card, is_enter, label, quoted, restyle
from simulator.ui.widgets.mood import MoodIndicator
from simulator.ui.widgets.persona import PersonaPicture
from simulator.ui.widgets.replies import ReplyPanel


class PlayView(QWidget):
    """One attempt being played; ``left`` when the trainee goes back to the list."""

    left = Signal()

    def __init__(self, bridge: Bridge, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge, self.settings = bridge, settings
        self.pending: View | None = None  # the customer's answer, held while feedback is read
        self.speech_reason = ""  # why speech cannot work on this computer, when it cannot
        root = QVBoxLayout(self)
        root.setContentsMargins(28, 14, 28, 10)
        root.setSpacing(10)
        root.addLayout(self._header())
        body = QHBoxLayout()
        body.setSpacing(24)
        body.addLayout(self._customer_column())
        body.addWidget(self._dialogue_column(), 1)
        root.addLayout(body, 1)
        root.addWidget(self._speech_bar())
        bridge.step_shown.connect(self._on_bridge_step_shown)
        bridge.choice_failed.connect(self._on_bridge_choice_failed)
        bridge.speech_failed.connect(self._on_bridge_speech_failed)
        bridge.speech_status_known.connect(self._on_bridge_speech_status_known)
        if bridge.speech_status is not None:  # known before this view was built
            self._on_bridge_speech_status_known(*bridge.speech_status)

    def _header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        texts = QVBoxLayout()
        texts.setSpacing(2)
        self.title = label("", "subtitle")
        self.progress = label("", "muted")
        texts.addWidget(self.title)
        texts.addWidget(self.progress)
        row.addLayout(texts, 1)
        self.quit_button = button(self.tr("Stop for now"))
        self.quit_button.setToolTip(self.tr("Your replies are saved: you can resume later."))
        self.quit_button.clicked.connect(self._on_quit_clicked)
        row.addWidget(self.quit_button, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def _customer_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        self.picture = PersonaPicture()
        self.name = label("", "subtitle")
        self.name.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.mood = MoodIndicator()
        self.picture.setMaximumSize(300, 340)
        column.addWidget(self.picture, 3)
        column.addWidget(self.name)
        column.addWidget(self.mood)
        column.addStretch(1)
        return column

    def _dialogue_column(self) -> QScrollArea:
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(12)
        self.setting = label("", "setting")
        self.does = label("", "setting")
        self.line = label("", "line")
        self.line.setAccessibleName(self.tr("What the customer says"))
        self.line.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.ask = label(self.tr("Your reply (press its number):"), "muted")
        self.replies = ReplyPanel()
        self.replies.chosen.connect(self._on_replies_chosen)
        self.error = label("", "error")
        self.error.setVisible(False)
        for widget in (self.setting, self.does, self.line, self.ask, self.replies, self.error):
            column.addWidget(widget)
        column.addWidget(self._feedback_card())
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area = scroll
        return scroll

    def _feedback_card(self) -> QFrame:
        self.feedback, layout = card("good")
        self.feedback_title = label("", "subtitle")
        self.feedback_title.setAccessibleName(self.tr("Feedback on your reply"))
        self.feedback_text = label("")
        self.continue_button = button(self.tr("Continue"), "primary")
        self.continue_button.clicked.connect(self._on_continue_clicked)
        layout.addWidget(self.feedback_title)
        layout.addWidget(self.feedback_text)
        layout.addWidget(self.continue_button, 0, Qt.AlignmentFlag.AlignRight)
        self.feedback.setVisible(False)
        return self.feedback

    def _speech_bar(self) -> QWidget:
        bar = QWidget()
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        self.replay_button = button(self.tr("Hear again"))
        self.replay_button.clicked.connect(self.bridge.replay)
        self.mute_button = button("")
        self.mute_button.clicked.connect(self._on_mute_clicked)
        self.rate_box = QComboBox()
        self.rate_box.setAccessibleName(self.tr("Voice speed"))
        for rate, text in zip(VOICE_RATES, (self.tr("Slow voice"), self.tr("Normal voice"),
                                            self.tr("Fast voice")), strict=True):
            self.rate_box.addItem(text, rate)
        self.rate_box.setCurrentIndex(VOICE_RATES.index(self.settings.voice_rate))
        self.rate_box.currentIndexChanged.connect(self._on_rate_box_changed)
        self.speech_note = label("", "muted")
        for widget in (self.replay_button, self.mute_button, self.rate_box):
            row.addWidget(widget)
        row.addWidget(self.speech_note, 1)
        self._show_speech_state()
        return bar

    # -- rendering ------------------------------------------------------------------------
    def show_view(self, view: View) -> None:
        """Show the customer's line and the replies now offered, and read the line aloud."""
        self.pending = None
        self.title.setText(view.title)
        self.progress.setText(self.tr("Step {number} · {mode}").format(
            number=view.step_number, mode=mode_label(self.bridge.mode)))
        self.setting.setText(view.setting)
        self.setting.setVisible(bool(view.setting) and view.step_number == 1)
        self.does.setText(view.does)
        self.does.setVisible(bool(view.does))
        self.line.setText(quoted(view.says, self.bridge.lang))
        self.name.setText(view.persona_name)
        self.picture.show_persona(view.avatar, view.mood, view.persona_name)
        self.mood.set_mood(view.mood)
        self.replies.set_replies([option.text for option in view.options])
        self._show_choosing(True)
        self.scroll_area.verticalScrollBar().setValue(0)
        self.bridge.speak(view)

    def _show_choosing(self, choosing: bool) -> None:
        self.replies.setVisible(choosing)
        self.ask.setVisible(choosing)
        self.feedback.setVisible(not choosing)
        self.error.setVisible(False)
        if not choosing:
            self.continue_button.setFocus()

    def show_feedback(self, feedback: FeedbackView, finished: bool) -> None:
        """Practice mode: why that reply was good or poor, before the customer answers."""
        heading = self.tr("Well done: {principle}") if feedback.good else self.tr("To avoid: {principle}")
        self.feedback_title.setText(heading.format(principle=feedback.label))
        self.feedback_text.setText(feedback.text)
        restyle(self.feedback, "good" if feedback.good else "bad")
        self.continue_button.setText(self.tr("See my results") if finished else self.tr("Continue"))
        self._show_choosing(False)

    def _show_speech_state(self) -> None:
        on, reason = self.settings.speech_on, self.speech_reason
        self.mute_button.setText(self.tr("Turn sound off") if on else self.tr("Turn sound on"))
        self.replay_button.setEnabled(on and not reason)
        self.rate_box.setEnabled(on and not reason)
        self.speech_note.setText(reason or ("" if on else self.tr("Sound is off. The text stays on screen.")))

    # -- keys and slots ---------------------------------------------------------------------
    def handle_key(self, key: int) -> bool:
        if self.feedback.isVisibleTo(self):
            if is_enter(key) or key == Qt.Key.Key_Space:
                self._on_continue_clicked()
                return True
            return False
        return self.replies.handle_key(key)

    def _on_bridge_step_shown(self, view: View) -> None:
        if self.bridge.mode == "practice" and view.feedback is not None:
            self.pending = view
            self.show_feedback(view.feedback, view.finished)
        else:
            self._go_on(view)

    def _go_on(self, view: View) -> None:
        if view.finished:
            self.bridge.finish()
        else:
            self.show_view(view)

    def _on_continue_clicked(self) -> None:
        if self.pending is not None:
            self._go_on(self.pending)

    def _on_replies_chosen(self, position: int) -> None:
        self.bridge.choose(position)

    def _on_bridge_choice_failed(self, message: str) -> None:
        self.error.setText(self.tr("Your reply could not be saved: {reason}").format(reason=message))
        self.error.setVisible(True)
        # Below the replies, it may fall outside the page: bring it into view once the layout has its height.
        QTimer.singleShot(0, lambda: self.scroll_area.ensureWidgetVisible(self.error))

    def _on_quit_clicked(self) -> None:
        self.bridge.leave()
        self.left.emit()

    def _on_mute_clicked(self) -> None:
        self.settings.speech_on = not self.settings.speech_on
        self.bridge.set_speech(self.settings.speech_on)
        self._show_speech_state()

    def _on_rate_box_changed(self, index: int) -> None:
        self.settings.voice_rate = int(self.rate_box.itemData(index))
        self.bridge.set_rate(self.settings.voice_rate)

    def _on_bridge_speech_failed(self, message: str) -> None:
        """The speaker's details are technical and in English: say it simply, keep them as a tooltip."""
        self.speech_note.setText(self.tr("The voice could not be played. The text stays on screen."))
        self.speech_note.setToolTip(message)

    def _on_bridge_speech_status_known(self, available: bool, reason: str) -> None:
        self.speech_reason = "" if available else reason
        self._show_speech_state()
