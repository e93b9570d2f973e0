"""Concept-coverage selection by integer programming (Gillick & Favre 2009, "A Scalable Global
Model for Summarization"): choose sentences that cover the most valuable concepts under the word
budget. A concept is a stem n-gram; its value is how many outlets (articles, for one outlet) print
it, so what several outlets report dominates. Solved exactly with scipy's HiGHS (offline)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from ringkas.errors import ConfigError
from ringkas.select.base import REDUNDANCY, Candidates, normalize


@dataclass(frozen=True)
class ConceptILP:
    """Maximize Σ concept weight · covered + salience_weight · Σ salience · chosen, words ≤ budget."""

    ngram: int = 1
    min_sources: int = 2  # concepts printed by fewer articles carry no weight (noise, one-off words)
    salience_weight: float = 0.5
    redundancy: float = REDUNDANCY
    time_limit: float = 2.0  # seconds; the best solution found so far is used after it
    anchor: bool = False  # always open with the most salient article lead (news states its point first)

    def __post_init__(self) -> None:
        if self.ngram not in (1, 2) or self.min_sources < 1 or self.salience_weight < 0:
            raise ConfigError("ConceptILP needs ngram 1 or 2, min_sources >= 1, salience_weight >= 0")

    def concepts(self, c: Candidates) -> tuple[list[tuple[str, ...]], dict[tuple[str, ...], set[int]], np.ndarray]:
        """Concept list, sentences holding each, and each concept's weight."""
        holders: dict[tuple[str, ...], set[int]] = defaultdict(set)
        sources: dict[tuple[str, ...], set[str]] = defaultdict(set)
        several = len(set(c.outlets)) > 1
        for i, terms in enumerate(c.features.terms):
            grams = {tuple(terms[k : k + self.ngram]) for k in range(len(terms) - self.ngram + 1)}
            for g in grams:
                holders[g].add(i)
                sources[g].add(c.outlets[i] if several else c.sentences[i].article_id)
        floor = self.min_sources if several else 1
        names = sorted(g for g in holders if len(sources[g]) >= floor)
        weights = np.array([float(len(sources[g])) for g in names])
        if not several:  # one source: weigh by how often the article repeats the concept
            weights = np.array([float(len(holders[g])) for g in names])
        return names, holders, weights

    def __call__(self, c: Candidates, scores: np.ndarray, budget: int) -> tuple[int, ...]:
        from scipy.optimize import Bounds, LinearConstraint, milp

        eligible = np.flatnonzero(c.eligible() & (np.asarray(c.word_counts) <= budget))
        if eligible.size == 0:
            return ()
        names, holders, weights = self.concepts(c)
        n_s, n_c = eligible.size, len(names)
        local = {int(i): k for k, i in enumerate(eligible)}
        salience = normalize(scores)[eligible] * self.salience_weight
        # Variables: [s_0..s_{n_s-1}, c_0..c_{n_c-1}], all binary. milp minimizes, so negate.
        objective = -np.concatenate([salience, weights])
        rows: list[sparse.csr_matrix] = []
        lower: list[np.ndarray] = []
        upper: list[np.ndarray] = []
        lengths = np.zeros(n_s + n_c)
        lengths[:n_s] = [c.word_counts[int(i)] for i in eligible]
        rows.append(sparse.csr_matrix(lengths))
        lower.append(np.array([0.0]))
        upper.append(np.array([float(budget)]))
        # A concept counts only if a chosen sentence holds it: c_k - Σ s_j ≤ 0.
        cover = sparse.lil_matrix((n_c, n_s + n_c))
        for k, g in enumerate(names):
            cover[k, n_s + k] = 1.0
            for j in holders[g]:
                if j in local:
                    cover[k, local[j]] = -1.0
        rows.append(cover.tocsr())
        lower.append(np.full(n_c, -np.inf))
        upper.append(np.zeros(n_c))
        # Never two sentences that say the same thing.
        sim = c.features.similarity()[np.ix_(eligible, eligible)]
        pairs = [(a, b) for a, b in zip(*np.nonzero(np.triu(sim > self.redundancy, 1)), strict=True)]
        if pairs:
            red = sparse.lil_matrix((len(pairs), n_s + n_c))
            for r, (a, b) in enumerate(pairs):
                red[r, a] = red[r, b] = 1.0
            rows.append(red.tocsr())
            lower.append(np.full(len(pairs), -np.inf))
            upper.append(np.ones(len(pairs)))
        bounds_low = np.zeros(n_s + n_c)
        if self.anchor:
            leads = [k for k in range(n_s) if c.positions[int(eligible[k])] == 0]
            if leads:
                bounds_low[max(leads, key=lambda k: (scores[int(eligible[k])], -k))] = 1.0
        result = milp(
            objective,
            constraints=LinearConstraint(sparse.vstack(rows).tocsr(), np.concatenate(lower), np.concatenate(upper)),
            integrality=np.ones(n_s + n_c),
            bounds=Bounds(bounds_low, 1),
            options={"time_limit": self.time_limit, "presolve": True},
        )
        if result.x is None:
            return ()
        chosen = [int(eligible[k]) for k in range(n_s) if result.x[k] > 0.5]
        return tuple(sorted(chosen))
