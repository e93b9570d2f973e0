"""The counts outlets agree on (facts.key_numbers) and the selector that makes room for them."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ringkas.config import Config
from ringkas.model import Article
from ringkas.pipeline import prepare
from ringkas.select.base import Candidates, Selector
from ringkas.select.covering import Covering

FLOOD = [
    "Banjir bandang melanda Kecamatan Sukamaju, Kabupaten Garut, pada Sabtu dini hari.",
    "Air sungai meluap setelah hujan deras mengguncang kawasan itu selama enam jam.",
    "Petugas mengevakuasi warga dengan perahu karet menuju balai desa terdekat.",
]


def _articles(deaths: Sequence[str], injured: Sequence[str] = ()) -> list[Article]:
    """One article per outlet: the flood story (its sentences in another order each), then
    its death toll (and injured) sentence."""
    articles = []
    for k, toll in enumerate(deaths):
        extra = (
            f" Sebanyak {injured[k]} orang luka-luka dan dirawat di puskesmas." if injured else ""
        )
        body = (
            " ".join(FLOOD[k % 3 :] + FLOOD[: k % 3])
            + f" BPBD mencatat {toll} orang meninggal dunia akibat banjir tersebut.{extra}"
        )
        articles.append(Article(id=f"a{k}", outlet=f"media{k}.id", body=body))
    return articles


def _cluster(deaths: Sequence[str], injured: Sequence[str] = ()) -> Candidates:
    return prepare(_articles(deaths, injured), Config()).candidates


def _facts(deaths: Sequence[str], injured: Sequence[str] = ()) -> list[tuple[str, str, int]]:
    keys = prepare(_articles(deaths, injured), Config()).facts.key_numbers
    return [(k.slot, k.value, len(k.outlets)) for k in keys]


def test_a_toll_two_outlets_agree_on_is_a_key_number_and_the_dead_come_first() -> None:
    assert _facts(["lima", "5"], ["12", "12"]) == [
        ("orang|meninggal", "5 orang", 2),
        ("orang|luka", "12 orang", 2),
    ]


def test_a_disputed_toll_keys_its_leading_side_and_a_tie_keys_none() -> None:
    assert _facts(["5", "5", "7"]) == [("orang|meninggal", "5 orang", 2)]
    assert _facts(["5", "7"]) == []  # one outlet each: no side leads
    assert _facts(["5"]) == []  # one outlet alone corroborates nothing


def _top(order: Sequence[int]) -> Selector:
    """A selector that takes sentences in the given order while they fit the budget."""

    def select(c: Candidates, scores: np.ndarray, budget: int) -> tuple[int, ...]:
        chosen: list[int] = []
        for i in order:
            if sum(c.word_counts[j] for j in chosen) + c.word_counts[i] <= budget:
                chosen.append(i)
        return tuple(chosen)

    return select


def test_covering_makes_room_for_the_toll_the_selector_left_out() -> None:
    c = _cluster(["5", "lima"])
    (deaths,) = c.must_state
    others = [i for i in range(c.size) if i not in deaths and c.eligible()[i]]
    scores = np.zeros(c.size)
    scores[others] = np.linspace(2.0, 1.0, len(others))  # the tolls score lowest
    budget = sum(c.word_counts[i] for i in others[:3])
    plain = _top(others)(c, scores, budget)
    assert not set(plain) & deaths
    chosen = Covering(_top(others))(c, scores, budget)
    assert set(chosen) & deaths
    assert sum(c.word_counts[i] for i in chosen) <= budget
    dropped = set(plain) - set(chosen)
    assert dropped and all(scores[j] <= min(scores[list(set(chosen) - deaths)]) for j in dropped)


def test_covering_leaves_a_digest_that_states_the_toll_alone() -> None:
    c = _cluster(["5", "5"])
    (deaths,) = c.must_state
    order = sorted(deaths) + [i for i in range(c.size) if i not in deaths]
    scores = np.zeros(c.size)
    assert Covering(_top(order))(c, scores, 60) == _top(order)(c, scores, 60)


def _english(bodies: Sequence[str]) -> tuple[tuple[str, str, int], ...]:
    articles = [
        Article(id=f"e{k}", outlet=f"paper{k}.com", body=body, language="en")
        for k, body in enumerate(bodies)
    ]
    facts = prepare(articles, Config(language="en")).facts
    assert not facts.conflicts
    return tuple((k.slot, k.value, len(k.outlets)) for k in facts.key_numbers)


def test_an_english_toll_is_a_key_number_and_two_tolls_of_two_events_no_conflict() -> None:
    assert _english(
        [
            "A storm flooded the coastal town on Monday and 12 people were killed, officials said. "
            "Rescue teams searched the river banks through the night.",
            "Officials said 12 people were killed when the storm flooded the coastal town. "
            "Schools stayed closed on Tuesday.",
        ]
    ) == (("people|killed", "12 people", 2),)
    # Two bombings a day apart, each reported once: neither a key number nor a dispute.
    assert (
        _english(
            [
                "Three bombs in the capital killed 27 people on Saturday, the ministry said. "
                "Police closed the roads around the square.",
                "A car bomb in the northern city killed three people on Sunday, a monitor said. "
                "The army sent more troops to the north.",
            ]
        )
        == ()
    )
