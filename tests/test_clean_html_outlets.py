"""The HTML cleaner on page templates it was not written against: invented pages in the HTML of
thirty-two Indonesian outlets (tests/fixtures/html-pages, and html-pages-2: tirto, KOMPAS TV, a
Grid site, Medcom, inilah, RMOL, tvOnenews, Narasi), eight English ones
(tests/fixtures/html-pages-en) and eight page kinds other than an article (tests/fixtures/
html-kinds: AMP, a paged article's page 2, a live report, a gallery, an opinion column, an
interview, a page its scripts render, an infographic) and ten photo galleries, articles with
photos and live reports (tests/fixtures/html-galleries). Each yields exactly its article's
paragraphs, with its headline, outlet, dateline place and publication day."""

from __future__ import annotations

import json

import pytest

from conftest import FIXTURES, expectations
from ringkas.ingest import clean_html

FOLDERS = {
    "html-pages": 24,
    "html-pages-2": 8,
    "html-pages-en": 8,
    "html-kinds": 8,
    "html-galleries": 10,
}
EXPECTED = expectations(FOLDERS)


@pytest.mark.parametrize("folder", sorted(FOLDERS))
def test_every_page_has_its_expectation(folder: str) -> None:
    stems = sorted(p.stem for p in (FIXTURES / folder).glob("*.html"))
    assert stems == sorted(stem for f, stem in EXPECTED if f == folder)
    assert len(stems) == FOLDERS[folder]


@pytest.mark.parametrize("page_key", sorted(EXPECTED), ids=lambda k: k[1])
def test_page_body_title_outlet_place_and_day(page_key: tuple[str, str]) -> None:
    folder, stem = page_key
    want = EXPECTED[page_key]
    html = (FIXTURES / folder / f"{stem}.html").read_text(encoding="utf-8")
    page = clean_html(html, url=want["url"])
    assert page.body.split("\n\n") == want["paragraphs"]
    assert (page.title, page.outlet, page.place) == (want["title"], want["outlet"], want["place"])
    assert page.published is not None and page.published.isoformat() == want["published"]
    # an infographic's one caption among its menus: summarized, but said to be uncertain
    assert bool(page.warning) == want.get("expect_warning", False)


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


def test_site_name_after_the_headline_is_not_the_title() -> None:
    body = "".join(
        f"<p>{p}</p>"
        for p in (
            "Pemerintah kota menambah 40 armada bus untuk melayani warga selama libur panjang.",
            "Dinas perhubungan juga menyiapkan petugas di setiap halte utama kota tersebut.",
            "Layanan tambahan itu berlaku hingga akhir bulan dan dapat diperpanjang, kata Rina.",
        )
    )
    for meta_title, url in (
        ("Bus Tambahan untuk Libur Panjang - Tribun Solo", "https://solo.tribunnews.com/x"),
        ("Bus Tambahan untuk Libur Panjang - Pikiran-Rakyat.com", ""),
        (
            "Bus Tambahan untuk Libur Panjang | Zona Jakarta",
            "https://zonajakarta.pikiran-rakyat.com/x",
        ),
    ):
        html = (
            f"<html><head><meta property='og:title' content='{meta_title}'>"
            "<meta property='og:site_name' content='TribunSolo.com'></head>"
            f"<body><article>{body}</article></body></html>"
        )
        assert clean_html(html, url=url).title == "Bus Tambahan untuk Libur Panjang", meta_title
    # a headline's own dash names no site
    html = (
        "<html><head><meta property='og:title' content='Persib - Persija Berakhir Imbang'></head>"
        f"<body><article>{body}</article></body></html>"
    )
    assert (
        clean_html(html, url="https://www.bola.com/x").title == "Persib - Persija Berakhir Imbang"
    )


