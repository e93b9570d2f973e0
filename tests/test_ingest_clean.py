"""Boilerplate removal: each rule on invented snippets; the real seed pages; idempotence."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import EXAMPLES
from corpus_fixture import SENTENCES
from ringkas.ingest import clean_text, load
from ringkas.ingest.datelines import split_dateline
from ringkas.model import Removed

P1 = "Banjir merendam ratusan rumah warga di Kecamatan Sukamaju pada Sabtu pagi."
P2 = "Petugas BPBD mengevakuasi warga lanjut usia menggunakan perahu karet."
P3 = "Pemerintah daerah menyalurkan bantuan makanan dan air bersih kepada pengungsi."


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Baca Juga: Harga Cabai Naik Lagi di Pasar Induk", "baca-juga"),
        ("Nyaman tanpa iklan. Langganan KabarPro", "subscription"),
        ("Cek Berita dan Artikel yang lain di Google News", "follow"),
        ("Simak berita terbaru kami di WhatsApp Channel", "follow"),
        ("0 Komentar", "comments"),
        ("Loading...", "comments"),
        ("Editor : Rina Marlina", "byline"),
        ("Penulis: Dimas", "byline"),
        ("Warga melihat rumah yang rusak di Cibadak./Antara", "caption"),
        # a related link in brackets, as IndoSum's outlets print it between paragraphs
        ("(Baca: Polisi Buru Pelaku Pencurian di Sukamaju)", "baca-juga"),
        ("(Baca juga: Harga Cabai Naik Lagi di Pasar Induk)", "baca-juga"),
        ("[Lihat juga: Banjir Kembali Rendam Cibadak]", "baca-juga"),
        # the page asking its reader to click, follow or read on
        ("Klik di sini untuk mendapatkan kabar terbaru setiap pagi.", "promo"),
        ("Yuk, gabung di komunitas pembaca KabarSatu!", "promo"),
        ("Terima kasih telah membaca artikel ini.", "promo"),
        ("Jangan lupa ikuti akun Instagram kami untuk kabar terkini.", "promo"),
        ("Dapatkan berita terbaru dari KabarSatu hanya dengan satu akun, daftar di sini.", "promo"),
        (
            "* Fakta atau Hoaks? Kirim kabar yang meragukan, silakan WhatsApp ke nomor 0812 0000 000.",
            "promo",
        ),
        ("Isi komentar sepenuhnya adalah tanggung jawab pengguna.", "comments"),
        ("Temukan juga kami di Google News.", "follow"),
        ("Jangan lewatkan berita terbaru, ikuti saluran WhatsApp kami.", "promo"),
        ("Bantu kami untuk memahami apa yang kamu butuhkan dengan mengisi survei ini", "promo"),
        ("Isi artikel di luar tanggung jawab redaksi.", "disclaimer"),
        ("Copyright © 2024 KabarSatu. All rights reserved.", "copyright"),
        ("Hak cipta dilindungi undang-undang.", "copyright"),
        ("(rdn/ara)", "editor-initials"),
        ("URL telah disalin", "share"),
        (
            "KabarSatu.id adalah portal berita daerah. Kamu bisa menjadi anggota komunitasnya.",
            "promo",
        ),
        ("Sumber berita Gizmochina dan Mobilescout.", "byline"),
        # English pages' link labels in capitals
        ("BLOG: Why the Harbour Bridge Closure Matters", "baca-juga"),
        ("RELATED | Ferry Timetable Changes Next Week", "baca-juga"),
        ("MORE 5 Photos That Show the Old Bridge", "baca-juga"),
        ("VIDEO: Detik-detik Banjir di Sukamaju", "baca-juga"),
        # an opinion column's notes about itself
        (
            "Tulisan ini merupakan pendapat pribadi penulis dan tidak mencerminkan pandangan redaksi.",
            "disclaimer",
        ),
        ("*Penulis adalah dosen Ilmu Pemerintahan Universitas Lebakjaya.", "disclaimer"),
        ("The writer is a lecturer at Universitas Lebakjaya.", "disclaimer"),
    ],
)
def test_furniture_line_removed(line: str, reason: str) -> None:
    page = clean_text(f"{P1}\n{line}\n{P2}")
    assert page.body == f"{P1}\n\n{P2}"
    assert any(r.reason == reason and r.text == line for r in page.removed)


@pytest.mark.parametrize(
    "line",
    [
        # prose that opens as a call to action does, or names a number to call, stays
        "Jangan lupa membawa KTP asli saat datang ke tempat pemungutan suara, kata Ketua KPU.",
        "Mari kita dukung tim nasional yang akan bertanding di Bangkok pekan depan, ujarnya.",
        "“Silakan hubungi nomor kepolisian setempat untuk meminta pengawalan,” kata Kapolres.",
        "Ayo, kami siap menghadapi siapa pun di final, teriak para pemain seusai laga.",
        "Hak cipta lagu itu dimiliki oleh sebuah label rekaman asal Jakarta sejak 2010.",
        "Penulis adalah salah satu saksi yang melihat kejadian itu dari seberang jalan, kata polisi.",
        "Copyright infringement cases rose by a fifth last year, the office said.",
        "Sumber berita itu menolak disebutkan namanya karena tidak berwenang berbicara.",
        "Kamu bisa menaiki perahu tradisional bernama kelotok dari dermaga kecil di tepi sungai.",
        "(Sebelumnya, polisi telah memeriksa tiga saksi di lokasi kejadian.)",
        "Jangan lewatkan kesempatan ini, kata Bupati kepada para petani di balai desa.",
        "Temukan kami di lokasi pengungsian, kata relawan yang membuka dapur umum di sana.",
        "Bantu kami membersihkan lumpur, pinta warga kepada petugas yang datang sore itu.",
        # a lead paragraph that opens in capitals is no label
        "MORE THAN 200 people left their homes on Sunday as the river rose above the banks, "
        "officials said, and the army sent boats to the villages cut off by the flood.",
        "More than 200 people left their homes on Sunday as the river rose, officials said.",
    ],
)
def test_prose_like_furniture_stays(line: str) -> None:
    page = clean_text(f"{P1}\n{line}\n{P2}")
    assert page.body == f"{P1}\n\n{line}\n\n{P2}"


@pytest.mark.parametrize(
    "header",
    ["Berita Terkait", "Artikel Terkait", "Terpopuler", "Pilihan", "Terkini", "Konten Premium"],
)
def test_everything_after_a_related_section_is_cut(header: str) -> None:
    page = clean_text(f"{P1}\n{P2}\n{header}\n-\nJudul Lain Yang Menarik Sekali Hari Ini\n{P3}")
    assert page.body == f"{P1}\n\n{P2}"
    assert page.removed[-1].reason == "related-section"


def test_title_repeated_caption_duplicated_teaser_and_initials() -> None:
    raw = (
        f"Banjir Rendam Sukamaju\nIlustrasi\nBanjir Rendam Sukamaju\n{P1}\n"
        f"Foto warga mengungsi di balai desa./Antara\nFoto warga mengungsi di balai desa./Antara\n"
        f"Kabarsatu.id, CIREBON - {P1}\n{P2}\n{P3} (rdn)\nTulisan ini berasal dari redaksi Kabarsatu.id\nComment"
    )
    page = clean_text(raw)
    assert page.title == "Banjir Rendam Sukamaju"
    assert page.body == f"{P1}\n\n{P2}\n\n{P3}"
    assert page.outlet == "kabarsatu.id" and page.place == "CIREBON"
    reasons = {r.reason for r in page.removed}
    assert {
        "title",
        "caption",
        "duplicate",
        "dateline",
        "editor-initials",
        "credit",
        "comments",
    } <= reasons


@pytest.mark.parametrize(
    ("opening", "outlet", "place"),
    [
        ("tirto.id - ", "tirto.id", ""),
        ("FAJAR.CO.ID, PYONGYANG–", "fajar.co.id", "PYONGYANG"),
        ("Suara.com - ", "suara.com", ""),
        ("Bisnis.com, JAKARTA - ", "bisnis.com", "JAKARTA"),
        ("Jakarta, CNN Indonesia -- ", "cnnindonesia.com", "Jakarta"),
        ("Jakarta, CNN Indonesia - - ", "cnnindonesia.com", "Jakarta"),
        ("SUKABUMI, KOMPAS.com - ", "kompas.com", "SUKABUMI"),
        ("TEMPO.CO, Jakarta - ", "tempo.co", "Jakarta"),
        ("liputan6.com, Sukabumi - ", "liputan6.com", "Sukabumi"),
        ("detikNews - ", "detik.com", ""),
        ("Jakarta (ANTARA) - ", "antaranews.com", "Jakarta"),
        ("REPUBLIKA.CO.ID, JAKARTA -- ", "republika.co.id", "JAKARTA"),
        ("VIVA – ", "viva.co.id", ""),
        ("Jakarta, IDN Times - ", "idntimes.com", "Jakarta"),
        ("Jakarta (ANTARA News) - ", "antaranews.com", "Jakarta"),
        ("KATADATA - ", "katadata.co.id", ""),
        # the place alone: detik's "Jakarta - ", Okezone's "SUKABUMI - ", wire copy's capitals
        ("Jakarta - ", "", "Jakarta"),
        ("Banda Aceh - ", "", "Banda Aceh"),
        ("SUKABUMI - ", "", "SUKABUMI"),
        ("NEW YORK – ", "", "NEW YORK"),
        ("WASHINGTON, DC - ", "", "WASHINGTON, DC"),
        # English wire copy: a state, country or date after the place, the wire in brackets
        ("KATHMANDU, Nepal (AP) — ", "ap", "KATHMANDU, Nepal"),
        ("ALLENTOWN, Pa. - ", "", "ALLENTOWN, Pa."),
        ("ALBUQUERQUE, N.M. — ", "", "ALBUQUERQUE, N.M."),
        ("OSAN AIR BASE, South Korea — ", "", "OSAN AIR BASE, South Korea"),
        ("NEW YORK, May 18 (UPI) -- ", "upi", "NEW YORK"),
        ("FLORENCE, Italy, Feb. 25 (UPI) -- ", "upi", "FLORENCE, Italy"),
        ("FORT WAYNE, Ind. (WANE) ", "wane", "FORT WAYNE, Ind."),
        ("MONDAY, July 2 (HealthDay News) -- ", "healthday news", ""),
        # a region after the place, a wire whose name goes on in lower case, a long place
        ("Kuta, Bali (ANTARA News) - ", "antaranews.com", "Kuta, Bali"),
        ("Garut, Jawa Barat (ANTARA News) - ", "antaranews.com", "Garut, Jawa Barat"),
        # s19: ANTARA names any place before its name, as IndoSum prints it
        (
            "Perserikatan Bangsa - Bangsa / PBB, New York (ANTARA News) - ",
            "antaranews.com",
            "Perserikatan Bangsa - Bangsa / PBB, New York",
        ),
        ("New York, Boston, (ANTARA News) - ", "antaranews.com", "New York, Boston"),
        ("Jeddah, Saudi Arabia, 27/11 (Antara) - ", "antaranews.com", "Jeddah, Saudi Arabia"),
        ("Kuala Lumpur, (AntaraKL) - ", "antaranews.com", "Kuala Lumpur"),
        ("JAKARTA (Pos kota) – ", "pos kota", "JAKARTA"),
        ("TERMAS DE RIO HONDO, JUARA.net - ", "juara.net", "TERMAS DE RIO HONDO"),
        ("KONTAN.CO.ID - JAKARTA. ", "kontan.co.id", "JAKARTA"),
        # CNN's: the wire alone, with a place and no dash, and its page as text
        ("(CNN) — ", "cnn", ""),
        ("(CNN) -- ", "cnn", ""),
        ("Washington (CNN) ", "cnn", "Washington"),
        ("Hong Kong CNN — ", "cnn", "Hong Kong"),
    ],
)
def test_datelines(opening: str, outlet: str, place: str) -> None:
    found, where, dateline, rest = split_dateline(opening + P1)
    assert (found, where, rest) == (outlet, place, P1)
    assert dateline.strip()


@pytest.mark.parametrize(
    "opening",
    [
        "Kim Jong-un - pemimpin Korea Utara - tiba di Rusia pada pagi hari ini.",
        # a Title Case name before a dash is no place unless it is a known one
        "Persib - Persija berakhir imbang pada laga tadi malam di Bandung.",
        # a name and its acronym open a sentence: no wire, no place
        "Aliansi Jurnalis Independen (AJI) Kota Jayapura mengkritik kebebasan pers di Papua.",
        "Komisi Pemilihan Umum (KPU) RI memperkenalkan tujuh komisioner baru pada hari ini.",
        # a sentence that cites ANTARA is no dateline
        "Menurut kantor berita itu (Antara) - Harga cabai naik lagi di pasar induk hari ini.",
        # capitals that are an acronym or a label, not a place
        "BPJS - Badan Penyelenggara Jaminan Sosial menaikkan iuran mulai bulan depan.",
        "FILE - In this May 24, 2016, file photo, the senator speaks to reporters.",
        "SIMAK JUGA - Harga Cabai Naik Lagi di Pasar Induk Kramat Jati Pagi Ini",
        # capitals that open an English sentence, or a video player's button, are no place
        "THE TOWNHOUSE that served as the setting of the show is on the market again.",
        "CLOSE The index fell more than a thousand points on Monday as stocks slid.",
        "JAKARTA, Senin (22/4) - Pemerintah menaikkan harga gas mulai bulan depan.",
    ],
)
def test_no_dateline_in_an_opening_that_names_no_place(opening: str) -> None:
    assert split_dateline(opening) == ("", "", "", opening)


def test_a_wire_dateline_that_lost_its_dash_is_read_before_an_english_article_only() -> None:
    text = "The committee approved the spending plan late on Friday after a long debate."
    assert split_dateline(f"WASHINGTON {text}") == ("", "WASHINGTON", "WASHINGTON ", text)
    assert split_dateline(f"DUBAI A{text[3:]}")[1] == "DUBAI"
    # not before any other word, nor a label or an acronym
    for opening in ("WASHINGTON Committee approved", "UPDATE The", "BPJS The"):
        assert split_dateline(f"{opening} {text}")[2] == ""


@pytest.mark.parametrize(
    ("opening", "outlet"),
    [
        ("Rimanews - ", "rimanews"),
        ("RIMANEWS – ", "rimanews.com"),
        ("Warta Kita - ", "warta kita"),
        ("Wartakita.com - ", "wartakita.com"),
        ("Goal Indonesia - ", "goal indonesia"),
    ],
)
def test_an_outlet_that_opens_its_copy_with_its_own_name_is_a_dateline(
    opening: str, outlet: str
) -> None:
    """An outlet no list knows, which the feed or the page's address names, brands its copy."""
    found, where, dateline, rest = split_dateline(opening + P1, outlet)
    assert (where, dateline, rest) == ("", opening, P1)
    assert found
    # without knowing the outlet, Title Case words before a dash are no dateline (a domain is)
    if opening.startswith(("Rimanews", "Warta Kita")):
        assert split_dateline(opening + P1) == ("", "", "", opening + P1)


