"""Story grouping quality: BCubed on the held-out half of the labelled stories, through the CLI
(`ringkas ingest`, `ringkas batch` local and Spark) and offline peers; dated streams; the
undated Indonesian stream (no topic chains); the seed cluster hidden among IndoSum."""

from __future__ import annotations

import json
import random
import sqlite3
import subprocess
import tempfile
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path

from bench.common import DATASETS, SEED, ringkas_argv
from bench.train_stories import SPLIT_SEED, Row, half, multinews, split

PEER_THRESHOLDS = (0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5)


def _vectors(texts: Sequence[str], language: str) -> object:
    from ringkas.features import tfidf
    from ringkas.text.tokens import content_terms

    matrix, _ = tfidf([content_terms(t, language) for t in texts])
    return matrix


def single_pass(rows: Sequence[Row], threshold: float) -> list[str]:
    """Peer: TF-IDF (fitted on the whole set, offline) single pass, join the most similar story
    centroid when the cosine reaches the threshold (and, when dated, within 3 days of its last)."""
    import numpy as np

    matrix = _vectors([r[1] for r in rows], rows[0][3])
    dense = np.asarray(matrix.todense())  # type: ignore[attr-defined]
    centroids: list[np.ndarray] = []
    last: list[date | None] = []
    labels: list[str] = []
    for i, row in enumerate(rows):
        best, best_score = -1, -1.0
        for k, c in enumerate(centroids):
            if row[2] and last[k] and abs((row[2] - last[k]).days) > 3:  # type: ignore[operator]
                continue
            score = float(dense[i] @ c / (np.linalg.norm(c) or 1.0))
            if score > best_score:
                best, best_score = k, score
        if best >= 0 and best_score >= threshold:
            centroids[best] = centroids[best] + dense[i]
            last[best] = max(d for d in (last[best], row[2]) if d) if row[2] else last[best]
            labels.append(str(best))
        else:
            centroids.append(dense[i].copy())
            last.append(row[2])
            labels.append(str(len(centroids) - 1))
    return labels


def average_linkage(rows: Sequence[Row], threshold: float) -> list[str]:
    """Peer: TF-IDF cosine, average-linkage agglomerative clustering cut at 1 - threshold."""
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import pdist

    dense = _vectors([r[1] for r in rows], rows[0][3]).toarray()  # type: ignore[attr-defined]
    labels = fcluster(
        linkage(pdist(dense, "cosine"), "average"), t=1 - threshold, criterion="distance"
    )
    return [str(x) for x in labels]


def ceiling(rows: Sequence[Row], gold: list[str], cut: float) -> tuple[int, str]:
    """What text similarity can reach at all: (articles of a story of ≥ 2 sharing under ``cut``
    TF-IDF cosine with every article of their own story, the score of an oracle that links
    exactly the same-story pairs at ≥ ``cut`` and takes their connected components)."""
    import numpy as np
    from scipy.sparse import csr_matrix
    from scipy.sparse.csgraph import connected_components

    matrix = _vectors([r[1] for r in rows], rows[0][3]).toarray()  # type: ignore[attr-defined]
    matrix /= np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-12)
    sim = matrix @ matrix.T
    np.fill_diagonal(sim, -1.0)
    labels = np.array(gold)
    same = labels[:, None] == labels[None, :]
    own = np.where(same, sim, -1.0).max(axis=1)
    alone = int(((same.sum(axis=1) > 1) & (own < cut)).sum())
    _, oracle = connected_components(csr_matrix(same & (sim >= cut)), directed=False)
    return alone, _score([str(x) for x in oracle], rows, gold)


def _write_feed(path: Path, rows: Sequence[Row], extra: Sequence[dict[str, str]] = ()) -> Path:
    lines = []
    for i, (key, text, published, _) in enumerate(rows):
        line = {"id": key, "text": text, **(extra[i] if extra else {})}
        if published:
            line["published"] = published.isoformat()
        lines.append(json.dumps(line, ensure_ascii=False))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def stream_labels(feed: Path, db: Path) -> dict[str, str]:
    """`ringkas ingest FEED --db DB --no-digests`, then each article's story_id."""
    subprocess.run(
        ringkas_argv("ingest", str(feed), "--db", str(db), "--no-digests"),
        check=True,
        capture_output=True,
    )
    with sqlite3.connect(db) as conn:
        return {str(a): str(s) for a, s in conn.execute("SELECT id, story_id FROM articles")}


