"""Run `muctieu` in its own process with the test catalogue (see store_doubles).

    python tests/cli_with_doubles.py COMMUNES INDICATORS observe import FILE --db URL

COMMUNES and INDICATORS add that many synthetic units and indicators.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the repository, for `tests.*`

from muctieu import cli_store  # noqa: E402
from muctieu.cli import app  # noqa: E402
from tests.store_doubles import references  # noqa: E402

if __name__ == "__main__":
    communes, indicators = int(sys.argv[1]), int(sys.argv[2])
    cli_store.references = lambda: references(communes, indicators)
    app(sys.argv[3:])
