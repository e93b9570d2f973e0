"""One name spelled two ways: one entity, and where outlets differ, a name conflict with evidence."""

from __future__ import annotations

import json

import pytest

from ringkas.config import Config
from ringkas.facts import FactSheet
from ringkas.facts.spelling import misspellings, spelled_alike
from ringkas.i18n import Messages
from ringkas.model import Article
from ringkas.pipeline import prepare, summarize
from ringkas.render import render

# An invented report three outlets carry; the third writes the spokesman's name with a "c".
_REPORT = (
    "Banjir bandang melanda Kecamatan Cibadak, Kabupaten Sukabumi, pada Senin (14/7/2025) pagi. "
    "Kepala Pelaksana BPBD Kabupaten Sukabumi, {name}, mengatakan ratusan rumah terendam air. "
    "Menurut {short}, warga yang mengungsi sudah mendapat bantuan makanan dan selimut. "
    "Petugas gabungan masih membersihkan lumpur di jalan desa hingga sore hari. {extra}"
)
# each outlet closes in its own words (identical pages would be one article, deduplicated)
_EXTRA = (
    "Hujan deras turun sejak Minggu malam.",
    "Sungai Cimandiri meluap setelah hujan semalaman.",
    "Sebagian warga memilih bertahan di rumah kerabat.",
)


def _facts(*names: str, language: str = "id") -> FactSheet:
    articles = [
        Article(
            id=f"a{k}",
            outlet=f"kabar{k}.id",
            body=_REPORT.format(name=name, short=name.split()[-1], extra=_EXTRA[k]),
            language=language,
        )
        for k, name in enumerate(names)
    ]
    return prepare(articles, Config(language=language)).facts


def test_a_name_one_outlet_misspells_is_one_entity_and_a_name_conflict() -> None:
    facts = _facts("Rahmat Hidayat", "Rahmat Hidayat", "Rachmat Hidayat")
    people = {e.name: e for e in facts.entities if e.kind == "person"}
    assert "Rachmat Hidayat" not in people
    rahmat = people["Rahmat Hidayat"]
    assert rahmat.spellings == ("Rachmat Hidayat",)
    assert rahmat.outlets == ("kabar0.id", "kabar1.id", "kabar2.id")
    (conflict,) = [c for c in facts.conflicts if c.kind == "name"]
    assert [(s.value, s.outlets) for s in conflict.sides] == [
        ("Rahmat Hidayat", ("kabar0.id", "kabar1.id")),
        ("Rachmat Hidayat", ("kabar2.id",)),
    ]
    assert conflict.description == (
        "Media menulis nama yang sama dengan ejaan berbeda: “Rahmat Hidayat” (kabar0.id, "
        "kabar1.id); “Rachmat Hidayat” (kabar2.id)."
    )
    # the evidence is the sentence that prints each spelling, one per article
    assert [e.article_id for e in conflict.sides[1].evidence] == ["a2"]
    assert "Rachmat Hidayat" in conflict.sides[1].evidence[0].text
    # the misspelled sentence is suspect, not blocked: what it says is as true either way
    assert conflict.suspect_sentences == (("a2", 1),)
    assert not facts.blocked


def test_a_name_conflict_does_not_depend_on_the_order_of_the_articles() -> None:
    names = ("Rachmat Hidayat", "Rahmat Hidayat", "Rahmat Hidayat")
    forward = [c for c in _facts(*names).conflicts if c.kind == "name"]
    backward = [c for c in _facts(*reversed(names)).conflicts if c.kind == "name"]
    # the outlets' labels follow the articles' places, so compare spellings and counts
    assert [[(s.value, len(s.outlets)) for s in c.sides] for c in forward] == [
        [(s.value, len(s.outlets)) for s in c.sides] for c in backward
    ]
    assert forward and len(forward[0].sides) == 2


def test_one_outlet_writing_one_spelling_throughout_raises_no_conflict() -> None:
    facts = _facts("Rahmat Hidayat", "Rahmat Hidayat")
    assert not [c for c in facts.conflicts if c.kind == "name"]
    assert all(not e.spellings for e in facts.entities)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Lindsey Graham", "Lindsay Graham"),  # a letter changed
        ("Said Iqbal", "Said Iqabl"),  # two letters swapped
        ("Musa Rajekshah", "Musa Rajeksah"),  # a letter missing
        ("Mario Aguilar-Delosantos", "Mario Aguilar-Delossantoso"),  # two edits in a long word
        ("Moammar Gadhafi", "Muammar Gaddafi"),  # every word, each one edit
        ("Kira Grünberg", "Kira Grunbreg"),  # diacritics aside, two letters swapped
    ],
)
def test_names_spelled_alike(a: str, b: str) -> None:
    assert spelled_alike(a, b) and spelled_alike(b, a)


