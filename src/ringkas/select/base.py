"""What selectors see (Candidates), the two roles (Scorer, Selector), and the rules all obey."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Protocol, cast

import numpy as np

from ringkas.features import Features
from ringkas.model import Article, Sentence
from ringkas.text.furniture import aside, english_furniture, transcript_turns
from ringkas.text.sentences import CLOSING
from ringkas.text.tokens import count_words

# Eligible sentence length in words. 6..55 keeps IndoSum's reference-like sentences (their median
# is ~22 words) and drops fragments and run-on paragraphs that the splitter could not break.
MIN_WORDS = 6
MAX_WORDS = 55
# Two sentences above this cosine say the same thing: never both in a summary. Chosen on the seed
# cluster by reading pairs: the same-fact paraphrases across outlets sit at 0.45-0.8, different
# facts about the same event below 0.4.
REDUNDANCY = 0.5

_TERMINALS = frozenset(CLOSING)


def ends_terminal(text: str) -> bool:
    """What ``re.search(r'[.!?"”’)]$', text)`` finds, without a scan: the last character (before
    a final newline, which ``$`` also allows) is a stop, a closing quotation mark or a bracket."""
    last = text[-1:]
    if last == "\n":
        last = text[-2:-1]
    return last in _TERMINALS


# A list's item, a disclosure or a credit: a dash or a bullet glued to its first word
# ("--The cost of a second and independent autopsy.", "–Disclosure: DailySocial merupakan media
# partner …", "—Yukari Iwatani Kane contributed to this article."; s37: all eleven such lines of
# the three dev sets). A stripped dateline's dash stands apart ("— A judge’s act of compassion
# …"), and "-5" is a number.
_LIST_ITEM = re.compile(r"(?:-{1,3}|–|—|•|\*+)(?=[^\s\d*•–—-])")
# What ends in a bracket without a full stop before it is a list's item or a title, not a
# sentence ("Burnley 1-0 Stoke City (George Boyd 58 ')", "The Curious Case of Benjamin Button
# (2008)", "Mobb Deep – “Shook Ones” (DJ Premier Remix)"), unless the bracket is the day of a
# sentence that lost its full stop ("… kata Sutopo, Selasa (1/3)"); and a sentence wholly in
# brackets is an aside or a credit ("(Additional reporting by …; Editing by …)").
_DAY_IN_BRACKETS = re.compile(r"\d{1,2}/\d{1,2}(?:/\d{2,4})?")
_FINISHED = re.compile(r"[.!?…][\"”’']*$")


def unfinished(text: str) -> bool:
    """Whether a sentence ending in a bracket is no sentence (see above), or one wholly in
    brackets before its full stop ("(It crashed into Jupiter in 2003).": text.furniture.aside)."""
    if aside(text):
        return True
    if not text.endswith(")"):
        return False
    start = text.rfind("(")
    if start == 0:
        return True
    if start < 0 or _DAY_IN_BRACKETS.fullmatch(text, start + 1, len(text) - 1):
        return False
    return not _FINISHED.search(text[:start].rstrip())


@dataclass(frozen=True, eq=False)
class Candidates:
    """Every sentence of a cluster with what scoring and selection need, in canonical order."""

    sentences: tuple[Sentence, ...]
    outlets: tuple[str, ...]  # outlet label of each sentence's article
    positions: tuple[int, ...]  # index within its article (0 = lead)
    article_sizes: tuple[int, ...]  # sentences in that sentence's article
    word_counts: tuple[int, ...]
    features: Features
    blocked: frozenset[int]  # never select: they carry a date or number outlets dispute
    language: str = "id"  # the cluster's language ("id" or "en")
    # Per key number (facts.key_numbers, most important first), the sentences that state it.
    must_state: tuple[frozenset[int], ...] = ()
    # Articles whose page is a web archive's crawl notice (facts.FactSheet.notices): never quoted.
    notices: frozenset[str] = frozenset()
    # People the cluster names in full and by a short form (facts.entities): per person, its
    # full forms ("Ueli Steck") and its one-word forms ("Steck"); select.cohesion.unintroduced.
    people: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = ()

    @classmethod
    def build(
        cls,
        sentences: Sequence[Sentence],
        articles: Mapping[str, Article],
        features: Features,
        blocked: frozenset[int] = frozenset(),
        language: str = "id",
        must_state: tuple[frozenset[int], ...] = (),
        notices: frozenset[str] = frozenset(),
        people: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (),
    ) -> Candidates:
        sizes: dict[str, int] = {}
        for s in sentences:
            sizes[s.article_id] = sizes.get(s.article_id, 0) + 1
        return cls(
            sentences=tuple(sentences),
            outlets=tuple(articles[s.article_id].label for s in sentences),
            positions=tuple(s.index for s in sentences),
            article_sizes=tuple(sizes[s.article_id] for s in sentences),
            word_counts=tuple(count_words(s.text) for s in sentences),
            features=features,
            blocked=blocked,
            language=language,
            must_state=must_state,
            notices=notices,
            people=people,
        )

    @property
    def size(self) -> int:
        return len(self.sentences)

    @cached_property
    def memo(self) -> dict[object, object]:
        """Per-cluster results several stages share (n-gram indexes, the anchor article)."""
        return {}

    def eligible(self) -> np.ndarray:
        """Boolean mask: sentences a summary may quote (a fresh copy: callers may change it)."""
        return self._eligible.copy()

    @cached_property
    def _eligible(self) -> np.ndarray:
        # Every selector, and the anchor once per article, asks; the rules run once per cluster.
        mask = np.zeros(self.size, dtype=bool)
        english = self.language == "en"
        turns = (
            transcript_turns([(s.article_id, s.text) for s in self.sentences])
            if english
            else frozenset()
        )
        for i, (s, n) in enumerate(zip(self.sentences, self.word_counts, strict=True)):
            text = s.text
            mask[i] = (
                MIN_WORDS <= n <= MAX_WORDS
                and s.article_id not in self.notices
                and i not in self.blocked
                and ends_terminal(text)
                and not unfinished(text)
                and not text.endswith("?")
                and not text.rstrip('"”’)').endswith(":")
                and not text[0].islower()
                and not _LIST_ITEM.match(text)
                and text.count("“") == text.count("”")
                and not (english and english_furniture(text))
                and i not in turns
            )
        return mask


class Scorer(Protocol):
    def __call__(self, c: Candidates) -> np.ndarray: ...


class Selector(Protocol):
    def __call__(self, c: Candidates, scores: np.ndarray, budget: int) -> tuple[int, ...]: ...


@dataclass(frozen=True)
class Method:
    """A scorer and a selector; its repr (every setting) is recorded in each digest."""

    scorer: Scorer
    selector: Selector

    def choose(self, c: Candidates, budget: int) -> tuple[int, ...]:
        if c.size == 0:
            return ()
        scores = np.asarray(self.scorer(c), dtype=np.float64)
        return self.selector(c, scores, budget)


def normalize(values: np.ndarray) -> np.ndarray:
    """Scale to [0, 1]; a constant vector becomes all ones (nothing to tell apart)."""
    if values.size == 0:
        return values
    low, high = float(values.min()), float(values.max())
    if high - low < 1e-12:
        return np.ones_like(values)
    return (values - low) / (high - low)


def fits(
    c: Candidates,
    chosen: Sequence[int],
    i: int,
    budget: int,
    redundancy: float = REDUNDANCY,
    within_article: float | None = None,
) -> bool:
    """Whether sentence i may join ``chosen``: within budget and not repeating any of them
    (cosine above ``redundancy``; above ``within_article`` instead for a chosen sentence of its
    own article, when given)."""
    if sum(c.word_counts[j] for j in chosen) + c.word_counts[i] > budget:
        return False
    if not chosen:
        return True
    sim = c.features.similarity()
    if within_article is None:
        return bool(sim[i, list(chosen)].max() <= redundancy)
    own = c.sentences[i].article_id
    return all(
        sim[i, j] <= (within_article if c.sentences[j].article_id == own else redundancy)
        for j in chosen
    )


Gram = tuple[str, ...]


def ngrams(terms: Sequence[str], n: int) -> set[Gram]:
    return {tuple(terms[k : k + n]) for k in range(len(terms) - n + 1)}


def ngram_index(
    c: Candidates, n: int, *, by_outlet: bool
) -> tuple[dict[Gram, set[int]], dict[Gram, set[str]]]:
    """The sentences holding each stem n-gram, and the outlets (else articles) that print it.
    Built once per cluster and setting (the scorer, the anchor and the ILP all ask); read-only."""
    key = (n, by_outlet)
    if key in c.memo:
        return cast(tuple[dict[Gram, set[int]], dict[Gram, set[str]]], c.memo[key])
    holders: dict[Gram, set[int]] = {}
    sources: dict[Gram, set[str]] = {}
    for i, terms in enumerate(c.features.terms):
        source = c.outlets[i] if by_outlet else c.sentences[i].article_id
        for g in ngrams(terms, n):
            holders.setdefault(g, set()).add(i)
            sources.setdefault(g, set()).add(source)
    c.memo[key] = (holders, sources)
    return holders, sources


@dataclass(frozen=True, eq=False)
class GramTable:
    """A cluster's stem n-grams as integers: ``sentence[k]`` holds gram ``gram[k]`` (each distinct
    (sentence, gram) pair once, by sentence then gram), ``occurrence_*`` every occurrence in order
    (a gram repeated in a sentence counts each time), ``size`` the number of distinct grams. Gram
    ids follow the grams' sorted order; the sums computed over them are sums of integers, so they
    equal those over ``ngram_index``'s string tuples exactly."""

    sentence: np.ndarray
    gram: np.ndarray
    occurrence_sentence: np.ndarray
    occurrence_gram: np.ndarray
    size: int

    def of(self, rows: Sequence[int]) -> np.ndarray:
        """The distinct grams of the given sentences together, in ascending order (what
        ``np.unique(self.gram[np.isin(self.sentence, rows)])`` gives, by two boolean masks
        instead of two sorts)."""
        picked = np.zeros(int(self.sentence.max()) + 1 if self.sentence.size else 0, dtype=bool)
        chosen = np.asarray(rows, dtype=np.int64)
        picked[chosen[chosen < picked.size]] = True
        held = np.zeros(self.size, dtype=bool)
        held[self.gram[picked[self.sentence]]] = True
        return np.flatnonzero(held)


