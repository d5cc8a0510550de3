"""Report charts as PNG bytes: statuses by pillar, key indicators over time.

matplotlib with the Agg backend (no display needed on a server); its own
DejaVu Sans covers every Vietnamese letter, so labels need no system font.
"""

from __future__ import annotations

import io
import math

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402  (after the backend is chosen)
from matplotlib.figure import Figure  # noqa: E402

from muctieu.evaluate.categories import Status  # noqa: E402
from muctieu.evaluate.compare import PillarSummary  # noqa: E402
from muctieu.publish.report_content import Series, pillar_name  # noqa: E402

# Colour-blind-safe ramp from met (green) to missed (red); no data grey.
STATUS_COLOURS = {
    Status.MET: "#1a7f37", Status.ON_TRACK: "#56b870", Status.NEEDS_ACCELERATION: "#e3b505",
    Status.LIMITED_PROGRESS: "#f08c2e", Status.GOING_BACKWARDS: "#d1495b", Status.MISSED: "#8c1c2b",
    Status.NO_DATA: "#b0b0b0",
}
DPI = 200


def _png(fig: Figure) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=DPI, bbox_inches="tight", metadata={"Software": None})
    plt.close(fig)
    return buf.getvalue()


def status_by_pillar(summary: tuple[PillarSummary, ...] | list[PillarSummary]) -> bytes:
    """Horizontal stacked bars: how many targets of each pillar are in each status."""
    names = [pillar_name(p.pillar) for p in summary]
    fig, ax = plt.subplots(figsize=(6.3, 0.5 * len(names) + 1.4))
    left = [0] * len(names)
    for status in Status:
        counts = [p.count(status) for p in summary]
        ax.barh(names, counts, left=left, color=STATUS_COLOURS[status], label=status.vi)
        for i, n in enumerate(counts):
            if n:
                ax.text(left[i] + n / 2, i, str(n), ha="center", va="center", fontsize=8,
                        color="white" if status not in (Status.NO_DATA, Status.NEEDS_ACCELERATION) else "black")
        left = [a + b for a, b in zip(left, counts, strict=True)]
    ax.invert_yaxis()
    ax.set_xlabel("Số chỉ tiêu")
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.spines[["top", "right"]].set_visible(False)
    ax.legend(ncols=4, fontsize=7, loc="upper center", bbox_to_anchor=(0.5, -0.25 if len(names) < 4 else -0.12),
              frameon=False)
    ax.set_title("Chỉ tiêu theo trạng thái và trụ cột", fontsize=10)
    return _png(fig)


def key_indicators(series: tuple[Series, ...] | list[Series]) -> bytes:
    """Small multiples: each key indicator's yearly values and the target it aims at."""
    cols = 2 if len(series) > 1 else 1
    rows = math.ceil(len(series) / cols)
    fig, axes = plt.subplots(rows, cols, figsize=(6.3, 2.2 * rows + 0.3), squeeze=False)
    for ax, s in zip(axes.flat, series):
        years = [p.year for p in s.points]
        values = [p.value for p in s.points]
        ax.plot(years, values, marker="o", color="#1f4e79")
        ax.plot([s.target_year], [s.target], marker="*", markersize=11, color="#d1495b", linestyle="none")
        ax.hlines(s.target, min(years), s.target_year, colors="#d1495b", linestyles="dashed", linewidth=0.8)
        ax.set_title(_wrap(s.name, 42), fontsize=8)
        ax.tick_params(labelsize=7)
        ax.xaxis.get_major_locator().set_params(integer=True)
        ax.spines[["top", "right"]].set_visible(False)
        if s.unit == "%":
            ax.set_ylabel("%", fontsize=7)
    for ax in list(axes.flat)[len(series):]:
        ax.set_visible(False)
    fig.suptitle("Chỉ tiêu chính theo năm (★ mục tiêu)", fontsize=10)
    fig.tight_layout()
    return _png(fig)


def _wrap(text: str, width: int) -> str:
    words, lines, line = text.split(), [], ""
    for w in words:
        if line and len(line) + 1 + len(w) > width:
            lines.append(line)
            line = w
        else:
            line = f"{line} {w}".strip()
    return "\n".join([*lines, line])
