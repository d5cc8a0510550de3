"""The growth-rate progress measure of Statistics Canada, as used by Open SDG.

Source: open-sdg/open-sdg, ``docs/progress-methodology.md`` ("Progress
Measurement Methodology for the Sustainable Development Goals"), and its
reference implementation in open-sdg/sdg-build, ``sdg/ProgressMeasure.py``.
What this module implements, section by section of that document:

* Observed compound annual growth rate since the base year:
  ``CAGR_i = (y_i / y_0) ** (1 / (t_i - t_0)) - 1``.
* With a quantitative target, the rate required to reach it on time:
  ``CAGR_T = (y_T / y_0) ** (1 / (t_T - t_0)) - 1``, and the ratio
  ``R = s * d * CAGR_i / |CAGR_T|`` where ``d`` is +1 when higher is better and
  -1 when lower is better, and ``s`` is -1 when the values are negative (the
  document: "If all values are negative, the desired direction of progress is
  flipped"). Dividing by the magnitude of ``CAGR_T`` keeps the sign of ``R``
  meaning "moving the desired way" even when the base value already beats the
  target. Categories: target achieved; ``R >= 95%`` on track;
  ``60% <= R < 95%`` acceleration needed; ``0% <= R < 60%`` limited progress;
  ``R < 0%`` deterioration.
* Without a quantitative target, ``s * d * CAGR`` is compared with fixed growth
  thresholds 1.5% and 0.5% (and 0%).
* Natural limits (e.g. 100%): "Progress thresholds greater than 0% are reduced
  by a factor" ``C = 1 - (y_0 / y_lim) ** 4.44`` for ``0 <= y_0 < y_lim``
  (a maximum limit), ``C = 1 - ((2 y_lim - y_0) / y_lim) ** 4.44`` for
  ``y_lim <= y_0 < 2 y_lim`` and ``C = 1`` beyond (a minimum limit). Only a
  limit in the desired direction counts, thresholds <= 0 are never scaled, and
  when ``C = 0`` a non-negative rate is "On track". The document places this
  scaling in its section on indicators *without* quantitative targets, and the
  reference implementation ignores a limit when a target is given; so it is
  applied to the growth thresholds of :func:`classify_trend` only, never to
  the ratio thresholds of :func:`classify_ratio`.
* A base or target value of zero is replaced by 0.001 ("Special considerations
  for the base value and the target value"); a latest value still at zero is
  given the same replacement (our reading), so that no change reads as 0.
* At least two years of data, and base and current values of the same sign,
  are needed ("Minimum data requirements").
"""

from __future__ import annotations

from muctieu.evaluate.categories import Status

ON_TRACK_RATIO = 0.95
ACCELERATION_RATIO = 0.60
TREND_ON_TRACK = 0.015
TREND_ACCELERATION = 0.005
LIMIT_EXPONENT = 4.44
ZERO_REPLACEMENT = 0.001


def nonzero(value: float) -> float:
    """The document's replacement of a zero base or target value."""
    return ZERO_REPLACEMENT if value == 0 else value


def same_sign(base: float, value: float) -> bool:
    """Whether the exponential model holds from `base` to `value`.

    A zero base counts as positive, since it is replaced by 0.001.
    """
    return value >= 0 if base >= 0 else value <= 0


def growth_rate(y0: float, t0: int, y1: float, t1: int) -> float:
    """Compound annual growth rate from (t0, y0) to (t1, y1); needs t1 > t0."""
    return (y1 / y0) ** (1.0 / (t1 - t0)) - 1.0


def observed_growth(y0: float, t0: int, yi: float, ti: int) -> float:
    """CAGR_i with a zero base replaced by 0.001.

    A latest value still at zero gets the same replacement, so that "no
    change from zero" reads as a rate of 0 rather than -100%.
    """
    if y0 == 0:
        y0, yi = ZERO_REPLACEMENT, nonzero(yi)
    return growth_rate(y0, t0, yi, ti)


def progress_ratio(observed: float, required: float, direction: int, sign: int) -> float | None:
    """R = s·d·CAGR_i / |CAGR_T|; None when the required rate is zero."""
    if required == 0:
        return None
    return sign * direction * observed / abs(required)


def classify_ratio(ratio: float) -> Status:
    """Category of a target not yet met, from R (thresholds never scaled)."""
    if ratio >= ON_TRACK_RATIO:
        return Status.ON_TRACK
    if ratio >= ACCELERATION_RATIO:
        return Status.NEEDS_ACCELERATION
    if ratio >= 0:
        return Status.LIMITED_PROGRESS
    return Status.GOING_BACKWARDS


def limit_coefficient(base: float, limit: float) -> float:
    """Scaling factor C in [0, 1] for a base value near a natural limit."""
    base, limit = abs(base), abs(limit)
    # Checked first so that a base and a limit both at zero leave C at 1.
    if base >= 2 * limit:
        return 1.0
    if base <= limit:
        return 1.0 - (base / limit) ** LIMIT_EXPONENT
    return 1.0 - ((2 * limit - base) / limit) ** LIMIT_EXPONENT


def classify_trend(signed_rate: float, coefficient: float = 1.0) -> Status:
    """Category of an indicator without a quantitative target.

    `signed_rate` is s·d·CAGR; `coefficient` is C from
    :func:`limit_coefficient` (1 when no limit applies).
    """
    if signed_rate < 0:
        return Status.GOING_BACKWARDS
    if coefficient == 0:
        # Base value at the limit and held there (or beyond): on track.
        return Status.ON_TRACK
    if signed_rate >= TREND_ON_TRACK * coefficient:
        return Status.ON_TRACK
    if signed_rate >= TREND_ACCELERATION * coefficient:
        return Status.NEEDS_ACCELERATION
    return Status.LIMITED_PROGRESS