def test_only_the_articles_own_outlet_opens_it_as_a_dateline() -> None:
    # another outlet's name, or a longer word the name starts, is prose
    assert split_dateline("Rimanews - " + P1, "kumparan")[2] == ""
    assert split_dateline("Rimanewsroom - " + P1, "rimanews")[2] == ""
    assert split_dateline("Rimanews - kata " + P1, "rimanews")[2] == ""  # no capital after it


def test_a_feed_article_loses_its_outlets_opening_and_keeps_its_text() -> None:
    from ringkas.ingest import article_from_text

    text = "Rimanews - " + P1 + "\n\nWarga mengungsi ke balai desa terdekat sejak kemarin sore."
    by_outlet = article_from_text(text, id="a", outlet="rimanews")
    by_url = article_from_text(text, id="b", url="https://www.rimanews.com/nasional/banjir")
    assert by_outlet.body == by_url.body
    assert by_outlet.body.startswith(P1)
    assert article_from_text(text, id="c").body.startswith("Rimanews - ")  # nobody said whose


def test_no_dateline_in_plain_prose() -> None:
    assert split_dateline(P1) == ("", "", "", P1)
    assert (
        split_dateline("Kim Jong-un - pemimpin Korea Utara - tiba di Rusia pada pagi hari ini.")[0]
        == ""
    )