def batch_labels(feed: Path, out: Path, engine: str) -> dict[str, str]:
    """`ringkas batch FEED --output OUT [--engine spark --master local[2]]`, each story_id."""
    from ringkas.engines.output import read_table

    extra = ["--engine", engine] + (["--master", "local[2]"] if engine == "spark" else [])
    subprocess.run(
        ringkas_argv("batch", str(feed), "--output", str(out), "--words", "40", *extra),
        check=True,
        capture_output=True,
    )
    return {str(a["id"]): str(a["story_id"]) for a in read_table(out, "articles")}


def _score(labels: dict[str, str] | list[str], rows: Sequence[Row], gold: list[str]) -> str:
    from ringkas.stories.assign import bcubed

    if isinstance(labels, list):
        predicted = labels
    else:  # an exact copy is not stored: it has the story of the copy that is; a page the
        # cleaner rejected (no article text in it) is a story of its own
        from ringkas.stories.dedupe import content_hash

        by_hash = {content_hash(r[1]): labels[r[0]] for r in rows if r[0] in labels}
        predicted = [
            labels.get(r[0]) or by_hash.get(content_hash(r[1])) or f"rejected:{r[0]}" for r in rows
        ]
    p, r, f = bcubed(predicted, gold)
    return f"{len(set(predicted))} | {100 * p:.1f} | {100 * r:.1f} | {100 * f:.1f}"


Peer = Callable[[Sequence[Row], float], list[str]]


def _best(peer: Peer, rows: Sequence[Row], gold: list[str]) -> float:
    """The peer's threshold with the best BCubed F1 on these rows."""
    from ringkas.stories.assign import bcubed

    return max(PEER_THRESHOLDS, key=lambda t: bcubed(peer(rows, t), gold)[2])


def _tuned(peer: Peer, train: tuple[list[Row], list[str]]) -> float:
    return _best(peer, *train)


def dated(rows: list[Row], gold: list[str], seed: int = 0) -> tuple[list[Row], list[str]]:
    """Multi-News with assigned dates: each story gets a day within 90 days and each of its
    articles that day or one of the next two (a story spans at most 3 days); the stream is in
    date order (file order within a day)."""
    rng = random.Random(seed)
    start = date(2024, 1, 1)
    day = {g: start + timedelta(days=rng.randrange(90)) for g in sorted(set(gold))}
    stamped = [
        ((k, t, day[g] + timedelta(days=rng.randrange(3)), lang), g)
        for (k, t, _, lang), g in zip(rows, gold, strict=True)
    ]
    stamped.sort(key=lambda x: x[0][2] or start)
    return [r for r, _ in stamped], [g for _, g in stamped]


def _multinews_table(tmp: Path, quick: bool) -> list[str]:
    rows, gold = multinews()
    train_stories, held_stories = split(gold)
    train = half(rows, gold, train_stories)
    held, held_gold = half(rows, gold, held_stories)
    out = [
        "| set | system | stories | BCubed P | R | F1 |",
        "|---|---|---:|---:|---:|---:|",
    ]
    sets = [("held-out half", held, held_gold)] + ([] if quick else [("all 635", rows, gold)])
    for name, data, g in sets:
        feed = _write_feed(tmp / f"{name[:3]}.jsonl", data)
        out.append(
            f"| {name} | `ringkas ingest` (stream) | "
            f"{_score(stream_labels(feed, tmp / f'{name[:3]}.db'), data, g)} |"
        )
        for engine in ("local", "spark"):
            labels = batch_labels(feed, tmp / f"{name[:3]}-{engine}", engine)
            out.append(f"| {name} | `ringkas batch` ({engine}) | {_score(labels, data, g)} |")
        for peer, what in (
            (single_pass, "TF-IDF single pass"),
            (average_linkage, "TF-IDF average linkage"),
        ):
            t = _tuned(peer, train)
            out.append(
                f"| {name} | {what}, threshold {t} tuned on the train half (offline peer) | "
                f"{_score(peer(data, t), data, g)} |"
            )
            best = _best(peer, data, g)
            out.append(
                f"| {name} | {what}, threshold {best} tuned on this set itself (optimistic) | "
                f"{_score(peer(data, best), data, g)} |"
            )
    return out


