"""Attainment categories and their bilingual labels (Vietnamese first)."""

from __future__ import annotations

from enum import Enum


class Status(str, Enum):
    """Where a target stands. The order is the display order in summaries."""

    MET = "met"
    ON_TRACK = "on_track"
    NEEDS_ACCELERATION = "needs_acceleration"
    LIMITED_PROGRESS = "limited_progress"
    GOING_BACKWARDS = "going_backwards"
    MISSED = "missed"
    NO_DATA = "no_data"

    @property
    def vi(self) -> str:
        return _LABELS[self][0]

    @property
    def en(self) -> str:
        return _LABELS[self][1]

    @property
    def label(self) -> str:
        return f"{self.vi} / {self.en}"


_LABELS: dict[Status, tuple[str, str]] = {
    Status.MET: ("đã đạt", "met"),
    Status.ON_TRACK: ("đúng tiến độ", "on track"),
    Status.NEEDS_ACCELERATION: ("cần tăng tốc", "needs acceleration"),
    Status.LIMITED_PROGRESS: ("tiến triển hạn chế", "limited progress"),
    Status.GOING_BACKWARDS: ("đi lùi", "going backwards"),
    Status.MISSED: ("không đạt", "missed"),
    Status.NO_DATA: ("chưa có số liệu", "no data"),
}
