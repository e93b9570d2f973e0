"""Facts across sources: dates, numbers, entities, shared statements, conflicts and a timeline."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ringkas.facts.ages import age_conflicts, find_ages
from ringkas.facts.conflicts import conflict_order, find_conflicts, number_slots
from ringkas.facts.dates import (
    far_guesses,
    find_dates,
    kept_slips,
    latest_years,
    placeable,
    report_years,
    written_years,
    year_hints,
)
from ringkas.facts.entities import extract_entities
from ringkas.facts.evidence import group_statements
from ringkas.facts.key_numbers import KeyNumber, key_numbers
from ringkas.facts.numbers import find_numbers
from ringkas.facts.spelling import name_conflicts
from ringkas.facts.timeline import build_timeline
from ringkas.features import Features
from ringkas.model import (
    Article,
    Conflict,
    DateMention,
    Entity,
    Fact,
    Mention,
    Sentence,
    TimelineEvent,
)
from ringkas.statements import Statements
from ringkas.text.furniture import aside, crawl_notices, english_furniture


@dataclass(frozen=True, eq=False)
class FactSheet:
    """Everything read from a cluster besides the summary itself."""

    dates: tuple[DateMention, ...]
    numbers: tuple[Mention, ...]
    facts: tuple[Fact, ...]
    entities: tuple[Entity, ...]
    conflicts: tuple[Conflict, ...]
    timeline: tuple[TimelineEvent, ...]
    blocked: frozenset[tuple[str, int]]  # (article_id, sentence_index) a summary must not quote
    key_numbers: tuple[KeyNumber, ...] = ()  # counts a digest must state (facts.key_numbers)
    notices: frozenset[str] = frozenset()  # articles that are a crawl notice (text.furniture)


def notices_of(articles: Sequence[Article], sentences: Sequence[Sentence]) -> frozenset[str]:
    """The English articles whose text is a web archive's crawl notice or another notice of the
    site, not an article (text.furniture.crawl_notices)."""
    english = {a.id for a in articles if a.language == "en"}
    return crawl_notices((s.article_id, s.text) for s in sentences if s.article_id in english)


def read_facts(
    articles: Sequence[Article],
    sentences: Sequence[Sentence],
    features: Features,
    notices: frozenset[str] | None = None,
    statements: Statements | None = None,
) -> FactSheet:
    """Read dates, numbers, entities, statements and conflicts from a featurized cluster.

    ``notices``: the articles that are a web archive's or a site's notice (``notices_of``), when
    the caller has them already; ``statements``: the support test over these sentences, when the
    caller shares it with a digest's citations (each sentence's plain terms read once)."""
    by_article: dict[str, list[Sentence]] = {}
    for s in sentences:
        by_article.setdefault(s.article_id, []).append(s)
    languages = {a.id: a.language for a in articles}
    hints = year_hints(
        by_article,
        {a.id: a.published for a in articles},
        languages,
        {a.id: [r.text for r in a.removed if r.reason == "lead"] for a in articles},
    )
    # English page furniture (text.furniture) dates no event and names no one ("Newsletter Sign
    # Up Continue reading the main story" is no entity "Sign Up Continue"), and neither does a
    # page that is a web archive's crawl notice ("Alexa Internet" is no one in the story).
    if notices is None:
        notices = notices_of(articles, sentences)
    prose = tuple(
        s
        for s in sentences
        if not (
            languages.get(s.article_id) == "en"
            and (s.article_id in notices or english_furniture(s.text))
        )
    )
    found = [
        d
        for s in prose
        if not aside(s.text)  # a citation's or a rating's date is no event's
        for d in find_dates(
            s, year_hint=hints.get(s.article_id), language=languages.get(s.article_id, "id")
        )
    ]
    # Each yearless day's year, one rule after another (facts.dates): the year of the same day
    # written in full, a weekday slip kept in its report's year, a report day's year from the
    # latest year named; then the days no year can be given are left out: a weekday-less day
    # guessed in a year far before the latest named (s30), a weekday no near year fits.
    dates = written_years(found)
    dates = kept_slips(dates, hints)
    latest = latest_years({a.id: a.body for a in articles}, {a.id: a.published for a in articles})
    dates = report_years(dates, hints, latest, languages)
    dates = far_guesses(dates, latest)
    dates = placeable(dates, hints)
    date_spans: dict[tuple[str, int], tuple[object, ...]] = {}
    for d in dates:
        date_spans.setdefault((d.article_id, d.sentence_index), ())
        date_spans[(d.article_id, d.sentence_index)] += (d.span,)
    numbers = tuple(
        n
        for s in sentences
        for n in find_numbers(
            s,
            date_spans.get((s.article_id, s.index), ()),  # type: ignore[arg-type]
            languages.get(s.article_id, "id"),
        )
    )
    facts = group_statements(articles, sentences, features, statements=statements)
    slots = number_slots(sentences, numbers)
    conflicts, blocked = find_conflicts(articles, sentences, features, dates, numbers, slots)
    outlet = {a.id: a.label for a in articles}
    entities = extract_entities(articles, prose)
    # A person outlets give two ages (blocked like a disputed number), a name they spell two
    # ways (blocking nothing: the sentence is as true either way).
    aged, blocked_ages = age_conflicts(find_ages(prose, entities, languages), outlet)
    english = bool(articles) and all(a.language == "en" for a in articles)
    spelled = name_conflicts(entities, prose, outlet, english)
    if aged or spelled:
        conflicts = tuple(sorted((*conflicts, *aged, *spelled), key=conflict_order))
        blocked = blocked | frozenset(blocked_ages)
    timeline = build_timeline(articles, sentences, dates, facts, conflicts, blocked)
    return FactSheet(
        dates,
        numbers,
        facts,
        entities,
        conflicts,
        timeline,
        blocked,
        key_numbers(numbers, slots, outlet),
        notices,
    )