pages = st.lists(
    st.one_of(
        st.sampled_from(SENTENCES),
        st.sampled_from(
            [
                "Baca Juga: Sesuatu Lain",
                "Editor : Ani",
                "0 Komentar",
                "Judul Pendek",
                "Berita Terkait",
                "-",
                "",
            ]
        ),
    ),
    max_size=14,
).map("\n".join)


@settings(max_examples=150, deadline=None)
@given(pages)
def test_cleaning_is_idempotent(raw: str) -> None:
    once = clean_text(raw)
    assert clean_text(once.body).body == once.body


SEED_PARAGRAPHS = {  # body paragraphs of each real page, counted by reading them
    "000_0987a769f343347d": 8,
    "001_304415f2230040b9": 11,
    "002_6c0a766f4bb823e9": 13,
    "003_3af240e44966e8db": 16,
    "004_2e906015c8d183c4": 10,
}
FURNITURE = (
    "Baca Juga",
    "Berita Terkait",
    "Terpopuler",
    "Pilihan",
    "Terkini",
    "Langganan",
    "Google News",
    "Editor :",
    "Komentar",
    "Comment",
    "Loading",
    "Tulisan ini berasal",
    "Konten Premium",
    "(bs)",
    "Artikel Terkait",
    "Berita Lainnya",
    "Hot Topic",
    "Scan QR",
    "KPK Ungkap",
    "Mardiono",
    "Lucinta",
)


