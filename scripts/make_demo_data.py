"""Write muctieu/examples/so-lieu-xa-2026.csv: made-up commune figures for
the bundled 2026–2030 example plan, so `muctieu demo` has values to evaluate.

    .venv/bin/python scripts/make_demo_data.py

Each indicator gets a numerator and denominator per commune; communes differ
in size, so the province's rate (Σ numerators / Σ denominators) is not the
mean of the communes' percentages.
"""

from __future__ import annotations

import csv
import random
from pathlib import Path

from muctieu.catalog.units import find_province

OUT = Path(__file__).resolve().parents[1] / "muctieu" / "examples" / "so-lieu-xa-2026.csv"
# indicator id → the communes' typical rate in 2026 (larger communes run higher)
RATES = {
    "egov.online_applications_share": 54.0,
    "society.adult_smartphone_share": 75.0,
    "infra.fibre_household_coverage_share": 66.0,
    "society.electronic_health_records_share": 59.0,
    "econ.sme_digital_platforms_share": 40.0,
}
HEADER = ["Mã chỉ tiêu", "Tỉnh/thành phố", "Mã đơn vị (xã hoặc tỉnh)", "Năm", "Tử số", "Mẫu số", "Ghi chú"]


def main() -> None:
    rng = random.Random(2026)
    province = find_province("Gia Lai")
    communes = sorted(province.communes, key=lambda c: c.code)[:24]
    rows = []
    for indicator, rate in RATES.items():
        for i, c in enumerate(communes):
            denominator = rng.randint(300, 6000)
            # small communes report lower rates, large ones higher
            share = min(99.0, max(5.0, rate + (denominator - 3000) / 300 + rng.uniform(-4, 4)))
            rows.append([indicator, province.name, c.code, 2026,
                         round(denominator * share / 100), denominator, c.name])
    with OUT.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(HEADER)
        w.writerows(rows)
    print(f"{OUT}: {len(rows)} rows")


if __name__ == "__main__":
    main()
