"""Facts: dates with weekday checks, numbers, entities, statements, conflicts and the timeline."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from conftest import EXAMPLES
from ringkas.config import Config
from ringkas.facts import FactSheet
from ringkas.facts.dates import find_dates
from ringkas.facts.entities import extract_entities, lower_case_acronyms
from ringkas.facts.numbers import bounds, find_numbers, same_amount, unit_of
from ringkas.i18n import Messages
from ringkas.ingest import load
from ringkas.model import Article, Entity, Sentence, Span
from ringkas.pipeline import prepare


def sentence(text: str) -> Sentence:
    return Sentence("a", 0, Span(10, 10 + len(text)), text)


@pytest.mark.parametrize(
    ("text", "value", "end", "ok", "inferred"),
    [
        ("Rapat digelar Rabu (24/4/2019) malam.", date(2019, 4, 24), None, True, False),
        ("KTT berlangsung Kamis (25/2) di Hanoi.", date(2019, 2, 25), None, False, True),
        ("Ia berangkat Rabu (24/3/2019).", date(2019, 3, 24), None, False, False),
        ("Pertemuan pada 23 April 2019 itu batal.", date(2019, 4, 23), None, True, False),
        ("Rabu, 24 April 2019, ia tiba.", date(2019, 4, 24), None, True, False),
        ("Rabu (24 April) ia tiba.", date(2019, 4, 24), None, True, True),
        ("KTT diadakan sekitar 24-25 April.", date(2019, 4, 24), date(2019, 4, 25), True, True),
        ("Gempa terjadi Senin (14/7/2025) pukul 10.30 WIB.", date(2025, 7, 14), None, True, False),
        ("Jum'at (26/4/2019) ia pulang.", date(2019, 4, 26), None, True, False),
        ("Data per 14/7/2025 menunjukkan kenaikan.", date(2025, 7, 14), None, True, False),
        ("Gempa susulan terjadi Selasa, 15-7-2025 pagi.", date(2025, 7, 15), None, True, False),
        # a range of days after two weekdays: the weekday before the numbers is the last day's
        # (26 April 2019 was a Friday, 25 April a Thursday)
        (
            "Festival digelar Kamis & Jumat, 25-26 April 2019.",
            date(2019, 4, 25),
            date(2019, 4, 26),
            True,
            False,
        ),
        (
            "Kereta tambahan berangkat Senin - Jumat (22-26 April).",
            date(2019, 4, 22),
            date(2019, 4, 26),
            True,
            True,
        ),
    ],
)
def test_dates(text: str, value: date, end: date | None, ok: bool, inferred: bool) -> None:
    (d,) = find_dates(sentence(text), year_hint=2019)
    assert (d.value, d.end, d.weekday_ok, d.year_inferred) == (value, end, ok, inferred)
    assert text[d.span.start - 10 : d.span.end - 10] == d.text


@pytest.mark.parametrize(
    "text",
    [
        "Mereka bertemu pada akhir April.",
        "Korut menguji senjata pekan lalu.",
        "KTT di Hanoi gagal Februari lalu.",
        "Kunjungan dijadwalkan paruh kedua April.",
        "Perundingan terakhir dilaksanakan pada 2009.",
        "Sejak Maret 2018 ia bertemu empat kali.",
        "Tanggal (31/2) tidak ada.",
        "Laga berakhir 2-1 dan nomor 0812-3456-7890 bisa dihubungi.",  # a score, a phone
    ],
)
def test_vague_or_impossible_dates_are_not_dates(text: str) -> None:
    assert find_dates(sentence(text), year_hint=2019) == ()


def test_inferred_year_follows_the_weekday_across_new_year() -> None:
    # Read in January 2020, "Kamis (26/12)" is 26 December 2019, a Thursday.
    (d,) = find_dates(sentence("Banjir datang Kamis (26/12)."), year_hint=2020)
    assert d.value == date(2019, 12, 26) and d.weekday_ok


def _facts_of(*bodies: str) -> FactSheet:
    articles = [
        Article(id=f"a{k}", outlet=f"kabar{k}.id", body=body, language="id")
        for k, body in enumerate(bodies)
    ]
    return prepare(articles, Config(language="id")).facts


def test_a_weekday_that_no_year_near_the_guess_fits_is_no_slip() -> None:
    # An article of April 2017 about a case of 2002: its full dates are all 2002, so the year
    # inferred for "Selasa (25/4)" is 2002, when 25 April was a Thursday. Nothing confirms 2002
    # as the year of that Tuesday, so it is no outlet's slip: the date is not placed.
    body = (
        "Instruksi itu diterbitkan pada 30 Desember 2002 dan berlaku sejak 2 Januari 2002. "
        "Penyidik memeriksa tiga saksi pada Selasa (25/4) di gedung komisi. "
        "Pemeriksaan berlanjut dengan dua saksi lain pekan depan, kata juru bicara komisi."
    )
    facts = _facts_of(body, body.replace("tiga saksi", "para saksi"))
    assert not facts.conflicts and not facts.blocked
    assert all(d.weekday_ok for d in facts.dates)


def test_a_weekday_slip_is_kept_where_another_weekday_confirms_the_year() -> None:
    # "Senin (22/4)" fits 2019, the year of the article's full dates; "Kamis (25/2)" does not
    # (25 February 2019 was a Monday): that one is the outlet's slip, flagged as before.
    body = (
        "Delegasi tiba pada 20 April 2019 dan bertemu pejabat setempat pada Senin (22/4). "
        "Pertemuan puncak akan digelar Kamis (25/2) di kota pelabuhan itu, kata pejabat."
    )
    facts = _facts_of(body)
    assert [c.kind for c in facts.conflicts] == ["weekday"]


@pytest.mark.parametrize(
    ("other", "said"),
    [
        # the other outlet writes the day and its weekday: theirs, as they wrote it
        (
            "Kim dijadwalkan bertemu Putin pada Kamis (25/4/2019) di Vladivostok.",
            "Sumber lain menyebut Kamis, 25 April 2019.",
        ),
        # the other outlet writes the day alone: the weekday is the day's, not theirs (s32)
        (
            "Pertemuan Kim dan Putin diperkirakan berlangsung sekitar 24-25 April 2019.",
            "Sumber lain menyebut 25 April 2019, yang jatuh pada hari Kamis.",
        ),
    ],
)
def test_a_weekday_slip_says_what_the_other_sources_wrote(other: str, said: str) -> None:
    slip = (
        "Delegasi tiba pada 20 April 2019 dan bertemu pejabat setempat pada Senin (22/4). "
        "Kim Jong Un dan Vladimir Putin akan bertemu pada Kamis (25/2) di Vladivostok."
    )
    facts = _facts_of(slip, other)
    (conflict,) = [c for c in facts.conflicts if c.kind == "date"]
    assert conflict.description.endswith(said), conflict.description
    english = Messages("en").conflict(conflict.description)
    assert "hari" not in english and "Thursday" in english, english


# s29's yearless days: an article's body, a day it writes, the date that day must be, and the
# days the body writes in full (which keep their years).
S29_DAYS = {
    # a December 2017 report on Jerusalem writes one full date, "4 Juni 1967" (a history), and
    # names 2016; its "Kamis (7/12)" fits 1967 and 2017 alike, and is 2017's (it was 1967's)
    "a report day takes the latest year named": (
        "Israel menduduki Yerusalem Timur sejak perang 4 Juni 1967, kata pengamat itu. "
        "Kedutaan itu dipindahkan setelah undang-undang tahun 2016 disahkan di Washington. "
        "Parlemen mengecam keputusan tersebut dalam rapat pada Kamis (7/12) di Jakarta.",
        "Kamis (7/12)",
        date(2017, 12, 7),
        {date(1967, 6, 4)},  # the history keeps its year
    ),
    # a May 2017 report naming its 2045 target: "Selasa (2/5/2017)" confirms 2017 with its
    # weekday, so "Rabu (3/5)" stays in 2017, though 2045's calendar is 2017's
    "a written weekday confirms the guess": (
        "Rencana itu diumumkan pada Selasa (2/5/2017) oleh menteri di Jakarta, untuk visi 2045. "
        "Rapat lanjutan digelar pada Rabu (3/5) bersama para gubernur, kata juru bicara.",
        "Rabu (3/5)",
        date(2017, 5, 3),
        {date(2017, 5, 2)},
    ),
    # one full date of 2017 in the lead, one of 2018 (a plan) later: the report's yearless days
    # are 2017's (the later year won the tie before)
    "a tie of years goes to the first written": (
        "Kalender libur itu diluncurkan di Jakarta pada Rabu (16/8/2017), kata juru bicara. "
        "Warga dapat berlibur dari 17 Agustus hingga 20 Agustus tanpa mengambil cuti. "
        "Kalender berikutnya akan terbit pada 9 Mei 2018, menurut perusahaan itu.",
        "20 Agustus",
        date(2017, 8, 20),
        {date(2017, 8, 16), date(2018, 5, 9)},
    ),
}


@pytest.mark.parametrize("case", sorted(S29_DAYS))
def test_s29_yearless_days(case: str) -> None:
    body, text, expected, full = S29_DAYS[case]
    facts = _facts_of(body)
    (day,) = [d for d in facts.dates if d.text == text]
    assert day.value == expected and day.weekday_ok
    assert {d.value for d in facts.dates if not d.year_inferred} == full


def test_a_weekday_that_fits_next_year_beside_a_confirmed_date_is_a_slip() -> None:
    # s29: "Minggu (1/7)" beside "Jumat, 30 Juni 2017" (a Friday, as written) is 1 July 2017, a
    # Saturday: the outlet's slip, not 1 July 2018 (a Sunday) as find_dates' neighbouring year
    # made it. Read in January, "Kamis (26/12)" still goes back a year (the test above).
    body = (
        "Sidang digelar pada Jumat, 30 Juni 2017 di New York, kata konsul jenderal. "
        "Imam itu dijadwalkan tiba di Jakarta pada Minggu (1/7) bersama keluarganya."
    )
    facts = _facts_of(body)
    (day,) = [d for d in facts.dates if d.text == "Minggu (1/7)"]
    assert day.value == date(2017, 7, 1) and not day.weekday_ok
    assert [c.kind for c in facts.conflicts] == ["weekday"]
    january = _facts_of(
        "Rapat digelar pada Senin, 6 Januari 2020 di Jakarta, kata juru bicara. "
        "Banjir pertama datang pada Kamis (26/12) dan merendam ratusan rumah warga."
    )
    (flood,) = [d for d in january.dates if d.text == "Kamis (26/12)"]
    assert flood.value == date(2019, 12, 26) and flood.weekday_ok


def test_a_law_cited_by_number_and_year_is_no_date() -> None:
    # "UU Nomor 31 Tahun 1999", cited three times as nearly every corruption report cites it, is
    # no full date: the year of "Rabu (3/5)" is the article's real dates' (3 May 2017 was a
    # Wednesday, and so was 3 May 2000, which the law's year made it before).
    body = (
        "Ia dijerat Pasal 2 UU Nomor 31 Tahun 1999 sebagaimana diubah dengan UU Nomor 20 Tahun 2001. "
        "Penyidik memeriksa saksi pada Jumat (05/05/2017) di gedung komisi. "
        "Saksi lain diperiksa Rabu (3/5) terkait UU Nomor 31 Tahun 1999 itu, kata juru bicara. "
        "Berkas perkara dilimpahkan pada 30 Maret 2017 dan sidang dimulai bulan depan. "
        "Jaksa menyiapkan dakwaan berdasarkan UU Nomor 31 Tahun 1999, ujarnya."
    )
    facts = _facts_of(body)
    days = {d.text: d.value for d in facts.dates}
    assert days["Rabu (3/5)"] == date(2017, 5, 3)
    assert not any(d.value.year in (1999, 2000, 2001) for d in facts.dates if d.value)


def test_one_of_is_no_count() -> None:
    # "salah satu negara" is one of the countries, not one country: it never disagrees with "99
    # negara"
    assert find_numbers(sentence("Indonesia termasuk salah satu negara yang terdampak.")) == ()
    assert [m.value for m in find_numbers(sentence("Hanya satu negara yang menolak."))] == [
        "1 negara"
    ]


def test_numbers() -> None:
    text = "Gempa menewaskan 12 orang, merusak 1.250 rumah, dan kerugian Rp 2,5 miliar pada 2019 pukul 10.30 WIB."
    found = find_numbers(sentence(text))
    # values as an Indonesian reader writes them (they were "1250 rumah" and "2.5e+09 rupiah")
    assert [m.value for m in found] == ["12 orang", "1.250 rumah", "2,5 miliar rupiah"]
    assert found[2].text == "Rp 2,5 miliar"  # the amount ends at its scale word
    assert [m.value for m in find_numbers(sentence("Sembilan korban dievakuasi."))] == ["9 korban"]
    big = find_numbers(sentence("Dana Rp 144,53 triliun dan 1.234.567 pemilih serta 0,5 persen."))
    assert [m.value for m in big] == ["144,53 triliun rupiah", "1.234.567 pemilih", "0,5 persen"]
    assert [unit_of(m) for m in big] == ["rupiah", "pemilih", "persen"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Sebanyak dua belas orang tewas.", "12 orang"),
        ("Ada dua puluh lima orang hilang.", "25 orang"),
        ("Tiga ratus rumah rusak.", "300 rumah"),
        ("Dua ratus lima puluh tiga warga dievakuasi.", "253 warga"),
        ("Seratus dua puluh orang mengungsi.", "120 orang"),
        ("Lima belas ribu orang hadir.", "15.000 orang"),
    ],
)
def test_a_number_in_words_is_read_whole(text: str, value: str) -> None:
    """ "dua belas orang" is 12 people (it was "2 belas"), so it agrees with "12 orang"."""
    assert [m.value for m in find_numbers(sentence(text))] == [value]


def two_outlet_entities(x_id: list[str], y_id: list[str]) -> dict[str, Entity]:
    """The entities of a cluster of two articles, of outlets x.id and y.id, whose sentences are
    ``x_id`` and ``y_id`` (indexed in order)."""
    articles = [Article(id="a", outlet="x.id", body=""), Article(id="b", outlet="y.id", body="")]
    sents = [
        Sentence(article, k, Span(0, 1), text)
        for article, texts in (("a", x_id), ("b", y_id))
        for k, text in enumerate(texts)
    ]
    return {e.name: e for e in extract_entities(articles, sents)}


def test_entities_merge_aliases_and_strip_titles() -> None:
    entities = two_outlet_entities(
        [
            "Presiden Korea Selatan Moon Jae-in bertemu Presiden AS Donald Trump di Seoul.",
            "Pertemuan itu membahas sanksi bagi Korut.",
        ],
        [
            "Trump dan Moon Jae-in membahas Korea Utara di Seoul, kata juru bicara.",
            "Amerika Serikat ingin pertemuan lanjutan.",
        ],
    )
    assert entities["Donald Trump"].kind == "person" and "Trump" in entities["Donald Trump"].aliases
    assert entities["Korea Utara"].kind == "place" and "Korut" in entities["Korea Utara"].aliases
    assert "AS" in entities["Amerika Serikat"].aliases
    assert entities["Seoul"].outlets == ("x.id", "y.id")
    assert "Pertemuan" not in entities and "Presiden" not in entities


def test_a_country_under_two_names_is_one_entity() -> None:
    """s30: "Ceko" and "Republik Ceska", "Rusia" and "Federasi Rusia" (the seed), "Arab Saudi"
    and "Saudi" were two places each in one cluster's list."""
    entities = two_outlet_entities(
        [
            "Timnas U-19 kalah dari Republik Ceska di Toulon, sementara Federasi Rusia diam.",
            "Raja Saudi tiba di Jakarta.",
        ],
        ["Ceko menang 2-0 atas Indonesia; Rusia mengamati.", "Arab Saudi menanam investasi."],
    )
    assert {"Republik Ceska", "Federasi Rusia", "Saudi"}.isdisjoint(entities)
    for name in ("Ceko", "Rusia", "Arab Saudi"):
        assert entities[name].outlets == ("x.id", "y.id") and entities[name].kind == "place"


