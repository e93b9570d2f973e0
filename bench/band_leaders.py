"""Candidate pairs and reprints found by the local engine's band join (``local.reprint_pairs``) as
the number of band leaders changes, against all pairs sharing a band, on a synthetic stream.

    python -m bench.band_leaders 100000 [--leaders 5 10 20]

Not part of ``make bench``: it measured the choice of ``core.BAND_LEADERS`` (docs/design.md).
"""

from __future__ import annotations

import argparse
import time

from bench.common import distinct_rows
from ringkas.engines import core, local
from ringkas.graph import components


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("--leaders", type=int, nargs="+", default=[5, 10, 20])
    args = parser.parse_args()

    rows = sorted(distinct_rows(args.n), key=lambda r: str(r["order"]))
    sigs = [bytes(r["sig"]) for r in rows]
    bands = [local.band_hashes(list(r["bands"])) for r in rows]
    print(f"{len(rows):,} distinct articles of {args.n:,} (synthetic stream, seed 0)")
    for leaders in [*args.leaders, len(rows)]:
        start = time.perf_counter()
        candidates, found = local.reprint_pairs(sigs, bands, leaders)
        labels = components(len(rows), found)
        reprints = sum(label != i for i, label in enumerate(labels))
        what = "all pairs" if leaders == len(rows) else f"{leaders} leaders"
        mark = " (core.BAND_LEADERS)" if leaders == core.BAND_LEADERS else ""
        print(
            f"{what}{mark}: {candidates:,} candidate pairs, {len(found):,} reprint pairs, "
            f"{reprints:,} reprints, {time.perf_counter() - start:.1f} s"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
