"""Budgeted selectors: never over budget, never a blocked or ineligible sentence, never a repeat."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ringkas.errors import ConfigError
from ringkas.select.base import REDUNDANCY, Candidates, fits, normalize


@dataclass(frozen=True)
class MMR:
    """Maximal Marginal Relevance (Carbonell & Goldstein 1998): relevance minus similarity to the chosen."""

    lambda_: float = 0.7
    redundancy: float = REDUNDANCY

    def __post_init__(self) -> None:
        if not 0.0 <= self.lambda_ <= 1.0:
            raise ConfigError(f"MMR lambda must be in [0, 1], got {self.lambda_}")

    def __call__(self, c: Candidates, scores: np.ndarray, budget: int) -> tuple[int, ...]:
        relevance = normalize(scores)
        sim = c.features.similarity()
        open_ = c.eligible()
        chosen: list[int] = []
        while open_.any():
            penalty = sim[:, chosen].max(axis=1) if chosen else np.zeros(c.size)
            value = np.where(
                open_, self.lambda_ * relevance - (1 - self.lambda_) * penalty, -np.inf
            )
            i = int(np.argmax(value))  # first maximum: ties go to the lower index
            open_[i] = False
            if fits(c, chosen, i, budget, self.redundancy):
                chosen.append(i)
        return tuple(chosen)


@dataclass(frozen=True)
class Greedy:
    """Budgeted submodular maximization (Lin & Bilmes 2011): coverage of the cluster plus a
    diversity reward, by cost-scaled greedy with the best-singleton check."""

    alpha: float = 0.2  # coverage saturation: a sentence is covered once it gets alpha of its total
    diversity: float = 6.0  # weight of the square-root diversity reward over salience
    cost_power: float = 0.3  # gain / words**r (r chosen in Lin & Bilmes; 0.3 works here too)
    redundancy: float = REDUNDANCY

    def __post_init__(self) -> None:
        if not 0.0 < self.alpha <= 1.0 or self.diversity < 0 or self.cost_power < 0:
            raise ConfigError("Greedy needs 0 < alpha <= 1, diversity >= 0, cost_power >= 0")

    def __call__(self, c: Candidates, scores: np.ndarray, budget: int) -> tuple[int, ...]:
        sim = c.features.similarity()
        cap = self.alpha * sim.sum(axis=1)  # each sentence's coverage saturates here
        salience = normalize(scores) / max(c.size, 1)
        groups = _groups(c)
        costs = np.maximum(np.asarray(c.word_counts, dtype=np.float64), 1.0) ** self.cost_power
        covered = np.zeros(c.size)
        group_mass = np.zeros(int(groups.max()) + 1 if c.size else 0)
        open_ = c.eligible()
        chosen: list[int] = []
        total = 0.0
        while open_.any():
            gains = self._gains(sim, cap, covered, salience, groups, group_mass)
            value = np.where(open_, gains / costs, -np.inf)
            best = int(np.argmax(value))
            open_[best] = False
            if gains[best] > 0 and fits(c, chosen, best, budget, self.redundancy):
                chosen.append(best)
                total += float(gains[best])
                covered += sim[:, best]
                group_mass[groups[best]] += salience[best]
        # Best-singleton check: the cost-scaled greedy alone has no approximation guarantee.
        singles = c.eligible() & (np.asarray(c.word_counts) <= budget)
        if singles.any():
            alone = self._gains(
                sim, cap, np.zeros(c.size), salience, groups, np.zeros_like(group_mass)
            )
            top = int(np.argmax(np.where(singles, alone, -np.inf)))
            if alone[top] > total:
                return (top,)
        return tuple(chosen)

    def _gains(
        self,
        sim: np.ndarray,
        cap: np.ndarray,
        covered: np.ndarray,
        salience: np.ndarray,
        groups: np.ndarray,
        group_mass: np.ndarray,
    ) -> np.ndarray:
        """Marginal gain of adding each sentence, for all sentences at once."""
        base = np.minimum(covered, cap).sum()
        coverage = np.minimum(covered[:, None] + sim, cap[:, None]).sum(axis=0) - base
        mass = group_mass[groups]
        diversity = np.sqrt(mass + salience) - np.sqrt(mass)
        return np.asarray(coverage + self.diversity * diversity)


def _groups(c: Candidates) -> np.ndarray:
    """Partition for the diversity reward: the sentence's most similar 'topic', here its article."""
    ids = sorted({s.article_id for s in c.sentences})
    index = {a: k for k, a in enumerate(ids)}
    return np.array([index[s.article_id] for s in c.sentences])
