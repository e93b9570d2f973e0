"""Speed of the core: the seed cluster's digest in process (warm), the CLI's cold start, memory."""

from __future__ import annotations

import statistics

from bench.common import SEED, child_peak_rss_mib, median_ms, p90_ms, ringkas_argv, timings


def run(quick: bool) -> str:
    from ringkas.config import Config
    from ringkas.ingest import load
    from ringkas.pipeline import summarize
    from ringkas.select.registry import METHODS

    articles = load([str(SEED)]).articles
    repeat = 10 if quick else 50
    rows = []
    for name in sorted(METHODS):
        config = Config(method=name)
        times = timings(lambda config=config: summarize(articles, config), repeat)
        rows.append(f"| {name} | {median_ms(times):.1f} | {p90_ms(times):.1f} |")
    cold = [
        child_peak_rss_mib(ringkas_argv("summarize", str(SEED), "--format", "json"))
        for _ in range(5)
    ]
    cold_s = statistics.median(w for w, _ in cold)
    peak = max(m for _, m in cold)
    return "\n".join(
        [
            "## Speed of one digest (seed cluster, 5 outlets)",
            "",
            f"In process, warm, median of {repeat} runs after 2 warm-ups "
            "(`ringkas.summarize` on `../shared/corpus/seed-kim-putin`, 120 words). Target ≤ 20 ms for the default.",
            "",
            "| method | median ms | p90 ms |",
            "|---|---:|---:|",
            *rows,
            "",
            f"CLI cold start, `ringkas summarize ../shared/corpus/seed-kim-putin --format json` in a fresh "
            f"process, median of 5: **{cold_s:.2f} s** (target ≤ 1 s); peak RSS **{peak:.0f} MiB**.",
            "",
        ]
    )
