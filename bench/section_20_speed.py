"""Speed of the core: the seed cluster's digest in process (warm), the CLI's cold start, memory."""

from __future__ import annotations

import json
import statistics
import tempfile
from pathlib import Path
from typing import Any

from bench.common import (
    DATASETS,
    SEED,
    child_peak_rss_mib,
    median_ms,
    p90_ms,
    ringkas_argv,
    timings,
)


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
    rows += ["", *_versus_sumy(quick), "", *_english_digests(quick), "", *_first_sight(quick)]
    cold_s, peak = _cold_start(str(SEED))
    with tempfile.TemporaryDirectory() as scratch:
        english = _english_cluster(Path(scratch))
        cold_en, peak_en = _cold_start(str(english))
    return "\n".join(
        [
            "## Speed of one digest (seed cluster, 5 outlets)",
            "",
            f"In process, warm, median of {repeat} runs after 2 warm-ups "
            "(`ringkas.summarize` on `../shared/corpus/seed-kim-putin`, 120 words, from the loaded articles' text). "
            "Target ≤ 5 ms for the default. The machine is shared: compare rows of one run, not runs.",
            "",
            "| method | median ms | p90 ms |",
            "|---|---:|---:|",
            *rows,
            "",
            f"CLI cold start, `ringkas summarize ../shared/corpus/seed-kim-putin --format json` in a fresh "
            f"process, median of 5: **{cold_s:.2f} s** (target ≤ 1 s); peak RSS **{peak:.0f} MiB**. "
            f"The same for an English cluster (the first cluster of `multinews-dev.jsonl`, "
            f"{_english_size()} articles, as a JSONL file): **{cold_en:.2f} s**; peak RSS "
            f"**{peak_en:.0f} MiB**.",
            "",
            "Instructions per warm seed digest and per API request's work (`_digest_json`), which "
            "a loaded machine does not change: `python -m bench.digest_instructions [SRC]` "
            "(valgrind, a few minutes; not part of this run). Outputs of two versions compared "
            "byte for byte: `python -m bench.same_digests OLD/src`.",
            "",
        ]
    )


def _cold_start(path: str) -> tuple[float, float]:
    """`ringkas summarize PATH --format json` in fresh processes: median wall s, peak RSS MiB."""
    runs = [
        child_peak_rss_mib(ringkas_argv("summarize", path, "--format", "json")) for _ in range(5)
    ]
    return statistics.median(w for w, _ in runs), max(m for _, m in runs)


def _english_documents() -> list[dict[str, str]]:
    with (DATASETS / "multinews-dev.jsonl").open(encoding="utf-8") as handle:
        first = json.loads(handle.readline())
    return [
        {"id": str(d.get("id") or k), "text": d["text"]} for k, d in enumerate(first["documents"])
    ]


def _english_size() -> int:
    return len(_english_documents())


def _english_cluster(folder: Path) -> Path:
    """multinews-dev's first cluster as a JSONL feed (one article a line)."""
    path = folder / "english.jsonl"
    lines = (json.dumps(d, ensure_ascii=False) + "\n" for d in _english_documents())
    path.write_text("".join(lines), encoding="utf-8")
    return path


def _english_digests(quick: bool) -> list[str]:
    """The default's digest of English clusters (multinews-dev's first ones), warm, per cluster."""
    from ringkas.config import Config
    from ringkas.evaluate.datasets import load_dataset
    from ringkas.pipeline import summarize

    items = load_dataset(DATASETS / "multinews-dev.jsonl")[: 10 if quick else 50]
    repeat = 3 if quick else 5
    clusters = [item.articles() for item in items]
    per = [
        statistics.median(timings(lambda a=a: summarize(a, Config(words=100)), repeat, 1))
        for a in clusters
    ]
    return [
        f"English clusters: the default's digest of multinews-dev's first {len(per)} clusters "
        f"(2–9 articles each), warm, median of {repeat} runs each: **{median_ms(per):.1f} ms** "
        f"per cluster (p90 {p90_ms(per):.1f} ms).",
    ]