@pytest.mark.parametrize(
    ("a", "b", "english"),
    [
        ("Persib", "Persija", False),  # two clubs: two edits in a short word
        ("Soekarno", "Soeharto", False),  # two presidents
        ("Kim Jong Un", "Kim Jong Il", False),  # a short word is a name of its own
        ("Bill Clinton", "Hillary Clinton", False),
        ("Irwan Santoso", "Erwan Santoso", False),  # another first letter
        ("SNMPTN Online", "SBMPTN Online", False),  # acronyms
        ("Legion Y520", "Legion Y720", False),  # model numbers
        ("Dewi Putri", "Dewi Putra", False),  # both words Indonesian: two words
        ("Pengadilan Agama", "Peradilan Agama", False),
        ("Steve Mullins", "Steve Mullin", True),  # English: an ending added is another word
        ("Rahmat Hidayat", "Hidayat", False),  # not as many words
    ],
)
def test_names_alike_but_not_one(a: str, b: str, english: bool) -> None:
    assert not spelled_alike(a, b, english)


def test_a_one_word_name_is_a_misspelling_only_of_a_more_widely_printed_one() -> None:
    counts = {"Bangladesh": 5, "Banglasdesh": 1, "Iceland": 3, "Ireland": 2, "Colombia": 2}
    counts["Columbia"] = 1
    outlets = {
        "Bangladesh": {"a", "b"},
        "Banglasdesh": {"a"},
        "Iceland": {"a", "b"},
        "Ireland": {"c"},
        "Colombia": {"a"},
        "Columbia": {"b"},
    }

    def known(name: str) -> bool:
        return name in {"Iceland", "Ireland", "Colombia"}

    assert misspellings(counts, outlets, known=known) == {"Banglasdesh": "Bangladesh"}


def test_the_spelling_most_outlets_print_leads_then_the_one_of_known_words() -> None:
    counts = {"Kejaksaaan Agung": 1, "Kejaksaan Agung": 1, "Edy Rahmyadi": 5, "Edy Rahmayadi": 2}
    outlets = {
        "Kejaksaaan Agung": {"a"},
        "Kejaksaan Agung": {"b"},
        "Edy Rahmyadi": {"a"},
        "Edy Rahmayadi": {"a", "b"},
    }
    assert misspellings(counts, outlets) == {
        "Kejaksaaan Agung": "Kejaksaan Agung",  # "kejaksaan" is Indonesian, the typo no word
        "Edy Rahmyadi": "Edy Rahmayadi",  # more outlets, though fewer mentions
    }


def test_british_and_american_spellings_are_one_entity_and_no_conflict() -> None:
    body = (
        "The awards were handed out at the {theatre} in Los Angeles on Sunday night. "
        "Thousands of fans waited outside the {theatre} for hours before the show began. "
        "Organizers said the ceremony drew its largest audience in a decade. {extra}"
    )
    extra = ("Tickets sold out in May.", "The host wore a red suit.", "It rained all day.")
    articles = [
        Article(
            id=f"e{k}",
            outlet=f"news{k}.com",
            body=body.format(theatre=name, extra=extra[k]),
            language="en",
        )
        for k, name in enumerate(("Dolby Theatre", "Dolby Theatre", "Dolby Theater"))
    ]
    facts = prepare(articles, Config(language="en")).facts
    assert not [c for c in facts.conflicts if c.kind == "name"]
    (dolby,) = [e for e in facts.entities if e.name.startswith("Dolby")]
    assert dolby.name == "Dolby Theatre" and dolby.spellings == ("Dolby Theater",)


def test_a_name_conflict_reads_in_english_and_keeps_the_spellings_as_printed() -> None:
    facts = _facts("Rahmat Hidayat", "Rahmat Hidayat", "Rachmat Hidayat")
    (conflict,) = [c for c in facts.conflicts if c.kind == "name"]
    en = Messages("en")
    assert en.conflict(conflict.description) == (
        "Outlets spell the same name differently: “Rahmat Hidayat” (kabar0.id, kabar1.id); "
        "“Rachmat Hidayat” (kabar2.id)."
    )
    # a side is the spelling itself: in "Mei Lan" "Mei" is a name, not the month
    assert en.side("Mei Lan", "name") == "Mei Lan"
    assert en.side("Mei Lan") == "May Lan"


def test_every_renderer_shows_the_name_conflict_with_its_evidence() -> None:
    articles = [
        Article(
            id=f"a{k}",
            outlet=f"kabar{k}.id",
            body=_REPORT.format(name=name, short=name.split()[-1], extra=_EXTRA[k]),
            language="id",
        )
        for k, name in enumerate(("Rahmat Hidayat", "Rahmat Hidayat", "Rachmat Hidayat"))
    ]
    digest = summarize(articles, Config(language="id"))
    for fmt in ("text", "markdown", "html"):
        shown = render(digest, fmt)
        assert "Media menulis nama yang sama dengan ejaan berbeda" in shown, fmt
        assert "Kepala Pelaksana BPBD Kabupaten Sukabumi, Rachmat Hidayat" in shown, fmt
    (conflict,) = [
        c for c in json.loads(render(digest, "json"))["conflicts"] if c["kind"] == "name"
    ]
    assert [side["value"] for side in conflict["sides"]] == ["Rahmat Hidayat", "Rachmat Hidayat"]
