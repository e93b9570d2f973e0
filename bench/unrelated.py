"""Articles set aside as about another event (ringkas.related), over real clusters.

    python -m bench.unrelated [SRC] [--list]

SRC: a version's src folder (default: this one). For every multi-document cluster of
indosum-multi-dev, of multinews-dev and of the Indonesian pseudo clusters training reads
(select.train.pseudo_clusters over indosum-single-dev), three runs of ``prepare``:

- as published: how many of the cluster's own articles are set aside, and how many clusters are
  said to tell of several events. Each article set aside is looked up in
  ``bench/data/unrelated.tsv``, labelled by hand (``junk`` a page that is no report: an archive's
  notice, a sign-in or video box; ``other`` a report of another event; ``event`` a report of the
  cluster's event, wrongly set aside), keyed by cluster and a hash of the article's text;
- with one article of another cluster added (a seeded random pick): is it set aside, and is any
  of the cluster's own articles set aside with it;
- each report of a cluster of three or more cut to its first sentence (a brief): never set
  aside, since one sentence is too little text to tell its event;
- with the other cluster's article nearest to the cluster added (the highest TF-IDF cosine with
  the cluster's articles, over all the set's articles): the hard case, often a report on the
  same topic (another KPK case, another match), which only dates tell apart.

``--list`` prints each clean article set aside that the labels lack (cluster, hash, opening).
"""

from __future__ import annotations

import hashlib
import random
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from bench.common import DATASETS

if TYPE_CHECKING:
    from ringkas.model import Article

Clusters = list[tuple[str, tuple["Article", ...]]]

LABELS = Path(__file__).parent / "data" / "unrelated.tsv"
INTRUDER = "zz-intruder"


def text_key(text: str) -> str:
    return hashlib.blake2b(" ".join(text.split()).encode("utf-8"), digest_size=6).hexdigest()


def _labels() -> dict[tuple[str, str], str]:
    out: dict[tuple[str, str], str] = {}
    for line in LABELS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            cluster, key, label = line.split("\t")[:3]
            out[(cluster, key)] = label
    return out


def _sets() -> list[tuple[str, Clusters]]:
    from ringkas.evaluate.datasets import load_dataset
    from ringkas.select.train import pseudo_clusters

    out: list[tuple[str, Clusters]] = []
    for name in ("indosum-multi-dev", "multinews-dev"):
        items = load_dataset(DATASETS / f"{name}.jsonl")
        out.append((name, [(it.id, it.articles()) for it in items if len(it.documents) > 1]))
    singles = load_dataset(DATASETS / "indosum-single-dev.jsonl")
    pseudo = pseudo_clusters(singles)
    out.append(("indosum-pseudo", [(it.id, it.articles()) for it in pseudo]))
    return out


def _nearest(clusters: Clusters) -> list[tuple[int, int]]:
    """For each cluster, (cluster, article) of the other clusters' article nearest to it."""
    import numpy as np

    from ringkas.features import tfidf
    from ringkas.text.tokens import content_terms

    owner, docs = [], []
    for c, (_, articles) in enumerate(clusters):
        for k, a in enumerate(articles):
            owner.append((c, k))
            docs.append(content_terms(a.body, a.language))
    matrix, _ = tfidf(docs)
    sim = (matrix @ matrix.T).toarray()
    cluster_of = np.array([c for c, _ in owner])
    out = []
    for c in range(len(clusters)):
        mine = cluster_of == c
        best = sim[mine].max(axis=0)
        best[mine] = -1.0
        out.append(owner[int(np.argmax(best))])
    return out


def _unlabelled(kinds: dict[str, int]) -> str:
    return f"; unlabelled {kinds['unlabelled']}" if kinds["unlabelled"] else ""


def _split(kinds: dict[str, int]) -> str:
    total = sum(kinds.values())
    if not total:
        return "0"
    return f"{total} ({kinds['junk']} / {kinds['other']} / {kinds['event']}{_unlabelled(kinds)})"


def _label(
    labels: dict[tuple[str, str], str], cluster: str, body: str, show: bool, shown: object
) -> str:
    """An article's hand label (``unlabelled`` when none); with ``show``, an unlabelled one is
    printed on stderr for labelling: cluster, text hash, ``shown`` and its opening."""
    key = text_key(body)
    label = labels.get((cluster, key), "unlabelled")
    if show and label == "unlabelled":
        print(f"# {cluster}\t{key}\t{shown}\t{' '.join(body.split())[:110]}", file=sys.stderr)
    return label