def test_a_name_and_the_acronym_the_cluster_defines_for_it_are_one_entity() -> None:
    entities = two_outlet_entities(
        [
            "Kepala Badan Penanggulangan Bencana Daerah (BPBD) Lebakjaya meninjau lokasi banjir.",
            "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) memperkirakan hujan berlanjut.",
            "Polisi menahan Andi Susanto (AS) dan Budi Rahman (BR) di Lebakjaya.",
        ],
        [
            "BPBD mencatat 300 rumah terendam.",
            "Menurut Badan Meteorologi, hujan deras turun sejak Senin malam.",
            "Badan Penanggulangan Bencana Daerah membuka dapur umum bagi pengungsi.",
            "BR mengaku menyesal, kata polisi.",
        ],
    )
    bpbd = entities["BPBD"]
    # the long form once where it is defined (with its acronym: one mention), then each alone
    assert bpbd.mentions == 3 and bpbd.outlets == ("x.id", "y.id")
    assert "Badan Penanggulangan Bencana Daerah" in bpbd.aliases
    assert "Badan Penanggulangan Bencana Daerah" not in entities
    bmkg = entities["BMKG"]  # a name listed with commas: its first piece names it
    assert "Badan Meteorologi" in bmkg.aliases and "Badan Meteorologi" not in entities
    # a person's initials name the person, who keeps the name
    assert entities["Budi Rahman"].mentions == 2 and "BR" in entities["Budi Rahman"].aliases
    assert "BR" not in entities
    # "AS" is the cluster's name for the United States: Andi Susanto's initials join nothing
    assert all("Andi Susanto" not in e.aliases for e in entities.values())


def test_acronyms_are_read_only_where_the_initials_spell_them() -> None:
    from ringkas.facts.entities import acronyms

    found = acronyms(
        [
            "Federal Bureau of Investigation (FBI) agents and the Food and Drug Administration (FDA).",
            "Presiden Joko Widodo (Jokowi) tiba di Komisi Pemberantasan Korupsi (KPK).",
            "Dinas Pekerjaan Umum (PUPR) dan Rumah Sakit Umum (RSU) Lebakjaya.",
        ],
        english=False,
        common={"agents", "and", "the", "tiba", "di", "umum", "rumah", "sakit"},
    )
    assert found["Federal Bureau"] == "FBI" and found["Drug Administration"] == "FDA"
    assert found["Komisi Pemberantasan Korupsi"] == "KPK"
    assert found["Rumah Sakit Umum"] == "RSU"
    assert "Presiden Joko Widodo" not in found and "Joko Widodo" not in found  # no capitals
    assert "Dinas Pekerjaan Umum" not in found  # "PUPR" is not its initials


def test_a_two_word_province_keeps_its_common_second_word() -> None:
    # "barat" is printed in lower case too ("arah barat daya"), which makes it a common word;
    # it still ends the names "Jawa Barat" and "Pemerintah Provinsi Jawa Barat".
    entities = two_outlet_entities(
        [
            "Gempa mengguncang Sukabumi, Jawa Barat, dari arah barat daya.",
            "Pemerintah Provinsi Jawa Barat mengirim bantuan.",
        ],
        [
            "Warga Jawa Barat mengungsi ke arah barat.",
            "Pemerintah Provinsi Jawa Barat menyiapkan dana.",
        ],
    )
    assert entities["Jawa Barat"].kind == "place"
    assert entities["Pemerintah Provinsi Jawa Barat"].kind == "org"
    assert "Jawa" not in entities and "Pemerintah Provinsi Jawa" not in entities


def test_indonesian_entities_clubs_ranks_and_parts() -> None:
    """Clubs and bodies are organisations, a rank inside a run marks the person after it, and a
    compass word, a currency or a roman numeral left alone names nothing (sentences invented)."""
    entities = two_outlet_entities(
        [
            "Panglima TNI Jenderal Gatot Nurmantyo tiba di Seoul.",
            "Ketua DPR Setya Novanto menemui Ketua Komisi III hari ini.",
            "Arema FC mengalahkan Manchester City di laga persahabatan.",
        ],
        [
            "Gatot Nurmantyo bertemu pejabat Korea Selatan di Seoul.",
            "Setya Novanto menyebut dana Rp 2,3 triliun, kata DPR.",
            "Manchester City dan Arema FC berbagi hasil, lapor PBB.",
            "Wakil Ketua Komisi III menolak, Selatan tetap diam.",
        ],
    )
    assert entities["Gatot Nurmantyo"].kind == "person"
    assert entities["Setya Novanto"].kind == "person"
    assert entities["Arema FC"].kind == "org" and entities["Manchester City"].kind == "org"
    assert entities["DPR"].kind == "org"
    for junk in ("Jenderal Gatot Nurmantyo", "DPR Setya Novanto", "Selatan", "Rp", "III"):
        assert junk not in entities, junk


def test_example_cluster_conflicts_and_blocked_sentences() -> None:
    prepared = prepare(load([str(EXAMPLES / "gempa-sukabumi")]).articles, Config())
    facts = prepared.facts
    kinds = sorted(c.kind for c in facts.conflicts)
    assert kinds == ["date", "number"]
    number = next(c for c in facts.conflicts if c.kind == "number")
    assert number.sides[0].value == "9 orang" and len(number.sides[0].outlets) >= 3
    assert number.sides[1].value == "12 orang" and number.sides[1].outlets == ("wartanusa.co.id",)
    weekday = next(c for c in facts.conflicts if c.kind == "date")
    assert weekday.sides[-1].outlets == ("lintasberita.id",)
    assert weekday.sides[0].value == "Senin, 14 Juli 2025"
    blocked_texts = [s.text for s in prepared.sentences if (s.article_id, s.index) in facts.blocked]
    assert any("menewaskan 12 orang" in t for t in blocked_texts)
    assert any("Selasa (14/7/2025)" in t for t in blocked_texts)
    days = [t.day for t in facts.timeline]
    assert days == [date(2025, 7, 14), date(2025, 7, 15)]


def test_agreeing_outlets_make_no_conflict() -> None:
    a = Article(
        id="a",
        outlet="x.id",
        body="Banjir di Sukamaju menewaskan 3 orang pada Sabtu (12/4/2025). Warga mengungsi ke balai desa.",
    )
    b = Article(
        id="b",
        outlet="y.id",
        body="Banjir bandang di Sukamaju, Sabtu (12/4/2025), menewaskan 3 orang. Tim SAR masih bersiaga.",
    )
    c = Article(
        id="c",
        outlet="z.id",
        body="Sebanyak 40 rumah terendam banjir di Sukamaju dan 3 orang tewas. Bantuan mulai datang.",
    )
    prepared = prepare([a, b, c], Config())
    assert prepared.facts.conflicts == ()
    assert prepared.facts.blocked == frozenset()
    assert prepared.facts.facts and prepared.facts.facts[0].corroboration >= 2


@pytest.mark.parametrize(
    ("a", "b", "language", "same"),
    [
        ("144,5 triliun rupiah", "144,53 triliun rupiah", "id", True),  # rounded
        ("2,5 juta orang", "2,59 juta orang", "id", True),  # cut at one decimal
        ("57,8 persen", "58 persen", "id", True),
        ("2,5 juta orang", "2,61 juta orang", "id", False),
        ("9 orang", "12 orang", "id", False),
        ("1.500 orang", "1.520 orang", "id", False),  # whole counts must match
        ("3 miliar rupiah", "3,4 miliar rupiah", "id", False),  # one digit is too coarse
        ("144,5 triliun rupiah", "144,53 miliar rupiah", "id", False),  # another scale
        ("2,500,000 dollars", "2,540,000 dollars", "en", True),  # "2.5" and "2.54 million"
        ("3.5 percent", "3.45 percent", "en", True),
        ("1,500 points", "1,520 points", "en", False),
    ],
)
def test_a_rounded_number_is_the_same_amount(a: str, b: str, language: str, same: bool) -> None:
    assert same_amount(a, b, language) is same
    assert same_amount(b, a, language) is same


def test_an_outlet_that_rounds_a_figure_makes_no_conflict() -> None:
    def article(k: int, amount: str) -> Article:
        body = (
            f"Pemerintah mencairkan dana bantuan sebesar Rp {amount} triliun untuk korban banjir "
            "di tiga provinsi pada Senin (3/3/2025). Penyaluran dimulai pekan depan."
        )
        return Article(id=f"a{k}", outlet=f"outlet{k}.id", body=body)

    rounded = prepare([article(1, "144,5"), article(2, "144,53")], Config())
    assert {n.value for n in rounded.facts.numbers} >= {
        "144,5 triliun rupiah",
        "144,53 triliun rupiah",
    }
    assert rounded.facts.conflicts == () and rounded.facts.blocked == frozenset()
    # a real difference in the same sentences still is one
    differ = prepare([article(1, "144,5"), article(2, "150,2")], Config())
    assert [c.kind for c in differ.facts.conflicts] == ["number"]


@pytest.mark.parametrize(
    ("text", "language", "low", "high"),
    [
        ("Banjir itu menewaskan sedikitnya 9 orang.", "id", 9.0, float("inf")),
        ("Lebih dari 350 penerbangan dibatalkan.", "id", 350.0, float("inf")),
        ("Kerugian ditaksir kurang dari Rp 2 miliar.", "id", float("-inf"), 2e9),
        ("Indeks turun hampir 1.600 poin.", "id", 1440.0, 1600.0),
        ("Sekitar 300 orang mengungsi.", "id", 270.0, 330.0),
        ("Sebanyak 40 rumah rusak.", "id", 40.0, 40.0),  # "sebanyak" is the count itself
        ("Korban bertambah hingga 12 orang.", "id", 12.0, 12.0),  # the toll reached twelve
        # a part, not the whole: some others, some more
        ("Milla juga memanggil empat pemain senior lainnya.", "id", 4.0, float("inf")),
        ("Tiga orang lagi ditemukan tewas.", "id", 3.0, float("inf")),
        ("Another 12 people were hurt.", "en", 12.0, float("inf")),
        ("Gempa menewaskan sembilan orang dan puluhan lainnya luka.", "id", 9.0, 9.0),
        ("Gempa menewaskan 12 orang.", "id", 12.0, 12.0),
        ("More than 600 flights were canceled.", "en", 600.0, float("inf")),
        ("The Dow fell as much as 1,500 points.", "en", float("-inf"), 1500.0),
        ("Some 2.5 million people fled.", "en", 2.25e6, 2.75e6),
        ("The takeover 5 percent stake was sold.", "en", 5.0, 5.0),  # "over" inside a word
    ],
)
def test_a_hedged_number_allows_a_range(text: str, language: str, low: float, high: float) -> None:
    """s18: "lebih dari 350" is 350 or more, "hampir 1.600" a little under 1.600."""
    (number,) = find_numbers(sentence(text), language=language)
    assert bounds(number, sentence(text), language) == pytest.approx((low, high))


