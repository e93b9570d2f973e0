"""summarize(): the stages in order, short enough to read in one breath."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ringkas.compose import compose
from ringkas.config import Config
from ringkas.errors import InputError
from ringkas.facts import FactSheet, notices_of, read_facts
from ringkas.facts.entities import people_forms
from ringkas.features import Features, featurize
from ringkas.model import Article, Digest, Sentence, SetAside
from ringkas.related import relatedness
from ringkas.select.base import Candidates, Method
from ringkas.select.describe import describe
from ringkas.select.registry import get_method
from ringkas.select.short import best_short_sentences
from ringkas.statements import Statements
from ringkas.text.language import detect_language
from ringkas.text.sentences import split_sentences

LANGUAGE_NAMES = {"id": "Indonesian", "en": "English", "ms": "Malay", "unknown": "unknown"}


@dataclass(frozen=True, eq=False)
class Prepared:
    """Everything the selectors see: the cluster read, split, featurized and fact-checked."""

    articles: tuple[Article, ...]  # canonical order; only those summarized
    sentences: tuple[Sentence, ...]
    features: Features
    facts: FactSheet
    candidates: Candidates
    language: str
    warnings: tuple[str, ...]
    set_aside: tuple[SetAside, ...] = ()  # articles about another event (ringkas.related)


def summarize(articles: Sequence[Article], config: Config | None = None) -> Digest:
    """Summarize one cluster of articles about one event into a cited, conflict-aware Digest."""
    config = config or Config()
    prepared = prepare(articles, config)
    method = get_method(config.method)
    chosen = choose(prepared, method, config.words)
    return compose(prepared, chosen, describe(config.method, method), config)


def choose(prepared: Prepared, method: Method, words: int) -> tuple[int, ...]:
    """The sentences a digest quotes: the method's choice, or when the eligibility rules leave it
    nothing (too little text, or only sentences that lean on ones it may not quote), the best
    short sentences by its own scores. `ringkas eval` scores what this returns, as users get it."""
    chosen = method.choose(prepared.candidates, words)
    if not chosen:
        chosen = best_short_sentences(prepared.candidates, method, words)
    return chosen


def prepare(articles: Sequence[Article], config: Config | None = None) -> Prepared:
    """Order, language-check, split, featurize and read facts; pure and order-independent."""
    config = config or Config()
    if not articles:
        raise InputError("", "no articles to summarize")
    if len(articles) > config.max_articles:
        raise InputError("", f"{len(articles)} articles; at most {config.max_articles} per cluster")
    ordered, warnings = _canonical(articles)
    ordered, language, language_warnings = _by_language(ordered, config.language)
    sentences = tuple(
        s
        for a in ordered
        for s in split_sentences(a.id, a.body, a.language if a.language in ("id", "en") else "id")
    )
    if not sentences:
        raise InputError("", "no sentences left after cleaning in any article")
    features = featurize(sentences, {a.id: a.language for a in ordered})
    notices = notices_of(ordered, sentences)  # no article: never grouped nor quoted
    ordered, sentences, features, set_aside, related_warnings = _one_event(
        ordered, sentences, features, notices, config.keep_unrelated
    )
    statements = Statements(features, sentences, language)  # facts and citations share it
    facts = read_facts(ordered, sentences, features, notices, statements)
    index = {(s.article_id, s.index): i for i, s in enumerate(sentences)}
    blocked = frozenset(index[key] for key in facts.blocked if key in index)
    must_state = tuple(
        frozenset(index[key] for key in k.sentences if key in index) for k in facts.key_numbers
    )
    candidates = Candidates.build(
        sentences,
        {a.id: a for a in ordered},
        features,
        blocked,
        language,
        must_state,
        facts.notices,
        people_forms(facts.entities),
    )
    statements.share(candidates)  # the citations read what the facts read
    return Prepared(
        ordered,
        sentences,
        features,
        facts,
        candidates,
        language,
        warnings + language_warnings + related_warnings,
        set_aside,
    )


def _one_event(
    articles: tuple[Article, ...],
    sentences: tuple[Sentence, ...],
    features: Features,
    notices: frozenset[str],
    keep: bool,
) -> tuple[
    tuple[Article, ...], tuple[Sentence, ...], Features, tuple[SetAside, ...], tuple[str, ...]
]:
    """Set aside the articles that report another event than most of the cluster (related),
    unless ``keep``; warn when the articles seem to tell of several events with no majority.
    ``notices`` (no articles) take no part."""
    found = relatedness([a.id for a in articles], sentences, features, notices)
    if not found.aside or keep:
        if found.groups > 1:
            note = f"the articles seem to tell of {found.groups} different events: they share almost no words"
            return articles, sentences, features, (), (note,)
        return articles, sentences, features, (), ()
    best = dict(found.aside)
    by_id = {a.id: a for a in articles}
    aside = tuple(SetAside(i, by_id[i].outlet, by_id[i].title, best[i]) for i, _ in found.aside)
    notes = tuple(
        f"{_article_label(by_id[i])}: shares almost no words with the other articles, so it likely "
        "reports another event: left out of the digest"
        for i, _ in found.aside
    )
    kept = tuple(a for a in articles if a.id not in best)
    sentences = tuple(s for s in sentences if s.article_id not in best)
    features = featurize(sentences, {a.id: a.language for a in kept})
    return kept, sentences, features, aside, notes


def _article_label(article: Article) -> str:
    """An article as a note names it: its source, and its title when it has one (s32: a reader
    judging what was left out sees which story it told)."""
    label = article.source or article.id
    title = " ".join(article.title.split())
    return f"{label} (“{title}”)" if title else label


def _fingerprint(article: Article) -> str:
    return hashlib.blake2b(article.body.encode("utf-8"), digest_size=12).hexdigest()


def _canonical(articles: Sequence[Article]) -> tuple[tuple[Article, ...], tuple[str, ...]]:
    """Sort by (id, content), drop exact duplicate bodies, make ids unique: input order never matters."""
    warnings: list[str] = []
    seen: dict[str, Article] = {}
    prints = {id(a): _fingerprint(a) for a in articles}  # one hash per article, not per use
    for article in sorted(articles, key=lambda a: (a.id, prints[id(a)], a.outlet)):
        key = prints[id(article)]
        if key in seen:
            warnings.append(
                f"{article.source or article.id}: same text as {seen[key].id}, counted once"
            )
            continue
        seen[key] = article
    counts: Counter[str] = Counter()
    unique: list[Article] = []
    for article in seen.values():
        counts[article.id] += 1
        if counts[article.id] > 1:
            article = replace(article, id=f"{article.id}~{prints[id(article)][:8]}")
        unique.append(article)
    return tuple(sorted(unique, key=lambda a: a.id)), tuple(warnings)


def _by_language(
    articles: tuple[Article, ...], setting: str
) -> tuple[tuple[Article, ...], str, tuple[str, ...]]:
    """Detect each article's language; keep those in the cluster's language, warn about the rest.

    Malay and Indonesian are close enough that the detector calls some Indonesian news Malay: in
    a cluster that is Indonesian (by its other articles or ``--language id``) such an article is
    summarized as Indonesian, with a warning, never refused. A cluster whose articles all read as
    Malay stays summarizable: Malay, with the Indonesian rules (splitter, stemmer, stopwords)."""
    detected = tuple(replace(a, language=detect_language(a.body)) for a in articles)
    if setting != "auto":
        target = setting
    else:
        votes = Counter(a.language for a in detected if a.language in ("id", "en", "ms"))
        nusantara = votes["id"] + votes["ms"]
        if votes["en"] > nusantara:
            target = "en"
        elif votes["ms"] and not votes["id"]:
            target = "ms"
        else:
            target = "id"
    kept: list[Article] = []
    warnings: list[str] = []
    for article in detected:
        if article.language == target or article.language == "unknown":
            kept.append(replace(article, language=target))
        elif target == "id" and article.language == "ms":
            kept.append(replace(article, language="id"))
            warnings.append(
                f"{article.source or article.id}: reads like Malay; summarized as Indonesian"
            )
        else:
            name = LANGUAGE_NAMES.get(article.language, article.language)
            warnings.append(
                f"{article.source or article.id}: written in {name}, not summarized as "
                f"{LANGUAGE_NAMES[target]}"
            )
    if not kept:
        found = ", ".join(sorted({LANGUAGE_NAMES.get(a.language, a.language) for a in detected}))
        raise InputError("", f"no article is in {LANGUAGE_NAMES[target]} (found: {found})")
    if target == "ms":
        warnings.append("Malay: summarized with the Indonesian splitter, stemmer and stopwords")
    return tuple(kept), target, tuple(warnings)
