"""Undated articles in the story assigner: the weekday of an Indonesian dateline picks its year, and
without a date on both sides an Indonesian article joins a story only on a high body cosine.
Invented text only."""

from __future__ import annotations

import random
from datetime import date

import pytest

from ringkas.stories.assign import UNDATED_MIN_DOCS, Assigner, dateline

LATEST = date(2018, 2, 28)  # a Wednesday


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        # Without a year, a weekday names the one date of the past year on that weekday.
        ("Hari ini, Rabu (8/11), ia resmi menikah.", date(2017, 11, 8)),
        ("JAKARTA - Senin ( 23/10 ) pagi, wakil duta besar datang.", date(2017, 10, 23)),
        ("Jumat, (29/12) malam, petugas membawa tersangka.", date(2017, 12, 29)),
        # No weekday: only within 45 days of the stream's latest date, as before.
        ("Pada (15/3) lalu harga naik.", date(2018, 3, 15)),
        ("Pada (8/11) lalu harga naik.", None),
        # A named weekday that 8/11 never falls on in the year before: no date.
        ("Selasa (8/11) pagi.", None),
        # At most 45 days ahead of the stream, weekday or not (a later date would drag it on).
        ("Selasa (15/5) pagi.", None),
        # A year in the dateline is taken as written.
        ("Minggu (28/8/2016) siang.", date(2016, 8, 28)),
    ],
)
def test_a_dateline_is_dated_by_its_weekday(opening: str, expected: date | None) -> None:
    assert dateline(opening, LATEST) == expected


def test_a_weekday_dateline_needs_the_streams_date() -> None:
    assert dateline("Rabu (8/11) pagi.", None) is None


def _filler(n: int) -> list[str]:
    """Invented Indonesian-looking articles of random made-up words: they give the stream an IDF."""
    rng = random.Random(15)
    syllables = ["ka", "lu", "ma", "ri", "to", "sen", "dar", "pi", "wo", "ne", "gu", "ban"]
    out = []
    for _ in range(n):
        vocabulary = ["".join(rng.choice(syllables) for _ in range(3)) for _ in range(40)]
        out.append(" ".join(rng.choice(vocabulary) for _ in range(80)) + ".")
    return out


EVENT = (
    "Warga Desa Sukamaju memanen padi organik bersama Bupati Tarmidi di sawah Cibeureum. "
    "Panen raya padi organik itu menghasilkan delapan ton gabah kering dari lahan sepuluh "
    "hektare, kata Bupati Tarmidi. Koperasi tani Sukamaju akan menjual beras organik ke pasar."
)
FOLLOW_UP = (
    "Bupati Tarmidi ikut memanen padi organik di sawah Cibeureum bersama warga Sukamaju. "
    "Koperasi tani Sukamaju mencatat hasil panen padi organik delapan ton gabah kering, "
    "dan beras organik itu segera dijual ke pasar kabupaten."
)


def _assign(texts: list[tuple[str, date | None]], filler: int, min_body: float | None) -> list[str]:
    assigner = Assigner(undated_min_body=min_body)
    for k, text in enumerate(_filler(filler)):
        assigner.assign(f"filler-{k}", text, None, "id")
    return [assigner.assign(f"a{k}", t, d, "id") for k, (t, d) in enumerate(texts)]


def test_undated_reports_of_one_event_join_above_the_bar() -> None:
    first, second = _assign([(EVENT, None), (FOLLOW_UP, None)], UNDATED_MIN_DOCS, None)
    assert first == second


def test_without_dates_a_join_needs_the_body_cosine_bar() -> None:
    # The same two reports, with an impossible bar: undated, they stay apart ...
    first, second = _assign([(EVENT, None), (FOLLOW_UP, None)], UNDATED_MIN_DOCS, 0.99)
    assert first != second
    # ... one undated side is enough to need the bar ...
    day = date(2017, 6, 1)
    first, second = _assign([(EVENT, day), (FOLLOW_UP, None)], UNDATED_MIN_DOCS, 0.99)
    assert first != second
    # ... dated on both sides the time window bounds the story and the bar does not apply ...
    first, second = _assign([(EVENT, day), (FOLLOW_UP, day)], UNDATED_MIN_DOCS, 0.99)
    assert first == second
    # ... nor in a young stream, whose IDF cannot tell rare words from common ones.
    first, second = _assign([(EVENT, None), (FOLLOW_UP, None)], 0, 0.99)
    assert first == second
