"""The anchor report: the article whose opening best states what several outlets print."""

from __future__ import annotations

from ringkas.config import Config
from ringkas.ingest import article_from_text
from ringkas.pipeline import prepare
from ringkas.select.base import anchor_article, anchor_lead
from ringkas.select.registry import get_method

SHARED = [
    "Banjir bandang melanda Kecamatan Sukamaju di Kabupaten Garut pada Senin malam setelah hujan deras.",
    "Badan Penanggulangan Bencana Daerah mencatat tiga ratus rumah terendam dan dua jembatan putus.",
    "Warga mengungsi ke balai desa dan masjid terdekat sambil menunggu air surut.",
]


def _article(n: int, body: list[str], outlet: str) -> object:
    return article_from_text("\n\n".join(body), id=f"a{n}", outlet=outlet)


def _cluster() -> list[object]:
    # a1 opens with an aside; a2 opens with the facts every outlet prints; a3 repeats them later.
    a1 = [
        "Musim hujan tahun ini datang lebih awal dibanding tahun lalu menurut pengamat cuaca setempat.",
        "Para petani di daerah selatan mulai khawatir dengan hasil panen padi mereka tahun ini.",
        SHARED[0],
        SHARED[1],
    ]
    a2 = [SHARED[0], SHARED[1], SHARED[2]]
    a3 = [
        "Pemerintah daerah menyiapkan dapur umum bagi para korban di sejumlah titik pengungsian.",
        SHARED[1].replace("mencatat", "melaporkan"),
        SHARED[2].replace("terdekat", "di sekitar kampung"),
    ]
    return [_article(1, a1, "satu.id"), _article(2, a2, "dua.com"), _article(3, a3, "tiga.co.id")]


def test_anchor_is_the_opening_that_states_the_shared_facts() -> None:
    c = prepare(_cluster(), Config()).candidates  # type: ignore[arg-type]
    assert anchor_article(c, 60) == "a2"
    lead = anchor_lead(c, 60)
    assert [c.sentences[i].article_id for i in lead] == ["a2"] * len(lead)
    assert [c.sentences[i].index for i in lead] == list(range(len(lead)))  # in order, from the top
    assert sum(c.word_counts[i] for i in lead) <= 60


def test_anchored_default_opens_with_the_anchor_lead() -> None:
    c = prepare(_cluster(), Config()).candidates  # type: ignore[arg-type]
    chosen = get_method("anchored-ilp").choose(c, 40)
    first = c.sentences[min(chosen)]
    assert (first.article_id, first.index) == ("a2", 0)


def test_one_article_is_its_own_anchor() -> None:
    c = prepare([_article(9, SHARED, "satu.id")], Config()).candidates  # type: ignore[list-item]
    assert anchor_article(c, 100) == "a9"