def test_a_bound_and_a_figure_inside_it_make_no_conflict() -> None:
    """ "sedikitnya 9 orang" (at least nine) and "12 orang" can both be true, and two outlets'
    "lebih dari" figures always can: no conflict, no sentence blocked. The same sentences with
    an exact nine are one (sentences invented)."""

    def cluster(first: str, second: str) -> FactSheet:
        def article(k: int, toll: str) -> Article:
            body = (
                f"Banjir bandang di Desa Sukamaju pada Sabtu (12/4/2025) menewaskan {toll} orang "
                "dan merendam ratusan rumah warga. Tim SAR masih bersiaga di lokasi."
            )
            return Article(id=f"a{k}", outlet=f"outlet{k}.id", body=body)

        return prepare([article(1, first), article(2, second)], Config()).facts

    bound = cluster("sedikitnya 9", "12")
    assert bound.conflicts == () and bound.blocked == frozenset()
    assert cluster("lebih dari 9", "lebih dari 12").conflicts == ()
    assert [c.kind for c in cluster("9", "12").conflicts] == ["number"]
    assert [c.kind for c in cluster("kurang dari 9", "12").conflicts] == ["number"]


def test_seed_statements_and_timeline(seed_dir: Path) -> None:
    prepared = prepare(load([str(seed_dir)]).articles, Config())
    assert max(f.corroboration for f in prepared.facts.facts) >= 3
    days = [t.day for t in prepared.facts.timeline]
    assert days == sorted(days)
    assert date(2019, 2, 25) not in days and date(2019, 3, 24) not in days
    assert date(2019, 4, 24) in days


def test_indonesian_entities_weak_cues_countries_parties_and_cities() -> None:
    entities = two_outlet_entities(
        [
            "Pernyataan itu datang dari Anies Baswedan, yang didukung Gerindra dan Golkar.",
            "Perdana Menteri Israel Benjamin Netanyahu menolak resolusi soal Yerusalem Timur.",
            "Tim itu bermain di Liga Spanyol musim lalu, kata pelatihnya di Pekanbaru.",
        ],
        [
            "Anies Baswedan mengatakan Gerindra dan Golkar belum memutuskan calonnya.",
            "Netanyahu mengatakan Israel tidak akan mundur dari Yerusalem Timur.",
            "Pekanbaru menjadi tuan rumah laga persahabatan klub Liga Spanyol itu.",
            "Anies Baswedan hadir bersama para pendukungnya.",
        ],
    )
    # one "dari" (from) before a person of three mentions does not make a place
    assert entities["Anies Baswedan"].kind == "person"
    # parties are organisations, also with no cue at all
    assert entities["Gerindra"].kind == entities["Golkar"].kind == "org"
    # a country splits the run it stands in; the name after it is a person
    assert entities["Israel"].kind == "place"
    assert entities["Benjamin Netanyahu"].kind == "person"
    assert not any("Israel " in n for n in entities), set(entities)
    # a league named by its country is one name, an organisation
    assert entities["Liga Spanyol"].kind == "org" and "Spanyol" not in entities
    # cities and a place with its compass word, without any cue
    assert entities["Pekanbaru"].kind == "place"
    assert entities["Yerusalem Timur"].kind == "place"


def test_indonesian_parties_roles_and_place_kinds_part_names() -> None:
    """s18: "Golkar Setya Novanto" and "Demokrat Hinca Panjaitan" were people, "Dusun Tunggul
    Wulung" and "Bundaran Senayan" people too, and "Miryam" joined no name once "Miryam S." was
    cut at its initial's period (sentences invented)."""
    entities = two_outlet_entities(
        [
            "Ketua Umum Golkar Setya Novanto tiba di Bundaran Senayan pagi ini.",
            "Anggota Fraksi Hanura Miryam S. Haryani diperiksa di Dusun Tunggul Wulung.",
            "Miryam menolak berkomentar, kata Partai Golkar.",
        ],
        [
            "Setya Novanto menyebut Golkar solid, di Bundaran Senayan.",
            "Miryam S Haryani hadir di Dusun Tunggul Wulung bersama Miryam.",
            "Perwakilan Partai Golkar menemui Miryam, dan Fraksi Hanura membelanya.",
        ],
    )
    assert entities["Setya Novanto"].kind == "person"
    assert "Golkar Setya Novanto" not in entities and "Umum Golkar" not in entities
    assert entities["Bundaran Senayan"].kind == "place"
    assert entities["Dusun Tunggul Wulung"].kind == "place"
    assert entities["Fraksi Hanura"].kind == "org"
    # "Miryam" joined it; s22: one person with and without the initial's period, named as
    # printed with it
    assert entities["Miryam S. Haryani"].mentions >= 4
    assert "Miryam S Haryani" in entities["Miryam S. Haryani"].aliases


def test_a_streak_is_a_count_of_its_own() -> None:
    """s18: "satu gelar" (this tournament) and "tiga gelar berturut-turut" (three in a row) were
    one outlet against another; a streak counts something else (sentences invented)."""

    def facts(second: str) -> FactSheet:
        first = (
            "Ganda putra Indonesia meraih satu gelar di turnamen Malaysia pada Minggu (9/4/2017)."
        )
        body = f"Ganda putra Indonesia meraih {second} di turnamen Malaysia pada Minggu (9/4/2017)."
        articles = [
            Article(id="a", outlet="x.id", body=first),
            Article(id="b", outlet="y.id", body=body),
        ]
        return prepare(articles, Config()).facts

    assert facts("tiga gelar berturut-turut").conflicts == ()
    assert [c.kind for c in facts("tiga gelar").conflicts] == ["number"]


def test_the_day_a_source_said_it_is_no_date_of_the_event() -> None:
    """s19: two outlets quoting one spokesman on two days ('"…," kata …, Rabu (3/5).' and
    '"…," kata … di Jakarta, Jumat (5/5/2017).') were a date conflict, and the minority sentence
    was blocked. The same days as the event's own ("diperiksa pada …") still are one (sentences
    invented)."""

    def kinds(first: str, second: str) -> list[str]:
        return [c.kind for c in _facts_of(first, second).conflicts]

    told = (
        '"Dia diperiksa sebagai saksi untuk tersangka kasus jembatan Sungai Merah," kata juru '
        "bicara komisi, Dani Pratama{where}, {day}."
    )
    wednesday = told.format(where=" saat dikonfirmasi", day="Rabu (3/5/2017)")
    friday = told.format(where=" di Jakarta", day="Jumat (5/5/2017)")
    assert kinds(wednesday, friday) == []
    done = (
        "Dani Pratama diperiksa sebagai saksi untuk tersangka kasus jembatan Sungai Merah pada {}."
    )
    assert kinds(done.format("Rabu (3/5/2017)"), done.format("Jumat (5/5/2017)")) == ["date"]


def test_indonesian_teams_clubs_elections_laws_and_nicknames_by_their_first_word() -> None:
    """s20: "Timnas Indonesia" was a place; "Persela Lamongan", "Angkatan Darat", "Pilgub Jateng",
    "GP Valencia", "UU Tipikor", "Asian Games" and "The Foxes" people (sentences invented)."""
    entities = two_outlet_entities(
        [
            "Kemarin skuad Persela Lamongan dijamu Satgas Pangan dan Angkatan Darat di Sleman.",
            "Polisi menegaskan, menjelang Pilgub Jateng, UU Tipikor berlaku bagi semua calon.",
            "Pebalap itu menang di GP Valencia dan ikut Asian Games tahun depan.",
            "Musim ini, klub The Foxes kalah dari The Blues dan The Doctor finis di Puerto Rico.",
        ],
        [
            "Penampilan skuad Persela Lamongan dipuji Satgas Pangan dan Angkatan Darat seusai laga.",
            "Dua partai sepakat soal Pilgub Jateng dan revisi UU Tipikor pekan ini.",
            "Hujan mengganggu persiapan GP Valencia, sementara Asian Games digelar di Jakarta.",
            "Manajer mengakui The Foxes kalah kelas dari The Blues; The Doctor pulang dari Puerto Rico.",
        ],
    )
    for name in ("Persela Lamongan", "Satgas Pangan", "Angkatan Darat"):
        assert entities[name].kind == "org", name
    assert entities["The Foxes"].kind == "org" and entities["The Blues"].kind == "org"
    for name in ("Pilgub Jateng", "UU Tipikor", "GP Valencia", "Asian Games"):
        assert entities[name].kind == "other", name
    assert entities["The Doctor"].kind == "person"  # a rider's nickname, one of a kind
    assert entities["Puerto Rico"].kind == "place"


def test_an_envoy_and_a_former_holder_are_titles_not_names() -> None:
    """s20: "Duta Besar" and "Mantan Wali Kota Blitar" were listed as a person and a place."""
    entities = two_outlet_entities(
        ["Menurut polisi, Duta Besar Lyudmila Vorobieva bertemu Mantan Wali Kota Blitar kemarin."],
        ["Pertemuan itu dihadiri Duta Besar Lyudmila Vorobieva dan Mantan Wali Kota Blitar."],
    )
    assert entities["Lyudmila Vorobieva"].kind == "person"
    assert entities["Blitar"].kind == "place"
    assert not any(name.startswith(("Duta", "Mantan")) for name in entities)


def test_a_rank_inside_a_run_opens_the_name_after_it() -> None:
    """s21: "Kapolsek Kebayoran Lama Kompol Widya Agustiono" was one person of five words."""
    entities = two_outlet_entities(
        [
            "Hal itu dikatakan Kapolsek Kebayoran Lama Kompol Widya Agustiono pada Sabtu.",
            "Widya mengatakan pemobil itu diperiksa di Jalan Jenderal Sudirman.",
            "Jalan Jenderal Sudirman ditutup sejak pagi.",
        ],
        [
            "Kasus itu ditangani Kantor Direktorat Jenderal Pajak dan Kompol Widya Agustiono.",
            "Warga mendatangi Panglima TNI Jenderal Gatot Nurmantyo di markas TNI.",
            "Gatot Nurmantyo menerima mereka.",
        ],
    )
    assert entities["Widya Agustiono"].kind == "person"
    assert "Widya" in entities["Widya Agustiono"].aliases
    assert entities["Gatot Nurmantyo"].kind == "person"
    assert entities["TNI"].mentions == 2  # the run a party or agency splits keeps its part
    assert entities["Jalan Jenderal Sudirman"].kind == "place"
    assert not any(
        name.endswith("Widya Agustiono") and name != "Widya Agustiono" for name in entities
    )
    assert "Pajak" not in entities  # "Direktorat Jenderal": no rank


def test_a_regional_office_names_its_region_then_its_holder() -> None:
    """s22: "Wakil Bupati Blora Abu Nafi" was the person "Blora Abu Nafi", "Walikota Bandung Ridwan
    Kamil" made Bandung a person, and "Gubernur Sulawesi Tenggara Nur Alam" the person "Tenggara
    Nur Alam"; a title whose next word is no place keeps the name whole (sentences invented)."""
    entities = two_outlet_entities(
        [
            "Wakil Bupati Blora Abu Nafi meresmikan pasar di Blora, Senin.",
            "Walikota Bandung Ridwan Kamil dan Gubernur Sulawesi Tenggara Nur Alam hadir.",
            "Gubernur Anies Rasyid Baswedan datang bersama Ketua DPRD Blora Bambang Susilo.",
            "Kapolres Metro Bekasi Kombes Asep Adi Saputra menjaga acara itu.",
        ],
        [
            "Abu Nafi mengatakan pasar itu dibangun sejak 2016 oleh Pemkab Blora.",
            "Ridwan Kamil dan Nur Alam memuji pasar di Bandung itu.",
            "Anies Rasyid Baswedan dan Bambang Susilo berkeliling, dikawal Asep Adi Saputra.",
            "Ketua DPRD Blora Bambang Susilo menyebut Polres Metro Bekasi ikut menjaga.",
        ],
    )
    for name in ("Abu Nafi", "Ridwan Kamil", "Nur Alam", "Anies Rasyid Baswedan", "Bambang Susilo"):
        assert entities[name].kind == "person", name
        assert entities[name].mentions == (3 if name == "Bambang Susilo" else 2), name
    assert entities["Asep Adi Saputra"].mentions == 2
    assert entities["Blora"].kind == entities["Bandung"].kind == "place"
    assert entities["DPRD Blora"].kind == "org"
    assert not {"Blora Abu Nafi", "Tenggara Nur Alam", "Rasyid Baswedan", "Metro"} & set(entities)
    assert not any(n.startswith(("Blora ", "Bandung ")) for n in entities), sorted(entities)


