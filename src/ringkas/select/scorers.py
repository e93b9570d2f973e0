"""Sentence scorers: each a frozen dataclass whose fields are its settings; higher = more salient."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ringkas.errors import ConfigError
from ringkas.select.base import Candidates, Scorer, normalize


@dataclass(frozen=True)
class Centroid:
    """Cosine to the cluster's TF-IDF centroid (Radev et al. 2004, "Centroid-based summarization")."""

    def __call__(self, c: Candidates) -> np.ndarray:
        centroid = c.features.centroid()
        norm = float(np.linalg.norm(centroid))
        if norm == 0.0:
            return np.zeros(c.size)
        return np.asarray(c.features.matrix @ (centroid / norm)).ravel()


@dataclass(frozen=True)
class LexRank:
    """Continuous LexRank: stationary distribution of the cosine graph (Erkan & Radev 2004)."""

    damping: float = 0.85
    iterations: int = 100
    tolerance: float = 1e-8

    def __post_init__(self) -> None:
        if not 0.0 < self.damping < 1.0:
            raise ConfigError(f"LexRank damping must be in (0, 1), got {self.damping}")

    def __call__(self, c: Candidates) -> np.ndarray:
        n = c.size
        sim = c.features.similarity().copy()
        rows = sim.sum(axis=1, keepdims=True)
        rows[rows == 0.0] = 1.0
        transition = sim / rows
        rank = np.full(n, 1.0 / n)
        damping, teleport, backward = self.damping, (1.0 - self.damping) / n, transition.T
        for _ in range(self.iterations):
            new = teleport + damping * (backward @ rank)
            if float(np.abs(new - rank).sum()) < self.tolerance:
                return np.asarray(new)
            rank = new
        return np.asarray(rank)


@dataclass(frozen=True)
class Position:
    """Lead prior exp(-index / decay): news puts the essentials first (Brandow et al. 1995)."""

    decay: float = 3.0

    def __post_init__(self) -> None:
        if self.decay <= 0:
            raise ConfigError(f"Position decay must be positive, got {self.decay}")

    def __call__(self, c: Candidates) -> np.ndarray:
        return np.exp(-np.asarray(c.positions, dtype=np.float64) / self.decay)


@dataclass(frozen=True)
class Corroboration:
    """Share of the other outlets that print a similar sentence: a fact several outlets report
    matters more (the multi-document signal of Radev's cross-sentence informational subsumption)."""

    threshold: float = 0.2

    def __post_init__(self) -> None:
        if not 0.0 < self.threshold < 1.0:
            raise ConfigError(f"Corroboration threshold must be in (0, 1), got {self.threshold}")

    def __call__(self, c: Candidates) -> np.ndarray:
        outlets = sorted(set(c.outlets))
        if len(outlets) < 2:
            return np.zeros(c.size)
        sim = c.features.similarity()
        column = {o: k for k, o in enumerate(outlets)}
        owner = np.array([column[o] for o in c.outlets])
        # best[i, k]: the most similar sentence outlet k printed to sentence i.
        best = np.zeros((c.size, len(outlets)))
        for k in range(len(outlets)):
            members = owner == k
            best[:, k] = sim[:, members].max(axis=1)
        best[np.arange(c.size), owner] = 0.0  # an outlet does not corroborate itself
        return np.asarray((best >= self.threshold).sum(axis=1) / (len(outlets) - 1))


@dataclass(frozen=True)
class ArticleCentrality:
    """How much a sentence's article shares with the other articles (mean cross-article cosine):
    the most representative report of the event lends its sentences weight."""

    def __call__(self, c: Candidates) -> np.ndarray:
        sim = c.features.similarity()
        ids = np.array([s.article_id for s in c.sentences])
        out = np.ones(c.size)
        for article in sorted(set(ids.tolist())):
            mine = ids == article
            if (~mine).any():
                out[mine] = float(sim[np.ix_(mine, ~mine)].mean())
        return out


@dataclass(frozen=True)
class Combined:
    """Weighted sum of [0, 1]-normalized scorer outputs."""

    parts: tuple[tuple[Scorer, float], ...]

    def __post_init__(self) -> None:
        if not self.parts or any(w < 0 for _, w in self.parts):
            raise ConfigError("Combined needs at least one scorer and non-negative weights")

    def __call__(self, c: Candidates) -> np.ndarray:
        total = np.zeros(c.size)
        for scorer, weight in self.parts:
            if weight:
                total += weight * normalize(np.asarray(scorer(c), dtype=np.float64))
        return total