def _dated_table(tmp: Path, quick: bool) -> list[str]:
    from bench.train_stories import synthetic

    rows, gold = multinews()
    _, held_stories = split(gold)
    held, held_gold = dated(*half(rows, gold, held_stories))
    n = 2000 if quick else 5000
    synth, synth_gold = synthetic(n, seed=1)
    out = [
        "| dated stream | system | stories | BCubed P | R | F1 |",
        "|---|---|---:|---:|---:|---:|",
    ]
    for name, data, g in (
        ("Multi-News held-out half, assigned dates (≤ 3 days a story)", held, held_gold),
        (f"synthetic Indonesian (SYNTHETIC, bench/synth_stream.py seed 1, {n})", synth, synth_gold),
    ):
        feed = _write_feed(tmp / "dated.jsonl", data)
        labels = stream_labels(feed, tmp / f"dated-{len(data)}.db")
        out.append(f"| {name} | `ringkas ingest` (stream) | {_score(labels, data, g)} |")
        out.append(
            f"| {name} | `ringkas batch` (local) | "
            f"{_score(batch_labels(feed, tmp / f'dated-{len(data)}', 'local'), data, g)} |"
        )
        best = _best(single_pass, data, g)
        out.append(
            f"| {name} | TF-IDF single pass (3-day window), threshold {best} tuned on this set "
            f"(optimistic) | {_score(single_pass(data, best), data, g)} |"
        )
    return out


def indosum_feed(tmp: Path, with_seed: bool) -> tuple[Path, dict[str, str]]:
    """indosum-single-dev as a feed, dated by URL where the URL has a date (the seed pages,
    undated, hidden after its 350th article): the feed and each id's outlet."""
    from ringkas.evaluate.datasets import feed_rows

    rows = feed_rows(DATASETS / "indosum-single-dev.jsonl")
    outlets = {row["id"]: row.get("outlet", "") for row in rows}
    if with_seed:
        seed = [
            {"id": f"seed-{p.stem}", "text": p.read_text(encoding="utf-8")}
            for p in sorted(SEED.glob("*.txt"))
        ]
        rows = rows[:350] + seed + rows[350:]
        outlets.update({s["id"]: "seed" for s in seed})
    feed = tmp / f"indosum{'-seed' if with_seed else ''}.jsonl"
    feed.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return feed, outlets


def _indosum_lines(tmp: Path) -> list[str]:
    feed, outlets = indosum_feed(tmp, with_seed=True)
    labels = stream_labels(feed, tmp / "indosum.db")
    sizes = Counter(labels.values())
    seed_stories = {labels[a] for a in labels if a.startswith("seed-")}
    seed_size = [sizes[s] for s in sorted(seed_stories)]
    multi = [
        s for s, n in sizes.items() if len({outlets[a] for a, x in labels.items() if x == s}) >= 3
    ]
    batch = batch_labels(feed, tmp / "indosum-batch", "local")
    bsizes = Counter(batch.values())
    bseed = {batch[a] for a in batch if a.startswith("seed-")}
    return [
        f"`ringkas ingest` of indosum-single-dev ({len(labels) - 5} articles, 10 outlets, dated by "
        f"URL where it has a date) with the 5 seed pages hidden after its 350th: "
        f"{len(sizes)} stories, the largest {max(sizes.values())} articles, "
        f"{sum(n > 10 for n in sizes.values())} over 10, {len(multi)} of ≥ 3 outlets; the seed "
        f"pages in {len(seed_stories)} story of {seed_size} articles. `ringkas batch` (local) on "
        f"the same feed: {len(bsizes)} stories, the largest {max(bsizes.values())}; the seed "
        f"pages in {len(bseed)} story of {[bsizes[s] for s in sorted(bseed)]} articles.",
    ]


def run(quick: bool) -> str:
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        table = _multinews_table(tmp, quick)
        dated_table = _dated_table(tmp, quick)
        indosum = _indosum_lines(tmp)
    return "\n".join(
        [
            "## Stories: grouping quality (BCubed)",
            "",
            "`stories-multinews-val.jsonl` (English, 635 articles, 250 human-labelled stories) is "
            f"split by story with a fixed seed ({SPLIT_SEED}, `bench/train_stories.py`): the "
            "assigner's similarity is trained on one half (`make model-stories`) and scored on "
            "the other, the held-out half, with the shipped defaults (no per-set tuning). "
            "Through the CLI, as a user would: `ringkas ingest FEED --db DB --no-digests` and "
            "each article's `story_id`; `ringkas batch FEED --output OUT [--engine spark "
            "--master local[2]]` and its articles table. The peers are offline (they see the "
            "whole set at once).",
            "",
            *table,
            "",
            "Dated streams (the stream sorted by date; the synthetic stream's own dates):",
            "",
            *dated_table,
            "",
            *indosum,
            "",
            "`python -m bench.run --only section_41` measures this section.",
            "",
        ]
    )
