"""English dates, timeline and date conflicts (the sentences are written for this test)."""

from __future__ import annotations

from datetime import date

import pytest

from ringkas.config import Config
from ringkas.facts import FactSheet
from ringkas.facts.dates import find_dates, year_hints
from ringkas.facts.entities import _same_spelling
from ringkas.ingest import article_from_text
from ringkas.model import Article, Entity, Sentence, Span
from ringkas.pipeline import prepare, summarize


def _sentence(text: str) -> Sentence:
    return Sentence(article_id="a", index=0, span=Span(0, len(text)), text=text)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The council met on Tuesday, Feb. 26, 2013, in the town hall.", [date(2013, 2, 26)]),
        ("The vote is set for May 24, 2016, in the capital.", [date(2016, 5, 24)]),
        ("The festival ran Sept. 3-5 near the river.", [date(2019, 9, 3)]),
        ("The ceremony took place on 24 May 2016 in London.", [date(2016, 5, 24)]),
        ("It falls on the 5th of November 2015, a Thursday.", [date(2015, 11, 5)]),
        ("The March 15 deadline passed without a deal.", [date(2019, 3, 15)]),
        ("Officials said they may 5 times extend the deadline.", []),  # the modal, lower case
        ("In May 2016 nothing happened at the harbour.", []),  # no day: not a date
        ("Sales rose 24 percent in the quarter to March.", []),
    ],
)
def test_english_date_forms(text: str, found: list[date]) -> None:
    dates = find_dates(_sentence(text), year_hint=2019, language="en")
    assert [d.value for d in dates] == found
    for d in dates:
        assert text[d.span.start : d.span.end] == d.text  # offsets point at the words


def test_english_range_weekday_and_year_from_the_weekday() -> None:
    (festival,) = find_dates(_sentence("It ran Sept. 3-5 here."), year_hint=2019, language="en")
    assert festival.end == date(2019, 9, 5)
    # March 23 is a Monday in 2020, not in 2019 (the hint): the written weekday picks the year.
    (met,) = find_dates(_sentence("On Monday, March 23, they met."), year_hint=2019, language="en")
    assert met.value == date(2020, 3, 23) and met.weekday_written == "senin" and met.weekday_ok
    (wrong,) = find_dates(
        _sentence("It opened on Friday, May 24, 2016, at noon."), year_hint=None, language="en"
    )
    assert not wrong.weekday_ok  # May 24, 2016 was a Tuesday


def test_english_forms_only_in_english_articles() -> None:
    text = "Pertemuan digelar pada May 24, 2016 di Jakarta, Rabu (24/4)."
    assert [d.text for d in find_dates(_sentence(text), year_hint=2019)] == ["Rabu (24/4)"]
    hints = year_hints(
        {"a": [_sentence("It began on May 24, 2016, and went on.")]}, {"a": None}, {"a": "en"}
    )
    assert hints == {"a": 2016}


BRIDGE_A = (
    "The city closed the harbour bridge on Tuesday, March 5, 2019, after engineers found cracks "
    "in its steel supports. "
    "FILE - In this June 2, 2011, file photo, traffic crosses the harbour bridge at rush hour. "
    "Repairs are due to begin on April 1, the city's transport office said in a statement. "
    "The mayor said the ferries would run every twenty minutes while the bridge stays closed."
)
BRIDGE_B = (
    "The harbour bridge was closed on Tuesday, March 5, 2019, when inspectors found deep cracks in "
    "its steel supports. "
    "Repairs are due to begin on April 8, the transport office said in a statement on Wednesday. "
    "Shop owners near the bridge said they feared losing customers during the long closure."
)


def test_english_cluster_gets_a_timeline_and_a_date_conflict() -> None:
    articles = [
        Article(id="a", outlet="harbour.example", body=BRIDGE_A, language="en"),
        Article(id="b", outlet="river.example", body=BRIDGE_B, language="en"),
    ]
    facts = prepare(articles, Config(language="en")).facts
    days = {e.day for e in facts.timeline}
    assert date(2019, 3, 5) in days
    assert date(2011, 6, 2) not in days  # a file photo's caption dates the photo, not the story
    closed = next(e for e in facts.timeline if e.day == date(2019, 3, 5))
    assert closed.outlets == ("harbour.example", "river.example")
    (conflict,) = [c for c in facts.conflicts if c.kind == "date"]
    assert {side.value for side in conflict.sides} == {"2019-04-01", "2019-04-08"}
    assert {e.day for e in facts.timeline if e.disputed} == {date(2019, 4, 1), date(2019, 4, 8)}
    # The closing date, which both outlets agree on, is not drawn into the repairs' dispute.
    quoted = {e.text for side in conflict.sides for e in side.evidence}
    assert all("Repairs" in text for text in quoted)


def test_english_weekday_slip_is_a_conflict_and_never_quoted() -> None:
    wrong = (
        "The harbour bridge was closed on Friday, March 5, 2019, after engineers found deep "
        "cracks in its steel supports. The mayor said ferries would run every twenty minutes."
    )
    right = (
        "The city closed the harbour bridge on Tuesday, March 5, 2019, when inspectors found "
        "cracks in its steel supports. Repairs will take eight months, officials said."
    )
    articles = [
        Article(id="a", outlet="harbour.example", body=wrong, language="en"),
        Article(id="b", outlet="river.example", body=right, language="en"),
    ]
    prepared = prepare(articles, Config(language="en"))
    (slip,) = prepared.facts.conflicts  # the written weekday against the calendar
    assert slip.kind == "date" and "Friday, March 5, 2019" in slip.subject
    assert [[e.outlet for e in side.evidence] for side in slip.sides] == [
        ["river.example"],  # the calendar's Tuesday, which the other outlet wrote
        ["harbour.example"],
    ]
    assert ("a", 0) in prepared.facts.blocked  # the Friday sentence
    digest = summarize(articles, Config(language="en", words=60))
    assert all("Friday" not in s.text for s in digest.sentences)
    assert [e.day for e in prepared.facts.timeline] == [date(2019, 3, 5)]


