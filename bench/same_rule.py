"""The default against its peers with one rule for every system, both ways.

    python -m bench.same_rule [SET ...]     # indosum-multi, multinews, indosum-single, pseudo

`ringkas eval` scores the default's digest as users get it: whole sentences, at most the
budget (an English digest of 100 words holds 96.1 on average). Each peer, as papers score them,
gets its best sentences until they reach the budget and is cut at the budget's word,
mid-sentence (ROUGE-1.5.5's ``-l 100``). The two are held to different rules. This tool also
scores every system under one rule, each way:

- **whole**: every system keeps, in its own order of preference, each sentence that still fits
  in the budget (the rule a ringkas digest follows);
- **filled**: every system takes its sentences in its own order of preference until they reach
  the budget, the last one going past it, and its text is cut at the budget's word (the rule
  the peers get in `ringkas eval`). The default's order of preference is the order it chose its
  sentences in, asked with a budget it cannot reach.

Printed per set: each system's R-1 / R-2 F1 (references averaged; the learned default
cross-validated by cluster, as `ringkas eval` scores it) under `ringkas eval`'s rules and under
both common rules, then the default's R-1 gain over each peer with its 95% paired-bootstrap
interval under each. One more row, "ringkas:learned, trained on it", digests each cluster with
the full model, which was trained on that cluster and its references: not a figure of the
default (`ringkas eval` never scores a training cluster with a model that saw it), but a bound
on what its features and training data fit. An analysis of the measuring stick:
issue 14's targets stay the figures `ringkas eval` prints (docs/benchmarks.md, section_10).

Sets: indosum-multi-dev (31 clusters, 8 s), multinews-dev (250, ~10 min: sumy's KL is slow),
indosum-single-dev's seeded sample of 500 (``--sample 500 --seed 0``, ~10 min), and the 185
Indonesian pseudo clusters training builds from indosum-single-dev the way indosum-multi was
(``select.train.pseudo_clusters``; their learned scores cross-validated too, ~1 min); the first
two by default.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any

from bench.common import DATASETS
from ringkas.evaluate.peers import reaching

SUMY_PEERS = ("sumy-lexrank", "sumy-textrank", "sumy-lsa", "sumy-luhn", "sumy-sumbasic", "sumy-kl")
PEERS = ("lead", "lead-3", "round-robin-lead", *SUMY_PEERS)
RULES = ("eval", "whole", "filled")
SETS = ("indosum-multi", "multinews", "indosum-single", "pseudo")
DEFAULT = "ringkas:learned"
# The full model on clusters it was trained on (with their references): a bound on what these
# features fit, never a figure to report as the default's.
SEEN = "ringkas:learned, trained on it"


def within(order: Sequence[int], words: Sequence[int], budget: int) -> list[int]:
    """In order of preference, each sentence that still fits: the rule a digest follows."""
    kept: list[int] = []
    used = 0
    for i in order:
        if used + words[i] <= budget:
            kept.append(i)
            used += words[i]
    return kept


def preference(prepared: Any, name: str, rankers: dict[str, Any] | None = None) -> list[int]:
    """A peer's sentences (indices into ``prepared.sentences``) in its order of preference;
    ``rankers``: sumy's, built once (``evaluate.peers.sumy_ranking``), else built here."""
    from ringkas.evaluate.peers import lead_order, round_robin_order, sumy_ranking

    if name == "lead":
        return lead_order(prepared)
    if name == "lead-3":
        return lead_order(prepared)[:3]
    if name == "round-robin-lead":
        return round_robin_order(prepared)
    ranker = rankers[name] if rankers else sumy_ranking(name)
    return ranker(prepared)


def _scores(
    text: str, references: Sequence[str], tokenization: str, budget: int
) -> tuple[float, float, float]:
    """(R-1 F1, R-2 F1, words) of the text as scored: cut at the budget's word."""
    from ringkas.evaluate.rouge import average, score_each, truncate

    scored = truncate(text, budget)
    each = average(score_each(scored, references, tokenization))
    return 100 * each["rouge1"][0], 100 * each["rouge2"][0], float(len(scored.split()))


def score_set(
    name: str, budget: int = 100
) -> dict[str, dict[str, list[tuple[float, float, float]]]]:
    """system -> rule -> (R-1, R-2, words scored) per item."""
    from ringkas.evaluate.datasets import load_dataset
    from ringkas.evaluate.peers import PEERS as EVAL_PEERS
    from ringkas.evaluate.peers import sumy_ranking

    if name == "pseudo":
        from ringkas.select.train import pseudo_clusters

        items: Sequence[Any] = pseudo_clusters(load_dataset(DATASETS / "indosum-single-dev.jsonl"))
    else:
        file = {"indosum-multi": "indosum-multi-dev.jsonl", "multinews": "multinews-dev.jsonl"}
        items = load_dataset(
            DATASETS / file.get(name, "indosum-single-dev.jsonl"),
            limit=500 if name == "indosum-single" else None,
            seed=0,
        )
    peers = {p: EVAL_PEERS[p] for p in PEERS if p in EVAL_PEERS}
    rankers = {p: sumy_ranking(p) for p in SUMY_PEERS}
    out: dict[str, dict[str, list[tuple[float, float, float]]]] = {
        s: {r: [] for r in RULES} for s in (DEFAULT, SEEN, *PEERS)
    }
    for item in items:
        found = _item_texts(item, peers, rankers, budget)
        if found is None:
            continue  # nothing usable: skipped for every system, as `ringkas eval` skips it
        tokenization, texts = found
        scored: dict[str, tuple[float, float, float]] = {}  # rules often give the same text
        for system, by_rule in texts.items():
            for rule, text in by_rule.items():
                if text not in scored:
                    scored[text] = _scores(text, item.summaries, tokenization, budget)
                out[system][rule].append(scored[text])
    return out