def test_seed_pages_keep_every_paragraph_and_no_furniture(seed_dir: Path) -> None:
    loaded = load([str(seed_dir)])
    assert not loaded.problems
    by_id = {a.id: a for a in loaded.articles}
    assert {k: len(v.body.split("\n\n")) for k, v in by_id.items()} == SEED_PARAGRAPHS
    for article in loaded.articles:
        for phrase in FURNITURE:
            assert phrase not in article.body, (article.id, phrase)
        paragraphs = article.body.split("\n\n")
        assert len(paragraphs) == len(set(paragraphs)), article.id
    assert [(a.outlet, a.place) for a in loaded.articles] == [
        ("", ""),
        ("tirto.id", ""),
        ("fajar.co.id", "PYONGYANG"),
        ("suara.com", ""),
        ("bisnis.com", "JAKARTA"),
    ]
    assert by_id["001_304415f2230040b9"].body.startswith("Korea Utara telah mengkonfirmasi")
    assert by_id["004_2e906015c8d183c4"].body.count("berangkat ke Rusia hari ini") == 1
    assert "foto tak bertanggal" not in by_id["004_2e906015c8d183c4"].body
    assert by_id["000_0987a769f343347d"].title.startswith("Tak Ada Kemajuan")


def test_example_cluster_is_clean() -> None:
    loaded = load([str(EXAMPLES / "gempa-sukabumi")])
    assert not loaded.problems and len(loaded.articles) == 5
    for article in loaded.articles:
        for phrase in (
            *FURNITURE,
            "Ikuti kami",
            "Penulis",
            "Beranda",
            "(rdn)",
            "Ilustrasi",
            "Jakarta (HarianSelatan)",
        ):
            assert phrase not in article.body, (article.id, phrase)
        assert article.outlet
    assert sum(a.body.count("Foto udara") for a in loaded.articles) == 0