def _first_sight(quick: bool) -> list[str]:
    """A digest of articles the process has never read against the same digest again: what the
    warm figures above leave out (each new word's stem, then cached), in both languages."""
    from ringkas.config import Config
    from ringkas.evaluate.datasets import load_dataset
    from ringkas.pipeline import summarize

    def once_and_again(clusters: list[Any]) -> tuple[list[float], list[float]]:
        first, again = [], []
        for a in clusters:
            first.extend(timings(lambda a=a: summarize(a, Config(words=100)), 1, 0))
            again.append(
                statistics.median(timings(lambda a=a: summarize(a, Config(words=100)), 3, 0))
            )
        return first, again

    items = load_dataset(DATASETS / "indosum-single-dev.jsonl")[-(51 if quick else 201) :]
    articles = [item.articles() for item in items]
    summarize(articles[0], Config(words=100))  # imports, tables, models
    first, again = once_and_again(articles[1:])
    english = load_dataset(DATASETS / "multinews-dev.jsonl")[-(10 if quick else 50) :]
    en_first, en_again = once_and_again([item.articles() for item in english])
    return [
        f"First sight: the default's digest of {len(first)} indosum-single-dev articles (its last "
        f"ones) the process has never read, each once: median **{median_ms(first):.1f} ms** "
        f"(p90 {p90_ms(first):.1f} ms); the same articles again, warm: {median_ms(again):.1f} ms. "
        f"English, multinews-dev's last {len(en_first)} clusters (after the first 50 above): "
        f"**{median_ms(en_first):.1f} ms** (p90 {p90_ms(en_first):.1f} ms), again "
        f"{median_ms(en_again):.1f} ms. A newsroom's new clusters bring new words, each stemmed "
        "once, then cached for the process (Sastrawi's pure-Python affix rules, made ~4× faster "
        "by text.sastrawi, ~17 µs a word; Snowball's C stemmer for English, ~1 µs; "
        "`python -m bench.same_stems`): the warm figures above leave that out.",
    ]


def _versus_sumy(quick: bool) -> list[str]:
    """ringkas's default and sumy's LexRank on the same clusters, in the same process."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
    from sumy.summarizers.lex_rank import LexRankSummarizer

    from bench.common import DATASETS
    from ringkas.config import Config
    from ringkas.evaluate.datasets import load_dataset
    from ringkas.evaluate.peers import _Tokenizer
    from ringkas.pipeline import summarize
    from ringkas.text.sentences import split_sentences
    from ringkas.text.tokens import stem, stopwords

    clusters = [item.articles() for item in load_dataset(DATASETS / "indosum-multi-dev.jsonl")]
    repeat = 3 if quick else 10
    ours = []
    theirs = []
    for articles in clusters:
        digest = summarize(articles, Config(words=100))
        count = max(1, len(digest.sentences))
        ours.append(
            statistics.median(
                timings(lambda a=articles: summarize(a, Config(words=100)), repeat, 1)
            )
        )

        def lexrank(a: tuple = articles, n: int = count) -> object:  # type: ignore[type-arg]
            # sumy's whole job from the same raw text: split (ringkas's splitter: sumy has none
            # for Indonesian), tokenize, stem (ringkas's cached Sastrawi stems) and rank. Nothing
            # else of ringkas's preparation (features, facts), which sumy does not use.
            tok = _Tokenizer("id")
            doc = ObjectDocumentModel(
                [
                    Paragraph([Sentence(s.text, tok) for s in split_sentences(x.id, x.body, "id")])
                    for x in a
                ]
            )
            summarizer = LexRankSummarizer(lambda w: stem(w.lower(), "id"))
            summarizer.stop_words = stopwords("id")
            return summarizer(doc, n)

        theirs.append(statistics.median(timings(lexrank, repeat, 1)))
    ratio = statistics.median(t / o for t, o in zip(theirs, ours, strict=True))
    return [
        f"Per cluster on indosum-multi-dev (31 clusters, median of {repeat} runs each), same process, "
        "both from the articles' text:",
        "",
        "| system | median ms | p90 ms | clusters/s |",
        "|---|---:|---:|---:|",
        f"| ringkas default | {median_ms(ours):.1f} | {p90_ms(ours):.1f} | {len(ours) / sum(ours):.1f} |",
        f"| sumy LexRank (ringkas tokens) | {median_ms(theirs):.1f} | {p90_ms(theirs):.1f} | {len(theirs) / sum(theirs):.1f} |",
        "",
        f"Median per-cluster ratio sumy LexRank / ringkas: **{ratio:.2f}×** (goal ≥ 5×). sumy gets "
        "ringkas's sentence splitter, tokenizer and cached stems (it has none for Indonesian) and "
        "nothing else; ringkas's time is its whole digest (split, features, facts, selection, "
        "attribution).",
    ]
