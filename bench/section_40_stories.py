"""Story grouping: BCubed against labelled streams, and ingest throughput and memory."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import numpy as np

from bench.common import DATASETS, ROOT, child_peak_rss_mib, ringkas_argv
from bench.synth_stream import generate


def _average_linkage(texts: list[str], language: str, threshold: float) -> list[str]:
    """Peer: TF-IDF cosine, average-linkage agglomerative clustering cut at a distance."""
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import pdist

    from ringkas.features import tfidf
    from ringkas.text.tokens import content_terms

    matrix, _ = tfidf([content_terms(t, language) for t in texts])
    dense = matrix.toarray()
    labels = fcluster(
        linkage(pdist(dense, "cosine"), "average"), t=1 - threshold, criterion="distance"
    )
    return [str(x) for x in labels]


def _streams(quick: bool) -> list[tuple[str, list[tuple[str, str, date | None, str]], list[str]]]:
    from ringkas.ingest import article_from_text

    rows = [
        json.loads(line)
        for line in (DATASETS / "stories-multinews-val.jsonl").open(encoding="utf-8")
    ]
    multinews = (
        "Multi-News stories (English, 635 articles, 250 stories)",
        [(str(i), r["text"], None, "en") for i, r in enumerate(rows)],
        [r["story"] for r in rows],
    )
    n = 2000 if quick else 5000
    synth = list(generate(n, seed=1))
    synthetic = (
        f"synthetic Indonesian stream (SYNTHETIC, {n} articles, bench/synth_stream.py seed 1)",
        [
            (
                r["id"],
                article_from_text(str(r["text"]), id=str(r["id"])).body,
                date.fromisoformat(str(r["published"])),
                "id",
            )
            for r in synth
        ],
        [str(r["story"]) for r in synth],
    )
    return [multinews, synthetic]


def _quality(quick: bool) -> list[str]:
    from ringkas.stories.assign import bcubed, recluster

    out = [
        "| stream | system | threshold | BCubed P | R | F1 | articles/s |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    for name, data, gold in _streams(quick):
        language = data[0][3]
        results = []
        start = time.perf_counter()
        ours = recluster(data)
        rate = len(data) / (time.perf_counter() - start)
        results.append(
            ("ringkas (TF-IDF + names, single pass)", "0.25", bcubed(ours, gold), f"{rate:.0f}")
        )
        best = max(
            (
                (t, bcubed(recluster(data, threshold=t, entity_weight=0.0), gold))
                for t in (0.15, 0.2, 0.25, 0.3, 0.4, 0.5)
            ),
            key=lambda x: x[1][2],
        )
        results.append(("TF-IDF single pass, tuned", f"{best[0]}", best[1], ""))
        if len(data) <= 5000:
            texts = [d[1] for d in data]
            best = max(
                (
                    (t, bcubed(_average_linkage(texts, language, t), gold))
                    for t in (0.1, 0.15, 0.2, 0.3, 0.4)
                ),
                key=lambda x: x[1][2],
            )
            results.append(("TF-IDF average linkage, tuned (batch)", f"{best[0]}", best[1], ""))
        for system, threshold, (p, r, f), speed in results:
            out.append(
                f"| {name} | {system} | {threshold} | {p:.3f} | {r:.3f} | {f:.3f} | {speed} |"
            )
    return out


def _curve(n: int, digests: bool, every: int) -> tuple[list[str], list[str]]:
    """Ingest n synthetic articles through bench.ingest_curve (the CLI's path), then reopen the
    store with `ringkas ingest` of 1,000 new articles. Returns (table rows, curve lines)."""
    with tempfile.TemporaryDirectory() as tmp:
        feed, more, db = Path(tmp) / "stream.jsonl", Path(tmp) / "new.jsonl", Path(tmp) / "s.db"
        subprocess.run(
            [sys.executable, "-m", "bench.synth_stream", str(n), str(feed)], check=True, cwd=ROOT
        )
        with more.open("w", encoding="utf-8") as out:  # another seed; ids and urls of its own
            for row in generate(1000, seed=7):
                url = str(row["url"]).replace("synth.example/", "synth.example/new-")
                row = {**row, "id": f"n{row['id']}", "url": url}
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
        argv = [sys.executable, "-m", "bench.ingest_curve", str(feed), str(db)]
        argv += ["--every", str(every), "--batch-size", "1000", *(["--digests"] if digests else [])]
        printed = subprocess.run(argv, check=True, cwd=ROOT, capture_output=True, text=True)
        lines = printed.stdout.strip().splitlines()
        _, done, wall, rate, rss = lines[-1].split()
        mode = (
            "with digests refreshed per batch"
            if digests
            else "store + dedupe + story assignment, digests on demand"
        )
        rows = [
            f"| {int(done):,} | {mode} | {float(wall):.0f} s | {float(rate):,.0f} | {float(rss):,.0f} MiB |"
        ]
        if not digests:
            reopen = ringkas_argv(
                "ingest", str(more), "--db", str(db), "--batch-size", "1000", "--no-digests"
            )
            wall_s, rss_mib = child_peak_rss_mib(reopen)
            rows.append(
                f"| +1,000 | reopen that store and ingest 1,000 new articles (`ringkas ingest`, "
                f"whole process) | {wall_s:.1f} s | {1000 / wall_s:,.0f} | {rss_mib:,.0f} MiB |"
            )
    return rows, [f"    {line}" for line in lines[:-1]]


# 1M articles take 20+ min on an idle machine; set RINGKAS_BENCH_1M=1 to add them.
BIG = os.environ.get("RINGKAS_BENCH_1M") == "1"


def run(quick: bool) -> str:
    sizes = (
        [(10_000, False, 2_500), (2_000, True, 1_000)]
        if quick
        else [
            (100_000, False, 25_000),
            *([(1_000_000, False, 100_000)] if BIG else []),
            (100_000, True, 25_000),
        ]
    )
    rows: list[str] = []
    curves: list[str] = []
    for n, digests, every in sizes:
        got, curve = _curve(n, digests, every)
        rows += got
        curves += [
            f"{n:,} articles{', digests on' if digests else ''}, per {every:,}:",
            "",
            *curve,
            "",
        ]
    return "\n".join(
        [
            "## Stories: grouping quality and ingest throughput",
            "",
            "BCubed precision/recall/F1 against gold story labels, in stream order. The peers' thresholds are "
            "tuned on the same stream (their best F1 is shown); ringkas uses its fixed default.",
            "",
            *_quality(quick),
            "",
            "Ingest of a synthetic stream (`python -m bench.synth_stream N stream.jsonl`, then "
            "`python -m bench.ingest_curve stream.jsonl s.db --every K --batch-size 1000 [--digests]`, "
            "which runs `ringkas ingest`'s path and prints the curve), whole process, 2 cores. Goals: "
            "≥ 1,000 articles/s over 1M with the last 100k no slower than 80% of the first; reopen + "
            "1,000 articles ≤ 5 s; ≥ 500 articles/s over 100k with digests on; peak RSS ≤ 1 GiB.",
            "",
            "| articles | what | wall | articles/s | peak RSS |",
            "|---:|---|---:|---:|---:|",
            *rows,
            "",
            "The curves (wall and CPU time of each interval: the machine is shared, and an interval "
            "slower on the wall with the same CPU time was slowed by other work):",
            "",
            *curves,
        ]
    )


__all__ = ["np", "run"]