_NAMES = [
    "Senate Minority Leader Chuck Schumer met Russian President Vladimir Putin in New York on "
    "Tuesday, officials said.",
    "Chuck Schumer told reporters on Tuesday in New York that China and North Korea were discussed.",
    "The talks in New York were the first since June, when Putin's envoy visited China.",
    "Democratic Rep. Jane Rivera said the meeting at Columbia University lasted two hours.",
    "American officials and Japanese diplomats from North Korea's neighbours attended, Jane Rivera said.",
    "Newsletter Sign Up Continue reading the main story Please verify you're not a robot.",
]


def cluster_facts(bodies: list[str], language: str = "en") -> FactSheet:
    """The facts of a cluster of one article per body, each of its own outlet."""
    domain = "com" if language == "en" else "id"
    articles = [
        Article(id=f"{language}-{k}", outlet=f"outlet{k}.{domain}", body=body, language=language)
        for k, body in enumerate(bodies)
    ]
    return prepare(articles, Config(language=language)).facts


def cluster_entities(bodies: list[str], language: str = "en") -> dict[str, Entity]:
    return {e.name: e for e in cluster_facts(bodies, language).entities}


def test_english_entities_read_names_as_an_english_reader_would() -> None:
    entities = cluster_entities([" ".join(_NAMES[k::2]) for k in range(2)])
    # the name after the last title of a run, a person
    assert entities["Chuck Schumer"].kind == "person"
    assert entities["Vladimir Putin"].kind == "person"
    assert "Jane Rivera" in entities
    # place names whose first word is also a common word; English, not Indonesian, names
    assert {"New York", "North Korea", "China"} <= set(entities)
    assert {entities[n].kind for n in ("New York", "North Korea", "China")} == {"place"}
    assert "Tiongkok" not in entities and "York" not in entities
    # no weekday, month, possessive, lone generic word, nationality or page furniture
    names = set(entities)
    for junk in ("Tuesday", "June", "Putin's", "University", "American", "Japanese", "Sign Up"):
        assert not any(junk == n or n.startswith(junk + " ") for n in names), (junk, names)
    assert not any("Rep" in n.split() or "Leader" in n.split() for n in names), names


def test_indonesian_entities_keep_their_aliases() -> None:
    body = (
        "Presiden Joko Widodo bertemu pejabat China di Jakarta pada Selasa (12/3/2024). "
        "Jokowi mengatakan China siap membantu pembangunan pelabuhan di Jawa Barat."
    )
    names = set(cluster_entities([body, body], "id"))
    assert "Tiongkok" in names and "Joko Widodo" in names


# Invented sentences, each naming things the way wire and local copy does; split between two
# outlets so that every name is printed by both or twice.
_MORE_NAMES = [
    "House Speaker Paul Ryan and Attorney General Eric Holder spoke in Westchester County on Monday.",
    "Paul Ryan said Eric Holder would visit Long Island and the Pittsburgh Public Schools next week.",
    "Donald J. Trump wrote that China's Mount Everest expedition was cancelled by Nepal officials.",
    "Donald Trump called the Mount Everest climbers heroes, and Nepal and China thanked him.",
    "Republicans and one South Korean diplomat praised Paramount Pictures for the film.",
    "“What a day,” said Mark O’Mara, who works for Paramount Pictures in Vatican City.",
    "I’m proud, Mark O'Mara said of the film shot in Vatican City and North-east Scotland.",
    "Rocky The Bobcat Back On The Loose In South Jersey Scotland officials said the cat escaped.",
    "Historians in Scotland compared Adolf Eichmann to other defendants, citing Adolf Eichmann's letters.",
    "Adolf Eichmann wrote the letters in prison; in Eichmann's words, he obeyed orders.",
    "Westchester County officials and the Pittsburgh Public Schools did not comment.",
    "Long Island residents and Republicans in Scotland watched the Adolf Eichmann film.",
]


def test_english_entities_split_runs_and_know_places_and_organisations() -> None:
    entities = cluster_entities([" ".join(_MORE_NAMES[k::2]) for k in range(2)])
    names = set(entities)
    # the name after a title, also after a two-word title ("Attorney General")
    assert entities["Paul Ryan"].kind == entities["Eric Holder"].kind == "person"
    assert not any(n.startswith(("Speaker", "House Speaker", "General")) for n in names), names
    # a middle initial is no name of its own: "Donald J. Trump" is Donald Trump (s22: one entity,
    # named in full on a tie of mentions)
    assert {"Donald J. Trump", "Donald Trump"} <= set(entities["Donald J. Trump"].aliases)
    assert "Donald Trump" not in names and "Donald J" not in names and "Donald" not in names
    # a possessive ends a name: "China's Mount Everest" is China and Mount Everest
    assert {"China", "Mount Everest"} <= names
    assert not any("'s " in n or "’s " in n for n in names), names
    # the last word of a place or an organisation decides its kind
    assert entities["Westchester County"].kind == "place"
    assert entities["Long Island"].kind == "place"
    assert entities["Vatican City"].kind == "place"
    assert entities["Pittsburgh Public Schools"].kind == "org"
    assert entities["Paramount Pictures"].kind == "org"
    # a country of the gazetteer, and a known place is not merged into a longer name
    assert entities["Nepal"].kind == "place"
    assert entities["Scotland"].kind == "place"
    # "in Eichmann's words" does not make a person a place
    assert entities["Adolf Eichmann"].kind == "person"
    # one name whatever the apostrophe
    assert "Mark O'Mara" in names and "Mark O’Mara" not in names
    # no headline glued to the text, nationality or group, contraction or function word
    for junk in ("Rocky", "Bobcat", "Loose", "Republicans", "South Korean", "I’m", "What"):
        assert not any(junk == n or n.startswith(junk + " ") for n in names), (junk, names)


