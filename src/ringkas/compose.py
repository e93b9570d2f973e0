"""Order the chosen sentences, attribute each to every source that says it, build the Digest."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

import numpy as np

from ringkas.config import Config
from ringkas.model import Article, Digest, MethodInfo, Source, Span, SummarySentence, Support
from ringkas.select.cohesion import leaning, people_named
from ringkas.statements import Statements
from ringkas.text.tokens import count_words

if TYPE_CHECKING:
    from ringkas.pipeline import Prepared


def compose(
    prepared: Prepared, chosen: Sequence[int], method: MethodInfo, config: Config
) -> Digest:
    """Turn chosen sentence indices into a Digest; every summary sentence is an exact quote."""
    quoted = {i: _attribute(prepared, i, config.support_threshold) for i in sorted(set(chosen))}
    order = _reading_order(prepared, chosen, {i: len(q.outlets) for i, q in quoted.items()})
    per_article = Counter(s.article_id for s in prepared.sentences)
    # An article's words are its sentences' words: a line's list marker ("2) ") is none, and a
    # sentence glued to the next ("month.Kanasho") is two (text.sentences).
    words: Counter[str] = Counter()
    for s, n in zip(prepared.sentences, prepared.candidates.word_counts, strict=True):
        words[s.article_id] += n
    summary = tuple(quoted[i] for i in order)
    articles = prepared.articles
    warnings = list(prepared.warnings)
    if len({a.label for a in articles}) == 1:
        warnings.append(
            "single source: every sentence comes from one outlet, nothing is cross-checked"
        )
    # A web archive's notice about its crawls is never quoted (facts.FactSheet.notices): say so.
    warnings += [
        f"{a.source or a.id}: a web archive's notice, not an article: never quoted"
        for a in articles
        if a.id in prepared.facts.notices
    ]
    if not summary:
        warnings.append("no sentence fits the word budget and the eligibility rules")
    return Digest(
        title=_title(articles, summary, prepared.facts.notices),
        sentences=summary,
        sources=tuple(_source(a, per_article[a.id], words[a.id]) for a in articles),
        facts=prepared.facts.facts,
        entities=prepared.facts.entities,
        timeline=prepared.facts.timeline,
        conflicts=prepared.facts.conflicts,
        method=method,
        words=sum(count_words(s.text) for s in summary),
        budget=config.words,
        warnings=tuple(warnings),
        articles=articles,
        set_aside=prepared.set_aside,
    )


def _reading_order(
    prepared: Prepared, chosen: Sequence[int], outlets: Mapping[int, int] | None = None
) -> list[int]:
    """Lead-like sentences first (relative position in their article), ties (several articles'
    leads) by how many outlets print the sentence (``outlets``), then canonical order, except
    that the sentences giving a key number follow the opening one;
    a sentence that follows its predecessor in the source stays right after it (a run of
    consecutive sentences of one article reads as in the article: "Data tersebut ..." after the
    sentence with the data)."""
    sentences = prepared.sentences
    sizes = Counter(s.article_id for s in sentences)
    picked = set(chosen)

    def starts_run(i: int) -> bool:
        before = sentences[i - 1] if i > 0 else None
        return not (
            i - 1 in picked
            and before is not None
            and before.article_id == sentences[i].article_id
            and before.index == sentences[i].index - 1
        )

    needs = people_named(prepared.candidates)[0]

    def head_key(i: int) -> tuple[float, bool, int, int]:
        return (
            sentences[i].index / max(sizes[sentences[i].article_id], 1),
            bool(needs[i]),  # of two leads, the one naming someone by a short form second (s21)
            -(outlets or {}).get(i, 0),
            i,
        )

    heads = sorted((i for i in picked if starts_run(i)), key=head_key)
    # The counts outlets agree on (facts.key_numbers: the dead, the injured, ...) come right
    # after the opening, most important first, as a news report gives its toll.
    rank = {
        i: k
        for k, group in reversed(list(enumerate(prepared.candidates.must_state)))
        for i in group
    }
    opening_run: list[int] | None = None  # the opening's run, when the tolls split it
    if heads and any(h in rank for h in heads[1:]):
        # Right after the opening sentence itself: the sentences that follow it in its article
        # wait for the toll unless they refer back to it ("Pertemuan itu ..."), as a report
        # gives its toll in its second paragraph.
        leans = leaning(prepared.candidates)
        opening_run = []
        i = heads[0]
        while i + 1 in picked and not starts_run(i + 1) and leans[i + 1]:
            i += 1
            opening_run.append(i)
        rest = i + 1 if i + 1 in picked and not starts_run(i + 1) else None
        later = [h for h in heads[1:] if h not in rank] + ([rest] if rest is not None else [])
        tolls = sorted((h for h in heads[1:] if h in rank), key=rank.__getitem__)  # stable
        heads = [heads[0], *tolls, *sorted(later, key=head_key)]
    order: list[int] = []
    for k, head in enumerate(heads):
        i = head
        order.append(i)
        if k == 0 and opening_run is not None:
            order += opening_run
            continue
        while i + 1 in picked and not starts_run(i + 1):
            i += 1
            order.append(i)
    return order


def _attribute(prepared: Prepared, i: int, threshold: float) -> SummarySentence:
    """Quote sentence i and list every other unblocked sentence that states the same: at cosine
    ``threshold`` or more, and below ``statements.SURE`` only if it holds enough of the quoted
    sentence's own words, its names left out (``statements.Statements.says_same``)."""
    sentences = prepared.sentences
    labels = {a.id: a.label for a in prepared.articles}
    quoted = sentences[i]
    sims = prepared.features.similarity()[i] if prepared.features.size else np.zeros(0)
    blocked = prepared.candidates.blocked
    statements = Statements.of(prepared.candidates)
    supports = [
        Support(labels[quoted.article_id], quoted.article_id, quoted.index, quoted.span, 1.0)
    ]
    for j in np.argsort(-sims, kind="stable"):
        j = int(j)
        if sims[j] < threshold:
            break
        if j == i or j in blocked or not statements.says_same(i, j, threshold):
            continue
        other = sentences[j]
        supports.append(
            Support(
                labels[other.article_id],
                other.article_id,
                other.index,
                other.span,
                round(float(sims[j]), 4),
            )
        )
    head, rest = (
        supports[0],
        sorted(supports[1:], key=lambda s: (s.outlet, s.article_id, s.sentence_index)),
    )
    return SummarySentence(
        text=quoted.text,
        article_id=quoted.article_id,
        sentence_index=quoted.index,
        span=Span(quoted.span.start, quoted.span.end),
        supports=(head, *rest),
    )


def _title(
    articles: Sequence[Article], summary: Sequence[SummarySentence], notices: AbstractSet[str]
) -> str:
    """The title of the article the summary quotes first that has one (a web archive's notice
    is no article), else the title most articles share (ties: alphabetical order), else
    the summary's first sentence."""
    by_id = {a.id: a for a in articles}
    for quoted in summary:
        if by_id[quoted.article_id].title and quoted.article_id not in notices:
            return by_id[quoted.article_id].title
    titles = Counter(a.title for a in articles if a.title and a.id not in notices)
    if titles:
        return min(titles, key=lambda t: (-titles[t], t))
    return summary[0].text if summary else ""


def _source(article: Article, count: int, words: int) -> Source:
    return Source(
        article_id=article.id,
        outlet=article.outlet,
        title=article.title,
        url=article.url,
        published=article.published,
        place=article.place,
        language=article.language,
        sentences=count,
        words=words,
    )