def report(show: bool = False) -> str:
    """The table (one row a set); with ``show``, each unlabelled article set aside on stderr."""
    from ringkas.config import Config
    from ringkas.pipeline import prepare
    from ringkas.text.sentences import split_sentences

    labels = _labels()
    config = Config()
    lines = [
        "| set | clusters | articles | set aside (junk / other event / its own event) "
        "| said to tell of several events | random article added: set aside | own set aside "
        "with it (same labels) | nearest article added: set aside | own set aside with it "
        "| a report cut to its first sentence: set aside |",
        "|---|---:|---:|---|---:|---:|---:|---:|---:|---:|",
    ]
    for name, clusters in _sets():
        rng = random.Random(0)
        nearest = _nearest(clusters)
        articles = aside = several = 0
        briefs = [0, 0]  # reports cut to their first sentence, and of them set aside
        kinds = {"junk": 0, "other": 0, "event": 0, "unlabelled": 0}
        caught = {"random": 0, "nearest": 0}
        collateral = {kind: dict.fromkeys(kinds, 0) for kind in ("random", "nearest")}
        for c, (cid, own) in enumerate(clusters):
            articles += len(own)
            prepared = prepare(own, config)
            gone_clean = getattr(prepared, "set_aside", ())  # none before s31's code
            aside += len(gone_clean)
            several += any("different events" in w for w in prepared.warnings)
            bodies = {a.id: a.body for a in own}
            for gone in gone_clean:
                kinds[_label(labels, cid, bodies[gone.article_id], show, gone.similarity)] += 1
            gone_ids = {g.article_id for g in gone_clean}
            for k, a in enumerate(own):
                if len(own) < 3 or a.id in gone_ids:
                    continue
                first = split_sentences(a.id, a.body, a.language)
                if len(first) < 2:
                    continue
                brief = replace(a, body=a.body[: first[0].span.end])
                cut = prepare((*own[:k], brief, *own[k + 1 :]), config)
                briefs[0] += 1
                briefs[1] += any(g.article_id == a.id for g in getattr(cut, "set_aside", ()))
            others = [k for k in range(len(clusters)) if k != c]
            picks = {
                "random": rng.choice(clusters[rng.choice(others)][1]),
                "nearest": clusters[nearest[c][0]][1][nearest[c][1]],
            }
            for kind, picked in picks.items():
                mixed = prepare((*own, replace(picked, id=INTRUDER)), config)
                mixed_ids = {g.article_id for g in getattr(mixed, "set_aside", ())}
                caught[kind] += INTRUDER in mixed_ids
                for own_id in sorted(mixed_ids - {INTRUDER}):
                    collateral[kind][_label(labels, cid, bodies[own_id], show, kind)] += 1
        n = len(clusters)
        lines.append(
            f"| {name} | {n} | {articles} | {aside} ({kinds['junk']} / {kinds['other']} / "
            f"{kinds['event']}{_unlabelled(kinds)})"
            f" | {several} | {caught['random']} of {n} | {_split(collateral['random'])} "
            f"| {caught['nearest']} of {n} | {_split(collateral['nearest'])} "
            f"| {briefs[1]} of {briefs[0]} |"
        )
    lines += ["", _pages()]
    return "\n".join(lines)


def _pages() -> str:
    """What the raw pages of ../shared/corpus and the example cluster get."""
    from bench.common import SEED
    from ringkas.config import Config
    from ringkas.ingest import load
    from ringkas.pipeline import prepare

    out = []
    for name, folder in (
        ("the seed", SEED),
        ("the example", Path(__file__).resolve().parents[1] / "examples" / "gempa-sukabumi"),
        ("raw-pages-dev", SEED.parent / "raw-pages-dev"),
    ):
        prepared = prepare(load([str(folder)]).articles, Config())
        several = [w for w in prepared.warnings if "different events" in w]
        aside = len(getattr(prepared, "set_aside", ()))
        out.append(
            f"{name}: {len(prepared.articles) + aside} articles, {aside} set aside"
            + (f"; {several[0]}" if several else "")
        )
    return "Raw pages: " + "; ".join(out) + "."


def main(argv: Sequence[str] | None = None) -> None:
    args = list(sys.argv[1:] if argv is None else argv)
    show = "--list" in args
    args = [a for a in args if a != "--list"]
    if args:
        sys.path.insert(0, str(Path(args[0]).resolve()))
    print(report(show))


if __name__ == "__main__":
    main()
