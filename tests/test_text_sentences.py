"""The Indonesian sentence splitter: abbreviations, dates, numbers, quotes, domains; exact spans."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import DATASETS
from ringkas.text.abbreviations import INDONESIAN
from ringkas.text.sentences import split_sentences


def texts(body: str, language: str = "id") -> list[str]:
    return [s.text for s in split_sentences("a", body, language)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Tn. Budi tinggal di Jl. Merdeka No. 5. Ia lahir di Bandung.",
            ["Tn. Budi tinggal di Jl. Merdeka No. 5.", "Ia lahir di Bandung."],
        ),
        (
            "Ny. Ani dan Dr. Hasan datang. Prof. Iwan tidak.",
            ["Ny. Ani dan Dr. Hasan datang.", "Prof. Iwan tidak."],
        ),
        (
            "Kim tiba pada Rabu (24/4/2019). Putin menyambutnya.",
            ["Kim tiba pada Rabu (24/4/2019).", "Putin menyambutnya."],
        ),
        (
            "Kurs menjadi Rp 14.200 per dolar AS. Pedagang mengeluh.",
            ["Kurs menjadi Rp 14.200 per dolar AS.", "Pedagang mengeluh."],
        ),
        (
            "Gempa terjadi pukul 10.30 WIB. Magnitudonya 5,8.",
            ["Gempa terjadi pukul 10.30 WIB.", "Magnitudonya 5,8."],
        ),
        (
            "Ia membeli beras, gula, dll. Kemudian ia pulang.",
            ["Ia membeli beras, gula, dll.", "Kemudian ia pulang."],
        ),
        (
            "Dana disalurkan a.n. Bupati s.d. Jumat. Warga lega.",
            ["Dana disalurkan a.n. Bupati s.d. Jumat.", "Warga lega."],
        ),
        (
            "B.J. Habibie lahir di Parepare. Ia presiden ketiga.",
            ["B.J. Habibie lahir di Parepare.", "Ia presiden ketiga."],
        ),
        (
            "Menurut Fajar.CO.ID, acara itu penting. Semua hadir.",
            ["Menurut Fajar.CO.ID, acara itu penting.", "Semua hadir."],
        ),
        (
            "Data ada di BMKG.go.id dan tirto.id hari ini. Cek saja.",
            ["Data ada di BMKG.go.id dan tirto.id hari ini.", "Cek saja."],
        ),
        (
            "“Kami siap. Posko sudah dibuka,” kata Bupati. Bantuan datang.",
            ["“Kami siap. Posko sudah dibuka,” kata Bupati.", "Bantuan datang."],
        ),
        (
            '"Kami siap. Posko dibuka," kata Camat. Bantuan datang.',
            ['"Kami siap. Posko dibuka," kata Camat.', "Bantuan datang."],
        ),
        ("Ia berkata: “Semua aman.” Warga pulang.", ["Ia berkata: “Semua aman.”", "Warga pulang."]),
        ("Apakah ini benar? Tidak ada yang tahu!", ["Apakah ini benar?", "Tidak ada yang tahu!"]),
        (
            "Judul tanpa titik\nKalimat pertama. Kalimat kedua.",
            ["Judul tanpa titik", "Kalimat pertama.", "Kalimat kedua."],
        ),
        (
            "Kantor itu di Jalan Jend. Gatot Subroto. Moh. Hatta lahir di Bukittinggi.",
            ["Kantor itu di Jalan Jend. Gatot Subroto.", "Moh. Hatta lahir di Bukittinggi."],
        ),
        (
            "Acara dihadiri Pdt. Yohanes dan Ust. Abdul di PT. Maju Jaya tgl. 5 Mei. Warga hadir.",
            [
                "Acara dihadiri Pdt. Yohanes dan Ust. Abdul di PT. Maju Jaya tgl. 5 Mei.",
                "Warga hadir.",
            ],
        ),
        # a unit ends a sentence: no abbreviation needs its period before a capital
        (
            "Harga beras Rp 93 ribu per kg. Rudal itu terbang sejauh 30 km. Sistem ini canggih.",
            [
                "Harga beras Rp 93 ribu per kg.",
                "Rudal itu terbang sejauh 30 km.",
                "Sistem ini canggih.",
            ],
        ),
        (
            "Ia (yang datang kemarin. Bukan hari ini) pulang. Lalu tidur.",
            ["Ia (yang datang kemarin. Bukan hari ini) pulang.", "Lalu tidur."],
        ),
    ],
)
def test_indonesian_cases(body: str, expected: list[str]) -> None:
    assert texts(body) == expected


def test_english_abbreviations() -> None:
    assert texts("Mr. Smith met Dr. Jones in the U.S. capital. He left.", "en") == [
        "Mr. Smith met Dr. Jones in the U.S. capital.",
        "He left.",
    ]
    assert texts("“I saw it,” LAPD Det. Ann Moore said. Sgt. Lee agreed.", "en") == [
        "“I saw it,” LAPD Det. Ann Moore said.",
        "Sgt. Lee agreed.",
    ]


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('abc ABC.,!?\n“”"()0123456789/')), max_size=200))
def test_spans_are_exact_ordered_and_cover_all_text(body: str) -> None:
    sentences = split_sentences("x", body)
    covered = set()
    last = 0
    for n, s in enumerate(sentences):
        assert s.index == n
        assert body[s.span.start : s.span.end] == s.text == s.text.strip()
        assert s.text and s.span.start >= last
        last = s.span.end
        covered.update(range(s.span.start, s.span.end))
    # every character but spaces and a line's list marker ("- ", "2) ", "(2) ", "3. ")
    markers = {
        m.start() + k
        for m in re.finditer(r"(?m)^[ \t]*(?:-|\(?[0-9]{1,2}\)|[0-9]{1,2}\.)(?=[ \t]+\S)", body)
        for k in range(len(m.group(0)))
    }
    assert {i for i, ch in enumerate(body) if not ch.isspace()} - markers <= covered


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Polisi menangkap empat orang bulan lalu.Kanasho, 27, ditangkap di Houston.",
            ["Polisi menangkap empat orang bulan lalu.", "Kanasho, 27, ditangkap di Houston."],
        ),
        (
            "He left the hall.The council met later.",
            ["He left the hall.", "The council met later."],
        ),
        # no boundary: a domain, a time, an initial, a lower-case word after the stop
        (
            "Data dari Fajar.CO.ID menunjukkan hal itu.",
            ["Data dari Fajar.CO.ID menunjukkan hal itu."],
        ),
        ("It ended at 9 p.m.Then rain fell.", ["It ended at 9 p.m.Then rain fell."]),
        ("Baca di kompas.com setiap hari.", ["Baca di kompas.com setiap hari."]),
        # s33: after a closing bracket or a year; not a name's digits, nor a list's number
        (
            "Ia berbicara kepada Reuters, Selasa (18/7).Bahkan partai itu ikut.",
            ["Ia berbicara kepada Reuters, Selasa (18/7).", "Bahkan partai itu ikut."],
        ),
        (
            "She quit on January 8, 2014.City leaders agreed.",
            ["She quit on January 8, 2014.", "City leaders agreed."],
        ),
        ("Tim W88.News Aspac menang lagi.", ["Tim W88.News Aspac menang lagi."]),
        ("Lalu 2.Mobil Pengantin dibahas.", ["Lalu 2.Mobil Pengantin dibahas."]),
    ],
)
def test_a_sentence_glued_to_the_next_without_a_space_ends_it(
    body: str, expected: list[str]
) -> None:
    """s18: a scraper that lost a paragraph break left "… last month.Kanasho Johns, 27, …"
    (120 times in multinews-dev's sources, twice in IndoSum's)."""
    assert [s.text for s in split_sentences("x", body)] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("- Rekor itu terhenti di angka 25 laga.", ["Rekor itu terhenti di angka 25 laga."]),
        (
            "• Harga naik.\n2) Stok turun. Warga antre.",
            ["Harga naik.", "Stok turun.", "Warga antre."],
        ),
        ("(2) Setiap orang dilarang masuk.", ["Setiap orang dilarang masuk."]),
        ("3. Pastikan antivirus sudah diperbarui.", ["Pastikan antivirus sudah diperbarui."]),
        # not a marker: a number that starts the sentence, speech after an em dash
        ("2,5 juta warga mengungsi.", ["2,5 juta warga mengungsi."]),
        ("25 orang tewas.", ["25 orang tewas."]),
        ("— Kami siap, katanya.", ["— Kami siap, katanya."]),
    ],
)
def test_a_list_items_marker_is_no_part_of_its_sentence(body: str, expected: list[str]) -> None:
    """s18: a digest quotes a list item, not its bullet ("2) Qua economics, …" was quoted)."""
    found = split_sentences("x", body)
    assert [s.text for s in found] == expected
    assert all(body[s.span.start : s.span.end] == s.text for s in found)


def test_indosum_rarely_ends_on_an_abbreviation() -> None:
    """On 300 real articles, under 0.5% of sentences end with a known non-final abbreviation."""
    path = DATASETS / "indosum-single-dev.jsonl"
    rows = [json.loads(line) for line in path.open(encoding="utf-8")][:300]
    total = bad = 0
    for row in rows:
        for s in split_sentences("x", row["documents"][0]["text"]):
            total += 1
            last = re.findall(r"(\S+)\.$", s.text)
            bad += bool(last and last[0].lower() in INDONESIAN)
    assert total > 3000
    assert bad / total < 0.005


def test_a_quotation_glued_to_the_next_sentence_ends_it() -> None:
    # A scraper that lost a paragraph break leaves the closing quote against the next sentence.
    text = 'He said: "It is over."We are told the talks resume Monday. Aid arrives.'
    assert [s.text for s in split_sentences("a", text, "en")] == [
        'He said: "It is over."',
        "We are told the talks resume Monday.",
        "Aid arrives.",
    ]
    # s19: "I" and "A" are words of their own after the glued quote
    text = 'The judge was locked up with him."I had never been to jail before," Olivera said.'
    assert [s.text for s in split_sentences("a", text, "en")] == [
        "The judge was locked up with him.",
        '"I had never been to jail before," Olivera said.',
    ]
    # s19: with no quotation open before it, the glued quote opens the next sentence
    text = 'He was shot over his red shoes."Tavin was no gang member. He wore red," Barling said.'
    assert [s.text for s in split_sentences("a", text, "en")] == [
        "He was shot over his red shoes.",
        '"Tavin was no gang member.',
        'He wore red," Barling said.',
    ]
    # s21: two glued quotes, one quotation's end and the next one's opening
    text = 'She wrote, "I would not wish it on anyone.""It is long awaited," he said.'
    assert [s.text for s in split_sentences("a", text, "en")] == [
        'She wrote, "I would not wish it on anyone."',
        '"It is long awaited," he said.',
    ]
    text = "Ia menyebut investasi ke Poso.”Kita berharap semua pihak mendukung."
    assert [s.text for s in split_sentences("a", text)] == [
        "Ia menyebut investasi ke Poso.”",
        "Kita berharap semua pihak mendukung.",
    ]
    text = "She hosted the show.\"'Dancing' wants her back, an insider said."
    assert len(split_sentences("a", text, "en")) == 2
    # initials before a quote, an all-capitals shout: no boundary
    assert len(split_sentences("a", 'The U.S."Army said no.', "en")) == 1
    assert len(split_sentences("a", "Pencils!”GET THIS NOW", "en")) == 1


@pytest.mark.parametrize(
    ("body", "language", "expected"),
    [
        (
            '"Okay!" Weiner said loudly, though not enthusiastically. "Let us start."',
            "en",
            ['"Okay!" Weiner said loudly, though not enthusiastically.', '"Let us start."'],
        ),
        (
            "“How did it happen?” Larson asks him. When the team left, he worried.",
            "en",
            ["“How did it happen?” Larson asks him.", "When the team left, he worried."],
        ),
        (
            '"Ayo, keluar!" Budi Santoso berteriak kepada warga. Lalu atap runtuh.',
            "id",
            ['"Ayo, keluar!" Budi Santoso berteriak kepada warga.', "Lalu atap runtuh."],
        ),
        # the words after the quotation are a sentence of their own
        (
            'He shouted "Stop!" The police officers said nothing.',
            "en",
            ['He shouted "Stop!"', "The police officers said nothing."],
        ),
        (
            "“We will win!” He said the vote was rigged.",
            "en",
            ["“We will win!”", "He said the vote was rigged."],
        ),
        (
            '"Is it over?" Nobody knew. Officials said later it was.',
            "en",
            ['"Is it over?"', "Nobody knew.", "Officials said later it was."],
        ),
    ],
)
def test_a_quotation_ending_in_a_question_or_exclamation_keeps_its_speaker(
    body: str, language: str, expected: list[str]
) -> None:
    """s20: '"Okay!" Weiner said loudly …' was two sentences, and a digest quoted the second,
    'Weiner said loudly, though not enthusiastically.', with nothing said."""
    assert [s.text for s in split_sentences("x", body, language)] == expected


def test_no_ends_a_sentence_unless_a_number_follows_and_a_hyphen_hides_no_title() -> None:
    """s22: "said no." held the next sentence (as "No. 5" must), and "then-Gov." or "Aug.
    23-Sept. 5" ended one (invented sentences)."""
    text = "He said no. Then he left the room. It ranked No. 5 in the poll."
    assert [s.text for s in split_sentences("a", text, "en")] == [
        "He said no.",
        "Then he left the room.",
        "It ranked No. 5 in the poll.",
    ]
    text = "The bill was signed by then-Gov. Jerry Brown. It ran from Aug. 23-Sept. 5 this year."
    assert [s.text for s in split_sentences("a", text, "en")] == [
        "The bill was signed by then-Gov. Jerry Brown.",
        "It ran from Aug. 23-Sept. 5 this year.",
    ]
    text = "Rumahnya di Jalan Melati no. 5 di Bogor. Polisi tiba pukul 10.00 WIB."
    assert [s.text for s in split_sentences("a", text, "id")] == [
        "Rumahnya di Jalan Melati no. 5 di Bogor.",
        "Polisi tiba pukul 10.00 WIB.",
    ]


def test_a_case_name_holds_its_v() -> None:
    """s23: "Kimble v. Marvel" ended a sentence at "v." (invented sentences)."""
    text = "The court ruled in Hollis v. Granger on Monday. The vote was 6 to 3."
    assert [s.text for s in split_sentences("a", text, "en")] == [
        "The court ruled in Hollis v. Granger on Monday.",
        "The vote was 6 to 3.",
    ]
