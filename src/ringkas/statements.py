"""Whether another sentence states what a quoted sentence states: what a digest's citations rest on.

A TF-IDF cosine alone cannot tell: two sentences about one event share its people, places and
bodies ("Ketua DPR Setya Novanto", "Komisi Pemberantasan Korupsi"), which weigh the most, and
say different things about them. On the pairs labelled by hand in bench/data/support-pairs.tsv
(`python -m bench.support_pairs`), every pair at cosine 0.5 or more states the same thing; from
the support threshold (0.36) to 0.5 about half do, and what tells them apart better than their
cosine is how much of the quoted sentence's own words, its names left out, the other sentence
holds (``Statements.coverage``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple, cast

import numpy as np

from ringkas.features import Features
from ringkas.model import Sentence
from ringkas.text.tokens import has_digit, name_terms

if TYPE_CHECKING:
    from ringkas.select.base import Candidates

_MEMO = "statements"  # the key of a cluster's test in ``Candidates.memo``


class _Plain(NamedTuple):
    """One sentence's plain terms (``text.tokens.plain_terms``) as vocabulary columns."""

    columns: frozenset[int]
    weighted: tuple[tuple[int, float], ...]  # (column, its IDF), in column order
    total: float  # the weights' sum
    figures: frozenset[int]  # the columns of terms that hold a digit


# At or above this cosine two sentences state the same thing (30 of 30 labelled pairs).
SURE = 0.5
# Below it, the other sentence must hold this share of the quoted sentence's plain terms'
# weight, and give no other figures. Chosen on samples A-C of bench/data/support-pairs.tsv
# (243 pairs from 0.36 to 0.5, 53% of them the same statement), then run on samples D and E,
# labelled before: `python -m bench.support_pairs` prints what it keeps.
COVERED = 0.3
# Or the other sentence's own plain terms lie by this share in the quoted one. Chosen on A-C as
# the least share that keeps their precision (69%): recall 74% -> 78% there; then run on D and E.
CONTAINED = 0.7


@dataclass(frozen=True, eq=False)
class Statements:
    """The support test over one cluster's sentences (a digest's citations, the facts' groups).
    Each sentence's plain terms are read when first asked: few sentences fall in the band where
    they are needed (the seed: 20 of 74)."""

    features: Features
    sentences: Sequence[Sentence]
    language: str
    _plain: dict[int, _Plain] = field(default_factory=dict, repr=False)  # the sentences read so far
    _starts: list[list[int]] = field(default_factory=list, repr=False)  # each sentence's first term

    @classmethod
    def of(cls, c: Candidates) -> Statements:
        """The test over a selection's candidates, built once per cluster (``Candidates.memo``),
        or the one ``share`` handed them."""
        if _MEMO not in c.memo:
            c.memo[_MEMO] = cls(c.features, c.sentences, c.language)
        return cast(Statements, c.memo[_MEMO])

    def share(self, c: Candidates) -> None:
        """Make this test the one ``Statements.of(c)`` returns: candidates built over the same
        features and sentences (the facts read them first) reuse what it has read."""
        c.memo[_MEMO] = self

    def says_same(self, i: int, j: int, threshold: float) -> bool:
        """Whether sentence j states what sentence i states: at cosine ``threshold`` or more,
        and below ``SURE`` only if it holds ``COVERED`` of sentence i's plain terms' weight, or
        its own lie by ``CONTAINED`` in sentence i (it states a part of it: a short report of
        what a long sentence details), and it gives no other figures (``other_figures``)."""
        cosine = float(self.features.similarity()[i, j])
        if cosine < threshold:
            return False
        if cosine >= SURE:
            return True
        told = self.coverage(i, j) >= COVERED or self.coverage(j, i) >= CONTAINED
        return told and not self.other_figures(i, j)

    def other_figures(self, i: int, j: int) -> bool:
        """Whether both sentences give figures (plain terms with a digit: counts, amounts, days,
        years) and share none: "Rp 2,3 triliun" against "Rp 2,9 triliun", "menit ke-25" against
        "menit ke-29", "Selasa (11/4)" against "Selasa (27/2/2018)" state other things, or
        dispute one (facts.conflicts says which)."""
        mine, theirs = self._read(i).figures, self._read(j).figures
        return bool(mine) and bool(theirs) and not (mine & theirs)

    def coverage(self, i: int, j: int) -> float:
        """The share of sentence i's distinct plain terms (``text.tokens.plain_terms``: its stems
        without its names), each weighed by its inverse document frequency in the cluster, that
        sentence j holds too. Summed in the vocabulary's order: the same figure whatever the
        hash seed."""
        mine = self._read(i)
        if mine.total == 0.0:
            return 0.0
        held = self._read(j).columns
        return sum(w for column, w in mine.weighted if column in held) / mine.total

    def _read(self, i: int) -> _Plain:
        """Sentence i's plain terms, read from its features' terms once."""
        if i not in self._plain:
            lengths, flat = self.features.term_ids()
            if not self._starts:
                self._starts.append(np.concatenate(([0], np.cumsum(lengths))).tolist())
            start, end = self._starts[0][i], self._starts[0][i + 1]
            names = name_terms(self.sentences[i].text, self.language)
            columns = {
                int(k)
                for term, k in zip(self.features.terms[i], flat[start:end].tolist(), strict=True)
                if term not in names
            }
            idf = self.features.idf()
            weighted = tuple((k, float(idf[k])) for k in sorted(columns))
            vocabulary = self.features.vocabulary
            figures = frozenset(k for k in columns if has_digit(vocabulary[k]))
            total = sum(w for _, w in weighted)
            self._plain[i] = _Plain(frozenset(columns), weighted, total, figures)
        return self._plain[i]
