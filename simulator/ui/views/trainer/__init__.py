"""The trainer area: a password gate, then the dashboard, trainee pages, replays, analytics, exports and privacy."""

from simulator.ui.views.trainer.area import TrainerArea, make_area

__all__ = ["TrainerArea", "make_area"]