def test_english_name_rules_leave_indonesian_clusters_alone() -> None:
    body = (
        "Presiden Joko Widodo bertemu Ketua DPR di Istana Merdeka pada Senin (12/3/2018). "
        "Joko Widodo mengatakan Partai Golkar's dan pemerintah Kota Bandung sepakat."
    )
    names = set(cluster_entities([body, body], "id"))
    assert "Joko Widodo" in names
    # the Indonesian rules keep a run whole where the English ones would split it
    assert any("Golkar's" in n for n in names), names


def test_english_titles_of_works_are_no_people() -> None:
    bodies = [
        "Critics praised the film American Beauty again on Friday. Its director, Sam Mendes, "
        "spoke to the New Yorker about the film American Beauty and his new album plans.",
        "Sam Mendes said the movie American Beauty changed his career, the New Yorker reported.",
    ]
    entities = cluster_entities(bodies)
    assert entities["American Beauty"].kind == "other"  # a film, after "film" and "movie"
    assert entities["Sam Mendes"].kind == "person"
    assert entities["New Yorker"].kind == "org"


def test_english_numbers_group_thousands_with_commas() -> None:
    from ringkas.facts.numbers import find_numbers

    text = (
        "The index fell 1,500 points, 2.5 million people lost $3 billion, and 45% of them "
        "left at 10 a.m. in 2019; one of them said three people were hurt."
    )
    found = find_numbers(Sentence("a", 0, Span(0, len(text)), text), language="en")
    assert [m.value for m in found] == [
        "1,500 points",
        "2,500,000 people",
        "3,000,000,000 dollars",
        "45 percent",
        "3 people",
    ]


def test_the_same_english_number_written_two_ways_is_no_conflict() -> None:
    bodies = [
        "The Dow Jones index fell 1,500 points on Monday as markets slid across Asia and Europe.",
        "The Dow Jones index fell 1500 points on Monday as markets slid across Asia and Europe.",
    ]
    facts = cluster_facts(bodies)
    assert {n.value for n in facts.numbers} == {"1,500 points"}
    assert not facts.conflicts  # "1,500" was once read as 1.5, against 1500


def test_english_party_words_and_offices_are_no_part_of_a_name() -> None:
    entities = cluster_entities(
        [
            "Republican Ted Cruz spoke after Actress Lili Bernard testified, the Broward "
            "Sheriff's Office said.",
            "Ted Cruz and Lili Bernard met again; the Broward Sheriff's Office gave no details.",
        ]
    )
    assert entities["Ted Cruz"].kind == entities["Lili Bernard"].kind == "person"
    names = set(entities)
    assert not any(n.startswith(("Republican", "Actress")) or "Sheriff" in n for n in names), names


def test_a_day_the_cluster_wrote_in_full_takes_that_year() -> None:
    # The article's full dates tie 2006 and 2001 and the likelier guess is the later year, but
    # "Sept. 11" is the day it wrote in full as Sept. 11, 2001.
    bodies = [
        "The agency signed the uniform contract on Sept. 26, 2006, officials said on Wednesday. "
        "Families of people killed on Sept. 11, 2001, called the spending an insult. "
        "Relatives of the Sept. 11 victims asked Congress to cancel the deal.",
        "Lawmakers said the uniform contract was a waste of money for the agency. "
        "Several relatives of Sept. 11 victims wrote to the committee about the contract.",
    ]
    facts = cluster_facts(bodies)
    yearless = [d for d in facts.dates if d.year_inferred]
    assert yearless and {d.value for d in yearless} == {date(2001, 9, 11)}
    assert date(2006, 9, 11) not in {t.day for t in facts.timeline}


def test_a_day_whose_guessed_year_a_history_gave_is_left_out() -> None:
    """s30: a January 2015 report whose only full date was the band's last show, July 9, 1995,
    placed "today (Jan. 16)" and "Feb. 12-13" in 1995 (mn-val-044). A yearless day with no
    weekday whose guessed year stands five years or more before the latest year its article
    names is left out; with no later year named, the guess stands."""
    report = (
        "The band's last show was at the same stadium on July 9, 1995, weeks before its singer "
        "died. The reunion shows will be announced today (Jan. 16) on the band's website. "
        "A presale will run Feb. 12-13, and the venue reopened after repairs in 2014."
    )
    other = "Fans of the band lined up outside the stadium to hear about the reunion shows."
    facts = cluster_facts([report, other])
    assert not [d for d in facts.dates if d.year_inferred]
    assert {t.day for t in facts.timeline} == {date(1995, 7, 9)}
    history = report.replace(", and the venue reopened after repairs in 2014.", ".")
    days = {d.value for d in cluster_facts([history, other]).dates if d.year_inferred}
    assert days == {date(1995, 1, 16), date(1995, 2, 12)}