def test_a_page_prompt_is_never_the_title() -> None:
    page = clean_text(f"Please enable Javascript to watch this video\n{P1}\n{P2}")
    assert page.title == ""
    page = clean_text(f"Harga Cabai Naik Menjelang Lebaran di Pasar Induk\n{CABAI}")
    assert page.title == "Harga Cabai Naik Menjelang Lebaran di Pasar Induk"


# s30: a headline heads its own body (written for these tests)
CABAI = (
    "Harga cabai rawit di Pasar Induk naik menjadi Rp 80.000 per kilogram menjelang Lebaran.\n"
    "Pedagang menyebut pasokan dari petani berkurang karena hujan deras sepekan terakhir.\n"
    "Dinas Perdagangan berjanji menggelar operasi pasar mulai pekan depan."
)


# with spaces around the slash, as text copied from a tokenized corpus has them (s17)
@pytest.mark.parametrize(
    "initials", ["(rdn)", "(ant/ara)", "[tyo]", "[rdn/ara]", "(kid / gil)", "[rdn / ara]"]
)
def test_editor_initials_closing_the_last_paragraph_are_removed(initials: str) -> None:
    page = clean_text(f"{P1}\n{P2}\n{P3} {initials}")
    assert page.body == f"{P1}\n\n{P2}\n\n{P3}"
    assert Removed(initials, "editor-initials") in page.removed