def _item_texts(
    item: Any, peers: dict[str, Any], rankers: dict[str, Any], budget: int
) -> tuple[str, dict[str, dict[str, str]]] | None:
    """The ROUGE tokenization and, per system and rule, the text scored; None for an item with
    nothing usable. ``peers``: `ringkas eval`'s peers but sumy's, whose ``rankers`` rank the
    sentences once for both rules (`ringkas eval`'s sumy peer is the same ranking, filled)."""
    from ringkas.config import Config
    from ringkas.errors import InputError
    from ringkas.evaluate.peers import best_in_reading_order
    from ringkas.pipeline import choose, compose, prepare
    from ringkas.select.describe import describe
    from ringkas.select.learned import cluster_key
    from ringkas.select.registry import get_method

    config = Config(words=budget)
    try:
        prepared = prepare(item.articles(), config)
    except InputError:
        return None
    words = prepared.candidates.word_counts
    key = cluster_key([(doc_id, text) for doc_id, _, text in item.documents])
    texts: dict[str, dict[str, str]] = {}
    for system, holdout in ((DEFAULT, key), (SEEN, "")):
        method = get_method("learned", holdout=holdout)
        info = describe("learned", method)

        def text_of(chosen: Sequence[int], info: Any = info) -> str:
            return " ".join(s.text for s in compose(prepared, chosen, info, config).sentences)

        digest = text_of(choose(prepared, method, budget))
        unbounded = list(choose(prepared, method, 10 * budget))  # in the order it chose them
        filled = text_of(reaching(unbounded, words, budget))
        texts[system] = {"eval": digest, "whole": digest, "filled": filled}
    for peer in PEERS:
        order = preference(prepared, peer, rankers)
        if peer in rankers:
            as_eval = " ".join(best_in_reading_order(prepared, order, budget))
        else:
            as_eval = " ".join(peers[peer](prepared, item.summaries, budget))
        kept = set(within(order, words, budget))
        # whole sentences in the order the peer prints them (reading order; round-robin's own)
        printed = order if peer == "round-robin-lead" else sorted(kept)
        whole = " ".join(prepared.sentences[i].text for i in printed if i in kept)
        texts[peer] = {"eval": as_eval, "whole": whole, "filled": as_eval}
    return ("english" if prepared.language == "en" else "indonesian"), texts


def report(name: str, scores: dict[str, dict[str, list[tuple[float, float, float]]]]) -> str:
    from ringkas.evaluate.rouge import paired_gap_ci

    def mean(values: list[tuple[float, float, float]], k: int) -> float:
        return sum(v[k] for v in values) / len(values) if values else 0.0

    items = len(scores[DEFAULT]["eval"])
    lines = [
        f"### {name} ({items} items, 100 words)",
        "",
        "| system | `ringkas eval`'s rules: R-1 / R-2 (words) | whole sentences for all | "
        "filled, then cut, for all |",
        "|---|---:|---:|---:|",
    ]
    for system, rules in scores.items():
        cells = [
            f"{mean(rules[r], 0):.2f} / {mean(rules[r], 1):.2f} ({mean(rules[r], 2):.1f})"
            for r in RULES
        ]
        lines.append(f"| {system} | " + " | ".join(cells) + " |")
    lines += [
        "",
        "| default R-1 − peer [95% CI] | `ringkas eval`'s rules | whole | filled |",
        "|---|---:|---:|---:|",
    ]
    for peer in PEERS:
        cells = []
        for rule in RULES:
            gap, low, high = paired_gap_ci(
                [v[0] for v in scores[DEFAULT][rule]], [v[0] for v in scores[peer][rule]]
            )
            cells.append(f"{gap:+.2f} [{low:+.1f}, {high:+.1f}]")
        lines.append(f"| {peer} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: Sequence[str]) -> int:
    names = list(argv) or ["indosum-multi", "multinews"]
    unknown = [n for n in names if n not in SETS]
    if unknown:
        print(f"unknown set {unknown[0]}; choose from {', '.join(SETS)}", file=sys.stderr)
        return 2
    for name in names:
        print(report(name, score_set(name)) + "\n", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
