"""Properties of the whole core: order-free, faithful quotes, budget kept, deterministic."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corpus_fixture import SENTENCES, article
from ringkas.config import Config
from ringkas.model import Article
from ringkas.pipeline import summarize
from ringkas.render import to_json_dict

clusters = st.lists(
    st.tuples(
        st.lists(st.integers(0, len(SENTENCES) - 1), min_size=2, max_size=8, unique=True),
        st.integers(0, 3),
    ),
    min_size=1,
    max_size=5,
).map(lambda specs: [article(i, idx, o) for i, (idx, o) in enumerate(specs)])

FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(clusters, st.randoms(use_true_random=False))
def test_input_order_does_not_change_the_digest(cluster: list[Article], rnd: object) -> None:
    shuffled = list(cluster)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    assert to_json_dict(summarize(cluster)) == to_json_dict(summarize(shuffled))


@FAST
@given(clusters, st.integers(10, 200))
def test_summary_is_quotes_within_budget(cluster: list[Article], budget: int) -> None:
    digest = summarize(cluster, Config(words=budget))
    bodies = {a.id: a.body for a in cluster}
    source_words = {w for a in cluster for w in re.findall(r"\w+", a.body.lower())}
    assert digest.words <= budget
    for s in digest.sentences:
        assert bodies[s.article_id][s.span.start : s.span.end] == s.text
        assert s.supports[0].article_id == s.article_id
        assert set(re.findall(r"\w+", s.text.lower())) <= source_words
        for sup in s.supports:
            assert sup.span.end <= len(bodies[sup.article_id])


@FAST
@given(clusters)
def test_no_two_summary_sentences_repeat(cluster: list[Article]) -> None:
    digest = summarize(cluster, Config(words=200))
    texts = [s.text for s in digest.sentences]
    assert len(texts) == len(set(texts))


def test_same_input_same_bytes() -> None:
    cluster = [article(0, [0, 2, 3, 5], 0), article(1, [1, 4, 6, 7], 1), article(2, [0, 8, 9], 2)]
    first = to_json_dict(summarize(cluster))
    assert all(to_json_dict(summarize(cluster)) == first for _ in range(3))


def test_corroborated_statement_counts_its_outlets() -> None:
    # The flood sentence appears (reworded) in three outlets: its summary line must say so.
    cluster = [article(0, [0, 2, 5], 0), article(1, [1, 3, 9], 1), article(2, [0, 4, 7], 2)]
    digest = summarize(cluster, Config(words=60))
    lead = next(s for s in digest.sentences if "Sukamaju" in s.text)
    assert len(lead.outlets) >= 2
