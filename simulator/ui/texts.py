"""Interface words used by several views (statuses, outcomes, criteria), translated in one place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def status_label(status: str, best: int | None) -> str:
    """The trainee's status on a scenario, in words."""
    if status == "in_progress":
        return QCoreApplication.translate("Texts", "In progress")
    if status == "passed":
        return QCoreApplication.translate("Texts", "Passed, best score {score}").format(score=best)
    if status == "to_retry":
        return QCoreApplication.translate("Texts", "To work on again, best score {score}").format(
            score=best if best is not None else 0
        )
    return QCoreApplication.translate("Texts", "New")


def outcome_sentence(outcome: str) -> str:
    """What happens to the relationship (the doctrine's three fates)."""
    return {
        "returns": QCoreApplication.translate("Texts", "The customer will come back and speak well of you."),
        "silent": QCoreApplication.translate(
            "Texts", "The customer stays silently unhappy: the competition's best prospect."
        ),
        "leaves": QCoreApplication.translate("Texts", "The customer leaves, and will tell others."),
    }.get(outcome, outcome)


def criterion_label(criterion: str) -> str:
    return {
        "empathy": QCoreApplication.translate("Texts", "Empathy"),
        "adaptation": QCoreApplication.translate("Texts", "Adaptation"),
        "interest": QCoreApplication.translate("Texts", "Interest"),
        "overall": QCoreApplication.translate("Texts", "Overall"),
    }.get(criterion, criterion)


def mode_label(mode: str) -> str:
    return (
        QCoreApplication.translate("Texts", "Assessment")
        if mode == "assessment"
        else QCoreApplication.translate("Texts", "Practice")
    )


def duration_label(minutes: int) -> str:
    return QCoreApplication.translate("Texts", "about {minutes} min").format(minutes=minutes)


def service_message(message: str) -> str:
    """The service speaks English; translate the messages a trainee can meet, keep others as they are."""
    import re

    if message == "Please type a name.":
        return QCoreApplication.translate("Texts", "Please type your name.")
    found = re.fullmatch(r"This name is too long \((\d+) characters, at most (\d+)\)\.", message)
    if found:
        return QCoreApplication.translate(
            "Texts", "This name is too long ({count} characters, at most {limit})."
        ).format(count=found.group(1), limit=found.group(2))
    return message
