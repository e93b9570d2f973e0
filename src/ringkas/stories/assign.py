"""Single-pass story assignment in the spirit of Miranda et al. 2018 ("Multilingual Clustering of
Streaming News"): each article is compared with the stories active around it — found through an
inverted index of their core articles' strongest terms, not by scanning them all — with a learned
similarity (a logistic regression over body and lead TF-IDF cosines and shared names, trained on
labelled stories: ``stories/model.json``, rebuilt by ``make model-stories``), then joins the best
one or starts a new story.

A story is an event, not a topic: an article is compared with the story's CORE (its first
``CORE_SIZE`` articles), never with a running centroid that would absorb every similar article
and drift. Dates bound a story: an article joins only within ``WINDOW_DAYS`` of the story's last
article and ``SPAN_DAYS`` of its first. An undated article is dated by its dateline ("Selasa
(15/8)": the weekday picks the year) against the stream's dates when it has one. With no date on
one side (the article or the story) no window closes a story, so an Indonesian article then joins
only a story with a core article of body cosine ``UNDATED_MIN_BODY`` or more; undated articles
are compared only with stories touched in the last ``UNDATED_HORIZON`` articles, and a story
takes at most ``UNDATED_MAX`` undated articles.

Deterministic given the input order: no outcome depends on the iteration order of a set or dict
of strings (every ranking has an explicit key), so ``PYTHONHASHSEED`` changes nothing.
``recluster`` replays the same function over every article in a fixed order.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import math
import operator
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources

from ringkas.facts.dates import CALENDAR_WORDS
from ringkas.text.tokens import content_terms

WINDOW_DAYS = 3  # an article joins a story whose last article is at most this many days away
SPAN_DAYS = 7  # ... and whose first article is at most this many days away: an event, not a topic
CORE_SIZE = 5  # the first articles of a story: what every later article is compared with
LEAD_TERMS = 60  # content terms of the lead (title and first paragraphs)
TOP_TERMS = 12  # strongest terms of a core article, indexed for its story
# Stories scored per article, ranked by shared strongest terms.
MAX_CANDIDATES = 10
SHORTLIST = 3  # of them, the most similar by core centroid get the full score
# Undated articles: compared only with stories touched in the last N articles of the stream (a
# bound on memory more than on grouping: 300 gave the same English figures and fewer IndoSum
# stories of one event), and a story takes at most UNDATED_MAX of them.
UNDATED_HORIZON = 100000
UNDATED_MAX = 8
# Without a date on both sides (the article or the story undated) no window closes a story, so
# the text must carry the whole decision: in Indonesian such an article joins only a story with a
# core article of body cosine >= UNDATED_MIN_BODY (topic articles, "Real Madrid" or "Rohingya" of
# other weeks, sit at 0.25-0.35; reports of one event from two outlets mostly above 0.4). Not
# before UNDATED_MIN_DOCS documents: a young stream's IDF weighs every term alike, and the
# cosines of one event's reports are then ~0.2. English: no bar (see docs/design.md).
UNDATED_MIN_BODY = (("id", 0.3),)
UNDATED_MIN_DOCS = 100
PRUNE_EVERY = 1000
VETO_NO_SHARED_NAME = True

_NAME = re.compile(r"(?<=[a-z0-9,;:] )[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*")
# "Selasa (15/8)", "(18/8/2016)": the day an Indonesian report opens with.
_DATELINE = re.compile(
    r"(?:\b(senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad)\s*,?\s*)?"
    r"\(\s*(\d{1,2})/(\d{1,2})(?:/(\d{4}|\d{2}))?\s*\)",
    re.IGNORECASE,
)
_WEEKDAY = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "sabtu": 5}
_WEEKDAY |= {"minggu": 6, "ahad": 6}
WEEKDAY_BACK_DAYS = 366  # how far before the stream's latest date a weekday-named dateline may be

_CALENDAR = CALENDAR_WORDS | frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march june july "
    "august october december".split()
)
# Capitalised, yet no one's name: currencies and time zones ("naik menjadi Rp 49.600", "pukul
# 10.00 WIB") — every price or time report shares them, so they must not count as a shared name
# (nor lift the "no shared name" veto).
_POSSESSIVE = re.compile(r"(?:['’]s?|--.*)$")  # "Bradshaw's" is Bradshaw; "Wedding--though"
_NOT_NAMES = frozenset("rp idr usd wib wita wit gmt utc".split())

FEATURES = ("body_max", "body_core", "lead_max", "names")


@dataclass(frozen=True)
class Model:
    """Logistic regression over ``FEATURES``: join when weights · features + bias reaches the
    article's language's threshold (Indonesian's for a language without one)."""

    weights: tuple[float, ...]
    bias: float
    thresholds: tuple[tuple[str, float], ...]  # (language, threshold), sorted

    def threshold(self, language: str) -> float:
        table = dict(self.thresholds)
        return table.get(language, table["id"])

    def score(self, features: Sequence[float]) -> float:
        return self.bias + sum(w * f for w, f in zip(self.weights, features, strict=True))


@lru_cache(maxsize=1)
def shipped_model() -> Model:
    """The coefficients shipped in the package (``stories/model.json``)."""
    data = json.loads(resources.files("ringkas.stories").joinpath("model.json").read_text("utf-8"))
    if tuple(data["features"]) != FEATURES:
        raise ValueError("stories/model.json was trained on other features: run make model-stories")
    return Model(
        tuple(float(w) for w in data["weights"]),
        float(data["bias"]),
        tuple(sorted((str(k), float(v)) for k, v in data["thresholds"].items())),
    )


def entities(text: str) -> frozenset[str]:
    """Capitalised runs that do not open a sentence: names of people, places, organisations
    (weekdays and months are capitalised too, but every story of that day shares them)."""
    return frozenset(filter(None, map(_name_of, _NAME.findall(text))))


_NAMES_SEEN: dict[str, str] = {}  # a capitalised run → its name ("" when it names no one)
_CACHE_LIMIT = 200_000  # entries of a text cache above which it starts again (memory stays bounded)


def _name_of(run: str) -> str:
    """The name a capitalised run stands for, "" for none (a weekday, a currency); each distinct
    run is normalised once (the same function of the run, cached)."""
    name = _NAMES_SEEN.get(run)
    if name is None:
        name = _POSSESSIVE.sub("", run.lower())
        if name in _CALENDAR or name in _NOT_NAMES:
            name = ""
        if len(_NAMES_SEEN) >= _CACHE_LIMIT:
            _NAMES_SEEN.clear()
        _NAMES_SEEN[run] = name
    return name


@dataclass(frozen=True, slots=True)
class Parsed:
    """What the assigner reads of an article's text, a pure function of it (``parse``): a long
    ingest computes it in worker processes (``stories.prepare``)."""

    language: str  # the language its terms were stemmed in
    terms: tuple[str, ...]  # content terms in text order
    names: tuple[str, ...]  # sorted
    body_tf: dict[str, int]  # each term's count, terms in order of first occurrence
    lead_tf: dict[str, int]  # the same of the first LEAD_TERMS terms


def parse(text: str, language: str | None, default: str = "id") -> Parsed:
    """The content terms and names of ``text`` (``language``: the article's, else ``default``)."""
    language = language or default
    terms = content_terms(text, language)
    return Parsed(
        language,
        terms,
        tuple(sorted(entities(text))),
        dict(Counter(terms)),
        dict(Counter(terms[:LEAD_TERMS])),
    )


def dateline(text: str, around: date | None) -> date | None:
    """The date an article's opening names ("Selasa (15/8)", "(18/8/2016)"); without a year, the
    one that puts it nearest ``around`` (the stream's latest date), within 45 days of it; when a
    weekday is named, the one on that weekday from ``WEEKDAY_BACK_DAYS`` before ``around`` to 45
    days after; None when it names none (or no such date)."""
    m = _DATELINE.search(text[:600])
    if m is None:
        return None
    day, month = int(m.group(2)), int(m.group(3))
    if m.group(4):
        year = int(m.group(4))
        try:
            return date(year + 2000 if year < 100 else year, month, day)
        except ValueError:
            return None
    if around is None:
        return None
    weekday = _WEEKDAY.get(m.group(1).lower()) if m.group(1) else None
    # At most 45 days after the stream's latest date (a later one would move it on, and each
    # next date with it); before it, 45 days, or a year when a weekday is named ("Rabu (8/11)":
    # the 8/11 that is a Wednesday, which within a year is one date at most).
    back = WEEKDAY_BACK_DAYS if weekday is not None else 45
    found = []
    for year in (around.year - 1, around.year, around.year + 1):
        try:
            d = date(year, month, day)
        except ValueError:
            continue
        if -back <= (d - around).days <= 45 and (weekday is None or d.weekday() == weekday):
            found.append(d)
    if not found:
        return None
    return min(found, key=lambda d: (abs((d - around).days), d))


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    """Dot product of two sparse vectors over their shared terms. ``math.fsum`` is exactly
    rounded, so the set's (hash-seeded) iteration order cannot change the result (the products
    are formed in C: the two ``map``s walk the same unchanged set in the same order)."""
    shared = a.keys() & b.keys()
    return math.fsum(map(operator.mul, map(a.__getitem__, shared), map(b.__getitem__, shared)))


def _top(vec: dict[str, float]) -> list[str]:
    """The ``TOP_TERMS`` strongest terms, strongest first, ties by term. Only the terms at least
    as strong as the ``TOP_TERMS``-th weight (found by a C sort of the floats) are ranked:
    ``heapq.nsmallest`` compared every (weight, term) pair in Python, ~2.7x slower at 150 terms."""
    if len(vec) > TOP_TERMS:
        cut = sorted(vec.values(), reverse=True)[TOP_TERMS - 1]
        ranked = [(-w, t) for t, w in vec.items() if w >= cut]
    else:
        ranked = [(-w, t) for t, w in vec.items()]
    ranked.sort()
    return [t for _, t in ranked[:TOP_TERMS]]


def _open_stories_in_order(
    votes: Counter[str], is_open: Callable[[str], bool], limit: int
) -> list[str]:
    """The first ``limit`` story ids by (most votes, id) for which ``is_open`` holds. The ids are
    put in buckets by vote count (at most ``TOP_TERMS`` of them) and a bucket is sorted only when
    the ranking reaches it: the one-vote bucket, most of the voted stories, seldom is (synthetic
    stream at 80k articles, 165 voted stories an article: 30 against 56 us for a heap)."""
    buckets: dict[int, list[str]] = {}
    for story_id, n in votes.items():
        bucket = buckets.get(n)
        if bucket is None:
            buckets[n] = [story_id]
        else:
            bucket.append(story_id)
    out: list[str] = []
    for n in sorted(buckets, reverse=True):
        for story_id in sorted(buckets[n]):
            if is_open(story_id):
                out.append(story_id)
                if len(out) == limit:
                    return out
    return out


def _around(day: date, days: int) -> tuple[date, date]:
    """The first and last date at most ``days`` from ``day`` (clamped to the calendar's ends)."""
    low = day - timedelta(days=days) if day.toordinal() > days else date.min
    high = (
        day + timedelta(days=days) if date.max.toordinal() - day.toordinal() >= days else date.max
    )
    return low, high


# 1 + log(c) of small term counts (the same floats as computing them).
_SUBLINEAR = [0.0] + [1.0 + math.log(c) for c in range(1, 256)]


@dataclass
class _Seen:
    """What the assigner computed of one article."""

    terms: tuple[str, ...]
    body: dict[str, float]  # TF-IDF, L2-normalized
    lead: dict[str, float]
    names: tuple[str, ...]  # sorted
    published: date | None


@dataclass
class _Story:
    id: str
    core: list[_Seen] = field(default_factory=list)
    centroid: dict[str, float] = field(default_factory=dict)  # sum of the core's body vectors
    centroid_norm: float = 0.0
    names: Counter[str] = field(default_factory=Counter)  # core articles naming each name
    first: date | None = None
    last: date | None = None
    size: int = 0
    undated: int = 0
    position: int = 0  # the stream position of its last article
    docs: int = 0  # the document count its core vectors were weighted with
    names_norm: float = 0.0


@dataclass
class Assigner:
    """The state of single-pass clustering: document frequencies, stories, inverted index."""

    threshold: float | None = None  # None: the model's threshold of the article's language
    window_days: int = WINDOW_DAYS
    language: str = "id"
    model: Model | None = None
    docs: int = 0
    df: Counter[str] = field(default_factory=Counter)
    name_df: Counter[str] = field(default_factory=Counter)
    stories: dict[str, _Story] = field(default_factory=dict)
    index: dict[str, set[str]] = field(default_factory=dict)
    latest: date | None = None
    joined: int = 0
    undated_min_body: float | None = None  # None: UNDATED_MIN_BODY of the article's language

    def __post_init__(self) -> None:
        if self.model is None:
            self.model = shipped_model()

    def vector(
        self,
        terms: Sequence[str],
        idf: dict[str, float] | None = None,
        tf: dict[str, int] | None = None,
    ) -> dict[str, float]:
        """Sublinear TF x running IDF, L2-normalized. ``idf``: the terms' IDF already computed
        at the current counts (it is filled with those computed here); ``tf``: ``Counter(terms)``
        when already counted (the same counts in the same order)."""
        if tf is None:
            tf = Counter(terms)
        if idf is None:
            idf = {}
        docs = 1.0 + self.docs
        df = self.df
        log = math.log
        sublinear = _SUBLINEAR
        weights = {}
        for t, c in tf.items():
            w = idf.get(t)
            if w is None:
                w = idf[t] = log(docs / (1.0 + df[t])) + 1.0
            weights[t] = (sublinear[c] if c < 256 else 1.0 + log(c)) * w
        norm = math.sqrt(sum([w * w for w in weights.values()])) or 1.0
        return {t: w / norm for t, w in weights.items()}

    def _observe(
        self, text: str, published: date | None, language: str | None, parsed: Parsed | None = None
    ) -> _Seen:
        if parsed is None or parsed.language != (language or self.language):
            parsed = parse(text, language, self.language)
        terms, names = parsed.terms, parsed.names
        self.docs += 1
        self.df.update(parsed.body_tf.keys())  # each distinct term once
        self.name_df.update(names)
        if published is None:
            published = dateline(text, self.latest)
        idf: dict[str, float] = {}  # the lead's terms are the body's: one IDF for both
        body = self.vector(terms, idf, parsed.body_tf)
        lead = self.vector(terms[:LEAD_TERMS], idf, parsed.lead_tf)
        return _Seen(terms, body, lead, names, published)

    def add(
        self, story_id: str, text: str, published: date | None, language: str | None = None
    ) -> None:
        """Put an article into a known story without deciding (rebuilding state from a store)."""
        seen = self._observe(text, published, language)
        story = self.stories.setdefault(story_id, _Story(story_id))
        self._join(story, seen)

    def assign(
        self,
        key: str,
        text: str,
        published: date | None,
        language: str | None = None,
        parsed: Parsed | None = None,
    ) -> str:
        """Story id for the next article (``key``: its content hash, names a new story;
        ``parsed``: ``parse(text, language)`` when already computed)."""
        assert self.model is not None
        seen = self._observe(text, published, language, parsed)
        top = _top(seen.body)
        language = language or self.language
        min_body = self.undated_min_body
        if min_body is None:
            min_body = dict(UNDATED_MIN_BODY).get(language, 0.0)
        if self.docs < UNDATED_MIN_DOCS:
            min_body = 0.0
        best, best_score = self._best(seen, top, min_body)
        threshold = self.model.threshold(language) if self.threshold is None else self.threshold
        if best is not None and best_score >= threshold:
            self._join(best, seen, top)
            return best.id
        story_id = "s" + hashlib.blake2b(key.encode("utf-8"), digest_size=6).hexdigest()
        story = self.stories.setdefault(story_id, _Story(story_id))
        self._join(story, seen, top)
        return story_id

    def _best(
        self, seen: _Seen, top: list[str] | None = None, min_body: float = 0.0
    ) -> tuple[_Story | None, float]:
        """The best-scoring shortlisted story and its score; when the article or the story has
        no date, only stories with a core article at body cosine ``min_body`` or more count."""
        assert self.model is not None
        best: _Story | None = None
        best_score = -math.inf
        for story, body_core in self._shortlist(seen, top):
            features = self.features(seen, story, body_core)
            if features[0] < min_body and (seen.published is None or story.first is None):
                continue
            score = self.model.score(features)
            if score > best_score or (score == best_score and best and story.id < best.id):
                best, best_score = story, score
        return best, best_score

    def _shortlist(self, seen: _Seen, top: list[str] | None = None) -> list[tuple[_Story, float]]:
        """The candidates worth the full score: not vetoed (both name someone, none shared),
        the ``SHORTLIST`` most similar to the article by core centroid, with that cosine."""
        scored = []
        names = set(seen.names)
        for story in self._candidates(seen, top):
            if VETO_NO_SHARED_NAME and names and story.names and names.isdisjoint(story.names):
                continue
            if self.docs > 1.5 * story.docs:
                self._refresh(story)
            scored.append(
                (_cosine(seen.body, story.centroid) / story.centroid_norm, story.id, story)
            )
        scored.sort(key=lambda x: (-x[0], x[1]))
        return [(story, cosine) for cosine, _, story in scored[:SHORTLIST]]

    def _refresh(self, story: _Story) -> None:
        """Re-weight the core's vectors with the current IDF once the stream has grown by
        half since: a story opened early in a stream was weighted with a few documents'
        IDF, which overrates shared common words."""
        story.docs = self.docs
        idf: dict[str, float] = {}  # at the current counts, shared by the core's vectors
        for c in story.core:
            c.body = self.vector(c.terms, idf)
            c.lead = self.vector(c.terms[:LEAD_TERMS], idf)
        self._recompute(story)

    def _recompute(self, story: _Story, added: _Seen | None = None) -> None:
        """The core's centroid and the norm of its idf-weighted names. ``added``: the core's
        last article, joined since the centroid was summed over the others with their current
        vectors; adding its weights alone performs the same additions in the same order (each
        term's sum runs over the core in order; new terms come last, as in a full pass)."""
        centroid: dict[str, float] = {}
        if added is None:
            cores = story.core
        else:
            centroid, cores = story.centroid, [added]
        get = centroid.get
        for c in cores:
            for t, w in c.body.items():
                centroid[t] = get(t, 0.0) + w
        story.centroid = centroid
        story.centroid_norm = math.sqrt(sum([w * w for w in centroid.values()])) or 1.0
        n = len(story.core)
        story.names_norm = math.sqrt(
            sum((self._name_idf(x) * c / n) ** 2 for x, c in story.names.items())
        )

    def _name_idf(self, name: str) -> float:
        return math.log((1.0 + self.docs) / (1.0 + self.name_df[name])) + 1.0

    def features(
        self, seen: _Seen, story: _Story, body_core: float | None = None
    ) -> tuple[float, ...]:
        """``FEATURES`` of an article against a story's core (``body_core``: the centroid
        cosine when already computed)."""
        body_max = max(_cosine(seen.body, c.body) for c in story.core)
        lead_max = max(_cosine(seen.lead, c.lead) for c in story.core)
        if body_core is None:
            body_core = _cosine(seen.body, story.centroid) / story.centroid_norm
        # Names: idf-weighted cosine between the article's names and the core's (weighted by the
        # share of core articles naming each). "Both name someone, none shared" is a veto
        # (``_shortlist``), not a feature.
        n = len(story.core)
        idf = {x: self._name_idf(x) for x in seen.names}
        shared = sum(idf[x] * idf[x] * story.names[x] / n for x in seen.names if x in story.names)
        norm_a = math.sqrt(sum(w * w for w in idf.values()))
        norm_b = story.names_norm
        names = shared / (norm_a * norm_b) if norm_a and norm_b else 0.0
        return (body_max, body_core, lead_max, names)

    def _candidates(self, seen: _Seen, top: list[str] | None = None) -> list[_Story]:
        """The first ``MAX_CANDIDATES`` stories still open for the article, in the order of the
        votes of its strongest terms (``top``), then story id. The ranking is a heap taken from
        the top until enough are open: stories past their window wait in the index until the
        next prune, and often fill the first places."""
        index = self.index
        if top is None:
            top = _top(seen.body)
        votes = Counter(itertools.chain.from_iterable(index[t] for t in top if t in index))
        stories = self.stories
        open_for = self._open_for(seen.published)

        def is_open(story_id: str) -> bool:
            story = stories.get(story_id)
            return story is not None and open_for(story)

        return [stories[s] for s in _open_stories_in_order(votes, is_open, MAX_CANDIDATES)]

    def _open_for(self, published: date | None) -> Callable[[_Story], bool]:
        """Whether a story can still take an article of that date (None: undated), as a test of
        a story: its last article at most ``window_days`` and its first at most ``SPAN_DAYS``
        away. The bounds are computed once per article, so each story costs two date
        comparisons, not two subtractions (~15 stories an article)."""
        if published is None:
            joined = self.joined

            def open_undated(story: _Story) -> bool:
                return story.undated < UNDATED_MAX and joined - story.position <= UNDATED_HORIZON

            return open_undated
        low_last, high_last = _around(published, self.window_days)
        low_first, high_first = _around(published, SPAN_DAYS)

        def open_dated(story: _Story) -> bool:
            last, first = story.last, story.first
            if last is not None and not low_last <= last <= high_last:
                return False
            return first is None or low_first <= first <= high_first

        return open_dated

    def _join(self, story: _Story, seen: _Seen, top: list[str] | None = None) -> None:
        """``top``: the strongest terms of ``seen.body`` when already known."""
        if len(story.core) < CORE_SIZE:
            body = seen.body
            story.core.append(seen)
            story.names.update(seen.names)
            if self.docs > 1.5 * story.docs:
                self._refresh(story)  # gives seen a new body vector
            else:
                self._recompute(story, seen)
            if top is None or seen.body is not body:
                top = _top(seen.body)
            for term in top:
                self.index.setdefault(term, set()).add(story.id)
        story.size += 1
        published = seen.published
        if published is None:
            story.undated += 1
        else:
            if story.first is None or published < story.first:
                story.first = published
            if story.last is None or published > story.last:
                story.last = published
            if self.latest is None or published > self.latest:
                self.latest = published
        self.joined += 1
        story.position = self.joined
        if self.joined % PRUNE_EVERY == 0:
            self._prune()

    def _prune(self) -> None:
        """Forget stories that can no longer be joined — past the time window, or (undated)
        past the horizon: keeping them would make every lookup slower and memory grow with the
        whole stream. An article dated inside an expired story's window, arriving late, starts a
        new story."""
        horizon = timedelta(days=self.window_days)
        expired = set()
        for s in self.stories.values():
            if s.last is not None:
                if self.latest is not None and self.latest - s.last > horizon:
                    expired.add(s.id)
            elif self.joined - s.position > UNDATED_HORIZON:
                expired.add(s.id)
        if not expired:
            return
        for term in sorted(self.index):
            members = self.index[term] - expired
            if members:
                self.index[term] = members
            else:
                del self.index[term]
        for story_id in sorted(expired):  # memory stays bounded by the stories of the window
            del self.stories[story_id]


def recluster(rows: Sequence[tuple[str, str, date | None, str]], **settings: object) -> list[str]:
    """Batch recomputation: (key, text, published, language) rows in order → story id of each."""
    assigner = Assigner(**settings)  # type: ignore[arg-type]
    return [
        assigner.assign(key, text, published, language) for key, text, published, language in rows
    ]


def bcubed(predicted: Sequence[str], gold: Sequence[str]) -> tuple[float, float, float]:
    """BCubed precision, recall and F1 of a clustering against gold labels (Bagga & Baldwin 1998)."""
    if len(predicted) != len(gold):
        raise ValueError("predicted and gold labels differ in length")
    if not gold:
        return 0.0, 0.0, 0.0
    pairs = Counter(zip(predicted, gold, strict=True))
    by_pred = Counter(predicted)
    by_gold = Counter(gold)
    precision = sum(n * n / by_pred[p] for (p, _), n in pairs.items()) / len(gold)
    recall = sum(n * n / by_gold[g] for (_, g), n in pairs.items()) / len(gold)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1
