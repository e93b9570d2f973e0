"""How well are yearless days placed? IndoSum's ids begin with the article's publication time
(a Unix timestamp), which ringkas never reads: here it is the measure. For every yearless day
the facts place (year inferred) in indosum-multi-dev's clusters, the pseudo clusters `make
model-summary` builds and the first 800 indosum-single-dev articles, the day is "near" when it
falls between 400 days before its article's publication and 31 days after, else "far" (a wrong
year, or a day of another year that no year was written for).

Also, for every indosum-single-dev article alone, whether the year its yearless days would take
(`facts.dates.year_hints`, no publication date given) is its publication's year: "year right",
"year wrong", or "no year" (the article writes no full date).

    python -m bench.inferred_years OLD_SRC [NEW_SRC]   # NEW_SRC: this worktree's src
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from bench.common import DATASETS, two_versions, versions_main


def _published(article_id: str) -> date:
    """The day (WIB) of an IndoSum article's id timestamp: "00-1493855392-kpk-…"."""
    stamp = int(article_id.split("-")[1])
    return (datetime.fromtimestamp(stamp, UTC) + timedelta(hours=7)).date()


def count() -> dict[str, int]:
    from ringkas.config import Config
    from ringkas.errors import RingkasError
    from ringkas.evaluate.datasets import load_dataset
    from ringkas.facts.dates import year_hints
    from ringkas.pipeline import prepare
    from ringkas.select.train import pseudo_clusters
    from ringkas.text.sentences import split_sentences

    single = load_dataset(DATASETS / "indosum-single-dev.jsonl")
    items = [
        *load_dataset(DATASETS / "indosum-multi-dev.jsonl"),
        *pseudo_clusters(single),
        *single[:800],
    ]
    out: Counter[str] = Counter()
    for item in single:
        try:
            (article,) = item.articles()
        except ValueError:
            continue
        sentences = split_sentences(article.id, article.body, "id")
        hint = year_hints({article.id: sentences}, {article.id: None})[article.id]
        year = _published(article.id).year
        out["no year" if hint is None else "year right" if hint == year else "year wrong"] += 1
    for item in items:
        try:
            facts = prepare(item.articles(), Config(words=100)).facts
        except RingkasError:
            continue
        for d in facts.dates:
            if not d.year_inferred or d.value is None:
                continue
            days = (d.value - _published(d.article_id)).days
            out["placed"] += 1
            out["near" if -400 <= days <= 31 else "far"] += 1
    return dict(out)


def write(out: Path) -> int:
    """One JSON line: the counts of this version (what bench.common.two_versions runs)."""
    out.write_text(json.dumps(count()) + "\n", encoding="utf-8")
    return 1


def compare(old_src: str, new_src: str) -> int:
    versions = two_versions("bench.inferred_years", old_src, new_src)
    if versions is None:
        return 2
    for src, (counts,) in zip((old_src, new_src), versions, strict=True):
        print(f"{src}: {json.dumps(counts)}")
    return 0


if __name__ == "__main__":
    versions_main(__doc__, write, compare)
