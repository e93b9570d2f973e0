"""Indonesian entities on real clusters, for reading by hand: the kinds of each cluster's first 12
entities, a seeded sample of them to judge, and (with ``--compare OLD_SRC``) how another
version's kinds differ from this one's, name by name.

    python -m bench.indonesian_entities [--sample N] [--compare OLD_SRC]

Clusters: the seed (`../shared/corpus/seed-kim-putin`), indosum-multi-dev's 31 and the first 400
articles of indosum-single-dev (single-article clusters).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
from collections import Counter
from pathlib import Path

from bench.common import DATASETS, SEED

TOP = 12


def entities() -> dict[str, list[list[str]]]:
    """Cluster id → its first TOP entities as [name, kind]."""
    from ringkas.config import Config
    from ringkas.errors import InputError
    from ringkas.evaluate.datasets import load_dataset
    from ringkas.ingest import load
    from ringkas.pipeline import prepare

    clusters = [("seed", load([str(SEED)]).articles)]
    for name, limit in (("indosum-multi-dev.jsonl", None), ("indosum-single-dev.jsonl", 400)):
        items = load_dataset(DATASETS / name)[:limit]
        clusters += [(item.id, item.articles()) for item in items]
    out = {}
    for key, articles in clusters:
        try:
            facts = prepare(articles, Config(words=100)).facts
        except InputError:
            continue
        out[key] = [[e.name, e.kind] for e in facts.entities[:TOP]]
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=60)
    parser.add_argument("--compare", default="", help="another version's src folder")
    parser.add_argument("--dump", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    mine = entities()
    if args.dump:
        print(json.dumps(mine))
        return
    kinds = Counter(kind for ents in mine.values() for _, kind in ents)
    flat = [f"{key} {name} [{kind}]" for key in sorted(mine) for name, kind in mine[key]]
    print(f"{len(mine)} clusters, first {TOP} entities: {len(flat)} {dict(sorted(kinds.items()))}")
    print(f"{min(args.sample, len(flat))} entities (seeded sample):")
    print("\n".join(random.Random(11).sample(flat, min(args.sample, len(flat)))))
    if args.compare:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([args.compare, str(Path.cwd())])}
        done = subprocess.run(
            [sys.executable, "-m", "bench.indonesian_entities", "--dump"],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        theirs = json.loads(done.stdout)
        moves: Counter[str] = Counter()
        lines = []
        for key in sorted(mine):
            old = dict(map(tuple, theirs.get(key, [])))
            new = dict(map(tuple, mine[key]))
            for name in sorted(set(old) | set(new)):
                if old.get(name) != new.get(name):
                    move = f"{old.get(name, '-')} -> {new.get(name, '-')}"
                    moves[move] += 1
                    lines.append(f"{key} {name}: {move}")
        print(f"kinds that differ from {args.compare} (- = not among the first {TOP}):")
        print(", ".join(f"{m} {n}" for m, n in moves.most_common()))
        print("\n".join(lines))


if __name__ == "__main__":
    main()