def _distinct(values: np.ndarray) -> np.ndarray:
    """The distinct integers of ``values`` in ascending order: ``np.unique(values)`` by a sort and
    a mask (numpy 2.x's ``np.unique`` goes through a hash table first, ~10x slower on the
    thousand-odd codes of one cluster)."""
    ordered = np.sort(values.ravel())
    keep = np.empty(ordered.shape, dtype=bool)
    keep[:1] = True
    np.not_equal(ordered[1:], ordered[:-1], out=keep[1:])
    return ordered[keep]


def gram_table(c: Candidates, n: int) -> GramTable:
    """Every sentence's stem n-grams as integer ids, built once per cluster (numpy, no tuples)."""
    key = ("gram-table", n)
    if key in c.memo:
        return cast(GramTable, c.memo[key])
    lengths, flat = c.features.term_ids()
    terms = c.features.terms
    width = max(len(c.features.vocabulary), 1)
    owner = np.repeat(np.arange(len(terms), dtype=np.int64), lengths)
    starts = np.concatenate(([0], np.cumsum(lengths)[:-1])).astype(np.int64)
    offset = np.arange(flat.size, dtype=np.int64) - np.repeat(starts, lengths)
    first = np.flatnonzero(offset <= np.repeat(lengths, lengths) - n)  # where an n-gram starts
    if width**n < 2**62:  # one integer per n-gram in mixed radix: its order is the tuples'
        code = flat[first]
        for k in range(1, n):
            code = code * width + flat[first + k]
        _, occurrence_gram = np.unique(code, return_inverse=True)
    else:  # too wide for one int64: rows of term ids (same order, slower)
        rows = np.stack([flat[first + k] for k in range(n)], axis=1)
        _, occurrence_gram = np.unique(rows, axis=0, return_inverse=True)
    occurrence_gram = occurrence_gram.reshape(-1).astype(np.int64)
    size = int(occurrence_gram.max()) + 1 if occurrence_gram.size else 0
    occurrence_sentence = owner[first]
    pairs = _distinct(occurrence_sentence * max(size, 1) + occurrence_gram)
    table = GramTable(
        sentence=pairs // max(size, 1),
        gram=pairs % max(size, 1),
        occurrence_sentence=occurrence_sentence,
        occurrence_gram=occurrence_gram,
        size=size,
    )
    c.memo[key] = table
    return table


