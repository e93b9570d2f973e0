"""The cleaner on page layouts it was not written against: twenty-nine invented pages in the flat-text
form of other outlets (tests/fixtures/pages). Each keeps exactly its article's paragraphs, with
its headline, outlet and dateline place."""

from __future__ import annotations

from pathlib import Path

import pytest

from ringkas.ingest import load

PAGES = Path(__file__).parent / "fixtures" / "pages"

# page → (title, outlet, place, first words of each body paragraph, in order)
EXPECTED = {
    "kompas-style": (
        "Banjir Rendam Ratusan Rumah di Bekasi, Warga Mengungsi",
        "kompas.com",
        "BEKASI",
        ["Banjir setinggi", "Hujan deras", "Kepala Badan", '"Kami sudah', "Menurut Agus"],
    ),
    "liputan6-style": (
        "Harga Beras Naik, Pemerintah Gelar Operasi Pasar di 20 Kota",
        "liputan6.com",
        "Jakarta",
        ["Pemerintah menggelar", "Direktur Utama", '"Harga beras', "Budi menambahkan"],
    ),
    "okezone-style": (
        "Gempa Magnitudo 5,2 Guncang Sukabumi, Tidak Berpotensi Tsunami",
        "okezone.com",
        "SUKABUMI",
        ["Gempa bumi", "Badan Meteorologi", '"Hasil pemodelan', "Getaran gempa", "Hingga berita"],
    ),
    "tribun-style": (
        "Polisi Tangkap Pelaku Pembobolan Minimarket di Cibinong",
        "tribunnews.com",
        "BOGOR",
        [
            "Polisi menangkap",
            "Kapolsek Cibinong",
            '"Pelaku mengambil',
            "Menurut Budi",
            "Mereka dijerat",
        ],
    ),
    # a closing quotation too short to be evidence of an article is still its last sentence
    "kompas-closing-style": (
        "Gempa Guncang Lebakjaya, Warga Berhamburan",
        "kompas.com",
        "LEBAKJAYA",
        ["Gempa bermagnitudo", "Warga berhamburan", "Kepala Badan", '"Tidak berpotensi'],
    ),
    # the outlet's own name as the dateline, its in-article ad markers between two paragraphs
    "suara-style": (
        "Timnas Indonesia U-23 Tundukkan Vietnam 2-0 di Laga Uji Coba",
        "suara.com",
        "",
        ["Timnas Indonesia", "Dua gol", "Pelatih timnas", '"Para pemain'],
    ),
    # a related link whose label stands alone ("Lihat Juga :", then the linked headline)
    "cnnindonesia-style": (
        "Harga Beras Premium Naik di Sejumlah Daerah",
        "cnnindonesia.com",
        "Jakarta",
        ["Harga beras", "Rata-rata harga", "Kepala Badan", '"Kami akan'],
    ),
    # the wire's notice against copying its content is no paragraph of the article
    "antara-style": (
        "Polisi selidiki kebakaran gudang di Tangerang",
        "antaranews.com",
        "Tangerang",
        [
            "Kepolisian Resor",
            "Kepala Polres",
            '"Tim laboratorium',
            "Kebakaran tersebut",
            "Sebanyak 12",
        ],
    ),
    # "Halaman selanjutnya", the "Baca artikel ... selengkapnya" credit, the app banner
    "detik-paged-style": (
        "Jalan Tol Cipali Macet 10 Km Jelang Libur Panjang",
        "detik.com",
        "Jakarta",
        ["Kemacetan sepanjang", "Jasa Marga", '"Volume kendaraan', "Pengendara diimbau"],
    ),
    # an audio player's "Dengarkan artikel ini" is no headline; numbered subheads are dropped
    "idntimes-style": (
        "Banjir Rob Rendam Pesisir Semarang, 500 Rumah Terdampak",
        "idntimes.com",
        "Semarang",
        ["Banjir rob", "Sedikitnya 500", "Sebagian warga", '"Airnya naik', "BPBD Kota"],
    ),
    # a bare "Baca juga:" over a list of two linked headlines, "Geser ke atas untuk membaca"
    "merdeka-style": (
        "Longsor Tutup Jalur Selatan Garut, Ratusan Kendaraan Tertahan",
        "merdeka.com",
        "",
        ["Longsor menutup", "Ratusan kendaraan", "Kepala BPBD", "Petugas memperkirakan"],
    ),
    # "Pilihan Editor: ..." links a story between two paragraphs
    "tempo-style": (
        "KPK Periksa Tiga Saksi Kasus Korupsi Proyek Irigasi",
        "tempo.co",
        "Jakarta",
        ["Komisi Pemberantasan", "Juru bicara", '"Penyidik mendalami', "Proyek irigasi"],
    ),
    "republika-style": (
        "Pemerintah Siapkan Mudik Gratis untuk 100 Ribu Warga",
        "republika.co.id",
        "JAKARTA",
        ["Kementerian Perhubungan", "Program tersebut", "Menteri Perhubungan", '"Kami ingin'],
    ),
    "jpnn-style": (
        "Harga Emas Antam Turun Rp 5.000 per Gram",
        "jpnn.com",
        "JAKARTA",
        ["Harga emas", "Sementara itu,", "Analis pasar", '"Investor cenderung'],
    ),
    # a cookie banner after the article, then readers' comments (prose, behind their header)
    "comments-style": (
        "Jembatan Gantung di Lebakjaya Putus, Warga Terisolasi",
        "",
        "LEBAKJAYA",
        ["Jembatan gantung", "Akibatnya, sekitar", "Camat Sukamaju", '"Sementara ini'],
    ),
    # a paywall's and a newsletter form's sentences are no paragraphs of the article
    "paywall-style": (
        "Bank Sentral Tahan Suku Bunga di Level 5,75 Persen",
        "",
        "",
        ["Bank sentral", "Keputusan itu", "Gubernur bank"],
    ),
    # a reading time and a byline naming the outlet are no headline; a headline may hold a "/"
    "kumparan-style": (
        "Polisi Tangkap Penyebar Hoaks Gempa di Media Sosial",
        "kumparan.com",  # its site-name line "kumparanNEWS": the brand and its section
        "",
        [
            "Polisi menangkap",
            "Kabid Humas",
            '"Pelaku mengunggah',
            "Pelaku dijerat",
            "Ibrahim mengimbau",
        ],
    ),
    "cnbc-style": (
        "Rupiah Menguat ke Rp15.600/US$, Terbaik Sepekan",
        "cnbcindonesia.com",
        "Jakarta",
        ["Nilai tukar", "Penguatan itu", "Analis pasar", '"Pasar merespons'],
    ),
    # the font-size buttons "A A A" are no headline
    "sindonews-style": (
        "KPU Tetapkan Jadwal Pilkada Ulang di Tiga Daerah",
        "sindonews.com",
        "JAKARTA",
        ["Komisi Pemilihan", "Ketua KPU,", '"Kami sudah', "KPU juga"],
    ),
    # a paged article ("Halaman Selanjutnya"), then "Baca artikel Bola menarik lainnya ..."
    "viva-style": (
        "Persib Tundukkan Persija 2-1 di Stadion Si Jalak Harupat",
        "viva.co.id",
        "",
        ["Persib Bandung", "Dua gol", "Persija memperkecil", "Pelatih Persib,", '"Kami bermain'],
    ),
    # tirto's reading time ("Dibaca Normal 2 menit") is no headline; a bare "Baca juga:" list
    "tirto-style": (
        "Fraksi di DPR Sepakat Revisi UU Penyiaran Ditunda",
        "tirto.id",
        "",
        [
            "Seluruh fraksi",
            "Ketua Komisi",
            '"Kami ingin',
            "Organisasi jurnalis",
            "Pemerintah menyatakan",
        ],
    ),
    "bisnis-style": (
        "Harga Minyak Dunia Turun 2 Persen, Brent ke US$72 per Barel",
        "bisnis.com",
        "JAKARTA",
        ["Harga minyak", "Minyak Brent", "Analis komoditas,", '"Tekanan jual'],
    ),
    # "KONTAN.CO.ID - JAKARTA. ...": the place closed by a full stop
    "kontan-style": (
        "Bank Sentral Pangkas Suku Bunga 25 Basis Poin",
        "kontan.co.id",
        "JAKARTA",
        ["Bank sentral", "Gubernur bank", "Penurunan suku", "Ekonom memperkirakan"],
    ),
    "jawapos-style": (
        "Kapal Tenggelam di Selat Lebakjaya, 12 Penumpang Dievakuasi",
        "jawapos.com",
        "",
        ["Sebuah kapal", "Tim SAR", "Kepala Kantor", '"Pencarian kami'],
    ),
    # "Laporan Wartawan Tribunnews.com, Dedi Kurnia" is the reporter's line, not the headline
    "tribun-reporter-style": (
        "Jembatan Ambruk di Lebakjaya, Dua Motor Tercebur ke Sungai",
        "tribunnews.com",
        "LEBAKJAYA",
        [
            "Jembatan penghubung",
            "Kedua pengendara",
            "Kapolsek Sukamaju,",
            '"Warga sudah',
            "Pemerintah kabupaten",
        ],
    ),
    "okezone-agency-style": (
        "Gempa M4,8 Guncang Lebakjaya, Warga Panik",
        "okezone.com",
        "LEBAKJAYA",
        ["Gempa bermagnitudo", "Badan Geofisika", "Warga sempat", "Belum ada"],
    ),
    "mediaindonesia-style": (
        "Kemenkes Catat 1.200 Kasus DBD Sepanjang Februari",
        "mediaindonesia.com",
        "",
        ["KEMENTERIAN Kesehatan", "Direktur Pencegahan", '"Kami minta', "Kemenkes juga"],
    ),
    "liputan6-updated-style": (
        "Menteri PUPR Tinjau Tanggul Jebol di Lebakjaya",
        "liputan6.com",
        "Lebakjaya",
        ["Menteri Pekerjaan", "Ia meminta", '"Kami kirim', "Perbaikan tanggul", "Warga berharap"],
    ),
    "detik-style": (
        "Harga Cabai Rawit di Pasar Induk Kramat Jati Tembus Rp 90 Ribu per Kg",
        "detik.com",
        "Jakarta",
        ["Harga cabai", "Pedagang menyebut", '"Biasanya Rp', "Kepala Dinas"],
    ),
}


@pytest.fixture(scope="module")
def articles() -> dict[str, object]:
    loaded = load([str(PAGES)])
    assert not loaded.problems
    return {a.id: a for a in loaded.articles}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_page_keeps_its_article_and_nothing_else(name: str, articles: dict[str, object]) -> None:
    title, outlet, place, openings = EXPECTED[name]
    article = articles[name]
    paragraphs = article.body.split("\n\n")  # type: ignore[attr-defined]
    assert [p.split()[0] for p in paragraphs] == [o.split()[0] for o in openings]
    assert all(p.startswith(o) for p, o in zip(paragraphs, openings, strict=True))
    assert article.title == title  # type: ignore[attr-defined]
    assert article.outlet == outlet  # type: ignore[attr-defined]
    assert article.place == place  # type: ignore[attr-defined]  # the dateline read, not quoted
