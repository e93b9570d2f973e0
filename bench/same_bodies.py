"""Which article bodies does a cleaning change move? Two versions' cleaner over every document.

    python -m bench.same_bodies /tmp/old/src            # old code's src vs this worktree's src
    python -m bench.same_bodies OLD_SRC NEW_SRC

Each version cleans, in its own process, every document of the three datasets
(`ringkas.ingest.article_from_text`, as `ringkas eval` reads them) and records its body, outlet
and dateline place. Printed: per dataset, how many documents changed, then for each changed one
(at most 60) its outlet and place before and after and the first lines that differ. Exit status 1
when anything differs.
"""

from __future__ import annotations

import difflib
import json
from collections import Counter
from pathlib import Path

from bench.common import DATASETS, two_versions, versions_main

SETS = ("indosum-single-dev", "indosum-multi-dev", "multinews-dev")


def clean_all(out: Path) -> int:
    """One JSON line per document: {"key", "body", "outlet", "place"} (or "error")."""
    from ringkas.errors import InputError
    from ringkas.ingest import article_from_text

    n = 0
    with out.open("w", encoding="utf-8") as handle:
        for name in SETS:
            for line_no, line in enumerate((DATASETS / f"{name}.jsonl").open(encoding="utf-8")):
                for k, doc in enumerate(json.loads(line)["documents"]):
                    row: dict[str, str] = {"key": f"{name}:{line_no}:{k}"}
                    try:
                        a = article_from_text(doc["text"], id="x", outlet=doc.get("outlet", ""))
                        row |= {"body": a.body, "outlet": a.outlet, "place": a.place}
                    except InputError as exc:
                        row["error"] = str(exc)
                    handle.write(json.dumps(row, ensure_ascii=False) + "\n")
                    n += 1
    return n


def compare(old_src: str, new_src: str) -> int:
    versions = two_versions("bench.same_bodies", old_src, new_src)
    if versions is None:
        return 2
    old, new = versions
    changed: Counter[str] = Counter()
    shown = 0
    for a, b in zip(old, new, strict=True):
        if a == b:
            continue
        changed[a["key"].split(":")[0]] += 1
        if shown < 60:
            shown += 1
            print(
                f"{a['key']}: outlet {a.get('outlet')!r} → {b.get('outlet')!r}, "
                f"place {a.get('place')!r} → {b.get('place')!r}"
            )
            diff = difflib.unified_diff(
                a.get("body", "").split("\n"), b.get("body", "").split("\n"), lineterm="", n=0
            )
            for line in [x for x in diff if x[:1] in "+-" and x[:3] not in ("---", "+++")][:4]:
                print(f"    {line[:150]}")
    total = Counter(r["key"].split(":")[0] for r in old)
    for name in SETS:
        print(f"{name}: {changed[name]} of {total[name]} documents changed")
    return 1 if changed else 0


def main() -> None:
    versions_main(__doc__, clean_all, compare)


if __name__ == "__main__":
    main()
