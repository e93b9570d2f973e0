"""A person's age as outlets print it; two ages for one person between outlets are a conflict."""

from __future__ import annotations

from ringkas.config import Config
from ringkas.facts import FactSheet
from ringkas.i18n import Messages
from ringkas.model import Article
from ringkas.pipeline import prepare

_ID = (
    "Gempa mengguncang Kabupaten Sukabumi pada Senin (14/7/2025) pagi. "
    "Warga Desa Karangtengah, Siti Aminah {age}, menceritakan dinding rumahnya runtuh saat ia "
    "sedang memasak di dapur. Siti Aminah kini mengungsi di balai desa. {extra}"
)
_EXTRA = ("Warga masih trauma.", "Bantuan mulai berdatangan.", "Listrik padam sejak pagi.")


def _facts(template: str, ages: tuple[str, ...], language: str = "id") -> FactSheet:
    articles = [
        Article(
            id=f"a{k}",
            outlet=f"kabar{k}.id",
            body=template.format(age=age, extra=_EXTRA[k]),
            language=language,
        )
        for k, age in enumerate(ages)
    ]
    return prepare(articles, Config(language=language)).facts


def _ages(facts: FactSheet) -> list[list[tuple[str, tuple[str, ...]]]]:
    return [
        [(side.value, side.outlets) for side in c.sides]
        for c in facts.conflicts
        if c.subject.startswith("umur ")
    ]


def test_two_ages_for_one_person_are_a_conflict_and_the_minoritys_sentence_is_blocked() -> None:
    facts = _facts(_ID, ("(45)", "(45 tahun)", "(54)"))
    assert _ages(facts) == [[("45", ("kabar0.id", "kabar1.id")), ("54", ("kabar2.id",))]]
    (conflict,) = [c for c in facts.conflicts if c.subject == "umur Siti Aminah"]
    assert conflict.kind == "number"
    assert conflict.description == (
        "Media menyebut umur berbeda untuk Siti Aminah: 45 (kabar0.id, kabar1.id); 54 (kabar2.id)."
    )
    assert Messages("en").conflict(conflict.description) == (
        "Outlets give different ages for Siti Aminah: 45 (kabar0.id, kabar1.id); 54 (kabar2.id)."
    )
    assert conflict.suspect_sentences == (("a2", 1),)
    assert ("a2", 1) in facts.blocked and ("a0", 1) not in facts.blocked


def test_one_age_written_two_ways_is_no_conflict() -> None:
    # "(45)", "(45 tahun)" and ", 45 tahun," give one age
    facts = _facts(
        _ID.replace("Siti Aminah {age},", "Siti Aminah{age}"),
        ("(45),", " (45 tahun),", ", 45 tahun,"),
    )
    assert _ages(facts) == []
    assert not facts.blocked


def test_a_tie_between_outlets_blocks_neither() -> None:
    facts = _facts(_ID, ("(45)", "(54)", "tanpa umur"))
    assert _ages(facts) == [[("45", ("kabar0.id",)), ("54", ("kabar1.id",))]]
    assert not facts.blocked


_EN = (
    "Police arrested Maria Lopez{age} on Tuesday after her son went missing. "
    "Her son, Daniel Lopez, 6, was found safe at a relative's home in Fresno. "
    "Lopez{short} told officers she had planned to leave the state. {extra}"
)


def test_an_english_age_after_a_comma_and_a_surname_alone_counts_for_no_one() -> None:
    articles = [
        Article(
            id=f"e{k}",
            outlet=f"news{k}.com",
            body=_EN.format(age=age, short=short, extra=extra),
            language="en",
        )
        for k, (age, short, extra) in enumerate(
            [
                (", 34,", ", 34,", "The case goes to court in May."),
                (", 34,", "", "Neighbors said they heard shouting."),
                (", 43,", "", "A hearing is set for next week."),
            ]
        )
    ]
    facts = prepare(articles, Config(language="en")).facts
    # "Lopez, 34," is a surname alone: it could be the son's; only full names carry an age
    assert _ages(facts) == [[("34", ("news0.com", "news1.com")), ("43", ("news2.com",))]]
    assert not [c for c in facts.conflicts if c.subject == "umur Daniel Lopez"]


def test_a_sentence_giving_one_person_two_ages_gives_none() -> None:
    facts = _facts(
        _ID.replace("Siti Aminah {age},", "Siti Aminah {age}, bukan Siti Aminah (70),"),
        ("(45)", "(45)", "(54)"),
    )
    # the third outlet's sentence lists two ages for one name: a list, no claim
    assert _ages(facts) == []


def test_a_standings_table_gives_no_ages() -> None:
    table = (
        "Klasemen sementara grup: Rudi Hartono {age}, Budi Santoso (18), Joko Susilo (17). "
        "Pertandingan berikutnya digelar pekan depan di Bandung. {extra}"
    )
    facts = _facts(table, ("(15)", "(15)", "(21)"))
    assert _ages(facts) == []
