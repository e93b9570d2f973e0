"""Best-first selection that stops where the digest's expected F1 stops rising.

The learned scorer (select.learned) gives each sentence ``p``, its probability of being in the
ROUGE oracle summary. Read as such, a digest of words ``W`` whose sentences hold ``G = Σ p × w``
expected oracle words, against an oracle summary of ``R = Σ p × w`` over every eligible sentence,
has expected F1 ≈ 2G / (W + R). Adding a sentence of ``w`` words raises it exactly when its
``p > G / (W + R)`` (half the current expected F1), whatever its length: so sentences are taken
best first while their probability clears that bar (F-measure-maximizing decoding instead of a
fixed length). ``Ranked``'s "stop at the expected oracle length" is the rule this replaces.

``rounds`` > 0 makes it a learned round-robin: each article's best sentence in turn (articles by
their best score) for that many rounds before best-first over all; measured, not the default
(docs/benchmarks.md, section_10).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ringkas.select.base import Candidates, fits
from ringkas.select.cohesion import cohesive_order, introduced, leaning, predecessor


@dataclass(frozen=True)
class ExpectedF1:
    """Best learned score first; never a repeat (cosine above ``redundancy`` across articles,
    ``same_article_redundancy`` within one); a sentence that refers back (select.cohesion) only
    after its predecessor; stop when the next sentence would lower the expected F1 (above) or at
    the budget. ``fill_languages`` fill the budget instead (English: Multi-News references run to
    ~260 words, longer than any 100-word digest)."""

    redundancy: float = 0.35
    same_article_redundancy: float = 0.5
    rounds: int = 0
    fill_languages: tuple[str, ...] = ("en",)
    # People named by a short form only after a sentence naming them in full (select.cohesion
    # .introduced; s21); False: as they come (the method "learned-bare-names").
    introduce: bool = True

    def __call__(self, c: Candidates, scores: np.ndarray, budget: int) -> tuple[int, ...]:
        eligible = np.flatnonzero(c.eligible())
        if not eligible.size:
            return ()
        ranked = sorted(eligible.tolist(), key=lambda i: (-float(scores[i]), i))
        probability = 1.0 / (1.0 + np.exp(-np.asarray(scores, dtype=np.float64)))
        words = np.asarray(c.word_counts, dtype=np.float64)
        fill = c.language in self.fill_languages
        oracle_words = float(probability[eligible] @ words[eligible])
        leans = leaning(c)
        chosen: list[int] = []
        state = {"used": 0.0, "gained": 0.0}

        def worth(k: int) -> bool:
            """Whether sentence k raises the expected F1 (always, when filling the budget)."""
            if fill or not chosen:
                return True
            return bool(probability[k] * (state["used"] + oracle_words) > state["gained"])

        def add(k: int) -> None:
            chosen.append(k)
            state["used"] += words[k]
            state["gained"] += probability[k] * words[k]

        def admissible(k: int) -> bool:
            return (
                (not leans[k] or predecessor(c, k) in chosen)
                and (not self.introduce or introduced(c, k, chosen))
                and self._fits(c, chosen, k, budget)
            )

        for _ in range(self.rounds):  # the learned round-robin's turns, when asked for
            queues: dict[str, list[int]] = {}
            for i in ranked:
                if i not in chosen:
                    queues.setdefault(c.sentences[i].article_id, []).append(i)
            turn = sorted(queues, key=lambda a: (-float(scores[queues[a][0]]), a))
            for article in turn:
                pick = next((k for k in queues[article] if admissible(k)), None)
                if pick is not None and worth(pick):
                    add(pick)
        for k in cohesive_order(
            c,
            ranked,
            chosen,
            leans,
            lambda k: self._fits(c, chosen, k, budget),
            lambda: state["used"] >= budget,
            self.introduce,
        ):
            if not worth(k):
                return tuple(chosen)  # later sentences score lower: none would raise it
            add(k)
        return tuple(chosen)

    def _fits(self, c: Candidates, chosen: Sequence[int], i: int, budget: int) -> bool:
        return fits(c, chosen, i, budget, self.redundancy, self.same_article_redundancy)
