"""The flat-text cleaner on Indonesian pages that are not an outlet's ordinary article: eight
invented pages (tests/fixtures/pages-id-kinds) — a ministry's press release, a police public
relations page, a fact check, a match report with its scoreboard and table, a regional network
site, a court report, a news app's copy and a market report with its ticker and disclaimer.
Each keeps exactly its article's paragraphs, with its headline, outlet and dateline place (7 of
8 failed before: headlines taken from a byline, a view counter, a stadium line or the app's
name; a disclaimer and a tip line kept; a network site's name read as a place)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ringkas.ingest import clean_text
from ringkas.ingest.datelines import outlet_from_url, site_label, split_dateline

PAGES = Path(__file__).parent / "fixtures" / "pages-id-kinds"
EXPECTED = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))


def test_every_page_has_its_expectation() -> None:
    assert sorted(p.stem for p in PAGES.glob("*.txt")) == sorted(EXPECTED)
    assert len(EXPECTED) == 8


@pytest.mark.parametrize("stem", sorted(EXPECTED))
def test_page_body_title_outlet_and_place(stem: str) -> None:
    want = EXPECTED[stem]
    page = clean_text((PAGES / f"{stem}.txt").read_text(encoding="utf-8"), url=want["url"])
    assert page.body.split("\n\n") == want["paragraphs"]
    assert page.title == want["title"]
    assert (page.outlet or outlet_from_url(want["url"])) == want["outlet"]
    assert page.place == want["place"]
    assert bool(page.warning) == want["expect_warning"]


def test_a_place_outside_the_list_is_a_dateline_when_the_sentence_names_it_again() -> None:
    text = "Satreskrim Polres Sumedang menangkap dua pria yang diduga mencuri kabel milik PLN."
    assert split_dateline(f"Sumedang – {text}")[1] == "Sumedang"
    # a name before a dash, and a compound the text writes with a spaced dash, are no place
    other = "Persija menang dua gol tanpa balas atas tim tamu di laga pekan kesembilan liga."
    assert split_dateline(f"Persib – {other}")[1] == ""
    compound = "Mercedes - Benz meluncurkan model baru rakitan pabrik Mercedes - Benz di Bogor."
    assert split_dateline(compound)[1] == ""


def test_a_network_sites_name_opening_the_text_is_its_outlet_not_a_place() -> None:
    url = "https://wartapriangan.pikiran-rakyat.com/garut/pr-1/jalan-amblas"
    assert site_label(url) == "wartapriangan"
    assert site_label("https://news.detik.com/berita/d-1/x") == "news"
    assert site_label("https://www.kompas.com/x") == ""
    text = "WARTA PRIANGAN - Jalan provinsi di Kecamatan Cikajang amblas sepanjang 20 meter pada Senin."
    outlet, place, _, rest = split_dateline(text, outlet_from_url(url), site_label(url))
    assert (outlet, place) == ("pikiran-rakyat.com", "")
    assert rest.startswith("Jalan provinsi")
