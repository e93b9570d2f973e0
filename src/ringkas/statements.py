"""Whether another sentence states what a quoted sentence states: what a digest's citations rest on.

A TF-IDF cosine alone cannot tell: two sentences about one event share its people, places and
bodies ("Ketua DPR Setya Novanto", "Komisi Pemberantasan Korupsi"), which weigh the most, and
say different things about them. On the pairs labelled by hand in bench/data/support-pairs.tsv
(`python -m bench.support_pairs`), every pair at cosine 0.5 or more states the same thing; from
the support threshold (0.36) to 0.5 about half do, and what tells them apart better than their
cosine is how much of the quoted sentence's own words, its names left out, the other sentence
holds (``plain_coverage``).
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from ringkas.text.tokens import plain_terms

if TYPE_CHECKING:
    from ringkas.pipeline import Prepared

# At or above this cosine two sentences state the same thing (30 of 30 labelled pairs).
SURE = 0.5
# Below it, the other sentence must hold this share of the quoted sentence's plain terms'
# weight. Chosen on samples A-C (243 pairs from 0.36 to 0.5: 53% of them the same statement;
# 67% of those kept, three in four true ones kept), then run on sample D, labelled before.
COVERED = 0.3


def says_same(prepared: Prepared, i: int, j: int, threshold: float) -> bool:
    """Whether sentence j states what sentence i states: at cosine ``threshold`` or more, and
    below ``SURE`` only if it holds ``COVERED`` of sentence i's plain terms' weight."""
    cosine = float(prepared.features.similarity()[i, j])
    if cosine < threshold:
        return False
    return cosine >= SURE or plain_coverage(prepared, i, j) >= COVERED


def plain_coverage(prepared: Prepared, i: int, j: int) -> float:
    """The share of sentence i's distinct plain terms (``text.tokens.plain_terms``: its stems
    without its names), each weighed by its inverse document frequency in the cluster, that
    sentence j holds too. Summed in sorted order: the same figure whatever the hash seed."""
    sentences = prepared.sentences
    language = {a.id: a.language for a in prepared.articles}
    mine = sorted(set(plain_terms(sentences[i].text, language[sentences[i].article_id])))
    theirs = set(plain_terms(sentences[j].text, language[sentences[j].article_id]))
    idf = prepared.features.idf()
    vocabulary = prepared.features.vocabulary

    def weight(term: str) -> float:
        k = bisect_left(vocabulary, term)
        return float(idf[k]) if k < len(vocabulary) and vocabulary[k] == term else 0.0

    total = sum(weight(t) for t in mine)
    if total == 0.0:
        return 0.0
    return sum(weight(t) for t in mine if t in theirs) / total
