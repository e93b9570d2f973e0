"""The flat-text cleaner on English pages as a browser copies them: eight invented pages in the
layouts of AP, Reuters, CNN, BBC, the Guardian, the New York Times, Fox News and USA TODAY
(tests/fixtures/pages-en). Each keeps exactly its article's paragraphs, with its headline,
outlet (the wire for a wire dateline, else the page's address) and dateline place."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ringkas.ingest import clean_text
from ringkas.ingest.datelines import outlet_from_url

PAGES = Path(__file__).parent / "fixtures" / "pages-en"
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
    assert not page.warning
