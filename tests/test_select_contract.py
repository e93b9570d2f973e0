"""One contract every registered method obeys (in the spirit of scikit-learn's check_estimator)."""

from __future__ import annotations

import random

import numpy as np
import pytest

from corpus_fixture import article
from ringkas.config import Config
from ringkas.errors import ConfigError
from ringkas.pipeline import prepare
from ringkas.select.base import MAX_WORDS, MIN_WORDS, REDUNDANCY
from ringkas.select.registry import DEFAULT_METHOD, METHODS, get_method
from ringkas.select.scorers import Corroboration, LexRank, Position
from ringkas.select.selectors import MMR

CLUSTER = [
    article(0, [0, 2, 3, 5, 9], 0),
    article(1, [1, 4, 6, 7, 10], 1),
    article(2, [0, 8, 11, 12], 2),
    article(3, [13, 14, 3], 3),
]


@pytest.mark.parametrize("name", sorted(METHODS))
def test_method_contract(name: str) -> None:
    method = get_method(name)
    prepared = prepare(CLUSTER, Config(method=name))
    c = prepared.candidates
    for budget in (15, 40, 120):
        chosen = method.choose(c, budget)
        assert chosen == method.choose(c, budget)  # deterministic
        assert sum(c.word_counts[i] for i in chosen) <= budget
        assert len(set(chosen)) == len(chosen)
        eligible = c.eligible()
        assert all(eligible[i] and i not in c.blocked for i in chosen)
        assert all(MIN_WORDS <= c.word_counts[i] <= MAX_WORDS for i in chosen)
        sim = c.features.similarity()
        assert all(sim[a, b] <= REDUNDANCY for a in chosen for b in chosen if a != b)
    assert "(" in repr(method)  # settings are visible
    shuffled = list(CLUSTER)
    random.Random(7).shuffle(shuffled)
    other = prepare(shuffled, Config(method=name))
    pick = {(c.sentences[i].article_id, c.sentences[i].index) for i in method.choose(c, 80)}
    pick2 = {
        (other.candidates.sentences[i].article_id, other.candidates.sentences[i].index)
        for i in method.choose(other.candidates, 80)
    }
    assert pick == pick2


@pytest.mark.parametrize("name", sorted(METHODS))
def test_blocked_sentences_are_never_chosen(name: str) -> None:
    prepared = prepare(CLUSTER, Config())
    c = prepared.candidates
    first = get_method(name).choose(c, 120)
    assert first
    from dataclasses import replace

    blocked = replace(c, blocked=frozenset(first))
    assert not set(get_method(name).choose(blocked, 120)) & set(first)


def test_registry_errors_and_default() -> None:
    assert DEFAULT_METHOD in METHODS
    with pytest.raises(ConfigError, match="unknown method"):
        get_method("nope")
    with pytest.raises(ConfigError):
        LexRank(damping=1.5)
    with pytest.raises(ConfigError):
        MMR(lambda_=2.0)
    with pytest.raises(ConfigError):
        Position(decay=0)


def test_corroboration_prefers_what_several_outlets_print() -> None:
    c = prepare(CLUSTER, Config()).candidates
    scores = Corroboration()(c)
    flood = [
        i for i, s in enumerate(c.sentences) if "Sukamaju" in s.text and "Banjir merendam" in s.text
    ]
    chili = [i for i, s in enumerate(c.sentences) if "cabai" in s.text]
    assert flood and chili
    assert float(np.max(scores[flood])) > float(np.max(scores[chili]))
