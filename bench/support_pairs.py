"""How often does a digest's citation name an outlet that states what the quoted sentence states?
Precision of the support test against sentence pairs labelled by hand (bench/data/support-pairs.tsv).

    python -m bench.support_pairs [SRC]     # SRC: a version's src (default: this one)

A quoted sentence cites as its support every sentence of another article at TF-IDF cosine
``Config.support_threshold`` or more (`compose._attribute`). The labels say whether the other
sentence states the same thing (s34: 126 pairs drawn from the default digests of indosum-multi-dev,
multinews-dev, the pseudo clusters, the seed and the example, stratified by cosine). Printed: per
cosine band and language, how many pairs are the same statement, then precision, recall and
accuracy of the shipped threshold and of others. The bands were sampled unequally, so the figures
are per band; a pair whose sentence cleaning or splitting has moved (its hash differs) is counted
as moved and left out.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from bench.common import DATASETS, ROOT, SHARED

PAIRS = ROOT / "bench" / "data" / "support-pairs.tsv"
BANDS = ((0.0, 0.36), (0.36, 0.5), (0.5, 1.01))
THRESHOLDS = (0.30, 0.36, 0.40, 0.45, 0.50, 0.55)


def _hash(text: str) -> str:
    return hashlib.blake2b(text.encode(), digest_size=4).hexdigest()


def read_pairs() -> list[list[str]]:
    return [
        line.split("\t")
        for line in PAIRS.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]


def _clusters(wanted: set[tuple[str, str]]) -> Iterator[tuple[str, str, Any]]:
    from ringkas.evaluate.datasets import load_dataset
    from ringkas.ingest import load
    from ringkas.select.train import pseudo_clusters

    if ("seed", "seed") in wanted:
        yield "seed", "seed", load([str(SHARED / "corpus" / "seed-kim-putin")]).articles
    if ("example", "example") in wanted:
        yield "example", "example", load([str(ROOT / "examples" / "gempa-sukabumi")]).articles
    sources = (
        ("indosum-multi", lambda: load_dataset(DATASETS / "indosum-multi-dev.jsonl")),
        ("multinews", lambda: load_dataset(DATASETS / "multinews-dev.jsonl")),
        ("pseudo", lambda: pseudo_clusters(load_dataset(DATASETS / "indosum-single-dev.jsonl"))),
    )
    for name, items in sources:
        if any(s == name for s, _ in wanted):
            for item in items():
                if (name, item.id) in wanted:
                    yield name, item.id, item.articles()


def measure() -> list[tuple[str, float, int, bool]]:
    """(language, cosine, label, moved) for every labelled pair, read by this process's ringkas."""
    from ringkas.config import Config
    from ringkas.pipeline import prepare

    pairs = read_pairs()
    by_cluster: dict[tuple[str, str], list[list[str]]] = defaultdict(list)
    for row in pairs:
        by_cluster[row[0], row[1]].append(row)
    out = []
    for name, cluster, articles in _clusters(set(by_cluster)):
        words = 120 if name in ("seed", "example") else 100
        prepared = prepare(articles, Config(words=words))
        where = {(s.article_id, s.index): k for k, s in enumerate(prepared.sentences)}
        sim = prepared.features.similarity()
        for _, _, qa, qi, qh, sa, si, sh, label in by_cluster[name, cluster]:
            i, j = where.get((qa, int(qi))), where.get((sa, int(si)))
            moved = (
                i is None
                or j is None
                or _hash(prepared.sentences[i].text) != qh
                or _hash(prepared.sentences[j].text) != sh
            )
            cosine = 0.0 if moved else float(sim[i, j])  # type: ignore[index]
            out.append((prepared.language, cosine, int(label), moved))
    return out


