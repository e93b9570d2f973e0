"""Which names do two versions of ringkas read differently? The entity lists, name and kind.

    python -m bench.same_entities /tmp/old/src            # old code's src vs this worktree's src
    python -m bench.same_entities OLD_SRC NEW_SRC

Each version reads, in its own process, the entities of every cluster `bench.same_facts` reads
(the seed, the example, indosum-multi-dev, multinews-dev, the pseudo clusters) and of every
indosum-single-dev article alone. Printed: each version's names per kind, how many lists differ
per set, the kind changes (old → new) counted, then every name one version lists and the other
does not, and every changed kind, per list. Exit status 1 when anything differs.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from bench.common import DATASETS, two_versions, versions_main
from bench.same_facts import _clusters, write_rows


def _lists() -> Iterator[tuple[str, object]]:
    from ringkas.evaluate.datasets import load_dataset

    yield from _clusters()
    for item in load_dataset(DATASETS / "indosum-single-dev.jsonl"):
        yield f"indosum-single/{item.id}", item.articles()


def read_all(out: Path) -> int:
    """One JSON line per list: {"name", "entities": [[name, kind, mentions], ...]}."""
    return write_rows(
        out, _lists(), "entities", lambda f: [[e.name, e.kind, e.mentions] for e in f.entities]
    )


def compare(old_src: str, new_src: str) -> int:
    versions = two_versions("bench.same_entities", old_src, new_src)
    if versions is None:
        return 2
    old, new = ({r["name"]: r["entities"] for r in rows} for rows in versions)
    for label, version in (("old", old), ("new", new)):
        kinds = Counter(row[1] for rows in version.values() for row in rows)
        print(
            f"{label}: {len(version)} lists, " + ", ".join(f"{k} {kinds[k]}" for k in sorted(kinds))
        )
    per_set: Counter[str] = Counter()
    moves: Counter[str] = Counter()
    lines: list[str] = []
    for name in sorted(set(old) | set(new)):
        a = {row[0]: (row[1], row[2]) for row in old.get(name, [])}
        b = {row[0]: (row[1], row[2]) for row in new.get(name, [])}
        if a == b:
            continue
        per_set[name.split("/")[0]] += 1
        for entity in sorted(set(a) & set(b)):
            if a[entity][0] != b[entity][0]:
                moves[f"{a[entity][0]} → {b[entity][0]}"] += 1
                lines.append(f"  {name[:60]}: {entity}: {a[entity][0]} → {b[entity][0]}")
        gone = [f"{e} ({a[e][0]})" for e in sorted(set(a) - set(b))]
        added = [f"{e} ({b[e][0]})" for e in sorted(set(b) - set(a))]
        if gone or added:
            lines.append(f"  {name[:60]}: - {'; '.join(gone)}  + {'; '.join(added)}")
    print("\n".join(lines))
    print("kinds changed: " + (", ".join(f"{m} {n}" for m, n in moves.most_common()) or "none"))
    differ = sum(per_set.values())
    sets = ", ".join(f"{s} {n}" for s, n in sorted(per_set.items()))
    print(f"{differ} of {len(set(old) | set(new))} lists differ" + (f" ({sets})" if sets else ""))
    return 1 if differ else 0


def main() -> None:
    versions_main(__doc__, read_all, compare)


if __name__ == "__main__":
    main()
