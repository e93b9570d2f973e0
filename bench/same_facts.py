"""Which facts do two versions of ringkas read differently? Dates, conflicts and timeline days.

    python -m bench.same_facts /tmp/old/src            # old code's src vs this worktree's src
    python -m bench.same_facts OLD_SRC NEW_SRC

Each version reads, in its own process, the FactSheet of every multi-outlet cluster here: the
seed, the example, the 31 indosum-multi-dev clusters, the 250 multinews-dev clusters and the
pseudo clusters `make model-summary` builds from indosum-single-dev (`select.train.
pseudo_clusters`). Printed: the totals of each version, then every date (its text, the day read),
conflict (its description) and timeline day one version has and the other has not, per cluster.
A date that only moved to another sentence number (cleaning removed a line before it) is the
same date. Exit status 1 when anything differs.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from bench.common import DATASETS, ROOT, SHARED, two_versions, versions_main

if TYPE_CHECKING:
    from ringkas.facts import FactSheet


def _clusters() -> Iterator[tuple[str, object]]:
    from ringkas.evaluate.datasets import load_dataset
    from ringkas.ingest import load
    from ringkas.select.train import pseudo_clusters

    yield "seed", load([str(SHARED / "corpus" / "seed-kim-putin")]).articles
    yield "example", load([str(ROOT / "examples" / "gempa-sukabumi")]).articles
    for item in load_dataset(DATASETS / "indosum-multi-dev.jsonl"):
        yield f"indosum-multi/{item.id}", item.articles()
    for item in load_dataset(DATASETS / "multinews-dev.jsonl"):
        yield f"multinews/{item.id}", item.articles()
    for item in pseudo_clusters(load_dataset(DATASETS / "indosum-single-dev.jsonl")):
        yield f"pseudo/{item.id}", item.articles()


def write_rows(
    out: Path,
    clusters: Iterable[tuple[str, object]],
    key: str,
    rows_of: Callable[[FactSheet], list[list[object]]],
) -> int:
    """One JSON line per cluster the pipeline reads: {"name", KEY: rows_of(its FactSheet)};
    a cluster it refuses is left out. The writing half of this module and bench.same_entities."""
    from ringkas.config import Config
    from ringkas.errors import RingkasError
    from ringkas.pipeline import prepare

    n = 0
    with out.open("w", encoding="utf-8") as handle:
        for name, articles in clusters:
            try:
                facts = prepare(articles, Config(words=100)).facts  # type: ignore[arg-type]
            except RingkasError:
                continue
            line = {"name": name, key: rows_of(facts)}
            handle.write(json.dumps(line, ensure_ascii=False) + "\n")
            n += 1
    return n


def _fact_rows(facts: FactSheet) -> list[list[object]]:
    rows: list[list[object]] = [["conflict", c.subject, c.description] for c in facts.conflicts]
    rows += [["date", d.article_id, d.text, str(d.value)] for d in facts.dates]
    rows += [["timeline", str(t.day)] for t in facts.timeline]
    return rows


def read_all(out: Path) -> int:
    """One JSON line per cluster: {"name", "facts": [[kind, text, value], ...]}."""
    return write_rows(out, _clusters(), "facts", _fact_rows)


def compare(old_src: str, new_src: str) -> int:
    versions = two_versions("bench.same_facts", old_src, new_src)
    if versions is None:
        return 2
    old, new = ({r["name"]: r["facts"] for r in rows} for rows in versions)
    for label, version in (("old", old), ("new", new)):
        kinds = [row[0] for rows in version.values() for row in rows]
        print(
            f"{label}: {len(version)} clusters, {kinds.count('conflict')} conflicts, "
            f"{kinds.count('date')} dates, {kinds.count('timeline')} timeline days"
        )
    differ = 0
    for name in sorted(set(old) | set(new)):
        a = {json.dumps(r, ensure_ascii=False) for r in old.get(name, [])}
        b = {json.dumps(r, ensure_ascii=False) for r in new.get(name, [])}
        for sign, rows in (("-", sorted(a - b)), ("+", sorted(b - a))):
            for row in rows:
                differ += 1
                print(f"{sign} {name[:60]} {row[:220]}")
    print(f"{differ} facts differ")
    return 1 if differ else 0


def main() -> None:
    versions_main(__doc__, read_all, compare)


if __name__ == "__main__":
    main()
