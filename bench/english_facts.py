"""English facts on real clusters: how many multinews-dev clusters get a timeline, and every
conflict with its evidence, for reading by hand.

    python -m bench.english_facts [--events N]     # N timeline events shown (default 25, seeded)
"""

from __future__ import annotations

import argparse
import random

from bench.common import DATASETS
from ringkas.config import Config
from ringkas.errors import InputError
from ringkas.evaluate.datasets import load_dataset
from ringkas.pipeline import prepare


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=25)
    args = parser.parse_args(argv)
    clusters = dated = dates = 0
    events: list[str] = []
    conflicts: list[str] = []
    for item in load_dataset(DATASETS / "multinews-dev.jsonl"):
        try:
            facts = prepare(item.articles(), Config(words=100)).facts
        except InputError:
            continue
        clusters += 1
        dates += len(facts.dates)
        dated += bool(facts.timeline)
        for e in facts.timeline:
            flag = " (disputed)" if e.disputed else ""
            events.append(f"{item.id} {e.day}{flag} [{len(e.outlets)} outlets] {e.text[:140]}")
        for c in facts.conflicts:
            sides = " || ".join(f"{s.value} <- {s.evidence[0].text[:110]!r}" for s in c.sides)
            conflicts.append(f"{item.id} {c.kind}: {sides}")
    print(f"{clusters} clusters, {dates} dates, {dated} with a timeline, {len(events)} events")
    print(f"{len(conflicts)} conflicts:")
    print("\n".join(conflicts))
    print(f"{min(args.events, len(events))} timeline events (seeded sample):")
    print("\n".join(random.Random(0).sample(events, min(args.events, len(events)))))


if __name__ == "__main__":
    main()
