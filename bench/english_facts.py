"""English facts on real clusters: how many multinews-dev clusters get a timeline, and every
conflict with its evidence, for reading by hand; then each cluster's first 15 entities: their
kinds, how many have a shape no name has (below), and a seeded sample to judge by hand.

    python -m bench.english_facts [--events N] [--entities M]   # shown (default 25 and 60, seeded)
"""

from __future__ import annotations

import argparse
import random
import re
from collections import Counter

from bench.common import DATASETS
from ringkas.config import Config
from ringkas.errors import InputError
from ringkas.evaluate.datasets import load_dataset
from ringkas.facts.dates import EN_MONTHS, EN_WEEKDAYS
from ringkas.pipeline import prepare


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=25)
    parser.add_argument("--entities", type=int, default=60)
    args = parser.parse_args(argv)
    clusters = dated = dates = 0
    events: list[str] = []
    conflicts: list[str] = []
    kinds: Counter[str] = Counter()
    shapes: Counter[str] = Counter()
    names: list[str] = []
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
        top = facts.entities[:15]
        if len({e.name.replace("’", "'") for e in top}) < len(top):
            shapes["two apostrophes, one name"] += 1
        for e in top:
            kinds[e.kind] += 1
            shapes.update(_suspect_shapes(e.name, e.kind))
            names.append(f"{item.id} {e.name} [{e.kind}, {len(e.outlets)} outlets, {e.mentions}x]")
    print(f"{clusters} clusters, {dates} dates, {dated} with a timeline, {len(events)} events")
    print(f"{len(conflicts)} conflicts:")
    print("\n".join(conflicts))
    print(f"{min(args.events, len(events))} timeline events (seeded sample):")
    print("\n".join(random.Random(0).sample(events, min(args.events, len(events)))))
    print(f"{len(names)} entities (first 15 a cluster): {dict(sorted(kinds.items()))}")
    print(f"shapes no name has: {dict(sorted(shapes.items()))}")
    print(f"{min(args.entities, len(names))} entities (seeded sample):")
    print("\n".join(random.Random(7).sample(names, min(args.entities, len(names)))))


_HEADLINE = frozenset(
    "the an of on in at to for with by from into after over about is are was".split()
)


def _suspect_shapes(name: str, kind: str) -> list[str]:
    """What makes a name suspect: a possessive inside ("China's Mount Everest"), a function word
    a headline capitalises inside ("Rocky The Bobcat ..."), a trailing initial ("Donald J"), a
    lone weekday or month, a lone nationality or group word ("Libyan", "Republicans"; not an
    organisation's name, "Guardian"), a contraction ("I’m")."""
    words = name.split()
    found = []
    if re.search(r"['’]s ", name):
        found.append("possessive inside")
    if any(w[1:].islower() and w.lower() in _HEADLINE for w in words[1:]):
        found.append("headline word inside")
    if len(words) > 1 and len(words[-1]) == 1:
        found.append("trailing initial")
    if len(words) == 1 and (name in EN_WEEKDAYS or name in EN_MONTHS):
        found.append("weekday or month")
    if len(words) == 1 and kind != "org" and re.search(r"(?:ian|ean|ican|ans|ese|ish)$", name):
        found.append("nationality or group")
    if re.match(r"^(?:I|It|Don|Can)['’]", words[-1]):
        found.append("contraction")
    return found


if __name__ == "__main__":
    main()
