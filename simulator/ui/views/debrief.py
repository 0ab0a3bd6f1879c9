"""The debrief: what happens to the relationship, the scores, and what to do next time."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from simulator.engine import Debrief, DebriefItem
from simulator.scenario.model import CRITERIA
from simulator.scenario.principles import PRINCIPLES
from simulator.ui.texts import criterion_label, outcome_sentence
from simulator.ui.views.common import button, card, is_enter, label, quoted, restyle
from simulator.ui.widgets.score_chart import ScoreChart


class DebriefView(QWidget):
    """Verdict and chart on top, the commented transcript below, retry / back at the bottom."""

    retry_requested = Signal(str, str)  # scenario id, persona id
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.debrief: Debrief | None = None
        root = QVBoxLayout(self)
        root.setContentsMargins(40, 20, 40, 14)
        root.setSpacing(12)
        self.title = label("", "title")
        root.addWidget(self.title)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        self.body = QVBoxLayout(inner)
        self.body.setContentsMargins(0, 0, 8, 0)
        self.body.setSpacing(12)
        self.body.addLayout(self._summary())
        self.body.addWidget(label(self.tr("Your conversation, reply by reply"), "subtitle"))
        self.transcript = QVBoxLayout()
        self.transcript.setSpacing(10)
        self.body.addLayout(self.transcript)
        self.body.addStretch(1)
        scroll.setWidget(inner)
        self.scroll_area = scroll
        root.addWidget(scroll, 1)
        root.addLayout(self._actions())

    def _summary(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(20)
        self.verdict_card, verdict = card("good")
        self.verdict = label("", "subtitle")
        self.outcome = label("")
        self.ending = label("", "setting")
        self.rule = label("", "muted")
        for widget in (self.verdict, self.outcome, self.ending, self.rule):
            verdict.addWidget(widget)
        verdict.addStretch(1)
        chart_card, chart = card()
        chart.addWidget(label(self.tr("Your scores (out of 100, dashed line: pass mark)"), "muted"))
        self.chart = ScoreChart()
        chart.addWidget(self.chart)
        self.advice = label("", "")
        chart.addWidget(self.advice)
        row.addWidget(self.verdict_card, 1)
        row.addWidget(chart_card, 1)
        return row

    def _actions(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.back_button = button(self.tr("Back to the situations"))
        self.back_button.clicked.connect(self.back_requested)
        self.retry_button = button(self.tr("Try again"))
        self.retry_button.clicked.connect(self._on_retry_clicked)
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.retry_button)
        return row

    def show_debrief(self, debrief: Debrief, lang: str) -> None:
        self.debrief, self.lang = debrief, lang
        scores, rule = debrief.scores, debrief.scenario.pass_rule
        self.title.setText(self.tr("Results: {title}").format(title=debrief.scenario.title.get(lang)))
        self.verdict.setText(self.tr("Passed") if scores.passed else self.tr("Not passed yet"))
        restyle(self.verdict_card, "good" if scores.passed else "bad")
        ending = debrief.ending
        self.outcome.setText(outcome_sentence(str(ending.outcome)) if ending else "")
        self.ending.setText(ending.text.get(lang) if ending else "")
        self.rule.setText(self.tr("To pass: at least {criterion} on each criterion and {overall} overall.").format(
            criterion=rule.criterion_min, overall=rule.overall_min))
        rows = [(criterion_label(c), scores.get(c), rule.criterion_min) for c in CRITERIA]
        self.chart.set_scores([*rows, (criterion_label("overall"), scores.overall, rule.overall_min)])
        self.advice.setText(self.tr("To work on first: {criterion}").format(
            criterion=criterion_label(scores.weakest()).lower()))
        self._fill_transcript(debrief, lang)
        self._set_primary(self.back_button if scores.passed else self.retry_button)
        self.scroll_area.verticalScrollBar().setValue(0)

    def _set_primary(self, primary: QPushButton) -> None:
        for widget in (self.back_button, self.retry_button):
            restyle(widget, "primary" if widget is primary else "")
        self.primary, self.action_buttons = primary, (self.back_button, self.retry_button)
        primary.setFocus()

    def _fill_transcript(self, debrief: Debrief, lang: str) -> None:
        while self.transcript.count():
            old = self.transcript.takeAt(0)
            widget = old.widget() if old is not None else None
            if widget is not None:
                widget.deleteLater()
        for step in debrief.items:
            self.transcript.addWidget(self._step_card(step, lang))

    def _step_card(self, item: DebriefItem, lang: str) -> QFrame:
        principle = PRINCIPLES.get(item.feedback.principle)
        good = principle.good if principle else True
        frame, layout = card("card")
        layout.addWidget(label(self.tr("{number}. The customer: {line}").format(
            number=item.number, line=quoted(item.node.says.get(lang), lang)), "muted"))
        layout.addWidget(label(self.tr("You: {reply}").format(reply=quoted(item.chosen.text.get(lang), lang))))
        heading = self.tr("Well done: {principle}") if good else self.tr("To avoid: {principle}")
        verdict = label(heading.format(principle=principle.label(lang) if principle else item.feedback.principle),
                        "strong")
        layout.addWidget(verdict)
        layout.addWidget(label(item.feedback.text.get(lang)))
        if item.better is not None:
            better = quoted(item.better.text.get(lang), lang)
            layout.addWidget(label(self.tr("Better: {reply}").format(reply=better), "banner"))
            if item.better_feedback is not None:
                layout.addWidget(label(item.better_feedback.text.get(lang), "muted"))
        return frame

    def handle_key(self, key: int) -> bool:
        if is_enter(key) and self.debrief is not None:
            focused = self.focusWidget()
            target = focused if isinstance(focused, QPushButton) and focused in self.action_buttons else self.primary
            target.click()
            return True
        return False

    def _on_retry_clicked(self) -> None:
        if self.debrief is not None:
            self.retry_requested.emit(self.debrief.scenario.id, self.debrief.persona.id)
