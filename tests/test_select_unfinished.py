"""A line that ends in a bracket with no full stop before it is a list's item or a title, and a
sentence wholly in brackets an aside or a credit: neither is quoted. A sentence that lost its full
stop after its day in brackets still is. The sentences are written for this test (kinds seen in
IndoSum's and Multi-News' bodies: match results, chart and playlist entries, wire credits)."""

from __future__ import annotations

import pytest

from ringkas.config import Config
from ringkas.model import Article
from ringkas.pipeline import prepare
from ringkas.select.base import unfinished

PROSE_ID = [
    "Pemerintah kota menutup Jembatan Merah sejak Senin pagi untuk perbaikan besar-besaran.",
    "Petugas menemukan retakan pada dua tiang penyangga jembatan itu dalam pemeriksaan rutin.",
    "Perbaikan diperkirakan menelan biaya sekitar 40 miliar rupiah dan berlangsung delapan bulan.",
    "Warga diminta memakai jalan lingkar selama jembatan ditutup, kata kepala dinas perhubungan.",
]

NOT_SENTENCES = [
    "Harbour City FC 2-0 River Town United (Ben Carter 13', Sam Reid 78')",
    "Persija Jakarta 1-1 Persib Bandung (Rizky Pratama 12'; Dimas Ananda 90 + 2')",
    "Band Pelangi – “Jembatan Merah di Kala Senja” (Versi Akustik Baru)",
    "The Long Bridge Home: A Story of Two Cities (2019)",
    "(Additional reporting by Dana Whitfield; Editing by Mark Cole and Ann Lee)",
    "(The bridge had been closed once before, in 1998, for three weeks.)",
    # s19: wholly in brackets before the full stop, a citation or an aside
    "(Harbour official 302, March 3, 2015, p. 3).",
    "(It had been closed once before, in 1998).",
    "(Dinas Perhubungan (Dishub) menutup jalan itu sejak pagi).",
]

SENTENCES = [
    # the full stop lost after the day in brackets
    "Jembatan itu akan dibuka kembali pada Mei, kata Kepala Dinas Perhubungan, Selasa (3/12)",
    "Lalu lintas dialihkan ke jalan lingkar mulai pukul 06.00 WIB, Senin (2/12/2024)",
    # a bracket after the full stop, and one inside the sentence
    "Perbaikan jembatan dijadwalkan selesai sebelum musim hujan berikutnya tiba. (Bersambung)",
    "The council said the bridge (built in 1931) would reopen to cars in the spring.",
    # a first bracket that closes before the end opens a sentence
    "(CNN) The bridge reopened on Monday, the council said (in a statement).",
    "(Foto) Jembatan itu dibuka kembali pada Senin pagi setelah delapan bulan (3/12).",
]


@pytest.mark.parametrize("text", NOT_SENTENCES)
def test_a_list_item_title_or_aside_is_unfinished(text: str) -> None:
    assert unfinished(text)


@pytest.mark.parametrize("text", SENTENCES)
def test_a_sentence_is_not_unfinished(text: str) -> None:
    assert not unfinished(text)


def test_unfinished_lines_are_never_quotable_and_sentences_stay() -> None:
    # each line a paragraph of its own, as such lines stand in a body
    bodies = [
        "\n\n".join(PROSE_ID[:2] + NOT_SENTENCES[:3]),
        "\n\n".join(PROSE_ID[2:] + SENTENCES[:2]),
    ]
    articles = [
        Article(id=k, outlet=f"media{k}.example", body=body) for k, body in enumerate(bodies)
    ]
    c = prepare(articles, Config(language="id")).candidates
    quotable = {s.text for s, ok in zip(c.sentences, c.eligible(), strict=True) if ok}
    assert set(PROSE_ID) | set(SENTENCES[:2]) <= quotable
    texts = {s.text for s in c.sentences}
    assert set(NOT_SENTENCES[:3]) <= texts
    assert not set(NOT_SENTENCES) & quotable
