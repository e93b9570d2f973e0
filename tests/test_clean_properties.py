"""The body finder on an invented page (written for this project): wherever the menus, lists and
footers stand around the article, however often the footer repeats, with or without the title,
the body found is the article's paragraphs, unchanged."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from ringkas.ingest import clean_text, load

TITLE = "Jembatan Gantung Putus, Warga Dua Desa di Garut Terisolasi"
BYLINE = ["Rina Kartika - kabarlokal", "Senin, 3 Mar 2025 14:20 WIB"]
CAPTION = "Foto: Jembatan gantung yang putus di Sungai Cikaengan (Dok. BPBD Garut)"
PARAGRAPHS = [
    "Jembatan gantung yang menghubungkan Desa Sukamulya dan Desa Mekarsari di Kecamatan Cisewu "
    "putus diterjang arus Sungai Cikaengan pada Minggu malam. Akibatnya, sekitar 600 warga kedua "
    "desa tidak bisa menyeberang.",
    "Kepala Desa Sukamulya, Ujang Rahmat, mengatakan jembatan itu menjadi satu-satunya akses warga "
    'menuju pasar dan sekolah. "Anak-anak terpaksa libur karena tidak ada jalan lain yang aman," '
    "kata Ujang saat dihubungi, Senin (3/3/2025).",
    "Menurut dia, arus sungai meningkat setelah hujan deras mengguyur wilayah hulu sejak sore. "
    "Tali baja penahan jembatan tidak kuat menahan batang kayu yang terbawa arus.",
    "Badan Penanggulangan Bencana Daerah (BPBD) Garut telah mengirim tim untuk memasang perahu "
    "penyeberangan sementara. Petugas juga memeriksa dua jembatan lain di hilir sungai.",
    "Kepala Pelaksana BPBD Garut, Dedi Supriadi, menyebut pembangunan jembatan baru membutuhkan "
    "waktu sekitar tiga bulan. Pemerintah kabupaten akan mengusulkan anggaran darurat pekan ini.",
    "Sementara itu, warga berharap perbaikan dilakukan sebelum musim hujan mencapai puncaknya. "
    "Mereka khawatir hasil panen tidak bisa dijual ke pasar kecamatan.",
]
BODY = "\n\n".join(PARAGRAPHS)
ARTICLE = [
    "Garut -",
    PARAGRAPHS[0],
    PARAGRAPHS[1],
    "Baca juga: Banjir Bandang Terjang Tiga Kecamatan di Garut Selatan",
    PARAGRAPHS[2],
    PARAGRAPHS[3],
    "Baca juga: Warga Gotong Royong Bersihkan Lumpur Sisa Banjir",
    PARAGRAPHS[4],
    PARAGRAPHS[5],
    "(rka/dns)",
]
MENUS = [
    ["Beranda", "Berita", "Daerah", "Nasional", "Ekonomi", "Olahraga", "Hiburan", "Indeks"],
    ["Masuk", "Daftar", "Cari", "Live TV NEW", "Kirim Tulisan"],
    [
        "Terpopuler",
        "#1",
        "Harga Cabai Rawit Tembus Rp 90 Ribu Jelang Ramadan",
        "#2",
        "Jadwal Lengkap Liga Sepak Bola Pelajar Pekan Depan",
        "#3",
        "Festival Kuliner Nusantara Digelar di Alun-alun Kota",
    ],
    [
        "Berita Terkait",
        "Longsor Tutup Jalan Provinsi Garut-Bungbulang",
        "Tanah longsor menimbun badan jalan sepanjang 30 meter, kendaraan dialihkan lewat jalur desa.",
        "DAERAH | 2 jam yang lalu",
        "Dua Rumah Hanyut Terbawa Arus Sungai di Pameungpeuk",
        "Warga yang rumahnya hanyut kini menumpang di rumah kerabat sambil menunggu bantuan.",
        "DAERAH | 5 jam yang lalu",
    ],
    ["Share 0", "Tweet 0", "0 Komentar", "Salin tautan"],
    ["Tag", "jembatan putus", "garut", "bencana", "banjir"],
]
FOOTER = [
    "Tentang Kami",
    "Redaksi",
    "Pedoman Media Siber",
    "Karir",
    "Info Iklan",
    "Copyright © 2025 Kabar Lokal. All rights reserved.",
]


def page(menus: list[list[str]], before: int, title: bool, footers: int) -> str:
    head = [line for block in menus[:before] for line in block]
    tail = [line for block in menus[before:] for line in block]
    top = [TITLE, *BYLINE, CAPTION] if title else [*BYLINE, CAPTION]
    return "\n".join([*head, *top, *ARTICLE, *tail, *(FOOTER * footers)])


@settings(max_examples=200, deadline=None)
@given(
    st.permutations(MENUS),
    st.integers(0, len(MENUS)),
    st.booleans(),
    st.integers(1, 3),
)
def test_body_survives_menus_footers_and_title(
    menus: list[list[str]], before: int, title: bool, footers: int
) -> None:
    cleaned = clean_text(page(menus, before, title, footers))
    assert cleaned.body == BODY
    assert cleaned.place == "Garut"
    assert not cleaned.warning
    if title:
        assert cleaned.title == TITLE


@settings(max_examples=100, deadline=None)
@given(st.permutations(MENUS), st.integers(0, len(MENUS)))
def test_footer_doubled_or_title_dropped_changes_nothing(
    menus: list[list[str]], before: int
) -> None:
    base = clean_text(page(menus, before, True, 1))
    assert clean_text(page(menus, before, True, 2)).body == base.body
    assert clean_text(page(menus, before, False, 1)).body == base.body
    assert clean_text(base.body).body == base.body  # idempotent


def test_removed_pieces_name_what_they_were() -> None:
    cleaned = clean_text(page(MENUS, 3, True, 1))
    reasons = [r.reason for r in cleaned.removed]
    assert reasons.count("baca-juga") == 2
    assert {"title", "caption", "dateline", "editor-initials", "related-section"} <= set(reasons)
    removed_text = "\n".join(r.text for r in cleaned.removed)
    for line in (*MENUS[3], *FOOTER):
        assert line in removed_text


def test_a_page_without_its_article_warns_naming_the_file(tmp_path: Path) -> None:
    menus_only = [line for block in MENUS for line in block if not line.endswith(".")]
    furniture = [line for block in MENUS for line in block]
    (tmp_path / "a-menus.txt").write_text("\n".join(menus_only), encoding="utf-8")
    (tmp_path / "b-teasers.txt").write_text("\n".join([*furniture, *FOOTER]), encoding="utf-8")
    (tmp_path / "c-article.txt").write_text(page(MENUS, 2, True, 1), encoding="utf-8")
    assert clean_text("\n".join(menus_only)).body == ""
    teasers = clean_text("\n".join([*furniture, *FOOTER]))
    assert teasers.warning.startswith("article body uncertain")
    loaded = load([str(tmp_path)])
    assert [a.id for a in loaded.articles] == ["b-teasers", "c-article"]
    assert loaded.problems == (
        f"{tmp_path / 'a-menus.txt'}: no article text left after cleaning",
        f"{tmp_path / 'b-teasers.txt'}: {teasers.warning}",
    )


def test_a_short_text_on_its_own_is_its_own_body() -> None:
    assert clean_text("Satu kalimat.").body == "Satu kalimat."
    short = clean_text("Banjir di Sukamaju Surut\nAir di Sukamaju sudah surut pagi ini.")
    assert short.body == "Air di Sukamaju sudah surut pagi ini."
    assert short.title == "Banjir di Sukamaju Surut"
    assert clean_text(short.body).body == short.body


LISTICLE = [
    "Beranda",
    "Tren",
    "Gaya Hidup",
    "5 Cara Menyimpan Beras agar Tidak Berkutu",
    "Kompas Lokal - 4 Mar 2025, 09.00 WIB",
    "BANDUNG, Kabarlokal.id -",
    "Beras yang disimpan terlalu lama di tempat lembap mudah berkutu dan berbau apak.",
    "Berikut beberapa cara sederhana yang bisa dicoba di rumah.",
    "1. Wadah kedap udara",
    "Simpan beras di wadah tertutup rapat agar udara dan serangga tidak masuk.",
    "Ilustrasi wadah beras. (Dok. Kabarlokal/Ani)",
    "2. Daun salam",
    "Letakkan beberapa lembar daun salam kering di atas beras, aromanya membuat kutu menjauh.",
    "3. Tempat sejuk",
    "Jauhkan wadah dari kompor dan sinar matahari langsung supaya beras tidak cepat rusak.",
    "Simak breaking news dan berita pilihan kami langsung di ponselmu lewat WhatsApp Channel.",
    "Artikel ini telah tayang di Kabarlokal.id dengan judul 5 Cara Menyimpan Beras, klik untuk membaca.",
    "Komentar",
    "Berita Terkait",
    "Harga Beras Premium Naik Lagi di Pasar Induk",
    "Pedagang mengeluhkan pasokan dari daerah sentra yang berkurang sejak awal bulan ini.",
]


def test_a_listicle_keeps_its_items_and_drops_its_credits() -> None:
    cleaned = clean_text("\n".join(LISTICLE))
    assert cleaned.body.split("\n\n") == [
        "Beras yang disimpan terlalu lama di tempat lembap mudah berkutu dan berbau apak.",
        "Berikut beberapa cara sederhana yang bisa dicoba di rumah.",
        "Simpan beras di wadah tertutup rapat agar udara dan serangga tidak masuk.",
        "Letakkan beberapa lembar daun salam kering di atas beras, aromanya membuat kutu menjauh.",
        "Jauhkan wadah dari kompor dan sinar matahari langsung supaya beras tidak cepat rusak.",
    ]
    assert (cleaned.place, cleaned.outlet) == ("BANDUNG", "kabarlokal.id")
    assert cleaned.title == "5 Cara Menyimpan Beras agar Tidak Berkutu"
    reasons = {r.reason for r in cleaned.removed}
    assert {"follow", "credit", "caption", "dateline", "related-section"} <= reasons