def test_a_region_joins_its_own_place_name_and_no_organisation_named_after_it() -> None:
    """s22: "Tegal" had joined "RSUD Kardinah Kota Tegal" (a hospital), "Jateng" "Pilgub Jateng";
    a region still joins "Kabupaten …" of itself (sentences invented)."""
    entities = two_outlet_entities(
        [
            "Korban dirawat di RSUD Kardinah Kota Tegal sejak Senin.",
            "Banjir melanda Kabupaten Ponorogo dan Tegal pada Senin.",
        ],
        [
            "Warga dari Tegal dan Ponorogo mengungsi, kata petugas RSUD Kardinah Kota Tegal.",
            "Hujan di Ponorogo belum reda.",
        ],
    )
    assert entities["Tegal"].kind == "place" and entities["Tegal"].mentions == 2
    assert entities["RSUD Kardinah Kota Tegal"].mentions == 2
    assert entities["Kabupaten Ponorogo"].mentions == 3  # "Ponorogo" joined it
    assert "Ponorogo" not in entities


def test_a_derived_word_opening_a_sentence_is_no_part_of_a_name() -> None:
    """s22: "Kemunculan Dani Carvajal", "Keputusan Dorna" and "Membicarakan Perppu" were people;
    an institution's head and a name stay ("Kementerian Agama", "Megawati Soekarnoputri")
    (sentences invented)."""
    entities = two_outlet_entities(
        [
            "Kemunculan Dani Carvajal membuat Real Madrid menang.",
            "Keputusan Dorna diumumkan Senin.",
            "Kementerian Agama menerbitkan aturan baru.",
            "Megawati Soekarnoputri hadir di Blitar.",
        ],
        [
            "Dani Carvajal mencetak gol, kata pelatih.",
            "Membicarakan Dorna, para pembalap tidak berkomentar.",
            "Kementerian Agama menolak menjawab.",
            "Megawati Soekarnoputri berpidato di Blitar.",
        ],
    )
    assert entities["Dani Carvajal"].mentions == 2
    assert entities["Kementerian Agama"].kind == "org"
    assert entities["Megawati Soekarnoputri"].mentions == 2
    assert not any(n.startswith(("Kemunculan", "Keputusan", "Membicarakan")) for n in entities)


def test_indonesian_openers_and_a_law_code_name_no_one() -> None:
    """s22: "Selepas Euro" was a place, "Terkait PREVIEW Liga Primer" an organisation,
    "Ditetapkannya Kitab Undang-undang Hukum" a person (sentences invented)."""
    entities = two_outlet_entities(
        [
            "Selepas Euro, Mads Buttgereit pindah ke Inggris.",
            "Ditetapkannya Kitab Undang-Undang Hukum Pidana disambut warga Badung.",
        ],
        [
            "Terkait Euro, Mads Buttgereit tidak berkomentar.",
            "Warga Badung membaca Kitab Undang-Undang Hukum Pidana baru.",
        ],
    )
    assert entities["Mads Buttgereit"].kind == "person"
    assert entities["Kitab Undang-Undang Hukum Pidana"].kind == "other"
    assert not any(n.startswith(("Selepas", "Terkait", "Ditetapkannya")) for n in entities)


def test_an_offices_field_is_no_part_of_its_holders_name() -> None:
    """s22: "Keuangan Sri Mulyani", "Luar Negeri Retno Marsudi", "Perdagangan Enggartiasto Lukita"
    were people, and "Menteri Sosial" alone made "Sosial" one (sentences invented)."""
    entities = two_outlet_entities(
        [
            "Menteri Keuangan Sri Mulyani dan Menteri Luar Negeri Retno Marsudi tiba pagi.",
            "Menteri Perdagangan Enggartiasto Lukita menyusul ke Istana.",
            "Juru Bicara Kementerian Agama Mastuki menolak berkomentar.",
        ],
        [
            "Sri Mulyani dan Retno Marsudi bertemu Enggartiasto Lukita di Istana.",
            "Surat itu diteken Menteri Sosial pada Senin, kata Mastuki.",
            "Kementerian Agama menyiapkan jawaban.",
        ],
    )
    for name in ("Sri Mulyani", "Retno Marsudi", "Enggartiasto Lukita"):
        assert entities[name].kind == "person" and entities[name].mentions == 2, name
    assert entities["Kementerian Agama"].kind == "org"
    assert not {"Sosial", "Keuangan", "Perdagangan", "Luar Negeri"} & set(entities)
    ministry = two_outlet_entities(  # "negeri" printed in lower case: "Luar Negeri" keeps it
        ["Kementerian Luar Negeri memanggil duta besar itu."],
        ["Seorang pejabat Kementerian Luar Negeri menemui warga negeri itu."],
    )
    assert ministry["Kementerian Luar Negeri"].mentions == 2
    assert not any(n.startswith(("Keuangan ", "Luar ", "Perdagangan ")) for n in entities)


def test_an_acronym_defined_by_lower_case_words_is_a_term_not_an_organisation() -> None:
    """s21: "polymerase chain reaction (PCR)" was listed as an organisation."""
    entities = two_outlet_entities(
        [
            "Petugas melakukan tes polymerase chain reaction (PCR) kepada 21 orang itu.",
            "Hasil PCR keluar pada Jumat, kata Badan Penanggulangan Bencana Daerah (BPBD).",
        ],
        ["Hasil tes PCR diumumkan BPBD pada Jumat.", "Warga menunggu hasil PCR di rumah."],
    )
    assert "PCR" not in entities  # a term: no person, place or organisation
    assert entities["BPBD"].kind == "org"
    assert lower_case_acronyms(["tes polymerase chain reaction (PCR) dan surat izin (SIM)"]) == {
        "PCR"
    }


def test_a_verb_opening_a_sentence_is_no_part_of_a_name_and_a_cited_medium_is_an_organisation() -> (
    None
):
    """s23: "Mengutip Harian Cakrawala" and "Dilansir Warta Pagi" were people, "dikutip dari
    Sinar Timur" a place; "Menghadapi Persita" opened a name (sentences and media invented).
    The Malaysian agency "Bernama" opening a sentence stays a name."""
    entities = two_outlet_entities(
        [
            "Mengutip Harian Cakrawala, Dodi Kurniadi menolak tawaran itu.",
            "Menghadapi Persita, pelatih Dodi Kurniadi menurunkan pemain muda.",
            "Bernama melaporkan hal yang sama.",
        ],
        [
            "Dilansir Warta Pagi, Dodi Kurniadi sudah tiba.",
            "Hal itu dikutip dari Sinar Timur oleh Dodi Kurniadi.",
            "Menurut Harian Cakrawala, latihan ditunda.",
            "Melansir Warta Pagi dan Sinar Timur, Bernama menulis hal serupa.",
        ],
    )
    assert entities["Dodi Kurniadi"].kind == "person"
    assert entities["Harian Cakrawala"].kind == "org"
    assert entities["Warta Pagi"].kind == "org"
    assert entities["Sinar Timur"].kind == "org"
    assert "Bernama" in entities
    assert not any(n.startswith(("Mengutip", "Dilansir", "Menghadapi")) for n in entities)
    post = two_outlet_entities(  # a medium named after its city is one name, no place
        ["Hal itu dilansir New York Post pada Sabtu."],
        ["Seperti dilansir New York Post, ia pergi."],
    )
    assert post["New York Post"].kind == "org" and "New York" not in post


def test_wars_feasts_meetings_rules_and_buildings_are_no_people() -> None:
    """s23: "Perang Dunia II", "Hari Raya Idul Fitri", "Rapat Dengar Pendapat", "Peraturan
    Pemerintah", "Masjid Baitul Hamid", "Biro Humas", "The Guardian" were people or
    organisations of the wrong kind; "Hari Sabarno" stays a person (sentences invented)."""
    entities = two_outlet_entities(
        [
            "Kakeknya berjuang sejak Perang Dunia II hingga Hari Raya Idul Fitri 1950.",
            "Rapat Dengar Pendapat membahas Peraturan Pemerintah yang baru.",
            "Warga berkumpul di Masjid Baitul Hamid, kata Biro Humas.",
            "Hari Sabarno hadir, seperti ditulis The Guardian.",
        ],
        [
            "Perang Dunia II mengubah kampung itu, kata Hari Sabarno.",
            "Hari Raya Idul Fitri dirayakan di Masjid Baitul Hamid.",
            "Biro Humas menyebut Rapat Dengar Pendapat ditunda, menurut The Guardian.",
            "Peraturan Pemerintah itu berlaku pekan depan.",
        ],
    )
    expected = {
        "Perang Dunia II": "other",
        "Hari Raya Idul Fitri": "other",
        "Rapat Dengar Pendapat": "other",
        "Peraturan Pemerintah": "other",
        "Masjid Baitul Hamid": "place",
        "Biro Humas": "org",
        "The Guardian": "org",
        "Hari Sabarno": "person",
    }
    assert {name: entities[name].kind for name in expected} == expected
    stadium = two_outlet_entities(
        ["Laga digelar di The Oak Stadium, dekat Red Pine Canyon, kata Michael Bay."],
        ["Penonton memadati The Oak Stadium; Michael Bay memotret Red Pine Canyon."],
    )
    expected = {"The Oak Stadium": "place", "Red Pine Canyon": "place", "Michael Bay": "person"}
    assert {name: stadium[name].kind for name in expected} == expected


def test_an_acronym_has_the_kind_of_the_name_it_stands_for() -> None:
    """s23: "Pekan Olahraga Nasional (PON)" made PON an organisation (its capitals), and "Bank
    Sentosa (BS)", two letters, a dropped word; a defined acronym of a thing is listed."""
    entities = two_outlet_entities(
        [
            "Atlet itu tampil di Pekan Olahraga Nasional (PON) tahun ini.",
            "Bank Sentosa (BS) ikut mendanai acara.",
        ],
        ["Warga menonton PON, yang didanai BS.", "PON ditutup pada Minggu."],
    )
    assert entities["PON"].kind == "other"
    assert entities["BS"].kind == "org"


def test_a_makers_product_is_no_person_and_the_maker_by_its_company_word_an_organisation() -> None:
    """s23: "Toyota Calya", "Google Maps", "Xbox One" were people; "Sony Dwi Kuncoro" is one
    (sentences invented)."""
    entities = two_outlet_entities(
        [
            "Toyota Calya dipajang di stan Toyota Astra Motor, sementara Google Maps memandu tamu.",
            "Sony Dwi Kuncoro mencoba Xbox One di pameran itu.",
        ],
        [
            "Penjualan Toyota Calya naik, kata Toyota Astra Motor; Google Maps mencatat kemacetan.",
            "Xbox One dijual murah, kata Sony Dwi Kuncoro.",
        ],
    )
    expected = {
        "Toyota Calya": "other",
        "Google Maps": "other",
        "Xbox One": "other",
        "Toyota Astra Motor": "org",
        "Sony Dwi Kuncoro": "person",
    }
    assert {name: entities[name].kind for name in expected} == expected


def test_no_persons_name_holds_a_digit() -> None:
    """s39: a product, a model or an edition written like a name ("Jet Black PS4 Pro", "Galaxy
    S8") was a person; the person beside them stays one (sentences invented)."""
    entities = two_outlet_entities(
        [
            "Larasati Wibowo memamerkan Nova X5 Pro dan Lumen Q8 Max di Jakarta, Senin.",
            "Nova X5 Pro dijual mulai bulan depan.",
        ],
        [
            "Menurut Larasati Wibowo, Nova X5 Pro lebih ringan daripada Lumen Q8 Max.",
            "Lumen Q8 Max hanya dijual daring.",
        ],
    )
    expected = {"Nova X5 Pro": "other", "Lumen Q8 Max": "other", "Larasati Wibowo": "person"}
    assert {name: entities[name].kind for name in expected} == expected


def test_an_address_names_its_places_from_the_smallest() -> None:
    """s23: in "di Cipulir, Kebayoran Lama, Jakarta Selatan" the district was a person, and so was
    "Kebayoran Lama" after "Kapolsek" with its chief named after a comma; a name after a place
    alone stays a name (sentences invented)."""
    entities = two_outlet_entities(
        [
            "Keributan terjadi di Pasar Cipulir, Kebayoran Lama, Jakarta Selatan, Sabtu.",
            '"Kami periksa," kata Kapolsek Kebayoran Lama, Kompol Wisnu Hartanto.',
        ],
        [
            "Video keributan di Cipulir, Kebayoran Lama, Jakarta Selatan, viral.",
            "Saat ditemui di Jakarta, Wisnu Hartanto membenarkan kabar itu.",
        ],
    )
    assert entities["Kebayoran Lama"].kind == "place"
    assert entities["Kebayoran Lama"].mentions == 3
    assert entities["Wisnu Hartanto"].kind == "person"


def test_a_particle_after_a_hyphen_is_no_part_of_a_name() -> None:
    """s23: "Piala Dunia-nya" and "Kanye West-lah" were names of their own (sentences invented)."""
    entities = two_outlet_entities(
        [
            "Portugal tak pernah kalah di perempat final Piala Dunia-nya.",
            "Rudi Hartono-lah juaranya.",
        ],
        ["Piala Dunia digelar di Qatar.", "Juaranya Rudi Hartono."],
    )
    assert entities["Piala Dunia"].mentions == 2
    assert entities["Rudi Hartono"].mentions == 2
    assert not any("-" in name for name in entities)


def _people_in_both(entities: dict[str, Entity], *names: str) -> None:
    """Each name is one person, named once by each of the two outlets."""
    for name in names:
        assert entities[name].kind == "person" and entities[name].mentions == 2, name