def population() -> dict[tuple[float, float], int]:
    """Per cosine band, how many (quoted sentence, sentence of another article) pairs the default
    digests of the sets the labels were drawn from hold: what the bands' rates are weighed by."""
    from ringkas.config import Config
    from ringkas.evaluate.datasets import load_dataset
    from ringkas.pipeline import choose, prepare
    from ringkas.select.registry import get_method
    from ringkas.select.train import item_key, pseudo_clusters

    items = [
        *load_dataset(DATASETS / "indosum-multi-dev.jsonl"),
        *load_dataset(DATASETS / "multinews-dev.jsonl"),
        *pseudo_clusters(load_dataset(DATASETS / "indosum-single-dev.jsonl")),
    ]
    counts = {band: 0 for band in BANDS}
    for item in items:
        prepared = prepare(item.articles(), Config(words=100))
        c = prepared.candidates
        sim = prepared.features.similarity()
        # each cluster's digest by the fold model that never saw it, as the labels were drawn
        method = get_method("default", holdout=item_key(item))
        for i in sorted(set(choose(prepared, method, 100))):
            for j, other in enumerate(prepared.sentences):
                if other.article_id == prepared.sentences[i].article_id or j in c.blocked:
                    continue
                for low, high in BANDS:
                    if sim[i, j] >= 0.30 and low <= sim[i, j] < high:
                        counts[low, high] += 1
    return counts


def report(rows: list[tuple[str, float, int, bool]], counts: dict[tuple[float, float], int]) -> str:
    from ringkas.config import Config

    shipped = Config().support_threshold
    kept = [r for r in rows if not r[3]]
    lines = [
        f"{len(rows)} labelled pairs, {len(rows) - len(kept)} moved (left out); "
        f"shipped support threshold {shipped}",
        "",
        "cosine band   language  pairs  same statement",
    ]
    for low, high in BANDS:
        for language in ("id", "en", "all"):
            band = [
                r for r in kept if low <= r[1] < high and (language == "all" or r[0] == language)
            ]
            if band:
                same = sum(r[2] for r in band)
                lines.append(
                    f"{low:.2f}-{min(high, 1.0):.2f}     {language:8s} {len(band):6d}  "
                    f"{same:3d} ({100 * same / len(band):.0f}%)"
                )
    rate = {
        band: sum(r[2] for r in kept if band[0] <= r[1] < band[1])
        / max(1, sum(1 for r in kept if band[0] <= r[1] < band[1]))
        for band in BANDS
    }
    cited = [band for band in BANDS if band[0] >= shipped or band[0] < shipped < band[1]]
    weighted = sum(counts[b] * rate[b] for b in cited) / max(1, sum(counts[b] for b in cited))
    lines += [
        "",
        "pairs at cosine 0.30 or more in the default digests of indosum-multi-dev, multinews-dev "
        "and the pseudo clusters, per band: "
        + ", ".join(f"{low:.2f}-{min(high, 1.0):.2f} {counts[low, high]}" for low, high in BANDS),
        f"their citations at the shipped threshold ({shipped}) that name the same statement, the "
        f"bands' rates weighed by those counts: {100 * weighted:.0f}%",
    ]
    lines += [
        "",
        "threshold  precision  recall  accuracy (all kept pairs; bands sampled unequally)",
    ]
    for t in sorted({*THRESHOLDS, shipped}):
        tp = sum(1 for r in kept if r[1] >= t and r[2])
        fp = sum(1 for r in kept if r[1] >= t and not r[2])
        fn = sum(1 for r in kept if r[1] < t and r[2])
        correct = sum(1 for r in kept if (r[1] >= t) == bool(r[2]))
        mark = " (shipped)" if t == shipped else ""
        lines.append(
            f"{t:.2f}       {100 * tp / max(1, tp + fp):5.1f}%    {100 * tp / max(1, tp + fn):5.1f}%"
            f"  {100 * correct / max(1, len(kept)):5.1f}%{mark}"
        )
    return "\n".join(lines)


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] != "--here":
        src = sys.argv[1]
        env = {**os.environ, "PYTHONPATH": f"{src}{os.pathsep}{ROOT}"}
        subprocess.run([sys.executable, "-m", "bench.support_pairs", "--here"], env=env, check=True)
        return
    print(report(measure(), population()))


if __name__ == "__main__":
    main()