_PAGE = """<html><head><title>Banjir Rendam 300 Rumah di Lebakjaya</title>{meta}</head><body>
<article><h1>Banjir Rendam 300 Rumah di Lebakjaya</h1>
<p>Banjir merendam sedikitnya 300 rumah di Kecamatan Sukamaju sejak Selasa malam setelah hujan
deras mengguyur wilayah itu selama enam jam berturut-turut.</p>
<p>Kepala BPBD Lebakjaya, Yusuf Maulana, mengatakan ketinggian air mencapai satu meter di
beberapa titik dan warga mulai mengungsi ke balai desa terdekat.</p>
<p>"Kami sudah mengevakuasi 120 warga ke balai desa," kata Yusuf kepada wartawan di lokasi.</p>
</article></body></html>"""


@pytest.mark.parametrize(
    ("meta", "published"),
    [
        (
            '<meta property="article:published_time" content="2025-03-12T08:00:00+07:00">',
            "2025-03-12",
        ),
        ('<meta name="publishdate" content="2022/12/10 13:19:56">', "2022-12-10"),
        (
            '<script type="application/ld+json">{"@type": "NewsArticle", '
            '"datePublished": "2020-10-09T14:01:06+07:00"}</script>',
            "2020-10-09",
        ),
        ('<meta name="pubdate" content="2021-02-30">', None),  # no such day
        ("", None),  # a page that states no date gets none (never one read from its text)
    ],
)
def test_an_html_page_is_dated_by_its_own_metadata(meta: str, published: str | None) -> None:
    from datetime import date

    from ringkas.ingest import article_from_text

    article = article_from_text(_PAGE.format(meta=meta), id="p", html=True)
    assert article.body.startswith("Banjir merendam")
    assert article.published == (date.fromisoformat(published) if published else None)
    # a date the feed gives wins over the page's own
    given = article_from_text(
        _PAGE.format(meta=meta), id="p", html=True, published=date(2025, 1, 2)
    )
    assert given.published == date(2025, 1, 2)


def test_comment_heading_ends_the_article() -> None:
    # Readers' comments copied without their authors' names read as prose; a comment section's
    # heading is where the article has ended (a share bar's "0 Komentar" counter is not).
    comments = [
        "Semoga pengungsi segera mendapat bantuan makanan dan selimut yang cukup dari pemerintah.",
        "Sudah berkali-kali banjir tapi tanggulnya tidak pernah diperbaiki sampai sekarang ini.",
    ]
    page = clean_text("\n".join([P1, P2, P3, "Komentar (2)", *comments]))
    assert page.body == f"{P1}\n\n{P2}\n\n{P3}"
    assert [r.reason for r in page.removed if comments[0] in r.text] == ["comments"]


@pytest.mark.parametrize(
    ("opening", "outlet", "want"),
    [
        # the outlet's own name does not hide the place of a dateline that names both
        ("KONTAN.CO.ID - SURABAYA. ", "kontan.co.id", ("kontan.co.id", "SURABAYA")),
        # a hyphenated domain printed with a space is the outlet, not a place in capitals
        ("PIKIRAN RAKYAT - ", "pikiran-rakyat.com", ("pikiran-rakyat.com", "")),
    ],
)
def test_own_outlet_datelines(opening: str, outlet: str, want: tuple[str, str]) -> None:
    found, where, _, rest = split_dateline(opening + P1, outlet)
    assert (found, where, rest) == (*want, P1)


@pytest.mark.parametrize(
    "line",
    [
        "Associated Press writer Andi Prasetyo contributed to this report.",
        "CNN’s Joyce Ho contributed to this report.",
        "Reporting by Jane Doe; Editing by John Roe",
        "— with additional reporting by Lloyd Grove",
    ],
)
def test_english_credit_lines_removed(line: str) -> None:
    first = "The city added 40 buses to its fleet for the long weekend, officials said on Monday."
    second = "Transport officials will also staff every main stop until the end of the month."
    page = clean_text(f"{first}\n{second}\n{line}\n{first.replace('40', '60')}")
    assert line not in page.body.split("\n\n")
    assert any(r.reason == "credit" and r.text == line for r in page.removed)