def test_a_role_opening_a_sentence_is_no_part_of_a_name_and_a_club_after_it_is_read_first() -> None:
    """s23: "Pelatih Persib", "Aktris Angelina Jolie", "Manajer Persib Umuh Muchtar" were people
    (the last an organisation); "Pelatih Persela Lamongan" is the club (sentences invented)."""
    entities = two_outlet_entities(
        [
            "Pelatih Persib Dedi Kurniawan memuji para pemain.",
            "Aktris Ayu Larasati hadir di stadion.",
            "Pelatih Persela Lamongan, Budi Sasono, kecewa.",
        ],
        [
            "Dedi Kurniawan mengatakan Persib siap melawan Real Madrid, dan Ayu Larasati menonton.",
            "Manajer Real Madrid Carlos Ibarra menelepon Budi Sasono.",
            "Carlos Ibarra tiba di Bandung bersama Persela Lamongan.",
        ],
    )
    _people_in_both(entities, "Dedi Kurniawan", "Ayu Larasati", "Carlos Ibarra", "Budi Sasono")
    assert entities["Persela Lamongan"].kind == "org"
    assert entities["Real Madrid"].kind == "org"
    assert not any(n.split()[0] in ("Pelatih", "Aktris", "Manajer") for n in entities)


def test_a_spelled_out_rank_an_acting_holder_a_deputys_field_and_a_ministrys_short_name() -> None:
    """s23: "Komisaris Besar Yusri Yunus", "Deputi Bidang Usaha Konstruksi" and "Kemenkeu
    Askolani" were names, "Kemenpora" a place; a Balinese "I" stays in the name (sentences
    invented)."""
    entities = two_outlet_entities(
        [
            "Komisaris Besar Rudi Santika membenarkan penangkapan itu.",
            "Deputi Bidang Usaha Konstruksi menolak berkomentar, kata Sekjen Kemenkeu Tono Subagyo.",
            "Dirjen Pemasyarakatan I Wayan Sudarsa tiba di Kemenpora.",
        ],
        [
            "Rudi Santika mengatakan usaha konstruksi itu diperiksa.",
            "Tono Subagyo dan I Wayan Sudarsa menemui pejabat Kemenpora.",
            "Pelaksana Tugas Gubernur Sulawesi Tenggara Teguh Setiadi tidak hadir.",
            "Teguh Setiadi menunggu di Kendari.",
        ],
    )
    _people_in_both(entities, "Rudi Santika", "Tono Subagyo", "I Wayan Sudarsa", "Teguh Setiadi")
    assert entities["Kemenpora"].kind == "org"
    victory = two_outlet_entities(  # "Kemenangan" (a victory) names no ministry
        ["Kemenangan Persib Bandung disambut warga."],
        ["Warga merayakan Kemenangan Persib Bandung."],
    )
    assert all(e.kind != "org" or not e.name.startswith("Kemenangan") for e in victory.values())
    assert not any(
        n.startswith(("Komisaris", "Usaha", "Kemenkeu Tono", "Pelaksana")) for n in entities
    )


def test_an_english_job_title_parts_the_company_from_its_officer() -> None:
    """s24: "CEO Instagram Kevin Systrom" was one organisation, and "Systrom" alone joined it;
    "Managing Director Lamudi" a person, "CEO" alone an organisation. The officer's name is the
    run's last two words, or more when the cluster names the officer by a first name or prints a
    middle initial or a particle; one word after the title is the company (sentences invented)."""
    entities = two_outlet_entities(
        [
            "CEO Kopiloka Dimas Prasetya mengatakan penjualan naik dua kali lipat.",
            "Chief Executive Officer PT Sinar Baru Teknologi Rina M. Lestari ikut hadir.",
            "CEO Warung Kita Andi Surya Wibowo juga datang, bersama Managing Director Lamudi.",
            "Founder Tanihub Arne Van Looveren menolak berkomentar.",
        ],
        [
            "Menurut Prasetya, modal baru dipakai untuk membuka cabang Kopiloka.",
            "Andi menyebut CEO baru Lamudi akan diumumkan pekan depan.",
            "Pendiri Tanihub, Arne Van Looveren, dan Rina M. Lestari dari PT Sinar Baru Teknologi"
            " berbicara bersama Andi Surya Wibowo dari Warung Kita.",
        ],
    )
    for person in ("Dimas Prasetya", "Rina M. Lestari", "Andi Surya Wibowo", "Arne Van Looveren"):
        assert entities[person].kind == "person", person
    assert entities["Dimas Prasetya"].mentions == 2  # "Prasetya" alone is the same person
    for firm in ("Kopiloka", "PT Sinar Baru Teknologi", "Warung Kita", "Lamudi", "Tanihub"):
        assert entities[firm].kind == "org", firm
    assert not any(n.split()[0] in ("CEO", "Chief", "Managing", "Founder") for n in entities)


def test_an_office_before_a_company_and_its_officer_named_again() -> None:
    """s24: "Direktur Utama PT Transjakarta Budi Kaliwono" was one organisation; the company and
    its director part when the cluster names the director again ("Budi"), and stay one
    organisation when it does not (a firm of four words: "CV Sumber Laut Perkasa"). A party's
    board is no company ("Ketua DPP Partai Hanura" keeps its name; sentences invented)."""
    entities = two_outlet_entities(
        [
            "Direktur Utama PT Transjakarta Budi Kaliwono meresmikan halte baru.",
            "Ketua DPP Partai Hanura menghadiri acara di Partai Hanura itu.",
            "Polisi memeriksa Direktur CV Sumber Laut Perkasa pekan lalu.",
        ],
        [
            "Budi mengatakan halte PT Transjakarta dibuka untuk umum.",
            "Direktur CV Sumber Laut Perkasa diperiksa, kata Ketua DPP Partai Hanura.",
        ],
    )
    assert entities["Budi Kaliwono"].kind == "person"
    assert entities["Budi Kaliwono"].mentions == 2
    assert entities["PT Transjakarta"].kind == "org"
    assert entities["CV Sumber Laut Perkasa"].kind == "org"
    assert "Laut Perkasa" not in entities
    assert "DPP Partai Hanura" in entities and "Hanura" not in entities


def test_shouted_text_is_no_name() -> None:
    """s24: a passage in capitals ("SELAMAT DATANG DI MATA NAJWA", a verse, a headline) was one
    organisation per run; it parts at the words the cluster prints in lower case or that are
    function words, and a part written elsewhere in capitalised words is that name. Acronyms side
    by side stay ("DPP PDIP"; sentences invented)."""
    entities = two_outlet_entities(
        [
            "JOKO WIDODO DAN PASANGANNYA DATANG KE ACARA ITU, tulis spanduk di depan gedung.",
            "Rapat dipimpin DPP PDIP di Jakarta.",
        ],
        [
            "Pada pagi hari, Joko Widodo tiba di acara itu dengan pasangannya.",
            "DPP PDIP menggelar rapat di Jakarta.",
        ],
    )
    assert entities["Joko Widodo"].mentions == 2
    assert entities["DPP PDIP"].kind == "org"
    assert not any(n.isupper() and " " in n and n != "DPP PDIP" for n in entities)


def test_a_ministers_short_title_a_cabinet_a_decree_and_an_election_are_no_people() -> None:
    """s24: "Menkominfo Rudiantara", "Mensos Khofifah Indar Parawansa", "Kabinet Pramono Anung"
    (after "Sekretaris"), "Kepresidenan Teten Masduki", "Instruksi Presiden", "Muslimat NU" were
    people, "Pilpres" after "di" a place (sentences invented)."""
    entities = two_outlet_entities(
        [
            "Menkominfo Rudiantara dan Sekretaris Kabinet Pramono Anung hadir di Pilpres itu.",
            "Mensos Khofifah Indar Parawansa membacakan Instruksi Presiden di depan Muslimat NU.",
            "Kepala Staf Kepresidenan Teten Masduki mendampingi menteri Kabinet Kerja, Mensos Kabinet Kerja.",
        ],
        [
            "Rudiantara, Pramono Anung dan Teten Masduki bicara soal Pilpres kepada wartawan.",
            "Khofifah Indar Parawansa memimpin Muslimat NU; Instruksi Presiden itu dibahas.",
            "Menpan RB Asman Abnur menyusul, kata Asman Abnur kepada Kabinet Kerja.",
        ],
    )
    _people_in_both(entities, "Rudiantara", "Pramono Anung", "Teten Masduki")
    _people_in_both(entities, "Khofifah Indar Parawansa", "Asman Abnur")
    assert entities["Instruksi Presiden"].kind == "other"
    assert entities["Pilpres"].kind == "other"
    assert entities["Muslimat NU"].kind == "org"
    assert entities["Kabinet Kerja"].kind == "org"
    assert not any(n.split()[0] in ("Menkominfo", "Mensos", "Menpan", "RB") for n in entities)
    assert not any(n.startswith(("Kepresidenan", "Kabinet Pramono")) for n in entities)


def test_a_person_after_a_club_a_party_or_a_maker_the_cluster_names_alone() -> None:
    """s24: "Partai Republik Donald Trump", "Persib Djadjang Nurdjaman", "Microsoft Bill Gates"
    were one organisation or thing; a product after its maker stays one ("Lenovo Mirage Solo",
    later "Mirage"), as does a club's name alone (sentences invented)."""
    entities = two_outlet_entities(
        [
            "Calon dari Partai Republik Donald Trump berpidato di depan pendukung Persib.",
            "Pelatih Persib Djadjang Nurdjaman memuji pendiri Microsoft Bill Gates.",
            "Penonton mencoba Lenovo Mirage Solo di stan itu.",
        ],
        [
            "Menurut Trump, Partai Republik akan menang; Djadjang tidak berkomentar.",
            "Gates memuji Persib, kata Djadjang Nurdjaman; Mirage dijual murah.",
            "Lenovo Mirage Solo dijual di Jakarta bersama Donald Trump dan Bill Gates.",
        ],
    )
    for person in ("Donald Trump", "Djadjang Nurdjaman", "Bill Gates"):
        assert entities[person].kind == "person", person
    assert entities["Partai Republik"].kind == "org"
    assert "Lenovo Mirage Solo" in entities
    assert not any(n.endswith(("Donald Trump", "Bill Gates")) and " " in n[:-12] for n in entities)


def test_nicknames_committees_groups_procedures_and_an_acronym_that_ends_a_name() -> None:
    """s24: "Setan Merah", "Panitia Pelaksana", "Tata Cara Penghitungan", "Tanjung Priok",
    "Grup B" were people or organisations; "KPU" alone joined "Keputusan KPU", a person then
    (sentences invented)."""
    entities = two_outlet_entities(
        [
            "Setan Merah kalah di Grup B, kata Panitia Pelaksana di Tanjung Priok.",
            "Mereka membaca Keputusan KPU soal Tata Cara Penghitungan suara dari KPU pagi ini.",
        ],
        [
            "Panitia Pelaksana menyebut Setan Merah tersingkir dari Grup B di Tanjung Priok.",
            "KPU menjelaskan Tata Cara Penghitungan itu kepada partai.",
        ],
    )
    expected = {
        "Setan Merah": "org",
        "Panitia Pelaksana": "org",
        "Grup B": "other",
        "Tata Cara Penghitungan": "other",
        "Tanjung Priok": "place",
    }
    assert {name: entities[name].kind for name in expected} == expected
    assert entities["KPU"].mentions == 2 and entities["KPU"].kind == "org"
    assert "Keputusan KPU" not in entities  # one mention, of its own


def test_a_medium_cited_through_a_site_and_a_tournament_named_alone() -> None:
    """s24: "Dikutip zonajakarta.com dari DailyMail" made "DailyMail" a place, as "di Euro" did
    "Euro"; a place after "dari" in a sentence that cites a medium elsewhere stays a place
    (sentences invented)."""
    entities = two_outlet_entities(
        [
            "Dikutip kabarkota.com dari DailyMail, pemain itu bersinar di Euro tahun lalu.",
            "Dilansir Reuters, rombongan berangkat dari Jakarta pagi ini.",
        ],
        [
            "Menurut laporan dari DailyMail, ia tampil di Euro bersama timnas.",
            "Rombongan itu tiba dari Jakarta, kata panitia.",
        ],
    )
    assert entities["DailyMail"].kind == "org"
    assert entities["Euro"].kind == "other"
    assert entities["Jakarta"].kind == "place"


def test_a_club_and_its_manager_after_a_role_in_lower_case() -> None:
    """s24: "manajer Villa Dean Smith" was one person; the club and the person part when the
    cluster names both alone (sentences invented)."""
    entities = two_outlet_entities(
        [
            "Gol itu dirayakan bersama manajer Villa Dean Smith di bangku cadangan.",
            "Smith memuji Villa setelah laga.",
        ],
        [
            "Kemenangan Villa disambut pelatih Dean Smith dengan senyum.",
            "Villa kini naik ke papan tengah.",
        ],
    )
    assert entities["Dean Smith"].kind == "person"
    assert entities["Dean Smith"].mentions == 3
    assert "Villa Dean Smith" not in entities


def test_an_indonesian_club_named_alone_is_an_organisation() -> None:
    """s24: "Persib" and "Persija" alone were "other" (and left out of a list) or a person; a
    member is no club ("Personel"; sentences invented)."""
    entities = two_outlet_entities(
        ["Persib menjamu Persija di Bandung.", "Personel band itu menonton laga Persib."],
        ["Laga Persib melawan Persija berakhir imbang.", "Persija pulang ke Jakarta."],
    )
    assert entities["Persib"].kind == "org"
    assert entities["Persija"].kind == "org"
    assert "Personel" not in entities


