"""Score every system on every item; summarize as means with bootstrap confidence intervals."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ringkas.compose import compose
from ringkas.config import Config
from ringkas.errors import InputError
from ringkas.evaluate.datasets import Item
from ringkas.evaluate.peers import PEERS, SUMY, Peer, sumy_peer
from ringkas.evaluate.rouge import METRICS, average, best, bootstrap_ci, score_each, truncate
from ringkas.pipeline import choose, prepare
from ringkas.select.describe import describe
from ringkas.select.learned import cluster_key
from ringkas.select.registry import DEFAULT_METHOD, METHODS, get_method


@dataclass
class Report:
    """Per system, per metric: the F1 and recall of every item, in item order."""

    dataset: str
    words: int
    tokenization: str
    items: int = 0
    f1: dict[str, dict[str, list[float]]] = field(default_factory=dict)  # references averaged
    recall: dict[str, dict[str, list[float]]] = field(default_factory=dict)
    best_f1: dict[str, dict[str, list[float]]] = field(default_factory=dict)  # best reference

    def add(
        self,
        system: str,
        scores: dict[str, tuple[float, float]],
        best: dict[str, tuple[float, float]] | None = None,
    ) -> None:
        for metric, (f, r) in scores.items():
            self.f1.setdefault(system, {}).setdefault(metric, []).append(f)
            self.recall.setdefault(system, {}).setdefault(metric, []).append(r)
            top = best[metric][0] if best else f
            self.best_f1.setdefault(system, {}).setdefault(metric, []).append(top)

    def summary(self) -> dict[str, Any]:
        """JSON-ready: mean and 95% CI of F1 and recall, and the default's gap to every peer."""
        systems: dict[str, Any] = {}
        for system, metrics in self.f1.items():
            systems[system] = {
                m: {
                    "f1": _ci(values),
                    "recall": _ci(self.recall[system][m]),
                    "best_f1": _ci(self.best_f1[system][m]),
                }
                for m, values in metrics.items()
            }
        default = f"ringkas:{DEFAULT_METHOD}"
        gaps: dict[str, Any] = {}
        if default in self.f1:
            for system in self.f1:
                if system != default:
                    gaps[system] = {
                        m: _ci(np.subtract(self.f1[default][m], self.f1[system][m]).tolist())
                        for m in METRICS
                    }
        return {
            "dataset": self.dataset,
            "items": self.items,
            "words": self.words,
            "tokenization": self.tokenization,
            "measure": "ROUGE F1 averaged over each item's references (best reference beside it)",
            "default": default,
            "systems": systems,
            "default_minus_system": gaps,
        }


def _ci(values: Sequence[float]) -> dict[str, float]:
    mean, low, high = bootstrap_ci([100 * v for v in values])
    return {"mean": round(mean, 2), "low": round(low, 2), "high": round(high, 2)}


def systems_for(methods: Sequence[str], peers: bool, sumy: bool) -> list[str]:
    names = [f"ringkas:{m}" for m in (methods or sorted(METHODS))]
    if peers:
        names += list(PEERS)
    if sumy:
        names += list(SUMY)
    return names


def evaluate(
    items: Sequence[Item],
    systems: Sequence[str],
    *,
    dataset: str,
    words: int = 100,
    tokenizations: Sequence[str] = ("indonesian",),
    language: str = "auto",
    progress: Callable[[int], None] | None = None,
) -> list[Report]:
    """One Report per tokenization; every system sees the same prepared clusters and budget."""
    reports = [Report(dataset, words, t) for t in tokenizations]
    peers: dict[str, Peer] = {name: PEERS[name] for name in systems if name in PEERS}
    peers.update({name: sumy_peer(name) for name in systems if name in SUMY})
    for item in items:
        articles = item.articles()
        key = cluster_key([(doc_id, text) for doc_id, _, text in item.documents])
        try:
            config = Config(words=words, language=language)
            prepared = prepare(articles, config)
        except InputError:
            continue  # nothing usable in this item: skipped for every system alike
        outputs: dict[str, str] = {}
        for name in systems:
            if name.startswith("ringkas:"):
                # A learned method scores a cluster it was trained on with the fold model that
                # never saw it: every learned figure is cross-validated by cluster.
                method = get_method(name.split(":", 1)[1], holdout=key)
                digest = compose(
                    prepared,
                    choose(prepared, method, words),
                    describe(name.split(":", 1)[1], method),
                    config,
                )
                outputs[name] = " ".join(s.text for s in digest.sentences)
            else:
                outputs[name] = " ".join(peers[name](prepared, item.summaries, words))
        for report in reports:
            report.items += 1
            for name, text in outputs.items():
                each = score_each(truncate(text, words), item.summaries, report.tokenization)
                report.add(name, average(each), best(each))
        if progress:
            progress(1)
    return reports