def test_a_cluster_whose_only_full_date_is_in_a_caption_still_gets_a_year() -> None:
    # Cleaning drops the photo caption before the dateline; its year still places "Nov. 18".
    page = (
        "Election workers count ballots in the county office on Sunday, Nov. 11, 2018.\n\n"
        "FORT LAUDERDALE, Fla. (AP) — The recount of the county's ballots must end by Nov. 18, "
        "a judge ruled, and the results will be certified two days later.\n\n"
        "The county's election supervisor said her staff would work through the weekend."
    )
    other = (
        "A judge ordered the county to finish its recount of the ballots by Nov. 18 and said "
        "the deadline would not be moved again, whatever the election office asked."
    )
    prepared = prepare(
        [article_from_text(page, id="a"), article_from_text(other, id="b")], Config()
    )
    assert (
        prepared.articles[0].outlet == "ap" and "Election workers" not in prepared.articles[0].body
    )
    days = {d.value for d in prepared.facts.dates}
    assert days == {date(2018, 11, 18)}


def test_organisations_named_without_an_organisation_word() -> None:
    entities = cluster_entities(
        [
            "Islamic State claimed the attack, and the Red Cross sent doctors to the town. "
            "The Taliban denied any part in it.",
            "The Red Cross said Islamic State fighters had left; the Taliban made no comment.",
        ]
    )
    kinds = {name: entities[name].kind for name in ("Islamic State", "Red Cross", "Taliban")}
    assert kinds == {"Islamic State": "org", "Red Cross": "org", "Taliban": "org"}


def test_a_titled_name_ending_in_a_place_word_is_a_person() -> None:
    entities = cluster_entities(
        [
            "Coach Mike Park said the team was ready, and the players trained at Gant Science "
            "Building before the game.",
            "Mike Park said the team was ready. Gant Science Building was closed on Sunday.",
        ]
    )
    assert entities["Mike Park"].kind == "person"  # "Park" is his surname
    assert entities["Gant Science Building"].kind == "place"


def test_a_newspaper_named_after_its_city_is_an_organisation() -> None:
    bodies = [
        "The Toronto Star and the Houston Chronicle first reported the sale, and Justin Sun, "
        "who bought the painting in Houston, confirmed it to the Las Vegas Sun on Monday.",
        "Justin Sun told the Houston Chronicle and the Toronto Star that he paid in cash; the Las "
        "Vegas Sun said the auction house in Houston would not comment.",
    ]
    entities = cluster_entities(bodies)
    for paper in ("Toronto Star", "Houston Chronicle", "Las Vegas Sun"):
        assert entities[paper].kind == "org", (paper, entities[paper].kind)
    # a person may bear a masthead's word: only a place before it makes a newspaper
    assert entities["Justin Sun"].kind == "person"
    assert entities["Houston"].kind == "place"


def test_a_republic_is_a_country_and_a_republic_after_a_place_a_newspaper() -> None:
    bodies = [
        "The Czech Republic and the Dominican Republic signed the deal, the Arizona Republic "
        "reported, and Rep. Ann Lee, a Kentucky Democrat, praised it.",
        "Ann Lee told the Arizona Republic that the Czech Republic and the Dominican Republic "
        "would sign again next year.",
    ]
    entities = cluster_entities(bodies)
    assert entities["Czech Republic"].kind == entities["Dominican Republic"].kind == "place"
    assert entities["Arizona Republic"].kind == "org"
    assert not any("Democrat" in name for name in entities)


def test_a_name_with_and_without_its_diacritics_is_one_entity() -> None:
    """s18: "Kira Grünberg" (one outlet) and "Kira Grunberg" (another) were two people in
    multinews-dev's entity list."""
    entities = cluster_entities(
        [
            "Pole vaulter Kira Grünberg was hurt in Innsbruck on Thursday. "
            "Kira Grünberg is in hospital, the federation said.",
            "Austria's Kira Grunberg landed on her head in a practice jump in Innsbruck. "
            "Doctors said Kira Grunberg had broken her neck.",
        ]
    )
    names = [e for e in entities if "Gr" in e and "nberg" in e]
    assert len(names) == 1
    merged = entities[names[0]]
    assert len(merged.outlets) == 2 and merged.mentions >= 4
    assert set(merged.aliases) >= {"Kira Grünberg", "Kira Grunberg"}


def test_a_name_printed_with_other_capitals_or_periods_is_one_entity() -> None:
    """s33: "USS John S. McCain" and "USS John S Mccain" were two ships of one cluster; the
    spelling with more mentions names it, and an acronym never joins a word ("MIT", "Mit")."""
    entities = cluster_entities(
        [
            "The USS John S. McCain collided with a tanker near Singapore on Monday. "
            "The USS John S. McCain was damaged.",
            "Ten sailors of the USS John S Mccain are missing, the Navy said.",
        ]
    )
    ships = [name for name in entities if name.startswith("USS")]
    assert ships == ["USS John S. McCain"]
    assert set(entities[ships[0]].aliases) >= {"USS John S. McCain", "USS John S Mccain"}
    assert len(entities[ships[0]].outlets) == 2
    assert _same_spelling({"MIT": 3, "Mit": 1, "Grup G.": 1, "Grup G": 1}) == {
        "Grup G.": "Grup G"  # a sentence's period is no part of the name
    }