def gram_sources(c: Candidates, n: int, *, by_outlet: bool) -> np.ndarray:
    """For each gram id of ``gram_table(c, n)``, how many outlets (else articles) print it: the
    ``len(sources[g])`` of ``ngram_index``, per cluster once."""
    key = ("gram-sources", n, by_outlet)
    if key in c.memo:
        return cast(np.ndarray, c.memo[key])
    table = gram_table(c, n)
    labels = c.outlets if by_outlet else tuple(s.article_id for s in c.sentences)
    number = {label: k for k, label in enumerate(sorted(set(labels)))}
    source = np.fromiter((number[x] for x in labels), dtype=np.int64, count=len(labels))
    width = max(len(number), 1)
    pairs = _distinct(table.gram * width + source[table.sentence])
    counts = np.bincount(pairs // width, minlength=table.size)
    c.memo[key] = counts
    return counts


def anchor_article(c: Candidates, words: int, ngram: int = 2) -> str | None:
    """The report whose opening best covers what several outlets print: the article whose lead
    (its eligible sentences in order, within ``words``) holds the most stem n-grams that at least
    two outlets use, each weighted by how many outlets use it. Ties go to the smaller id."""
    key = ("anchor", words, ngram)
    if key not in c.memo:
        c.memo[key] = _anchor_article(c, words, ngram)
    return cast(str | None, c.memo[key])


def _anchor_article(c: Candidates, words: int, ngram: int) -> str | None:
    ids = [s.article_id for s in c.sentences]
    articles = sorted(set(ids))
    if len(articles) < 2:
        return articles[0] if articles else None
    outlets = gram_sources(c, ngram, by_outlet=True)
    table = gram_table(c, ngram)
    best: tuple[float, str] | None = None
    for article in articles:
        covered = outlets[table.of(_lead(c, article, words))]
        value = float(covered[covered >= 2].sum())
        if best is None or value > best[0]:
            best = (value, article)
    return best[1] if best else articles[0]


def _rows_of(c: Candidates) -> dict[str, list[int]]:
    """Each article's sentence indices in order (per cluster once)."""
    key = "rows-of-article"
    if key not in c.memo:
        rows: dict[str, list[int]] = {}
        for i, s in enumerate(c.sentences):
            rows.setdefault(s.article_id, []).append(i)
        c.memo[key] = rows
    return cast(dict[str, list[int]], c.memo[key])


def _lead(c: Candidates, article: str | None, words: int) -> tuple[int, ...]:
    eligible = c._eligible  # read only here: no copy per article
    chosen: list[int] = []
    used = 0
    for i in _rows_of(c).get(article, []) if article is not None else ():
        if not eligible[i]:
            continue
        if used + c.word_counts[i] > words:
            break
        if not fits(c, chosen, i, words):
            continue
        chosen.append(i)
        used += c.word_counts[i]
    return tuple(chosen)


def anchor_lead(c: Candidates, words: int) -> tuple[int, ...]:
    """The anchor report's eligible sentences in order while they fit in ``words``."""
    return _lead(c, anchor_article(c, words), words)
