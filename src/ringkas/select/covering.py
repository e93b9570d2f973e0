"""Make room for the counts a digest must state (facts.key_numbers): the toll outlets agree on.

Wraps a selector. When its digest states none of the sentences that give a key number (the
dead, the missing, the injured, ... that at least two outlets agree on), the best-scored quotable
sentence that does joins it: the chosen sentences it repeats (cosine above the selector's
redundancy) leave, as the key sentence says what they say and the count besides, and then the
lowest-scored ones, until it fits the budget. A sentence that refers back joins only after its
predecessor; a key number none of whose sentences can be quoted (all blocked, too long, too
short) is left to the facts, which still list it. At most ``facts`` key numbers, most important
first: a digest is not a table of counts.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ringkas.select.base import Candidates, Selector, fits
from ringkas.select.cohesion import introduced, leaning, predecessor


@dataclass(frozen=True)
class Covering:
    inner: Selector
    facts: int = 2
    redundancy: float = 0.35
    same_article_redundancy: float = 0.5
    introduce: bool = True  # a short name only after the full one (select.cohesion.introduced)

    def __call__(self, c: Candidates, scores: np.ndarray, budget: int) -> tuple[int, ...]:
        chosen = list(self.inner(c, scores, budget))
        if not c.must_state:
            return tuple(chosen)
        eligible = c.eligible()
        leans = leaning(c)
        kept: set[int] = set()  # sentences added for an earlier key number: never dropped
        for group in c.must_state[: self.facts]:
            covered = [i for i in chosen if i in group]
            if covered:
                kept.update(covered)
                continue
            options = sorted(
                (i for i in group if eligible[i] and c.word_counts[i] <= budget),
                key=lambda i: (-float(scores[i]), i),
            )
            for k in options:
                if leans[k] and predecessor(c, k) not in chosen:
                    continue
                if self.introduce and not introduced(c, k, chosen):
                    continue
                room = self._make_room(c, scores, chosen, kept, k, budget)
                if room is not None and (not self.introduce or introduced(c, k, room)):
                    chosen = [*room, k]
                    kept.add(k)
                    break
        return tuple(chosen)

    def _make_room(
        self,
        c: Candidates,
        scores: np.ndarray,
        chosen: list[int],
        kept: set[int],
        k: int,
        budget: int,
    ) -> list[int] | None:
        """``chosen`` without what sentence k repeats and, lowest score first, what it needs of
        the budget; None when that would drop a sentence kept for another key number (or the
        one k refers back to)."""
        leans = leaning(c)
        keep = kept | ({predecessor(c, k)} if leans[k] else set())
        unlimited = 10**9
        rest = []
        for j in chosen:
            if fits(c, [j], k, unlimited, self.redundancy, self.same_article_redundancy):
                rest.append(j)
            elif j in keep:
                return None
        while sum(c.word_counts[j] for j in rest) + c.word_counts[k] > budget:
            droppable = [j for j in rest if j not in keep]
            if not droppable:
                return None
            rest.remove(min(droppable, key=lambda j: (float(scores[j]), -j)))
        # a sentence that refers back keeps its predecessor in, or goes too; and one that names
        # someone by a short form, the sentence that names them in full
        while orphans := [
            j
            for j in rest
            if j not in keep
            and (
                (leans[j] and predecessor(c, j) not in rest)
                or (self.introduce and not introduced(c, j, [*rest, k]))
            )
        ]:
            rest = [j for j in rest if j not in orphans]
        return rest