def test_an_area_after_kawasan_is_a_place_and_the_english_article_joins_a_name() -> None:
    """s33: "kawasan Permata Hijau", "kawasan Kelapa Gading" were people or "other"; a council
    named "Dewan Kawasan" gives the name after it no place; "The Federal Reserve" and "Federal
    Reserve" were two entities of one Indonesian cluster."""
    bodies = [
        "Mobil Setnov menabrak tiang listrik di kawasan Permata Hijau, Jakarta Selatan. "
        "Bank sentral AS (The Federal Reserve) menaikkan suku bunga. Sekretariat Dewan "
        "Kawasan, Administrator dan Badan Pengelola dibentuk.",
        "Polisi memeriksa lokasi di kawasan Permata Hijau pada Kamis (16/11/2017). Federal "
        "Reserve memproyeksikan ekonomi AS tumbuh. Warga kawasan Permata Hijau berkumpul.",
    ]
    entities = cluster_entities(bodies, "id")
    assert entities["Permata Hijau"].kind == "place"
    reserves = [name for name in entities if "Federal Reserve" in name]
    assert len(reserves) == 1 and len(entities[reserves[0]].outlets) == 2
    assert "Administrator" not in entities or entities["Administrator"].kind != "place"


def test_an_english_possessive_in_an_indonesian_name_makes_a_title() -> None:
    """s33: "Salazar’s Revenge" and "Schindler’s List" were people of Indonesian reports."""
    bodies = [
        "Film Salazar’s Revenge tayang di bioskop Jakarta mulai Rabu (24/5/2017).",
        "Penonton memadati bioskop untuk menonton Salazar’s Revenge, kata pengelola.",
    ]
    entities = cluster_entities(bodies, "id")
    assert entities["Salazar’s Revenge"].kind == "other"


def test_a_nationality_before_a_faith_names_no_one() -> None:
    """s33: "Italian Jesuit" (of "the Italian Jesuit who speaks for the Vatican") was a person."""
    entities = cluster_entities(
        [
            "Federico Lombardi, an Italian Jesuit, spoke for the Vatican on Saturday. "
            "Federico Lombardi took no questions.",
            "The spokesman, Federico Lombardi, an Italian Jesuit, said the pope would return.",
        ]
    )
    assert "Italian Jesuit" not in entities and "Federico Lombardi" in entities


def test_a_given_name_that_is_a_word_keeps_its_place_inside_a_sentence() -> None:
    """s33: "former NFL star Will Smith" was "Smith" (other), "will" being a word the cluster
    prints; a sentence opening "Will …" asks a question, and "Love Ireland!" loves a country.
    "Look at Bill Kristol's editorial" puts no place after "at"."""
    entities = cluster_entities(
        [
            "Police said former NFL star Will Smith was shot on Saturday. The trial will start "
            "soon. Look at Bill Kristol's editorial, one reader wrote.",
            "Friends of Will Smith will gather on Monday, and Bill Kristol will speak. "
            "Will Smith's family thanked them. Love Ireland!",
        ]
    )
    assert entities["Will Smith"].kind == "person"
    assert "Smith" not in entities
    assert entities["Bill Kristol"].kind == "person"
    assert not any(name.startswith("Love") for name in entities)


def test_a_vehicle_and_a_street_are_no_people() -> None:
    """s33: "Mercedes SUV" (a given name, then a body style) and "Sophie Wright Place" (a street)
    were people."""
    entities = cluster_entities(
        [
            "The Hummer followed the Mercedes SUV onto Sophie Wright Place, police said.",
            "Witnesses saw the Mercedes SUV stop near Sophie Wright Place before the shots.",
        ]
    )
    assert entities["Mercedes SUV"].kind == "other"
    assert entities["Sophie Wright Place"].kind == "place"


def test_a_hyphenated_adjective_and_a_members_title_are_no_part_of_a_name() -> None:
    """s18: "Kickstarter-funded Star Trek" and "London-based Amnesty" were people, "Liberal MP
    Mauril Belanger" one name, "Tesla Motors" and "Marvel Entertainment" people; "Kim Jong-un"
    keeps its hyphen."""
    entities = cluster_entities(
        [
            "The London-based Harbour Trust sued on Monday. Liberal MP Mauril Belanger backed "
            "the bill. Kim Jong-un was not mentioned.",
            "Harbour Trust lawyers said the case was strong. Mauril Belanger spoke on Tuesday. "
            "Kim Jong-un stayed silent.",
        ]
    )
    assert "Harbour Trust" in entities and "London-based Harbour Trust" not in entities
    assert entities["Harbour Trust"].kind == "org"  # a company's last word
    assert entities["Mauril Belanger"].kind == "person"
    assert len(entities["Mauril Belanger"].outlets) == 2
    assert not [name for name in entities if "MP" in name.split()]
    assert "Kim Jong Un" in entities  # its hyphen read as the Korean name it is


def test_a_word_that_only_opens_a_sentence_opens_no_name() -> None:
    """s18: "Today Ben Yu" and "Outgoing Northwestern" were names."""
    entities = cluster_entities(
        [
            "Today Ben Yu filed the papers in Chicago. Outgoing Harbour Ann Ruiz agreed.",
            "Ben Yu said the papers were ready. Harbour Ann Ruiz met him in Chicago on Monday.",
        ]
    )
    assert "Ben Yu" in entities and "Harbour Ann Ruiz" in entities
    assert not [name for name in entities if name.split()[0] in ("Today", "Outgoing")]


def test_a_law_a_prize_or_an_event_is_no_person() -> None:
    """s18: "Affordable Care Act", "Pulitzer Prize", "Winter Olympics" were people; a titled
    name ending in such a word stays a person."""
    entities = cluster_entities(
        [
            "The Harbour Jobs Act passed on Monday. Senator Ann Bill praised it. "
            "The Harbour Prize went to the engineers. Patients were scored with Brief Psychiatric "
            "Rating Scale tests.",
            "Critics said the Harbour Jobs Act came too late. The Harbour Prize is given yearly. "
            "Senator Ann Bill will speak. Brief Psychiatric Rating Scale scores rose.",
        ]
    )
    assert entities["Harbour Jobs Act"].kind == "other"
    assert entities["Harbour Prize"].kind == "other"
    assert entities["Brief Psychiatric Rating Scale"].kind == "other"  # s29: a person
    assert entities["Ann Bill"].kind == "person"


