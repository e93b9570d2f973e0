"""Weekday slips flagged on IndoSum, and how many are false: IndoSum ids are Unix times, so an
article's real year is known, and a flagged slip whose written weekday fits that year was the
pipeline's wrong year, not the outlet's error.

    python -m bench.weekday_slips          # indosum-multi-dev and indosum-single-dev
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime

from bench.common import DATASETS


def main() -> None:
    from ringkas.config import Config
    from ringkas.errors import InputError
    from ringkas.evaluate.datasets import load_dataset
    from ringkas.facts.dates import _make, weekday_name
    from ringkas.pipeline import prepare

    counts: Counter[str] = Counter()
    items = [
        *load_dataset(DATASETS / "indosum-multi-dev.jsonl"),
        *load_dataset(DATASETS / "indosum-single-dev.jsonl"),
    ]
    for item in items:
        try:
            facts = prepare(item.articles(), Config(words=100)).facts
        except InputError:
            continue
        counts["sentences blocked"] += len(facts.blocked)
        for d in facts.dates:
            if not d.weekday_written or d.weekday_ok or d.value is None:
                continue
            counts["slips flagged"] += 1
            if not d.year_inferred:
                counts["  with the year written"] += 1
                continue
            counts["  with the year inferred"] += 1
            stamp = d.article_id.split("-")[1]  # "00-1493156737-judul": the article's Unix time
            year = datetime.fromtimestamp(int(stamp), UTC).year if stamp.isdigit() else None
            real = _make(year, d.value.month, d.value.day) if year else None
            if real and weekday_name(real) == d.weekday_written:
                counts["    false: the weekday fits the article's real year"] += 1
    for key in (
        "slips flagged",
        "  with the year written",
        "  with the year inferred",
        "    false: the weekday fits the article's real year",
        "sentences blocked",
    ):
        print(f"{key}: {counts[key]}")


if __name__ == "__main__":
    main()
