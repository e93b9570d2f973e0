"""The HTML cleaner on page templates it was not written against: sixteen invented pages in the
HTML of other outlets (tests/fixtures/html-pages). Each yields exactly its article's paragraphs,
with its headline, outlet, dateline place and publication day."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ringkas.ingest import clean_html

PAGES = Path(__file__).parent / "fixtures" / "html-pages"
EXPECTED = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))


def test_every_page_has_its_expectation() -> None:
    assert sorted(p.stem for p in PAGES.glob("*.html")) == sorted(EXPECTED)
    assert len(EXPECTED) == 16


@pytest.mark.parametrize("stem", sorted(EXPECTED))
def test_page_body_title_outlet_place_and_day(stem: str) -> None:
    want = EXPECTED[stem]
    page = clean_html((PAGES / f"{stem}.html").read_text(encoding="utf-8"), url=want["url"])
    assert page.body.split("\n\n") == want["paragraphs"]
    assert (page.title, page.outlet, page.place) == (want["title"], want["outlet"], want["place"])
    assert page.published is not None and page.published.isoformat() == want["published"]
    assert not page.warning


def test_text_runs_parted_by_a_block_are_paragraphs() -> None:
    # An older layout: text runs parted by <br>, an ad box between two of them. The run after
    # the box was dropped (ANTARA's layout) or glued to the box's label (SINDOnews').
    first = "Pemerintah kota menambah 40 armada bus untuk melayani warga selama libur panjang."
    second = "Menurut dia, armada tambahan itu <b>beroperasi</b> mulai pukul 05.00 hingga 22.00."
    third = "Dinas perhubungan juga menyiapkan petugas di setiap halte utama kota tersebut."
    html = (
        "<html><body><article><div class='content'>"
        f"BANDUNG - {first}<br><br>"
        "<div class='ads'><div class='ads-label'>Advertisement</div></div>"
        f"{second}<br><br>{third}<br><br></div></article></body></html>"
    )
    page = clean_html(html)
    assert page.body.split("\n\n") == [first, second.replace("<b>", "").replace("</b>", ""), third]
    assert page.place == "BANDUNG"


def test_comment_section_named_by_a_data_attribute_is_dropped() -> None:
    paragraphs = [
        "Pemerintah kota menambah 40 armada bus untuk melayani warga selama libur panjang pekan ini.",
        "Dinas perhubungan juga menyiapkan petugas di setiap halte utama kota tersebut, kata Rina.",
        "Layanan tambahan itu berlaku hingga akhir bulan dan dapat diperpanjang bila diperlukan.",
    ]
    html = (
        "<html><body><article>"
        + "".join(f"<p data-qa-id='story-paragraph'>{p}</p>" for p in paragraphs)
        + "<section data-qa-id='comment-section'><h3>Komentar</h3>"
        "<div data-qa-id='comment-item'><p>Semoga busnya tepat waktu dan tidak ugal-ugalan di jalan raya kota.</p></div>"
        "</section></article></body></html>"
    )
    assert clean_html(html).body.split("\n\n") == paragraphs