def test_a_date_moved_is_no_outlets_other_version() -> None:
    """s18: "arraigned July 2" against "arraignment was continued to July 6" was a date
    conflict; a rescheduled event has two dates (sentences invented)."""

    def conflicts(second: str) -> list[str]:
        facts = cluster_facts(
            [
                "Harbour suspect Dana Reyes was arraigned in county court on July 2, 2015.",
                f"Harbour suspect Dana Reyes {second} in county court.",
            ]
        )
        return [c.kind for c in facts.conflicts]

    assert conflicts("had her arraignment continued to July 6, 2015,") == []
    assert conflicts("was arraigned on July 6, 2015,") == ["date"]


def test_an_outlet_stating_both_dates_is_no_other_version() -> None:
    """s19: one outlet's report gave "February 2" and "February 3" for two documents and a second
    outlet's "February 3": a conflict between outlets, one of them on both sides. Only two
    outlets that share no value disagree (sentences invented)."""
    one = "Harbour official Dana Reyes told the inspectors about the ferry deal on March 3, 2015."
    other = "Harbour official Dana Reyes told the inspectors about the ferry deal on March 2, 2015."

    def kinds(first: str, second: str) -> list[str]:
        return [c.kind for c in cluster_facts([first, second]).conflicts]

    assert kinds(f"{one} The ferry sailed on time. {other}", one) == []
    assert kinds(other, one) == ["date"]


def test_a_sentence_wholly_in_brackets_dates_no_event() -> None:
    """s19: a citation in brackets ("(Harbour official 302, March 3, 2015, p. 3).") was a dated
    event of the timeline and, against another citation, a date conflict (sentences invented)."""
    facts = cluster_facts(
        [
            "The harbour board approved the ferry deal on March 9, 2015, after a long debate. "
            "(Harbour official 302, March 3, 2015, p. 3).",
            "The harbour board approved the ferry deal on March 9, 2015, the minutes show. "
            "(Harbour official 302, March 2, 2015, p. 7).",
        ]
    )
    assert [e.day for e in facts.timeline] == [date(2015, 3, 9)]
    assert facts.conflicts == ()


def test_a_weekday_before_the_day_in_brackets_checks_the_year_guessed() -> None:
    """s20: "this Thursday (Aug. 8)" in a 2013 chart report whose only full dates were the 2005
    and 2012 dates of older songs was dated 8 August 2005 (a Monday) on the timeline."""
    (chart,) = find_dates(
        _sentence("The new chart will appear on the site this Thursday (Aug. 8)."),
        year_hint=2005,
        language="en",
    )
    assert chart.text == "Thursday (Aug. 8)" and chart.weekday_written and not chart.weekday_ok
    bodies = [
        "The singer's debut single topped the chart on Oct. 8, 2005, and her tenth on "
        "June 4, 2005 by another count. The new chart will appear on the site this Thursday "
        "(Aug. 8). Her label said a new album would follow in the autumn.",
        "The singer now has twenty number ones on the dance chart, the label said on Monday. "
        "Her first came with a debut single that many radio stations played all summer long.",
    ]
    facts = cluster_facts(bodies)
    assert date(2005, 8, 8) not in {t.day for t in facts.timeline}  # the guess is what is wrong
    assert not facts.conflicts  # and no outlet's slip
    # the year written: the weekday fits, the day stays
    (opened,) = find_dates(
        _sentence("The shop opened Thursday (Aug. 8, 2013) downtown."),
        year_hint=None,
        language="en",
    )
    assert opened.value == date(2013, 8, 8) and opened.weekday_ok


def test_a_title_in_quotation_marks_is_one_work_not_people() -> None:
    """s20: a chart report's '"Where Have You Been"' and '"Pon De Replay"' were people, one of
    them "You Been" (the run cut at its function words)."""
    bodies = [
        'Her hit "Where Have You Been" climbed for weeks, as "Pon De Replay" did in 2005. '
        "The label said the singer would tour in the autumn.",
        'The singer thanked fans for "Where Have You Been" and her debut "Pon De Replay," '
        "the label said on Monday.",
    ]
    entities = cluster_entities(bodies)
    assert entities["Where Have You Been"].kind == "other"
    assert entities["Pon De Replay"].kind == "other"
    assert "You Been" not in entities
    # a name in quotation marks once among other mentions keeps its kind (a pseudonym)
    bodies = [
        'A man known online as "Mike Enoch" hosted the show. Mike Enoch resigned on Monday.',
        "Mike Enoch said he would keep the podcast. Mike Enoch did not answer calls.",
    ]
    assert cluster_entities(bodies)["Mike Enoch"].kind == "person"
    # a title quoted once among unquoted mentions, its words also printed in lower case
    bodies = [
        'Investigators said the "Top Gun" director died on Sunday. He made Top Gun in 1986.',
        "Before the Top Gun sequel, he planned a film about a top hat.",
        "Top Gun made him famous, and a Top Gun sequel was in the works, the studio said.",
    ]
    assert cluster_entities(bodies)["Top Gun"].kind == "other"