def test_list_inside_an_article_is_kept() -> None:
    # the line that opens a list and its items in lower case are the article's; a related
    # list's Title Case teasers are not
    lines = [
        P1,
        "Berikut syarat pengajuan bantuan bagi warga terdampak:",
        "- Warga yang rumahnya rusak berat akibat banjir",
        "- Tidak sedang menerima bantuan dari dinas lain",
        P2,
        P3,
    ]
    page = clean_text(
        "\n".join([*lines, "Berita Terkait", "- Harga Cabai Naik Lagi di Pasar Induk"])
    )
    assert page.body.split("\n\n") == lines


def test_media_indonesia_desk_code_is_no_text() -> None:
    page = clean_text(f"{P1}\n{P2}\n{P3} (Z-2)")
    assert page.body == f"{P1}\n\n{P2}\n\n{P3}"
    assert any(r.reason == "editor-initials" and r.text == "(Z-2)" for r in page.removed)


def test_an_update_label_before_the_lead_is_no_part_of_it() -> None:
    """s20: a multinews digest quoted "Updated | When the first humans left Africa …" (a label
    Newsweek sets before an updated article's lead)."""
    lead = "When the first settlers left the valley around 1850, they took the mill with them."
    rest = "The mill now stands in a museum beside the river, restored by volunteers in 1990."
    page = clean_text(f"Updated | {lead}\n\n{rest}")
    assert page.body == f"{lead}\n\n{rest}"
    assert Removed("Updated |", "update-label") in page.removed
    # a dateline after the label is still read
    page = clean_text(f"UPDATED | WASHINGTON (AP) — {lead}\n\n{rest}")
    assert page.body.startswith(lead) and page.outlet == "ap"
    # a bar inside the text is text
    text = f"{lead} Updated | {rest}"
    assert clean_text(text).body == text


# s30: what heads a page is shown as its title only when it heads the article (written for these
# tests; the forms are those bench/headlines.py found over Multi-News and IndoSum pages)
LIBRARY = (
    "The city library in Millbrook reopened on Monday after a two-year renovation that cost "
    "$4 million.\n"
    "Librarians said more than 600 readers came through the doors on the first day.\n"
    "The new building has a children's wing, a cafe and solar panels on its roof."
)


@pytest.mark.parametrize(
    ("line", "body", "title"),
    [
        ("Millbrook Library Reopens After Two-Year Renovation", LIBRARY, "="),
        # in other words: two of its six words stand in the body
        ("Books Are Back: Readers Flock to a Town's Rebuilt Library", LIBRARY, "="),
        (
            "Story highlights Millbrook library reopens after a two-year renovation",
            LIBRARY,
            "Millbrook library reopens after a two-year renovation",
        ),
        (
            "Kabarkita.com - Harga Cabai Naik Menjelang Lebaran",
            CABAI,
            "Harga Cabai Naik Menjelang Lebaran",
        ),
        ("Features", LIBRARY, ""),
        ("Local News", LIBRARY, ""),
        ("Photograph by Jane Marlow", LIBRARY, ""),
        ("Copyright Millbrook Library", LIBRARY, ""),
        ("Welcome back. Please sign in", LIBRARY, ""),
        ("To our readers,", LIBRARY, ""),
        ("WARNING: The video contains scenes some may find upsetting", LIBRARY, ""),
        ("Watch the tour of the library at https://example.com/tour", LIBRARY, ""),
        ("This story was updated with a statement from the mayor", LIBRARY, ""),
        ("Politik", CABAI, ""),
        ("Padang (Antara) - Harga cabai rawit di Pasar Induk naik tajam pada", CABAI, ""),
    ],
)
def test_what_heads_a_page_is_its_title_only_when_it_heads_the_article(
    line: str, body: str, title: str
) -> None:
    page = clean_text(f"{line}\n\n{body}")
    assert page.title == (line if title == "=" else title)
    assert page.body == body.replace("\n", "\n\n")  # the body is the same either way


def test_a_drop_cap_on_its_own_line_joins_its_word() -> None:
    assert clean_text("T\n\n" + LIBRARY[1:]).body == LIBRARY.replace("\n", "\n\n")
    assert clean_text("H\n\n" + CABAI[1:]).body == CABAI.replace("\n", "\n\n")
    # a letter before a capitalised line is no drop cap
    assert CABAI.split("\n")[0] in clean_text("A\n\n" + CABAI).body.split("\n\n")