def test_embedded_post_and_article_list() -> None:
    intro = (
        "Dinas perhubungan menetapkan syarat bagi pengemudi bus yang melayani rute mudik tahun ini."
    )
    items = [
        "Memiliki surat izin mengemudi yang masih berlaku",
        "Lulus tes urine dan pemeriksaan tekanan darah",
        "Tidak bekerja lebih dari delapan jam sehari",
    ]
    closing = "Pemeriksaan dilakukan di terminal sejak Senin hingga akhir pekan, kata Kepala Dinas."
    html = (
        "<html><body><div class='konten'>"
        f"<p>{intro}</p><p>Berikut syarat bagi para pengemudi bus mudik:</p>"
        "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"
        "<blockquote class='twitter-tweet'><p>Mulai Senin, posko pemeriksaan pengemudi dibuka di "
        "terminal kota. pic.twitter.com/Ab12Cd34</p>&mdash; Dishub Kota (@dishubkota)</blockquote>"
        f"<p>{closing}</p>"
        "<ul class='related'><li><a href='/a'>Harga Tiket Bus Naik Jelang Mudik</a></li>"
        "<li><a href='/b'>Jadwal Mudik Gratis Dibuka Pekan Depan</a></li></ul>"
        "</div></body></html>"
    )
    assert clean_html(html).body.split("\n\n") == [
        intro,
        "Berikut syarat bagi para pengemudi bus mudik:",
        *(f"- {item}" for item in items),
        closing,
    ]


def test_lead_that_is_the_description_stays() -> None:
    # detik gives its lead as the page's description: under the headline it is the article's
    # first paragraph, not a deck
    lead = "Pemerintah kota menambah 40 armada bus untuk melayani warga selama libur panjang pekan ini."
    rest = [
        "Dinas perhubungan juga menyiapkan petugas di setiap halte utama kota tersebut, kata Rina.",
        "Layanan tambahan itu berlaku hingga akhir bulan dan dapat diperpanjang bila diperlukan.",
    ]
    html = (
        "<html><head><meta property='og:title' content='Bus Tambahan untuk Libur Panjang'>"
        f"<meta name='description' content='{lead}'></head><body><article>"
        "<h1>Bus Tambahan untuk Libur Panjang</h1>"
        + "".join(f"<p>{p}</p>" for p in (lead, *rest))
        + "</article></body></html>"
    )
    assert clean_html(html).body.split("\n\n") == [lead, *rest]


def test_page_rendered_by_scripts_is_read_from_its_structured_data() -> None:
    body = [
        "Pemerintah kota menambah 40 armada bus untuk melayani warga selama libur panjang pekan ini.",
        "Dinas perhubungan juga menyiapkan petugas di setiap halte utama kota tersebut, kata Rina.",
        "Layanan tambahan itu berlaku hingga akhir bulan dan dapat diperpanjang bila diperlukan.",
    ]
    data = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "name": "Kabar Kota"},
            {
                "@type": "NewsArticle",
                "headline": "Bus Tambahan untuk Libur Panjang",
                "datePublished": "2025-03-14T08:00:00+07:00",
                "articleBody": "\n".join(body),
            },
        ],
    }
    html = (
        "<html><head><title>Bus Tambahan | kabarkota.id</title>"
        f"<script type='application/ld+json'>{json.dumps(data)}</script></head>"
        "<body><div id='root'></div><noscript>Aktifkan JavaScript untuk membaca.</noscript>"
        '<script>window.__STATE__ = {"articles": []};</script></body></html>'
    )
    page = clean_html(html)
    assert page.body.split("\n\n") == body
    assert page.title == "Bus Tambahan untuk Libur Panjang"
    assert page.published is not None and page.published.isoformat() == "2025-03-14"


def test_text_right_after_a_list_is_a_paragraph() -> None:
    first = (
        "Dinas perhubungan menetapkan syarat bagi pengemudi bus yang melayani rute mudik tahun ini."
    )
    items = [
        "Memiliki surat izin mengemudi yang masih berlaku",
        "Lulus tes urine dan pemeriksaan darah",
    ]
    after = (
        "Pemeriksaan dilakukan di terminal sejak Senin hingga akhir pekan, kata Kepala Dinas kota."
    )
    last = (
        "Petugas juga akan memeriksa kelaikan kendaraan di setiap terminal utama, ujarnya kemarin."
    )
    html = (
        f"<html><body><div class='konten'><p>{first}</p><ul>"
        + "".join(f"<li>{item}</li>" for item in items)
        + f"</ul>{after}<br><br>{last}</div></body></html>"
    )
    assert clean_html(html).body.split("\n\n") == [first, *(f"- {i}" for i in items), after, last]
