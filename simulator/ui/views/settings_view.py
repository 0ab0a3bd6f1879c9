"""The preferences of this computer: language, voice, text size, practice or assessment."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QHBoxLayout, QWidget

from simulator.ui.settings import LANGUAGES, MODES, TEXT_SCALES, VOICE_RATES, Settings
from simulator.ui.views.common import button, card, is_enter, label, scrolling_page


class SettingsView(QWidget):
    """Each change is saved at once; ``done`` takes the trainee back where they were."""

    done = Signal()

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        root = scrolling_page(self)
        root.setContentsMargins(40, 24, 40, 20)
        root.setSpacing(14)
        root.addWidget(label(self.tr("Settings"), "title"))
        frame, layout = card()
        form = QGridLayout()
        form.setVerticalSpacing(14)
        form.setHorizontalSpacing(20)
        form.setColumnStretch(1, 1)
        self.language = self._combo(self.tr("Language"), ("Français", "English"), LANGUAGES, "language")
        self.speech = QCheckBox(self.tr("Read the customer's lines aloud"))
        self.speech.setChecked(settings.speech_on)
        self.speech.toggled.connect(self._on_speech_toggled)
        self.rate = self._combo(self.tr("Voice speed"), (self.tr("Slow"), self.tr("Normal"), self.tr("Fast")),
                                VOICE_RATES, "voice_rate")
        self.scale = self._combo(self.tr("Text size"), (self.tr("Normal"), self.tr("Large"), self.tr("Very large")),
                                 TEXT_SCALES, "text_scale")
        self.mode = self._combo(self.tr("Mode"), (self.tr("Practice: advice after each reply"),
                                                  self.tr("Assessment: results at the end")), MODES, "mode")
        rows = ((self.tr("Language"), self.language), (self.tr("Voice"), self.speech),
                (self.tr("Voice speed"), self.rate), (self.tr("Text size"), self.scale), (self.tr("Mode"), self.mode))
        for index, (text, field) in enumerate(rows):
            name = label(text, wrap=False)
            name.setBuddy(field)
            form.addWidget(name, index, 0, Qt.AlignmentFlag.AlignVCenter)
            form.addWidget(field, index, 1)
        layout.addLayout(form)
        frame.setMaximumWidth(980)
        root.addWidget(frame)
        row = QHBoxLayout()
        self.done_button = button(self.tr("Done"), "primary")
        self.done_button.clicked.connect(self.done)
        row.addWidget(self.done_button)
        row.addStretch(1)
        root.addLayout(row)
        root.addStretch(1)

    def _combo(self, name: str, texts: tuple[str, ...], values: tuple, key: str) -> QComboBox:  # type: ignore[type-arg]
        box = QComboBox()
        box.setAccessibleName(name)
        for text, value in zip(texts, values, strict=True):
            box.addItem(text, value)
        box.setCurrentIndex(values.index(self.settings.get(key)))
        box.currentIndexChanged.connect(lambda index: self.settings.set(key, box.itemData(index)))
        return box

    def _on_speech_toggled(self, on: bool) -> None:
        self.settings.speech_on = on

    def handle_key(self, key: int) -> bool:
        if is_enter(key):
            self.done.emit()
            return True
        return False
