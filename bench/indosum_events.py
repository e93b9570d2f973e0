"""How many one-event stories of >= 3 outlets indosum-single-dev can hold at most (issue 15).

An upper bound, with more than any stream is given: every IndoSum id starts with a Unix time (the
article's, not in the feed the stream reads, which has only the URL dates of 297 articles), and
every pair of articles of different outlets is linked when their TF-IDF cosine (IDF over the whole
file) is at least THRESHOLD and their times are at most DAYS apart; the groups are the connected
components. The groups of >= 3 outlets are printed with each article's time, outlet and first line,
for a reader to judge which are one event.

    PYTHONPATH=src:. python -m bench.indosum_events [THRESHOLD] [DAYS]     # default 0.15 3
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime

import numpy as np

from bench.common import SHARED

DATA = SHARED / "datasets" / "indosum-single-dev.jsonl"


def groups(threshold: float, days: float) -> tuple[list[list[int]], list[tuple[int, str, str]]]:
    """(groups of >= 3 outlets as article indexes, each article's (time, outlet, text))."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    docs = []
    with DATA.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            doc = row["documents"][0]
            docs.append((int(str(row["id"]).split("-")[0]), str(doc["outlet"]), str(doc["text"])))
    times = np.array([d[0] for d in docs])
    vectors = TfidfVectorizer(sublinear_tf=True, min_df=2, max_df=0.3).fit_transform(
        [d[2] for d in docs]
    )
    similar = (vectors @ vectors.T).toarray()
    parent = list(range(len(docs)))

    def root(a: int) -> int:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for i in range(len(docs)):
        for j in np.flatnonzero(similar[i, i + 1 :] >= threshold) + i + 1:
            near = abs(int(times[i]) - int(times[j])) <= days * 86400
            if docs[i][1] != docs[int(j)][1] and near:
                parent[root(i)] = root(int(j))
    members: dict[int, list[int]] = {}
    for i in range(len(docs)):
        members.setdefault(root(i), []).append(i)
    multi = [m for m in members.values() if len({docs[i][1] for i in m}) >= 3]
    multi.sort(key=lambda m: (-len(m), min(times[i] for i in m)))
    return multi, docs


def main() -> None:
    threshold = float(sys.argv[1]) if len(sys.argv) > 1 else 0.15
    days = float(sys.argv[2]) if len(sys.argv) > 2 else 3.0
    multi, docs = groups(threshold, days)
    print(f"cosine >= {threshold}, <= {days:g} days apart: {len(multi)} groups of >= 3 outlets")
    for m in multi:
        print(f"\n{len(m)} articles, {len({docs[i][1] for i in m})} outlets")
        for i in sorted(m, key=lambda i: (docs[i][0], i)):
            when = datetime.fromtimestamp(docs[i][0], UTC).date().isoformat()
            first = next((x.strip() for x in docs[i][2].splitlines() if x.strip()), "")
            print(f"  {when} {docs[i][1][:14]:14} {first[:100]}")


if __name__ == "__main__":
    main()
