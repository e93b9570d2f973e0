"""The core data: frozen dataclasses with tuples inside, flowing one way.

articles → sentences → facts → selection → digest. Every span is a half-open
character range ``[start, end)`` into the cleaned ``Article.body`` of the article
it names, so any word of a digest can be traced back to an outlet.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """Half-open character range ``[start, end)`` into an article's cleaned body."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span [{self.start}, {self.end})")

    def slice(self, text: str) -> str:
        return text[self.start : self.end]


@dataclass(frozen=True, slots=True)
class Removed:
    """A piece of the raw page that cleaning dropped, and why (shown by --show-removed)."""

    text: str
    reason: str  # e.g. "baca-juga", "related-section", "subscription", "dateline", "duplicate"


@dataclass(frozen=True, slots=True)
class Article:
    """One outlet's article after reading and cleaning."""

    id: str
    body: str  # cleaned body: title, dateline and boilerplate removed; paragraphs joined by "\n\n"
    outlet: str = ""  # canonical outlet name ("tirto.id", "suara.com"); "" when unknown
    title: str = ""
    place: str = ""  # dateline place, e.g. "JAKARTA"; "" when none
    url: str = ""
    published: date | None = None  # None: the source gave no date
    language: str = "id"  # ISO 639-1 as detected: "id", "en", "ms", ...
    source: str = ""  # where it was read from (file path, "stdin", "jsonl:3"), for messages
    removed: tuple[Removed, ...] = ()
    raw: str = ""  # the text as read, before cleaning

    @property
    def label(self) -> str:
        """Name to show a reader: the outlet if known, else the article id."""
        return self.outlet or self.id


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of an article's cleaned body; ``text == article.body[span.start:span.end]``."""

    article_id: str
    index: int  # position within its article, from 0
    span: Span
    text: str


@dataclass(frozen=True, slots=True)
class Mention:
    """Something a sentence names: a person, place, organisation, date or number."""

    kind: str  # "person" | "place" | "org" | "date" | "number"
    text: str  # surface form as written
    value: str  # normalized: canonical name, ISO date ("2019-04-24"), or number with unit
    article_id: str
    sentence_index: int
    span: Span  # within the article body


@dataclass(frozen=True, slots=True)
class DateMention:
    """An explicit date read from a sentence, normalized, with its weekday checked."""

    text: str  # e.g. "Rabu (24/4/2019)"
    value: date | None  # the normalized day; None when only a range/partial date is known
    end: date | None  # last day for ranges like "24-25 April"; else None
    weekday_written: str  # "rabu" or "" when none was written
    weekday_ok: bool  # False when the written weekday disagrees with ``value``
    year_inferred: bool  # True when the year came from context, not the text
    article_id: str
    sentence_index: int
    span: Span


@dataclass(frozen=True, slots=True)
class Evidence:
    """A passage an outlet published, pointing at its exact characters."""

    outlet: str
    article_id: str
    sentence_index: int
    span: Span  # the sentence (or passage) within the article body
    text: str  # the passage text, for display


@dataclass(frozen=True, slots=True)
class ConflictSide:
    """One value outlets gave for a slot, with who said it."""

    value: str  # e.g. "2019-02-25 (Kamis written; that day is a Monday)"
    evidence: tuple[Evidence, ...]

    @property
    def outlets(self) -> tuple[str, ...]:
        return tuple(sorted({e.outlet for e in self.evidence}))


@dataclass(frozen=True, slots=True)
class Conflict:
    """Outlets (or one outlet against the calendar) disagree on a date, number or name."""

    kind: str  # "date" | "weekday" | "number" | "name"
    subject: str  # what the slot is about, in words: "pertemuan Kim-Putin", "jumlah korban"
    description: str  # one human sentence explaining the disagreement
    sides: tuple[ConflictSide, ...]  # first side is the best-corroborated one
    suspect_sentences: tuple[tuple[str, int], ...] = ()  # (article_id, index) carrying the outlier


@dataclass(frozen=True, slots=True)
class Fact:
    """A statement several sentences share, and how many outlets corroborate it."""

    text: str  # representative sentence text
    support: tuple[Evidence, ...]
    outlets: tuple[str, ...]

    @property
    def corroboration(self) -> int:
        return len(self.outlets)


@dataclass(frozen=True, slots=True)
class Entity:
    """A person, place or organisation, counted across outlets (aliases merged)."""

    name: str  # canonical form: "Korea Utara"
    kind: str  # "person" | "place" | "org" | "other"
    aliases: tuple[str, ...]  # surface forms seen: ("Korut", "Korea Utara")
    mentions: int
    outlets: tuple[str, ...]
    # other spellings of the name counted as this entity ("Lindsay Graham" for "Lindsey
    # Graham": facts.spelling); their surface forms are among the aliases too
    spellings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class TimelineEvent:
    """A dated event, with the sentences that date it."""

    day: date
    end: date | None
    text: str  # what happened: the representative sentence
    evidence: tuple[Evidence, ...]
    outlets: tuple[str, ...]
    disputed: bool = False  # True when the date is part of a conflict


@dataclass(frozen=True, slots=True)
class Support:
    """A source sentence that says what a summary sentence says."""

    outlet: str
    article_id: str
    sentence_index: int
    span: Span
    similarity: float  # 1.0 for the quoted sentence itself


@dataclass(frozen=True, slots=True)
class SummarySentence:
    """A digest sentence: an exact quote of one source sentence, with every supporting source."""

    text: str
    article_id: str  # the quoted article
    sentence_index: int
    span: Span  # the quoted characters in that article's body
    supports: tuple[Support, ...]  # first is the quoted sentence itself

    @property
    def outlets(self) -> tuple[str, ...]:
        return tuple(sorted({s.outlet for s in self.supports}))


@dataclass(frozen=True, slots=True)
class Source:
    """An article as listed in a digest."""

    article_id: str
    outlet: str
    title: str
    url: str
    published: date | None
    place: str
    language: str
    sentences: int
    words: int


@dataclass(frozen=True, slots=True)
class SetAside:
    """An article left out of a digest as about another event than the cluster's (related)."""

    article_id: str
    outlet: str
    title: str
    similarity: float  # its best cosine with another article of the cluster


@dataclass(frozen=True, slots=True)
class MethodInfo:
    """The method that chose a digest's sentences: a name people read, and every setting."""

    name: str  # the registry name ("anchored-ilp"), what `--method` takes
    description: str  # one line, English (renderers translate it through the catalogue)
    params: Mapping[str, Any] = field(
        default_factory=dict
    )  # scorer + selector settings, JSON-ready


@dataclass(frozen=True, slots=True)
class Digest:
    """What ringkas returns for a cluster: the summary and the facts across sources."""

    title: str
    sentences: tuple[SummarySentence, ...]
    sources: tuple[Source, ...]
    facts: tuple[Fact, ...]
    entities: tuple[Entity, ...]
    timeline: tuple[TimelineEvent, ...]
    conflicts: tuple[Conflict, ...]
    method: MethodInfo  # the method (scorer + selector + settings) that chose the sentences
    words: int  # words in the summary
    budget: int  # the word budget asked for
    warnings: tuple[str, ...] = ()
    articles: tuple[Article, ...] = field(default=(), repr=False)  # the cleaned inputs
    set_aside: tuple[SetAside, ...] = ()  # articles about another event, left out (related)

    @property
    def single_source(self) -> bool:
        return len({s.outlet or s.article_id for s in self.sources}) <= 1
