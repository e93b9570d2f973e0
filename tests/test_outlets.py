"""Outlet names: found where the page says them, else shown as unnamed with the file name beside
it (digest, sources, outlet lists, web page data). Fixtures are invented text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ringkas.config import Config
from ringkas.ingest import article_from_text, load
from ringkas.ingest.outlets import find_outlet
from ringkas.pipeline import summarize
from ringkas.render import render

BODY = (
    "Hujan deras mengguyur kota sejak pagi dan merendam puluhan rumah warga di tepi sungai. "
    "Petugas mengevakuasi warga lanjut usia ke balai desa yang lebih aman.\n\n"
    "Kepala desa mengatakan air mulai surut pada Senin (6/1/2025) sore setelah hujan berhenti."
)


@pytest.mark.parametrize(
    ("page", "outlet"),
    [
        # a site-name line above the headline
        (f"Kompas.com\nBanjir Rendam Desa\n\n{BODY}", "kompas.com"),
        (f"TEMPO.CO\n\nBanjir Rendam Desa\n\n{BODY}", "tempo.co"),
        # a dateline below a photo caption and a teaser, where the cleaner does not look
        (
            "Banjir Rendam Desa\nFoto: warga mengungsi (Dok. Istimewa)\nWarga mengungsi.\n"
            f"Banjir terjadi lagi pekan ini.\nTEMPO.CO, Jakarta - {BODY}",
            "tempo.co",
        ),
        (
            f"Banjir Rendam Desa\nFoto: dok\nCatatan redaksi\nJAKARTA, KOMPAS.com - {BODY}",
            "kompas.com",
        ),
        # a "read the article at" credit
        (
            f"Banjir Rendam Desa\n\n{BODY}\n\nBaca artikel detiknews, selengkapnya di sana.",
            "detik.com",
        ),
        # links to the outlet's own pages, not the share buttons
        (
            f"Banjir Rendam Desa\n\n{BODY}\n\nhttps://www.facebook.com/share?u=1\n"
            "https://www.facebook.com/share?u=2\nhttps://news.contohberita.co.id/a/1\n"
            "https://news.contohberita.co.id/a/2\nhttps://twitter.com/intent",
            "contohberita.co.id",
        ),
        (f"Banjir Rendam Desa\n\n{BODY}", ""),
    ],
)
def test_outlet_found_where_the_page_says_it(page: str, outlet: str) -> None:
    assert article_from_text(page, id="p").outlet == outlet


def test_outlet_from_html_metadata() -> None:
    html = (
        '<html><head><meta property="og:site_name" content="Contoh News">'
        '<link rel="canonical" href="https://www.contohberita.com/berita/1"><title>Banjir</title>'
        f"</head><body><article><h1>Banjir Rendam Desa</h1><p>{BODY}</p></article></body></html>"
    )
    assert article_from_text(html, id="h", html=True).outlet == "contohberita.com"


def test_find_outlet_ignores_share_links_only() -> None:
    assert find_outlet(f"{BODY}\nhttps://wa.me/123\nhttps://t.me/share") == ""


def test_a_page_without_outlet_is_shown_unnamed_with_its_file_name(tmp_path: Path) -> None:
    (tmp_path / "000_abc.txt").write_text(f"Banjir Rendam Desa\n\n{BODY}", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "Banjir di Desa\n\nkumparan.com - " + BODY.replace("Hujan deras", "Hujan lebat"),
        encoding="utf-8",
    )
    digest = summarize(load([str(tmp_path)]).articles, Config(words=60))
    text = render(digest, "text")
    assert "tanpa nama media: 000_abc" in text
    assert digest.timeline and "000_abc" in digest.timeline[0].outlets  # listed in the timeline
    # never the bare file name as if it were an outlet
    for fmt in ("text", "markdown", "html"):
        out = render(digest, fmt)
        bare = out.replace("tanpa nama media: 000_abc", "")
        assert "000_abc" not in bare, fmt
    data = json.loads(render(digest, "json"))
    unnamed = next(s for s in data["sources"] if s["article_id"] == "000_abc")
    assert unnamed["outlet"] == ""  # the data says "no outlet"; the page and renderers name it


def test_the_seed_page_without_outlet_is_never_shown_bare(seed_dir: Path) -> None:
    digest = summarize(load([str(seed_dir)]).articles, Config(words=120))
    (unnamed,) = [s.article_id for s in digest.sources if not s.outlet]
    assert digest.conflicts  # its quotes are evidence in the seed's conflicts
    for fmt in ("text", "markdown", "html"):
        shown = render(digest, fmt)
        # the label reads inside the parentheses that cite a quote: "(tanpa nama media: …)"
        assert f"(tanpa nama media: {unnamed})" in shown or fmt != "text"
        assert "((" not in shown, fmt
        out = shown.replace(f"tanpa nama media: {unnamed}", "")
        assert unnamed not in out, fmt


EN_BODY = (
    "A man who served three years in prison won a state lottery prize again on Monday, "
    "officials said.\n\nHe bought the ticket at a gas station near his home, they said, and "
    "plans to expand his mother's taxi business with the money."
)


def test_a_wire_datelines_state_is_no_outlet() -> None:
    # "MOUNT DORA, Fla. -" was read as the outlet "fla."
    page = f"Lottery Winner Strikes Again\n\nMOUNT DORA, Fla. -\n\n{EN_BODY}"
    article = article_from_text(page, id="wire")
    assert article.outlet == ""
    assert "Fla." not in article.body


def test_tweet_shorteners_and_government_sites_are_no_outlet() -> None:
    # an embedded tweet links through t.co; a story links to its sources at .gov sites
    links = (
        "pic.twitter.com/AbC https://t.co/xYz1 https://t.co/xYz2 https://t.co/xYz3 "
        "https://www.archives.gov/a https://www.whitehouse.gov/b https://www.whitehouse.gov/c"
    )
    assert find_outlet(f"{EN_BODY}\n\n{links}") == ""
    assert find_outlet(f"{EN_BODY}\n\n{links} https://www.example-news.com/story") == (
        "example-news.com"
    )
