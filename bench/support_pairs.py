"""How often does a digest's citation name an outlet that states what the quoted sentence states?
Precision of the support test against sentence pairs labelled by hand (bench/data/support-pairs.tsv).

    python -m bench.support_pairs [SRC]     # SRC: a version's src (default: this one)

A quoted sentence cites as its support every sentence of another article at TF-IDF cosine
``Config.support_threshold`` or more (`compose._attribute`). The labels say whether the other
sentence states the same thing (s34: 176 pairs drawn from the default digests of indosum-multi-dev,
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

from bench.common import ROOT

PAIRS = ROOT / "bench" / "data" / "support-pairs.tsv"


def _bands() -> tuple[tuple[float, float], ...]:
    """Below the shipped support threshold (not cited), from it to 0.5, and above: the bands the
    labels were drawn in, split where a digest starts citing, so the cited bands are the last two."""
    from ringkas.config import Config

    shipped = Config().support_threshold
    return ((0.0, shipped), (shipped, 0.5), (0.5, 1.01))


EXAMPLES = ("seed", "example")  # the clusters the repository's tests read, named alone
THRESHOLDS = (0.30, 0.36, 0.40, 0.45, 0.50, 0.55)


def _hash(text: str) -> str:
    return hashlib.blake2b(text.encode(), digest_size=4).hexdigest()


def read_pairs() -> list[list[str]]:
    return [
        line.split("\t")
        for line in PAIRS.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]


def measure() -> tuple[list[tuple[str, float, int, bool]], dict[tuple[float, float], int]]:
    """One pass over the clusters `bench.same_facts` reads, each prepared once: (language, cosine,
    label, moved) for every labelled pair, and per cosine band how many (quoted sentence, sentence
    of another article) pairs the default's digests of the three dev sets hold, what the bands'
    rates are weighed by."""
    from bench.same_facts import _clusters
    from ringkas.config import Config
    from ringkas.pipeline import choose, prepare
    from ringkas.select.registry import get_method

    labelled: dict[str, list[list[str]]] = defaultdict(list)
    for row in read_pairs():  # the file names a cluster as `bench.same_facts` does
        labelled[row[0] if row[0] in EXAMPLES else f"{row[0]}/{row[1]}"].append(row)
    method = get_method("default")
    rows = []
    bands = _bands()
    counts = {band: 0 for band in bands}
    for name, articles in _clusters():
        words = 120 if name in EXAMPLES else 100
        prepared = prepare(articles, Config(words=words))  # type: ignore[arg-type]
        sim = prepared.features.similarity()
        where = {(s.article_id, s.index): k for k, s in enumerate(prepared.sentences)}
        for _, _, qa, qi, qh, sa, si, sh, label in labelled.get(name, ()):
            i, j = where.get((qa, int(qi))), where.get((sa, int(si)))
            moved = (
                i is None
                or j is None
                or _hash(prepared.sentences[i].text) != qh
                or _hash(prepared.sentences[j].text) != sh
            )
            cosine = 0.0 if moved else float(sim[i, j])
            rows.append((prepared.language, cosine, int(label), moved))
        if name in EXAMPLES:
            continue
        blocked = prepared.candidates.blocked
        for i in sorted(set(choose(prepared, method, words))):
            own = prepared.sentences[i].article_id
            for j, other in enumerate(prepared.sentences):
                if other.article_id != own and j not in blocked and sim[i, j] >= 0.30:
                    band = next(b for b in bands if b[0] <= sim[i, j] < b[1])
                    counts[band] += 1
    return rows, counts


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
    rate: dict[tuple[float, float], float] = {}  # per band, the share of the same statement
    bands = _bands()
    for low, high in bands:
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
                if language == "all":
                    rate[low, high] = same / len(band)
    cited = bands[1:]  # what a digest cites: the shipped threshold and above
    weighted = sum(counts[b] * rate.get(b, 0.0) for b in cited) / max(
        1, sum(counts[b] for b in cited)
    )
    lines += [
        "",
        "pairs at cosine 0.30 or more in the default's digests (the shipped model) of "
        "indosum-multi-dev, multinews-dev and the pseudo clusters, per band: "
        + ", ".join(f"{low:.2f}-{min(high, 1.0):.2f} {counts[low, high]}" for low, high in bands),
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
    print(report(*measure()))


if __name__ == "__main__":
    main()