def test_a_closing_quotation_mark_is_no_letter_of_a_name() -> None:
    """s25: "‘nama asli Jamie Foxx’" gave the person "Jamie Foxx’", apart from "Jamie Foxx";
    a song in single quotation marks kept its closing one ("Bad Blood’"). An apostrophe inside a
    name stays (sentences invented)."""
    entities = two_outlet_entities(
        [
            "Ia mengetik ‘nama asli Jamie Foxx’ di mesin pencari.",
            "Penyiar memutar ‘Bad Blood’ di radio, kata Shaquille O’Neal.",
        ],
        [
            "Jamie Foxx tertawa membaca hasil pencarian itu.",
            "Mereka kembali memutar lagu Bad Blood semalam.",
            "Penggemar bertepuk tangan saat Shaquille O’Neal ikut bernyanyi.",
        ],
    )
    assert entities["Jamie Foxx"].mentions == 2
    assert "Bad Blood" in entities
    assert not [name for name in entities if name.endswith(("’", "'"))]
    assert "Shaquille O’Neal" in entities


def test_a_first_name_that_is_also_a_word_stays_in_the_name() -> None:
    """s25: a word the cluster prints in lower case opened no name, so "Bill Clinton" lost
    "Bill" where the cluster also wrote "the bill" (and "Novel Baswedan" his first name where it
    wrote "novel"). A word printed capitalised inside sentences three times as often as in lower
    case stays before a word that is none; an office's field with an affix still goes
    ("Menteri Kelautan dan Perikanan Susi Pudjiastuti"; sentences invented)."""
    entities = two_outlet_entities(
        [
            "The Senate passed the bill on Tuesday.",
            "Former president Bill Clinton praised the vote.",
            "Aides said Bill Clinton would speak again.",
        ],
        ["The House votes next week.", "Reporters asked Bill Clinton about the vote."],
    )
    assert entities["Bill Clinton"].kind == "person"
    assert "Clinton" not in entities
    indonesian = two_outlet_entities(
        [
            "Penyidik senior KPK Novel Baswedan kembali bertugas.",
            "Menteri Kelautan dan Perikanan Susi Pudjiastuti hadir di acara itu.",
            "Ia menulis sebuah novel tentang laut dan sektor perikanan.",
        ],
        [
            "Pimpinan KPK menyambut Novel Baswedan di gedung komisi.",
            "Kedatangan Novel Baswedan disambut pegawai, kata Susi Pudjiastuti.",
            "Kementerian Perikanan dan Perikanan Budidaya ikut hadir.",
        ],
    )
    assert indonesian["Novel Baswedan"].mentions == 3
    assert "Susi Pudjiastuti" in indonesian
    assert not [name for name in indonesian if name.startswith("Perikanan Susi")]


def test_a_capitalised_word_before_a_common_word_still_opens_no_name() -> None:
    """s25: "Amber Pasztor" keeps her first name, but "Amber Alert" (the cluster prints "alert"
    in lower case too) is no person (sentences invented)."""
    entities = two_outlet_entities(
        [
            "Police said Amber Pasztor took the children on Monday.",
            "An Amber Alert was issued that night, and the alert reached Michigan.",
            "Officers found Amber Pasztor in Elkhart County.",
        ],
        ["Deputies arrested Amber Pasztor on Tuesday.", "The amber alert was cancelled later."],
    )
    assert entities["Amber Pasztor"].mentions == 3
    assert "Amber Alert" not in entities


def test_stations_circuits_temples_routes_seas_and_dams_are_places() -> None:
    """s25: "Stasiun Gambir", "Sirkuit Mugello", "Candi Borobudur", "Jalur Gaza", "Laut Hitam",
    "Bendungan Katulampa" were people (sentences invented)."""
    entities = two_outlet_entities(
        [
            "Kereta tambahan berangkat dari Stasiun Gambir pukul 08.00.",
            "Wisatawan memadati Candi Borobudur dan Bendungan Katulampa.",
            "Kapal itu berlayar di Laut Hitam menuju Jalur Gaza.",
        ],
        [
            "Penumpang menunggu di Stasiun Gambir sejak pagi.",
            "Rossi menguji motornya di Sirkuit Mugello sebelum ke Candi Borobudur.",
            "Air di Bendungan Katulampa naik; nelayan di Laut Hitam dan Jalur Gaza waspada.",
        ],
    )
    for name in (
        "Stasiun Gambir",
        "Candi Borobudur",
        "Bendungan Katulampa",
        "Laut Hitam",
        "Jalur Gaza",
    ):
        assert entities[name].kind == "place", name


def test_an_offices_listed_fields_are_no_part_of_its_holders_name() -> None:
    """s26: an Indonesian office lists its fields with "dan", "serta" or commas, then names its
    holder; the run after the last "dan" was read as a person with the field's word first
    ("Kebudayaan Anies Baswedan", "Keamanan Wiranto", "Informasi Rudiantara", "Tinggi M
    Nasir"). A name after a comma alone stays whole even when it is a word ("Budi"); a given
    name that is a word stays before a name that is none ("Imam Nahrawi"); fields alone name no
    one ("Hak Asasi Manusia"; sentences invented)."""
    entities = two_outlet_entities(
        [
            "Menteri Pendidikan dan Kebudayaan Anies Baswedan membuka acara itu.",
            "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Wiranto ikut hadir.",
            "Menteri Komunikasi dan Informatika Rudiantara, Menteri Perhubungan Budi Karya"
            " Sumadi, dan Menteri Pemuda dan Olahraga Imam Nahrawi datang bersama.",
            "Menteri Riset, Teknologi, dan Pendidikan Tinggi M Nasir memberi sambutan.",
            "Gubernur Jawa Tengah, Ganjar Pranowo, dan Menteri Pertanian, Budi Santoso, menyambut"
            " para menteri.",
            "Menteri Hukum dan Hak Asasi Manusia tidak hadir.",
            "Menteri Pekerjaan Umum dan Perumahan Rakyat Basuki Hadimuljono meresmikan jalan tol.",
            "Direktur Jenderal Kependudukan dan Pencatatan Sipil Kementerian Dalam Negeri Irman"
            " diperiksa.",
        ],
        [
            "Anies Baswedan dan Wiranto berbicara kepada wartawan.",
            "Rudiantara, Budi Karya Sumadi dan Imam Nahrawi duduk di depan.",
            "M Nasir, Ganjar Pranowo dan Budi Santoso menyusul kemudian.",
            "Basuki Hadimuljono dan Irman tidak berkomentar.",
        ],
    )
    for name in (
        "Anies Baswedan",
        "Wiranto",
        "Rudiantara",
        "Budi Karya Sumadi",
        "Imam Nahrawi",
        "M Nasir",
        "Ganjar Pranowo",
        "Budi Santoso",
        "Basuki Hadimuljono",  # "Perumahan Rakyat", a field though "Perumahan" opens a place
        "Irman",  # "Pencatatan Sipil", the fields before a ministry's name
    ):
        assert entities[name].kind == "person", name
        assert entities[name].aliases == (name,), name  # never read short, then merged
    assert not [
        name
        for name in entities
        if name.split()[0] in ("Kebudayaan", "Keamanan", "Informatika", "Tinggi", "Santoso")
        or "Asasi" in name
    ]


def test_a_police_rank_of_several_words_and_the_attorney_general_are_no_name() -> None:
    """s26: "Polisi" after a rank ("Jenderal Polisi Tito Karnavian", "Brigjen Polisi …"), a
    rank of two words inside a run ("Kepala Bagian Penerangan Umum Komisaris Besar Martinus
    Sitompul") and the office "Jaksa Agung" were read into the name; "Agung" alone is still a
    given name, and a company's board ("Dewan Komisaris") no rank (sentences invented)."""
    entities = two_outlet_entities(
        [
            "Kapolri Jenderal Polisi Tito Karnavian meninjau lokasi.",
            "Kepala Bagian Penerangan Umum Komisaris Besar Martinus Sitompul menjelaskan.",
            "Wakil Komandan Korps Brimob Polri Brigjen Polisi Anang Revandoko menerbitkan surat.",
            "Kasus itu ditangani Jaksa Agung M Prasetyo.",
            "Ketua DPR Agung Laksono menyampaikan pendapatnya.",
            "Dewan Komisaris Garuda Indonesia menggelar rapat.",
            "Pelaku ditangkap Brigadir Polisi Satu Bima Sakti.",
        ],
        [
            "Setelah itu Tito Karnavian dan Martinus Sitompul tiba.",
            "Anang Revandoko dan M Prasetyo menyusul.",
            "Agung Laksono hadir bersama Bima Sakti.",
        ],
    )
    for name in (
        "Tito Karnavian",
        "Martinus Sitompul",
        "Anang Revandoko",
        "M Prasetyo",
        "Agung Laksono",
        "Bima Sakti",
    ):
        assert entities[name].kind == "person", name
    assert not [
        name for name in entities if name.split()[0] in ("Polisi", "Jaksa", "Bagian", "Satu")
    ]
    assert "Garuda" not in entities


def test_a_matter_named_by_a_derived_noun_and_set_phrases_are_no_people() -> None:
    """s26: an Indonesian noun of ke-…-an or pe(N)-…-an opening a name makes it a matter, an
    act or a law's subject ("Pemberantasan Tindak Pidana Korupsi" was a person), set phrases
    are none ("Merah Putih", "Insya Allah"), and an institution's noun keeps its kind
    ("Pengadilan Negeri"; sentences invented)."""
    entities = two_outlet_entities(
        [
            "Ia dijerat UU Nomor 31 Tahun 1999 tentang Pemberantasan Tindak Pidana Korupsi.",
            "Para atlet membawa Merah Putih ke podium.",
            '"Insya Allah kami siap," kata pelatih.',
            "Sidang digelar di Pengadilan Negeri Jakarta Selatan.",
        ],
        [
            "Pasal dalam Pemberantasan Tindak Pidana Korupsi itu dibacakan.",
            "Warga mengibarkan Merah Putih di halaman.",
            '"Insya Allah menang," ujar kapten.',
            "Pengadilan Negeri Jakarta Selatan menunda sidang.",
        ],
    )
    assert entities["Pemberantasan Tindak Pidana Korupsi"].kind == "other"
    assert entities["Merah Putih"].kind == "other"
    assert entities["Insya Allah"].kind == "other"
    assert entities["Pengadilan Negeri"].kind == "org"


def test_prosecutors_judges_knights_and_nicknames_are_read_as_such() -> None:
    """s26: "Jaksa", "Hakim", "Jaksa Penuntut Umum" and "Sir" are titles before a name ("Jaksa
    Irene Putri", "Sir Alex Ferguson" were the names; a city may stand between, as after a
    regional office: "Jaksa Penuntut Umum Milan Paolo Storari"), the office "Jaksa Agung" alone
    names no one, a team's nickname is an organisation ("Los Blancos"; "Los Angeles" stays a
    place), a product, a show or a league by its first word is a thing or a body ("Moto Mods",
    "Super Bowl", "Super League"), units are organisations ("Satuan Polisi Pamong Praja"; sentences
    invented)."""
    entities = two_outlet_entities(
        [
            "Jaksa Irene Putri membacakan tuntutan di depan Hakim Konstitusi Manahan Sitompul.",
            "Jaksa Penuntut Umum KPK Ali Fikri hadir, sementara Jaksa Agung tidak datang.",
            "Pelatih legendaris Sir Alex Ferguson menonton Los Blancos di Los Angeles.",
            "Para penggemar membeli Moto Mods sebelum Super Bowl, lalu laga Super League.",
            "Puluhan anggota Satuan Polisi Pamong Praja berjaga.",
        ],
        [
            "Irene Putri, Manahan Sitompul dan Ali Fikri keluar ruang sidang.",
            "Alex Ferguson memuji Los Blancos yang tiba di Los Angeles.",
            "Toko menjual Moto Mods setelah Super Bowl dan Super League usai.",
            "Kerumunan dibubarkan Satuan Polisi Pamong Praja.",
            "Kasus model itu ditangani Jaksa Penuntut Umum Milan Paolo Storari.",
            "Paolo Storari menolak berkomentar di Milan.",
        ],
    )
    assert entities["Milan"].kind == "place"  # a prosecutor's city ("… Umum Milan Paolo …")
    for name in ("Irene Putri", "Manahan Sitompul", "Ali Fikri", "Alex Ferguson", "Paolo Storari"):
        assert entities[name].kind == "person", name
        assert entities[name].aliases == (name,), name
    assert not [name for name in entities if name.split()[0] in ("Jaksa", "Sir", "Konstitusi")]
    assert "Agung" not in entities
    assert entities["Los Blancos"].kind == "org"
    assert entities["Los Angeles"].kind == "place"
    assert entities["Moto Mods"].kind == "other"
    assert entities["Super Bowl"].kind == "other"
    assert entities["Super League"].kind == "org"
    assert entities["Satuan Polisi Pamong Praja"].kind == "org"


