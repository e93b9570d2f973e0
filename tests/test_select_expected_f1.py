"""The default's stopping rule (select.expected_f1): best first while the expected F1 rises."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ringkas.model import Article
from ringkas.pipeline import prepare
from ringkas.select.base import Candidates
from ringkas.select.cohesion import dangling, predecessor
from ringkas.select.covering import Covering
from ringkas.select.expected_f1 import ExpectedF1
from ringkas.select.learned import Ranked
from ringkas.select.registry import DEFAULT_METHOD, get_method

# Invented reports of one invented event by three outlets (no sentence repeats another).
BODIES = {
    "a": (
        "Banjir setinggi satu meter merendam empat desa di Kecamatan Sukarame pada Senin pagi.\n\n"
        "Sebanyak dua ratus keluarga mengungsi ke balai desa dan gedung sekolah terdekat.\n\n"
        "Petugas gabungan membuka dapur umum yang melayani para pengungsi tiga kali sehari.\n\n"
        "Camat Sukarame meminta warga di bantaran sungai tetap waspada sampai akhir pekan."
    ),
    "b": (
        "Hujan deras sejak Minggu malam membuat Sungai Cibeureum meluap hingga ke permukiman.\n\n"
        "Jalan provinsi yang menghubungkan dua kabupaten tidak bisa dilalui kendaraan kecil.\n\n"
        "Dinas Sosial mengirim selimut, beras dan obat-obatan ke lokasi pengungsian warga."
    ),
    "c": (
        "Badan Penanggulangan Bencana Daerah mencatat tidak ada korban jiwa dalam kejadian itu.\n\n"
        "Air mulai surut pada Senin sore, tetapi lumpur tebal masih menutup halaman rumah.\n\n"
        "Warga bergotong royong membersihkan masjid dan pasar yang ikut terendam air sungai."
    ),
}


def _candidates() -> Candidates:
    articles = [Article(id=k, outlet=f"{k}.example.id", body=b) for k, b in BODIES.items()]
    return prepare(articles).candidates


def _expected_f1(c: Candidates, p: np.ndarray, chosen: list[int]) -> float:
    """2G / (W + R): G the expected oracle words in the digest, R those of all eligible."""
    words = np.asarray(c.word_counts, dtype=np.float64)
    eligible = c.eligible()
    oracle = float(p[eligible] @ words[eligible])
    gained = float(sum(p[i] * words[i] for i in chosen))
    return 2 * gained / (float(words[chosen].sum()) + oracle)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.floats(-4.0, 4.0), min_size=10, max_size=10), st.integers(20, 120))
def test_each_sentence_raises_the_expected_f1_and_the_next_would_not(
    raw: list[float], budget: int
) -> None:
    c = _candidates()
    scores = np.resize(np.asarray(raw), c.size)
    p = 1.0 / (1.0 + np.exp(-scores))
    select = ExpectedF1(redundancy=1.0, same_article_redundancy=1.0)
    chosen = list(select(c, scores, budget))
    assert chosen and sum(c.word_counts[i] for i in chosen) <= budget
    for k in range(1, len(chosen)):  # every addition raised the expected F1
        assert _expected_f1(c, p, chosen[: k + 1]) > _expected_f1(c, p, chosen[:k])
    # the best eligible sentence left out that fits the budget (and reads on its own) would not
    # have raised it: the selector stopped at the maximum along the ranking
    used = sum(c.word_counts[i] for i in chosen)
    eligible = np.flatnonzero(c.eligible()).tolist()
    leans = dangling(c)
    rest = sorted(
        (
            i
            for i in eligible
            if i not in chosen
            and used + c.word_counts[i] <= budget
            and (not leans[i] or predecessor(c, i) in chosen)
        ),
        key=lambda i: (-scores[i], i),
    )
    ranked = sorted(eligible, key=lambda i: (-scores[i], i))
    if rest and ranked.index(rest[0]) > ranked.index(chosen[-1]):
        assert _expected_f1(c, p, [*chosen, rest[0]]) <= _expected_f1(c, p, chosen) + 1e-12


def test_a_confident_model_says_more_than_an_unsure_one() -> None:
    """Where only a few sentences look like the summary, the digest stops after them; where the
    model thinks most sentences belong, it fills the budget (Ranked would stop at Σ p × words)."""
    c = _candidates()
    unsure = np.full(c.size, -3.0)
    unsure[[0, 4]] = 2.0
    short = ExpectedF1(redundancy=1.0, same_article_redundancy=1.0)(c, unsure, 200)
    assert sorted(short) == [0, 4]
    sure = np.full(c.size, 3.0)
    long = ExpectedF1(redundancy=1.0, same_article_redundancy=1.0)(c, sure, 200)
    assert len(long) == int(c.eligible().sum())


def test_english_fills_the_budget() -> None:
    c = replace(_candidates(), language="en")
    scores = np.full(c.size, -3.0)
    scores[0] = 2.0
    chosen = ExpectedF1(redundancy=1.0, same_article_redundancy=1.0)(c, scores, 60)
    assert len(chosen) > 1
    used = sum(c.word_counts[i] for i in chosen)
    left = [c.word_counts[i] for i in np.flatnonzero(c.eligible()) if i not in chosen]
    assert not left or used + min(left) > 60  # nothing else fits


def test_round_robin_gives_each_article_its_best_sentence_first() -> None:
    c = _candidates()
    ids = [s.article_id for s in c.sentences]
    scores = np.linspace(3.0, 1.0, c.size)  # article a's sentences score highest
    chosen = ExpectedF1(redundancy=1.0, same_article_redundancy=1.0, rounds=1)(c, scores, 200)
    firsts = sorted(ids.index(a) for a in ("a", "b", "c"))  # each article's best: its first
    assert sorted(chosen[:3]) == firsts
    plain = ExpectedF1(redundancy=1.0, same_article_redundancy=1.0)(c, scores, 200)
    assert [ids[i] for i in plain[:2]] == [ids[0], ids[0]]


@pytest.mark.parametrize("budget", [30, 60, 200])
def test_same_order_as_ranked_until_it_stops(budget: int) -> None:
    """Both take sentences best first under the same rules; only where they stop differs."""
    c = _candidates()
    scores = np.linspace(2.0, -2.0, c.size)[::-1]
    mine = ExpectedF1()(c, scores, budget)
    theirs = Ranked(redundancy=0.35, same_article_redundancy=0.5, min_share=0.0, anchor=False)(
        c, scores, budget
    )
    common = min(len(mine), len(theirs))
    assert mine[:common] == theirs[:common]


def test_the_default_uses_it() -> None:
    # inside select.covering, which makes room for the counts outlets agree on
    selector = get_method(DEFAULT_METHOD).selector
    assert isinstance(selector, Covering) and isinstance(selector.inner, ExpectedF1)
