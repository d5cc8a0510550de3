"""The bundled example (Gia Lai's plans and 2026 commune figures) loaded into a store.

For tests and benchmarks that need realistic data in a fresh store; `muctieu
demo` runs the same steps through the CLI.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from muctieu.extract import extract_records
from muctieu.store.actors import Actor
from muctieu.store.bulk import import_observations
from muctieu.store.catalogue import catalogue_references, match_wording
from muctieu.store.ingest import ingest_path

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def load_examples(engine: Engine, who: Actor) -> None:
    refs = catalogue_references()
    for plan in sorted(EXAMPLES.glob("ke-hoach-mau-*.txt")):
        ingest_path(engine, plan, extract=extract_records, match=match_wording,
                    units=refs.units, who=who)
    import_observations(engine, EXAMPLES / "so-lieu-xa-2026.csv", refs, who=who)