def test_english_named_organisations_and_events_in_an_indonesian_cluster() -> None:
    """s27: "Warner Bros Pictures", "BigHit Entertainment", "Inna Hotel Group" were people, and
    "Glastonbury Festival", "Toulon Tournament" people or places, in Indonesian clusters: an
    English organisation's last word makes a name of two words or more an organisation there too,
    but "Center" (a venue: "Staples Center"), and an English event's, law's or work's last word
    makes it none of those (sentences invented)."""
    entities = two_outlet_entities(
        [
            "Film itu diproduksi Warner Bros Pictures dan dirilis di Jakarta.",
            "Konser itu digelar oleh BigHit Entertainment di Staples Center pada Sabtu.",
            "Hotel milik Inna Hotel Group penuh, kata Budi Santoso.",
            "Band itu tampil di Glastonbury Festival tahun lalu.",
            "Timnas ikut Toulon Tournament bulan depan.",
        ],
        [
            "Warner Bros Pictures menyebut film itu laris.",
            "Tiket konser di Staples Center dijual oleh BigHit Entertainment.",
            "Inna Hotel Group menambah kamar, ujar Budi Santoso.",
            "Penampilan di Glastonbury Festival membuat band itu terkenal.",
            "Pelatih menyiapkan pemain untuk Toulon Tournament.",
        ],
    )
    kinds = {name: entity.kind for name, entity in entities.items()}
    assert kinds["Warner Bros Pictures"] == kinds["BigHit Entertainment"] == "org"
    assert kinds["Inna Hotel Group"] == "org"
    assert kinds["Staples Center"] != "org"
    assert kinds["Glastonbury Festival"] == kinds["Toulon Tournament"] == "other"
    assert kinds["Budi Santoso"] == "person"


def test_an_indonesian_name_of_words_alone_is_a_persons_only_with_a_sign_of_it() -> None:
    """s27: names made of words Sastrawi knows were people by default ("Tanah Abang", "Orde
    Baru", "Detasemen Khusus", "Produk Domestik Bruto"); now such a name needs a sign of a
    person: a title, a given name ("Bunga"), its first or last word alone, a verb of saying, an
    age, a role in lower case (sentences invented)."""
    entities = two_outlet_entities(
        [
            "Ribuan suporter Harimau Hitam memadati stadion.",
            "Penyanyi itu bernama Tulus Abadi.",
            "Lagu itu dibawakan Bunga Lestari.",
        ],
        [
            "Laga itu ditonton pendukung Harimau Hitam.",
            "“Saya senang,” kata Tulus Abadi.",
            "Penampilan Bunga Lestari memukau penonton.",
        ],
    )
    assert entities["Harimau Hitam"].kind == "other"
    assert entities["Tulus Abadi"].kind == "person"  # "kata Tulus Abadi"
    assert entities["Bunga Lestari"].kind == "person"  # a given name


def test_a_persons_full_name_after_a_word_that_is_none_of_it_is_the_persons() -> None:
    """s27: "Biarpun Barack Obama", "Jabar Dedi Mulyadi", "Tottenham Daniel Levy" were people
    of their own beside the person the cluster names in full (sentences invented)."""
    entities = two_outlet_entities(
        ["Biarpun Barack Obama tak lagi menjabat, ia tetap dihormati.", "Warga menyambut."],
        ["“Saya senang,” kata Barack Obama.", "Barack Obama tiba di Jakarta pada Senin."],
    )
    assert "Biarpun Barack Obama" not in entities
    assert entities["Barack Obama"].mentions == 3
    assert entities["Barack Obama"].outlets == ("x.id", "y.id")
    assert entities["Barack Obama"].aliases == ("Barack Obama",)


def test_an_agencys_acronym_glued_to_its_officers_name_after_a_title_is_the_officer() -> None:
    """s28: "Kepala BPS Suhariyanto" made one organisation "BPS Suhariyanto", which "BPS" and
    "Suhariyanto" joined (sentences invented, names too)."""
    entities = two_outlet_entities(
        [
            "Badan Pusat Statistik (BPS) mencatat surplus pada Februari.",
            "Kepala BPS Warsitoharjo mengatakan ekspor naik.",
        ],
        ["Menurut Warsitoharjo, impor turun.", "BPS merilis data itu di Jakarta."],
    )
    assert "BPS Warsitoharjo" not in entities
    assert (entities["Warsitoharjo"].kind, entities["Warsitoharjo"].mentions) == ("person", 2)
    assert entities["BPS"].kind == "org"


def test_a_nickname_the_cluster_gives_a_person_is_that_person() -> None:
    """s28: "… alias Ahok", "… yang akrab disapa …": the nickname joined whatever name held it
    ("PK Ahok") or stood alone; the name the reports use more is the entity's (sentences and
    names invented)."""
    entities = two_outlet_entities(
        [
            "Raden Sutrisno Wibowo alias Kang Tris hadir di pengadilan.",
            "Kang Tris mengatakan ia tidak bersalah.",
        ],
        ["Kang Tris menolak berkomentar.", "Sidang untuk Kang Tris ditunda pekan depan."],
    )
    tris = entities["Kang Tris"]
    assert "Raden Sutrisno Wibowo" not in entities
    assert (tris.kind, tris.mentions) == ("person", 5) and "Raden Sutrisno Wibowo" in tris.aliases
    single = two_outlet_entities(
        ["Warga Blora, Sutikno Hadiprayitno, yang akrab disapa Koko, ditangkap.", "Polisi tiba."],
        ["Koko ditangkap di rumahnya.", "Sutikno Hadiprayitno diperiksa polisi."],
    )
    assert single["Sutikno Hadiprayitno"].mentions == 4
    assert "Koko" in single["Sutikno Hadiprayitno"].aliases


def test_a_persons_initials_are_the_person() -> None:
    """s28: legal reports name a suspect by initials ("Fahd El Fouz", then "FEF"): the initials
    were an organisation (sentences and names invented)."""
    entities = two_outlet_entities(
        ["KPK memeriksa tersangka Gatra Ranu Wijaya.", "Penyidik memanggil GRW pekan lalu."],
        ["GRW tidak hadir, kata juru bicara.", "Tersangka Gatra Ranu Wijaya ditahan."],
    )
    assert "GRW" not in entities
    assert entities["Gatra Ranu Wijaya"].mentions == 4
    assert "GRW" in entities["Gatra Ranu Wijaya"].aliases


def test_offices_agencies_and_words_after_a_title_are_no_people() -> None:
    """s28: "Menteri Pertahanan", "Kepala Polri Jenderal Tito Karnavian", "Komandan Korps
    Brimob", "Ketua … Demokrasi" gave people named "Pertahanan", "Polri", "Komandan Korps Brimob"
    and "Demokrasi" (sentences invented)."""
    entities = two_outlet_entities(
        [
            "Menteri Pertahanan Surya Atmaja bertemu Kepala Polri Jenderal Bima Santosa.",
            "Wakil Komandan Korps Brimob Brigjen Arif Rahman hadir.",
        ],
        [
            "Surya Atmaja dan Bima Santosa membahas keamanan bersama Polri.",
            "Acara itu dibuka oleh Ketua Informasi, lalu Menteri Pertahanan berpidato.",
        ],
    )
    kinds = {name: entity.kind for name, entity in entities.items()}
    assert {
        "Surya Atmaja": "person",
        "Bima Santosa": "person",
        "Polri": "org",
    }.items() <= kinds.items()
    assert not {"Pertahanan", "Komandan Korps Brimob"} & set(entities)
    assert all(e.kind != "person" for name, e in entities.items() if " " not in name)


def test_an_offices_organisation_and_field_part_from_its_holder() -> None:
    """s28: "Ketua DPP Yorrys Raweyai", "Ketua Koordinator DPP Partai Golkar Bidang Ekonomi
    Airlangga Hartarto", "Bekas Ketua …" and "KPUD Jatim" were read as one name each (sentences
    invented, names too)."""
    entities = two_outlet_entities(
        [
            "Bekas Ketua DPP Yoram Sarwadi mengkritik partainya.",
            "Ketua Koordinator DPP Partai Golkar Bidang Ekonomi Darsono Wiratmaja hadir.",
            "Kepala BKPM Tomas Lembahng dan Ketua KPUD Jatim Eko Sasmita ikut.",
        ],
        [
            "Yoram Sarwadi dan Darsono Wiratmaja tiba di Jatim, lalu Tomas Lembahng.",
            "Rapat di Jatim itu dihadiri Eko Sasmita dari KPUD.",
        ],
    )
    for name in ("Yoram Sarwadi", "Darsono Wiratmaja", "Tomas Lembahng", "Eko Sasmita"):
        assert entities[name].kind == "person" and entities[name].mentions == 2, name
    assert entities["Jatim"].kind == "place"
    assert not any("DPP Yoram" in name or "Ekonomi Darsono" in name for name in entities)


def test_an_indonesian_clusters_name_of_english_words_is_a_persons_only_with_a_sign() -> None:
    """s28: films, songs, products and sites named in English ("Iron Man", "Black Eyed Peas",
    "Digital Trends") were people in Indonesian clusters; a person whose name is made of English
    words keeps a sign of one (sentences invented)."""
    entities = two_outlet_entities(
        [
            "Kemarin film Iron Man diputar lagi, menurut situs Digital Trends.",
            "Pebalap Rocky Grant mengatakan ia siap.",
        ],
        ["Iron Man laris, tulis Digital Trends.", "Rocky Grant tiba di Sepang."],
    )
    kinds = {name: entities[name].kind for name in ("Iron Man", "Digital Trends", "Rocky Grant")}
    assert kinds == {"Iron Man": "other", "Digital Trends": "other", "Rocky Grant": "person"}


def test_a_bare_head_word_a_slogan_kin_before_a_name_and_ships() -> None:
    """s28: "Gedung", "Kementerian", "Pasar" alone, "Lindungi Komputer Anda", "Ibunda Selena
    Gomez" and "USS Fitzgerald" were listed as places, organisations and people (sentences
    invented)."""
    entities = two_outlet_entities(
        [
            "Pemeriksaan di Gedung KPK berlangsung lama, kata Kementerian.",
            "Ibunda Rina Sulastri dirawat, lalu kapal USS Dorado merapat.",
            "Lindungi Komputer Anda, tulis spanduk di Pasar.",
        ],
        [
            "Di Gedung itu Kementerian menggelar rapat soal Pasar.",
            "Rina Sulastri menjenguk, sementara USS Dorado berlabuh.",
            "Spanduk Lindungi Komputer Anda dipasang.",
        ],
    )
    for name in (
        "Gedung",
        "Kementerian",
        "Pasar",
        "Lindungi Komputer Anda",
        "Ibunda Rina Sulastri",
    ):
        assert name not in entities, name
    assert entities["Rina Sulastri"].kind == "person" and entities["Rina Sulastri"].mentions == 2
    assert entities["USS Dorado"].kind == "other"


def test_a_name_of_one_word_that_speaks_is_a_persons() -> None:
    """s28: Indonesians named by one word ("Suhariyanto", "Rudiantara") were `other` and left out
    of the list; a country that "says" is no person (sentences invented, names too)."""
    entities = two_outlet_entities(
        ["“Harga naik,” kata Warsitoharjo di Jakarta.", "Burundi mengatakan hal serupa."],
        ["Warsitoharjo mengatakan harga naik.", "Burundi menolak."],
    )
    assert entities["Warsitoharjo"].kind == "person"
    assert "Burundi" not in entities  # `other`, one word, under three outlets: left out


def test_a_club_of_one_word_a_football_report_plays_is_an_organisation() -> None:
    """s28: "menghadapi Hoffenheim", "kalah dari Sevilla" left clubs of one word a place or out
    of the list; a goalkeeper beaten stays a person (sentences invented, clubs too)."""
    entities = two_outlet_entities(
        [
            "Tim itu kalah dari Montrevel, dua gol tercipta di babak kedua.",
            "Gol kedua mengalahkan kiper Danu Prasetya.",
        ],
        ["Pekan depan mereka menghadapi Montrevel lagi.", "Danu Prasetya kebobolan dua gol."],
    )
    assert (entities["Montrevel"].kind, entities["Danu Prasetya"].kind) == ("org", "person")