def test_a_title_needs_its_closing_mark() -> None:
    from ringkas.facts.entities import _quoted

    text = 'Fans sang "Where Have You Been," then "Pon De Replay" and "Right Now'
    for title in ("Where Have You Been", "Pon De Replay"):
        start = text.index(title)
        assert _quoted(text, start, start + len(title)), title
    start = text.index("Right Now")
    assert not _quoted(text, start, start + len("Right Now"))  # never closed: the text ends


def test_a_middle_initial_stays_in_the_name_and_joins_it_to_the_name_without() -> None:
    """s22: "Samuel L. Jackson" was the person "Samuel" (and "Jackson" no one), "Mark E. Laidre"
    no entity at all; a name with and without its initial or generation is one person, two
    different initials are two (invented sentences)."""
    entities = cluster_entities(
        [
            "Actor Samuel L. Jackson met President-elect Donald J. Trump and Mark E. Laidre. "
            "Jackson said the talks went well. George H.W. Bush and George W. Bush were not there. "
            "The lawyer, William W. Taylor III, said Laidre had agreed.",
            "Donald Trump and Samuel L. Jackson spoke on Monday, Mark E. Laidre said. "
            "George W. Bush later called Jackson. Lawyer William Taylor III said Taylor agreed. "
            "The U.S. Coast Guard came too, and George H.W. Bush wrote.",
        ]
    )
    names = set(entities)
    assert entities["Samuel L. Jackson"].kind == "person"
    assert "Jackson" in entities["Samuel L. Jackson"].aliases
    assert entities["Mark E. Laidre"].kind == "person"
    assert "Laidre" in entities["Mark E. Laidre"].aliases
    assert {"Donald J. Trump", "Donald Trump"} <= set(entities["Donald J. Trump"].aliases)
    assert entities["George W. Bush"].mentions == entities["George H.W. Bush"].mentions == 2
    assert {"William W. Taylor III", "William Taylor III", "Taylor"} <= set(
        entities["William W. Taylor III"].aliases
    )
    assert not names & {"Samuel", "Jackson", "Donald", "President-elect Donald J. Trump"}
    assert not any(n.startswith("U.S") or n.startswith("U.") for n in names), names


def test_a_party_adjective_is_no_name_nor_part_of_one() -> None:
    """s22: "Senate Democratic" (of "Senate Democratic leaders") was a person, and "Democratic"
    alone joined "Democratic National Convention" (invented sentences)."""
    entities = cluster_entities(
        [
            "Senate Democratic leaders met on Monday. Democratic senators left early. "
            "Speaker Ann Holt spoke at the Democratic National Convention in July.",
            "Senate Democratic leaders said Ann Holt would return. Democratic aides agreed.",
        ]
    )
    assert "Senate Democratic" not in entities and "Democratic" not in entities
    assert entities["Ann Holt"].kind == "person"
    assert entities.get("Democratic National Convention") is None  # one mention, one outlet


def test_a_center_a_party_caucus_and_a_trade_paper_are_organisations() -> None:
    """s23: "Pew Research Center", "House GOP" and "Hollywood Reporter" were people; the lone
    word still joins the full name ("McLaren" of "McLaren Medical Center"). Sentences invented."""
    entities = cluster_entities(
        [
            "The Lakeside Research Center said House GOP leaders met on Monday. Patients of "
            "Danford Medical Center were moved, the Hollywood Reporter said.",
            "Danford was blamed. The Lakeside Research Center and the Hollywood Reporter agreed "
            "that House GOP members would vote.",
        ]
    )
    for name in ("Lakeside Research Center", "House GOP", "Hollywood Reporter"):
        assert entities[name].kind == "org", name
    assert entities["Danford Medical Center"].kind == "org"
    assert entities["Danford Medical Center"].mentions == 2


def test_an_address_block_number_is_no_count() -> None:
    """s23: two outlets' "3300 block" and "3000 block" of one street were a conflict over the
    number of blocks ("3,300 block"); they are an address's number, as printed (sentences
    invented)."""
    facts = cluster_facts(
        [
            "Dario Vance was shot outside a car wash in the 3300 block of West Ridley Avenue on "
            "Tuesday. Police said the gunman fled on foot.",
            "Dario Vance was shot outside a car wash in the 3000 block of West Ridley Avenue on "
            "Tuesday. Police are searching for the gunman.",
        ]
    )
    (conflict,) = [c for c in facts.conflicts if c.kind == "number"]
    assert conflict.subject == "nomor blok alamat"
    assert {side.value for side in conflict.sides} == {"3300 block", "3000 block"}


def test_a_disease_a_union_named_united_and_a_university_campus() -> None:
    """s24: "West Nile Virus" was a place, "Rocky Mountain Spotted Fever" the person "Rocky
    Mountain Spotted", "United Steelworkers" a place, "UC Berkeley" a person (sentences
    invented)."""
    entities = cluster_entities(
        [
            "Doctors at UC Berkeley said West Nile Virus and Rocky Mountain Spotted Fever spread "
            "in the summer. The United Steelworkers paid for the study, a fever researcher said.",
            "UC Berkeley scientists tracked West Nile Virus. Rocky Mountain Spotted Fever is rare, "
            "and the United Steelworkers welcomed the work on the virus.",
        ]
    )
    assert entities["West Nile Virus"].kind == "other"
    assert entities["Rocky Mountain Spotted Fever"].kind == "other"
    assert entities["United Steelworkers"].kind == "org"
    assert entities["UC Berkeley"].kind == "org"
    assert "Rocky Mountain Spotted" not in entities


