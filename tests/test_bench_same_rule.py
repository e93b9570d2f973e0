"""bench.same_rule: every system under one rule (whole sentences, or filled then cut)."""

from __future__ import annotations

from pathlib import Path

from bench.same_rule import preference, within

from ringkas.evaluate.datasets import load_dataset
from ringkas.evaluate.peers import reaching, round_robin_lead, sumy_peer
from ringkas.pipeline import prepare

FIXTURE = Path(__file__).parent / "fixtures" / "eval" / "english.jsonl"


def test_whole_sentences_skip_what_does_not_fit_and_take_a_later_one() -> None:
    words = [40, 50, 30, 5]
    assert within([0, 1, 2, 3], words, 100) == [0, 1, 3]  # 30 more would make 120
    assert within([2, 1, 0], words, 100) == [2, 1]
    assert within([], words, 100) == []


def test_filled_goes_past_the_budget_by_its_last_sentence_only() -> None:
    words = [40, 50, 30, 5]
    assert reaching([0, 1, 2, 3], words, 100) == [0, 1, 2]  # 90, then 120: stop there
    assert reaching([0, 1, 2, 3], words, 90) == [0, 1]  # exactly the budget: nothing more
    assert reaching([3], words, 100) == [3]


def test_preferences_are_the_peers_own_orders() -> None:
    (item, _) = load_dataset(FIXTURE)
    prepared = prepare(item.articles())
    texts = [s.text for s in prepared.sentences]
    n = len(texts)
    first = prepared.sentences[0].article_id
    lead = preference(prepared, "lead")
    assert lead == [i for i in range(n) if prepared.sentences[i].article_id == first]
    assert preference(prepared, "lead-3") == lead[:3]
    # round-robin: what `ringkas eval`'s peer prints, in the same order
    robin = preference(prepared, "round-robin-lead")
    assert sorted(robin) == list(range(n))
    printed = round_robin_lead(prepared, item.summaries, 60)
    assert [texts[i] for i in robin[: len(printed)]] == printed
    # sumy: every sentence once, in its order of preference (what `ringkas eval`'s sumy peer
    # cuts at the budget: tests/test_evaluate.py)
    ranked = preference(prepared, "sumy-lexrank")
    assert sorted(ranked) == list(range(n))
    words = prepared.candidates.word_counts
    assert sorted(reaching(ranked, words, 30)) == [
        texts.index(t) for t in sumy_peer("sumy-lexrank")(prepared, item.summaries, 30)
    ]