# Kinds of s27 and s29, each case a cluster of two outlets (sentences invented, names too): the
# kinds the names must have, and the names that must be `other` or left out of the list.
KIND_CASES = {
    # s27: "West Ham", "Celta Vigo", "Shakhtar Donetsk" were people in Indonesian reports: a name
    # right after "kontra", "menjamu", "markas" or "klub" (not "presiden klub": its officer) with
    # no sign of a person is a club
    "a club the cluster plays or hosts": (
        [
            "Chelsea menang kontra Hellas Verona pada Sabtu.",
            "Hal itu diumumkan presiden klub Burhan Wiryawan di Jakarta.",
        ],
        [
            "Pekan depan Chelsea bertandang ke markas Hellas Verona.",
            "Menurut dia, presiden klub Burhan Wiryawan sudah setuju.",
        ],
        {"Hellas Verona": "org", "Burhan Wiryawan": "person"},
        (),
    ),
    # "KUHP", "APBN", "DNA" were organisations by their capitals; "Blok A12" and "Nota Dinas"
    # people or an organisation; "PN Jakut" a place; a given name spelled like a term stays one
    "terms, blocks, memos, courts": (
        [
            "Jaksa menjerat Sara Wulandari dengan Pasal 340 KUHP, kata Kepala PN Jakut.",
            "Dana APBN dan hasil tes DNA dibahas di rumah Blok A12 sesuai Nota Dinas.",
        ],
        [
            "Sara Wulandari didakwa dengan KUHP di PN Jakut.",
            "Dana APBN, tes DNA, rumah di Blok A12 dan Nota Dinas itu disorot.",
        ],
        {"Sara Wulandari": "person", "PN Jakut": "org", "Blok A12": "place"},
        ("KUHP", "APBN", "DNA", "Nota Dinas"),
    ),
    # "Gudang Bulog" was a person, "Serie A" a place, "Daily Mail" no organisation;
    # "Gudang Peluru" is Arsenal's nickname
    "a warehouse, a league, a daily": (
        [
            "Beras disimpan di Gudang Sumberjaya, tulis Daily Mail.",
            "Gudang Peluru memimpin klasemen, sedangkan Serie A libur.",
        ],
        [
            "Petugas memeriksa Gudang Sumberjaya, menurut Daily Mail.",
            "Gudang Peluru menang lagi; Serie A dimulai pekan depan.",
        ],
        {
            "Gudang Sumberjaya": "place",
            "Daily Mail": "org",
            "Serie A": "org",
            "Gudang Peluru": "org",
        },
        (),
    ),
    # "Borussia Dortmund", "FC Barcelona", "Bayern Muenchen" and "New Jersey" were people
    "european clubs, new places": (
        [
            "Borussia Dortmund menjamu FC Barcelona, sementara Bayern Muenchen libur.",
            "Pemain asal New Jersey itu mencetak gol.",
        ],
        [
            "Borussia Dortmund kalah dari FC Barcelona; Bayern Muenchen menunggu.",
            "Gol dicetak pemain kelahiran New Jersey.",
        ],
        {
            "Borussia Dortmund": "org",
            "FC Barcelona": "org",
            "Bayern Muenchen": "org",
            "New Jersey": "place",
        },
        (),
    ),
    # "Movistar Yamaha", "Komnas HAM", "Satpol PP", "Selangor FA", "Cleveland Cavaliers" were
    # people; "Keisuke Honda" stays one
    "racing teams, commissions, american teams": (
        [
            "Pebalap Movistar Yamaha itu dikritik Komnas HAM dan Satpol PP.",
            "Keisuke Honda bermain untuk Selangor FA, kata Cleveland Cavaliers.",
        ],
        [
            "Movistar Yamaha menjawab Komnas HAM; Satpol PP diam.",
            "Gelandang Keisuke Honda membela Selangor FA, bukan Cleveland Cavaliers.",
        ],
        {
            "Movistar Yamaha": "org",
            "Komnas HAM": "org",
            "Satpol PP": "org",
            "Selangor FA": "org",
            "Cleveland Cavaliers": "org",
            "Keisuke Honda": "person",
        },
        (),
    ),
    # "di Instagram", "di Play Store" made a platform and a store places; "UU", "RAM" were
    # places or organisations, "NTT" an organisation
    "platforms, stores, tech terms, provinces": (
        [
            "Video itu diunggah di Instagram dan aplikasinya ada di Play Store.",
            "Banjir melanda NTT setelah UU itu disahkan, sementara ponsel tersebut punya RAM besar.",
        ],
        [
            "Unggahan di Instagram itu viral; aplikasinya di Play Store.",
            "Hujan deras di NTT; UU baru disahkan; RAM ponsel itu 6 GB.",
        ],
        {"Instagram": "org", "NTT": "place"},
        ("Play Store", "UU", "RAM"),
    ),
    # Indonesian clubs without a club's word, a brand's product line, "Allah SWT" (people)
    "league clubs, products, a deity": (
        [
            "Mitra Kukar menjamu Barito Putera, lalu Semen Padang bertandang.",
            "Ponsel Galaxy S8 itu diumumkan; Allah SWT disebut dalam doa.",
        ],
        [
            "Mitra Kukar kalah dari Barito Putera; Semen Padang menang.",
            "Harga Galaxy S8 turun, kata penjual; doa kepada Allah SWT dipanjatkan.",
        ],
        {"Mitra Kukar": "org", "Barito Putera": "org", "Semen Padang": "org"},
        ("Galaxy S8", "Allah SWT"),
    ),
    # a place and a geographic plural is no team
    "a place's plural": (
        ["Cleveland Cavaliers menang di Colorado Springs.", "Laga digelar di Colorado Springs."],
        ["Cleveland Cavaliers bertanding di Colorado Springs.", "Penonton memadati arena."],
        {"Cleveland Cavaliers": "org", "Colorado Springs": "place"},
        (),
    ),
    # s30: the verb of saying after a name right after "di" has another subject ("Euro" was a
    # person); one who speaks stays one
    "a verb of saying after a place's preposition": (
        [
            "Pelatih itu membawa Denmark berjaya di Euro menyebut bahwa latihan kuncinya.",
            "Warsitoharjo mengatakan timnya siap.",
        ],
        ["Selepas Euro, pelatih itu pindah ke Jerman.", "Tim itu siap, kata Warsitoharjo."],
        {"Warsitoharjo": "person"},
        ("Euro",),
    ),
}


@pytest.mark.parametrize("case", sorted(KIND_CASES))
def test_kinds(case: str) -> None:
    x_id, y_id, kinds, others = KIND_CASES[case]
    entities = two_outlet_entities(x_id, y_id)
    assert {name: entities[name].kind for name in kinds} == kinds
    for name in others:
        assert name not in entities or entities[name].kind == "other", name


def test_a_firm_of_one_word_that_speaks_is_no_person() -> None:
    """s29: "aplikasi buatan Microsoft" then "Microsoft bilang …" listed Microsoft as a person
    by s28's rule for people of one word who speak; a person who speaks stays one (sentences
    invented, names too)."""
    entities = two_outlet_entities(
        [
            "Aplikasi itu buatan Quintara yang berkantor di Seattle.",
            "Quintara mengatakan penggunanya naik, kata Warsitoharjo.",
        ],
        ["Quintara mengatakan aplikasi itu gratis.", "Warsitoharjo mengatakan hal serupa."],
    )
    assert entities["Warsitoharjo"].kind == "person"
    assert "Quintara" not in entities or entities["Quintara"].kind != "person"


def test_a_noun_or_conjunction_opening_a_sentence_is_no_part_of_the_name_after_it() -> None:
    """s32: "Kontrak Alonso", "Optimisme Agus", "Kendati Raisa", "Selagi Microsoft" were people:
    a word Sastrawi knows that opens a sentence before a name the cluster prints without it, or a
    conjunction, is no part of the name: their mentions are the name's. A given name that is a
    word too ("Mark", "Budi") and a job title keep their rules (sentences invented, names too)."""
    entities = two_outlet_entities(
        [
            "Kontrak Wiradinata dengan klub itu diperpanjang dua musim.",
            "Kendati Sulastriani absen, timnya tetap menang.",
            "Mark Wiradinata tiba di Sepang, lalu Budi Santoso menyusul.",
            "Bos Garudatama, Hendrik Lumintang, menolak berkomentar.",
        ],
        [
            "Wiradinata mengaku senang, kata Sulastriani Putri.",
            "Santoso menyapa Mark Wiradinata.",
            "Garudatama menambah dana, kata Hendrik Lumintang.",
        ],
    )
    assert not any(n.startswith(("Kontrak", "Kendati")) for n in entities), sorted(entities)
    assert entities["Mark Wiradinata"].mentions == 4  # with "Kontrak Wiradinata"'s
    assert entities["Sulastriani Putri"].mentions == 2  # with "Kendati Sulastriani"'s
    assert entities["Budi Santoso"].kind == "person"
    assert entities["Garudatama"].kind == "org" and entities["Hendrik Lumintang"].kind == "person"


def test_the_word_heading_an_organisations_name_stays_and_so_does_its_last() -> None:
    """s33: "Bank Dagang Negara Indonesia" was a place "Dagang Negara Indonesia", "Komisi
    Pemberantasan Korupsi" an organisation "Komisi Pemberantasan", where the cluster also prints
    "bank" and "korupsi" in lower case (sentences invented, after IndoSum's)."""
    entities = two_outlet_entities(
        [
            "Mereka adalah Bank Dagang Negara Indonesia (Sjamsul Nursalim) dan Bank Umum "
            "Nasional (Bob Hasan).",
            "Dana nasabah dijamin oleh Lembaga Penjamin Simpanan, kata pejabat bank itu.",
            "Kasus korupsi itu ditangani Komisi Pemberantasan Korupsi sejak Senin.",
        ],
        [
            "Sjamsul Nursalim, pemegang saham Bank Dagang Negara Indonesia (BDNI), diperiksa.",
            "Sementara itu, Lembaga Penjamin Simpanan mencatat simpanan naik.",
            "Komisi Pemberantasan Korupsi memeriksa Bob Hasan pekan lalu.",
        ],
    )
    assert entities["BDNI"].kind == "org"  # the bank, by the acronym its name defines
    assert entities["Lembaga Penjamin Simpanan"].kind == "org"
    assert entities["Komisi Pemberantasan Korupsi"].kind == "org"
    assert not any(name.startswith(("Dagang", "Penjamin")) for name in entities), entities
    assert "Komisi Pemberantasan" not in entities


@pytest.mark.parametrize(
    ("name", "thing"),
    [
        ("Statistik UEFA", True),  # s33: were people
        ("Kode Disiplin PSSI", True),
        ("Audit BPK", True),
        ("Titi DJ", False),  # a singer
        ("Yusril Ihza Mahendra", False),
        ("Budi SH", False),  # a given name, then a degree
    ],
)
def test_words_sastrawi_knows_before_an_acronym_name_a_thing(name: str, thing: bool) -> None:
    from ringkas.facts.entities import _common_words_of_an_acronym

    assert _common_words_of_an_acronym(name) == thing


def test_a_noun_opening_a_sentence_before_a_full_name_whose_surname_stands_alone() -> None:
    """s33: "Nasib Nick Gordon berada dalam …", then "Gordon" alone: "Nasib" (fate) was part of
    a person "Nasib Nick Gordon" of eleven mentions (sentences invented, names too)."""
    entities = two_outlet_entities(
        [
            "Nasib Raymond Wiradinata ditentukan pengadilan pekan depan.",
            "Wiradinata membantah tuduhan itu.",
        ],
        ["Pengacara Wiradinata mengajukan banding.", "Wiradinata hadir di sidang."],
    )
    assert not any(n.startswith("Nasib") for n in entities), sorted(entities)
    assert entities["Raymond Wiradinata"].kind == "person"


@pytest.mark.parametrize(
    ("name", "common"),
    [
        ("Peta Perekonomian", True),  # s32: were people
        ("Transaksi Keuangan", True),
        ("Alat Peralatan", True),
        ("Koordinasi Perniagaan", True),
        ("Orde Baru", True),  # s27's
        ("Faisal Basri", False),
        ("Diana Kurniawan", False),  # Sastrawi strips "Diana" to "ana": no confix noun
        ("Pesan Kenangan", True),
        ("Level III", True),  # a level's number: "Level III", "Final Fantasy XV" were people
        ("Elizabeth II", False),
    ],
)
def test_a_name_of_dictionary_words_and_confix_nouns_needs_a_sign_of_a_person(
    name: str, common: bool
) -> None:
    """s32: a noun Sastrawi derives by a confix ("perekonomian", "keuangan") counts as a word it
    knows, so "Peta Perekonomian" is a person's name only with a sign of one, as s27's "Orde
    Baru" (the kinds: `python -m bench.same_entities`, 54 people → other)."""
    from ringkas.facts.entities import _of_common_words

    assert _of_common_words(name) == common


def test_a_word_with_nya_opening_a_sentence_is_no_part_of_the_name_after_it() -> None:
    """s32: "Rencananya PlayGame" (seven mentions), "Sulitnya Chelsea", "Pasalnya Alberto
    Paloschi" were people (sentences invented, names too)."""
    entities = two_outlet_entities(
        [
            "Rencananya Wiradinata akan tiba di Sepang pada Senin.",
            "Sulitnya Wiradinata menembus barisan depan membuat timnya cemas.",
        ],
        ["Pebalap Wiradinata mengaku siap, kata Hendrik Lumintang."],
    )
    assert not any(n.startswith(("Rencananya", "Sulitnya")) for n in entities), sorted(entities)
    assert entities["Wiradinata"].mentions == 3


@pytest.mark.parametrize(
    ("first", "second", "name"),
    [
        # "Perum Bulog" was a person: a state company
        (
            "Perum Sukamakmur menyerap gabah petani, kata Hendrik Lumintang.",
            "Hendrik Lumintang meminta Perum Sukamakmur menambah stok.",
            "Perum Sukamakmur",
        ),
        # "Al Jazeera" was a person, as "Al Gore" is: a broadcaster
        (
            "Al Jazeera melaporkan serangan itu, kata Hendrik Lumintang.",
            "Hendrik Lumintang mengutip laporan Al Jazeera.",
            "Al Jazeera",
        ),
        # "Intudo Ventures" was a person: a fund
        (
            "Sukamakmur Ventures memimpin pendanaan itu, kata Hendrik Lumintang.",
            "Hendrik Lumintang menyebut Sukamakmur Ventures sebagai investor utama.",
            "Sukamakmur Ventures",
        ),
    ],
)
def test_state_companies_broadcasters_and_funds_are_organisations(
    first: str, second: str, name: str
) -> None:
    """s32 (sentences invented, the names but "Al Jazeera" too)."""
    entities = two_outlet_entities([first], [second])
    assert entities[name].kind == "org"