def test_an_english_pm_or_prosecutor_is_a_title() -> None:
    """s26: "Japanese PM Shinzo Abe" was one person's name (sentences invented)."""
    entities = cluster_entities(
        [
            "Tokyo said Japanese PM Shinzo Abe would visit. Then Prosecutor Jane Moss left.",
            "Officials said Shinzo Abe arrived on Monday. Reporters said Jane Moss spoke.",
        ]
    )
    assert entities["Shinzo Abe"].aliases == ("Shinzo Abe",)
    assert entities["Jane Moss"].aliases == ("Jane Moss",)


def test_an_english_name_is_a_persons_only_with_a_sign_of_it() -> None:
    """s27: an English name of two words was a person's by default ("HQ Trivia", "Daily Beast",
    "Oculus VR" were people). Now it needs a sign: a title, its last word alone, a census given
    name or surname, or a sentence where it speaks, has an age, is a "who", has a role or is
    listed beside a person (names and sentences invented; none of the names below is in the
    census lists but Robert)."""
    entities = cluster_entities(
        [
            "Glimmer Lantern doubled its downloads this week, Zorvath Industries said. Traffic "
            "on Velmont Highway slowed. Crystal Palace won. Daily Quorn said so. The pictures are by photographer "
            "Vesna Ptaszynska. Teodor Wrzesniak, 41, built the first version. Anouk Vrieskamp "
            "drew the art. Robert Zhelyazkov joined in May. Dmitri Volkonov, speaker of the "
            "council, came. Velmont Planning Division said players grew.",
            "Glimmer Lantern now has ten million players. Zorvath Industries owns it, near Velmont "
            "Highway. Crystal Palace fans play it. Daily Quorn reported it. “The servers held,” said Ruslan "
            "Khabibov. Anouk Vrieskamp, who designed the levels, left in May. Ruslan Khabibov "
            "runs its servers. Vesna Ptaszynska and Teodor Wrzesniak spoke at the launch. "
            "Robert Zhelyazkov and Kwabena Oduya run it. Kwabena Oduya and Dmitri Volkonov met. "
            "Velmont Planning Division counted them again.",
        ]
    )
    assert entities["Glimmer Lantern"].kind == "other"
    assert entities["Velmont Planning Division"].kind == "org"  # s30: a body's last word
    # no person's: an organisation or a place by its last word ("Freedom Caucus", "Buckingham
    # Palace"), even where it speaks
    assert entities["Zorvath Industries"].kind == entities["Daily Quorn"].kind == "org"
    assert entities["Velmont Highway"].kind == "place"
    assert entities["Crystal Palace"].kind == "org"  # a club, not a palace
    for name in (
        "Vesna Ptaszynska",  # a role before it
        "Teodor Wrzesniak",  # an age after it
        "Ruslan Khabibov",  # it speaks
        "Anouk Vrieskamp",  # "who"
        "Robert Zhelyazkov",  # a census given name
        "Dmitri Volkonov",  # a role after it
        "Kwabena Oduya",  # listed beside a person
    ):
        assert entities[name].kind == "person", name


def test_a_transcripts_speaker_an_answer_a_letter_and_a_street() -> None:
    """s28: a radio transcript's "LEE:" was an organisation beside "Opal Lee", "Yes" and the
    "T" of "AT&T" were names, "Daly St" no place (sentences and names invented)."""
    entities = cluster_entities(
        [
            "Marla Quinby, 90, walked to Perry St on Monday. QUINBY: We walked for "
            "freedom. Yes, the march reached Perry St at noon, a spokesman for AT&T said.",
            "QUINBY: I will walk again next year. Yes, Marla Quinby said, the crowd was large. "
            "Reporters from AT&T watched.",
        ]
    )
    assert not {"QUINBY", "Yes", "T"} & set(entities)
    assert (entities["Marla Quinby"].mentions, entities["Perry St"].kind) == (4, "place")


def test_a_transcripts_speaker_without_a_full_name_is_a_person() -> None:
    """s32: a radio host's "MARTIN:" opening five sentences was an organisation: the cluster never
    gives the host's full name. A label in capitals before a colon ("UPDATE:") stays none
    (sentences and names invented)."""
    entities = cluster_entities(
        [
            "GARRISON: That's Opal Quinby. GARRISON: She walked for freedom in Fort Worth. "
            "UPDATE: The march ended at noon.",
            "GARRISON: Opal Quinby walked again this year. UPDATE: Opal Quinby was honored.",
        ]
    )
    assert entities["GARRISON"].kind == "person"
    assert "UPDATE" not in entities or entities["UPDATE"].kind != "person"


def test_a_company_in_camel_case_is_an_organisation() -> None:
    """s28: "PayPal", "PeerJ" were `other` or a place; a term with as many capitals as small
    letters stays no organisation (names invented)."""
    entities = cluster_entities(
        [
            "Donors gave through PayMint, and StreamDesk reported it. Later, PayMint said so.",
            "PayMint refunded them, StreamDesk wrote. Her PhD was in physics; her PhD was new.",
        ]
    )
    assert entities["PayMint"].kind == "org" and entities["StreamDesk"].kind == "org"
    assert "PhD" not in entities  # `other`, one word, under three outlets: left out


def test_a_pageant_and_terms_in_capitals() -> None:
    """s29: "Miss America" was a place, "THC" and "CO2" organisations (sentences invented)."""
    entities = cluster_entities(
        [
            "Miss America was crowned in Atlantic City, where THC and CO2 levels were tested.",
            "The new Miss America spoke about THC and CO2 on Sunday.",
        ]
    )
    kinds = {name: entity.kind for name, entity in entities.items()}
    assert kinds["Miss America"] == "other"
    assert kinds.get("THC", "other") == kinds.get("CO2", "other") == "other"
