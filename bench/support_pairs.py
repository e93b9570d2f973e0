"""How often does a digest's citation name an outlet that states what the quoted sentence states?
The shipped support test (`ringkas.statements.Statements.says_same`) against sentence pairs
labelled by hand (bench/data/support-pairs.tsv), beside the cosine threshold alone it replaced.

    python -m bench.support_pairs [SRC]     # SRC: a version's src (default: this one)

A quoted sentence cites every sentence of another article the test calls the same statement. The
labels say whether the other sentence states what the quoted one states (five samples drawn from
indosum-multi-dev, multinews-dev, the pseudo clusters, the seed and the example; the file's
header says how each was drawn). Printed: per cosine band, language and sample, how many pairs
are the same statement, how many the shipped test cites, how many of those are right, and the
share of the true ones it cites; then the citations the default's digests of the three dev sets
make, per band and language, and the share of them that is right, each band's and language's
precision weighed by how many citations of that band and language those digests make. A pair
whose sentence cleaning or splitting has moved (its hash differs) is counted as moved and left
out. A version without `ringkas.statements` (before s35) is scored by its cosine alone.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from bench.common import ROOT

PAIRS = ROOT / "bench" / "data" / "support-pairs.tsv"
EXAMPLES = ("seed", "example")  # the clusters the repository's tests read, named alone


@dataclass(frozen=True)
class Pair:
    language: str
    cosine: float
    label: bool
    cited: bool  # by the shipped test
    sample: str
    moved: bool


def _bands() -> tuple[tuple[float, float], ...]:
    """Below the shipped support threshold (never cited), from it to 0.5 (cited when the test
    says so), and above (always cited): the bands the labels were drawn in."""
    from ringkas.config import Config

    shipped = Config().support_threshold
    return ((0.0, shipped), (shipped, 0.5), (0.5, 1.01))


def _hash(text: str) -> str:
    return hashlib.blake2b(text.encode(), digest_size=4).hexdigest()


def read_pairs() -> list[list[str]]:
    return [
        line.split("\t")
        for line in PAIRS.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]


def _test() -> Callable[[Any, int, int, float], bool]:
    """The version's support test as ``says_same(candidates, i, j, threshold)``: s35's
    ``Statements``, or for a version before it the cosine threshold alone."""
    try:
        from ringkas.statements import Statements
    except ImportError:

        def says_same(candidates: Any, i: int, j: int, threshold: float) -> bool:
            return float(candidates.features.similarity()[i, j]) >= threshold

        return says_same

    def shipped(candidates: Any, i: int, j: int, threshold: float) -> bool:
        return Statements.of(candidates).says_same(i, j, threshold)

    return shipped


Cell = tuple[tuple[float, float], str]  # (cosine band, language)


def measure() -> tuple[list[Pair], dict[Cell, tuple[int, int]]]:
    """One pass over the clusters `bench.same_facts` reads, each prepared once: every labelled
    pair, and per cosine band and language how many (quoted sentence, sentence of another
    article) pairs at cosine 0.30 or more the default's digests of the three dev sets hold and how
    many of them the shipped test cites."""
    from bench.same_facts import _clusters
    from ringkas.config import Config
    from ringkas.pipeline import choose, prepare
    from ringkas.select.registry import get_method

    says_same = _test()
    threshold = Config().support_threshold
    labelled: dict[str, list[list[str]]] = defaultdict(list)
    for row in read_pairs():  # the file names a cluster as `bench.same_facts` does
        labelled[row[0] if row[0] in EXAMPLES else f"{row[0]}/{row[1]}"].append(row)
    method = get_method("default")
    pairs: list[Pair] = []
    bands = _bands()
    counts = {(band, language): [0, 0] for band in bands for language in ("id", "en")}
    for name, articles in _clusters():
        words = 120 if name in EXAMPLES else 100
        prepared = prepare(articles, Config(words=words))  # type: ignore[arg-type]
        sim = prepared.features.similarity()
        where = {(s.article_id, s.index): k for k, s in enumerate(prepared.sentences)}
        for _, _, qa, qi, qh, sa, si, sh, label, sample in labelled.get(name, ()):
            i, j = where.get((qa, int(qi))), where.get((sa, int(si)))
            if (
                i is None
                or j is None
                or _hash(prepared.sentences[i].text) != qh
                or _hash(prepared.sentences[j].text) != sh
            ):
                pairs.append(Pair(prepared.language, 0.0, label == "1", False, sample, True))
                continue
            cited = says_same(prepared.candidates, i, j, threshold)
            pairs.append(
                Pair(prepared.language, float(sim[i, j]), label == "1", cited, sample, False)
            )
        if name in EXAMPLES:
            continue
        blocked = prepared.candidates.blocked
        for i in sorted(set(choose(prepared, method, words))):
            own = prepared.sentences[i].article_id
            for j, other in enumerate(prepared.sentences):
                if other.article_id != own and j not in blocked and sim[i, j] >= 0.30:
                    band = next(b for b in bands if b[0] <= sim[i, j] < b[1])
                    cell = counts[band, "en" if prepared.language == "en" else "id"]
                    cell[0] += 1
                    cell[1] += says_same(prepared.candidates, i, j, threshold)
    return pairs, {key: (n, cited) for key, (n, cited) in counts.items()}


def _rates(pairs: list[Pair]) -> tuple[int, int, int]:
    """(pairs the test cites, of which the same statement, same statements in all)."""
    picked = [p for p in pairs if p.cited]
    return len(picked), sum(p.label for p in picked), sum(p.label for p in pairs)


def _cell(n: int, right: int) -> str:
    return f"{right:3d}/{n:<3d} {100 * right / n:3.0f}%" if n else "      -    "


def report(pairs: list[Pair], counts: dict[Cell, tuple[int, int]]) -> str:
    from ringkas.config import Config

    shipped = Config().support_threshold
    kept = [p for p in pairs if not p.moved]
    samples = sorted({p.sample for p in kept})
    lines = [
        f"{len(pairs)} labelled pairs, {len(pairs) - len(kept)} moved (left out); cosine alone "
        f"cites from {shipped}, the shipped test (ringkas.statements) as it says",
        "",
        "cosine band  language sample  same statement   test cites: right     recall",
    ]
    bands = _bands()
    precision: dict[Cell, float] = {}  # per cell, the share of the test's citations that is right
    same_rate: dict[Cell, float] = {}  # per cell, the share of the pairs that is the same statement
    for low, high in bands:
        groups = [(lang, "all") for lang in ("id", "en")] + [("all", s) for s in samples]
        for language, sample in [*groups, ("all", "all")]:
            band = [
                p
                for p in kept
                if low <= p.cosine < high
                and language in ("all", p.language)
                and sample in ("all", p.sample)
            ]
            if not band:
                continue
            n_cited, right, same = _rates(band)
            recall = f"{100 * right / same:3.0f}%" if same else "  -"
            lines.append(
                f"{low:.2f}-{min(high, 1.0):.2f}    {language:8s} {sample:6s} "
                f"{_cell(len(band), same)}     {_cell(n_cited, right)}   {recall}"
            )
            if sample == "all" and language != "all":
                precision[(low, high), language] = right / n_cited if n_cited else 1.0
                same_rate[(low, high), language] = same / len(band)
    cells = [cell for cell in counts if cell in same_rate]
    cited_cells = [cell for cell in cells if cell[0] != bands[0]]
    pairs_in = sum(counts[c][0] for c in cited_cells)
    true_cited_before = sum(counts[c][0] * same_rate[c] for c in cited_cells)
    right_now = sum(counts[c][1] * precision[c] for c in cited_cells)
    true_all = sum(counts[c][0] * same_rate[c] for c in cells)
    lines += [
        "",
        "the default's digests (the shipped model) of indosum-multi-dev, multinews-dev and the "
        "pseudo clusters: pairs at cosine 0.30 or more, and those the shipped test cites, per "
        "band and language: "
        + ", ".join(
            f"{low:.2f}-{min(high, 1.0):.2f} {language} {counts[(low, high), language][0]} "
            f"({counts[(low, high), language][1]} cited)"
            for low, high in bands
            for language in ("id", "en")
        ),
        "citations right, each band's and language's labelled rate weighed by those counts: "
        f"cosine alone from {shipped} {100 * true_cited_before / max(pairs_in, 1):.0f}%; the "
        f"shipped test {100 * right_now / max(1, sum(counts[c][1] for c in cited_cells)):.0f}%, "
        f"citing {100 * right_now / max(true_all, 1e-9):.0f}% of the pairs at 0.30 or more that "
        f"state the same thing (cosine alone: {100 * true_cited_before / max(true_all, 1e-9):.0f}%)",
    ]
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
