"""Statements several outlets share: groups of sentences that say the same thing."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ringkas.features import Features
from ringkas.model import Article, Evidence, Fact, Sentence
from ringkas.statements import SURE, Statements

# The least cosine (TF-IDF over stems) at which a sentence of another outlet may state what a
# sentence states; from it to statements.SURE it must also hold enough of that sentence's own
# words (statements.Statements.says_same), as a digest's citations do. Until s35 the cosine alone
# at 0.3, read off the seed by hand; of the pairs labelled in bench/data/support-pairs.tsv, 8 of
# 38 from 0.30 to 0.36 state the same thing, and about half of those from 0.36 to 0.5.
STATEMENT_THRESHOLD = 0.36


def evidence(sentence: Sentence, outlet: str) -> Evidence:
    return Evidence(outlet, sentence.article_id, sentence.index, sentence.span, sentence.text)


def group_statements(
    articles: Sequence[Article],
    sentences: Sequence[Sentence],
    features: Features,
    threshold: float = STATEMENT_THRESHOLD,
    statements: Statements | None = None,
) -> tuple[Fact, ...]:
    """Greedy star groups: the sentence with most corroborating outlets first, then the
    sentences of other outlets that state what it states (``statements.Statements.says_same``)."""
    if not sentences:
        return ()
    labels = {a.id: a.label for a in articles}
    outlet = [labels[s.article_id] for s in sentences]
    sim = features.similarity()
    n = len(sentences)
    # Similar sentences of other outlets, and how many outlets they come from: one numpy pass,
    # then the test of the sentence's own words for the few pairs below statements.SURE.
    codes: dict[str, int] = {}
    label = np.asarray([codes.setdefault(o, len(codes)) for o in outlet])
    linked = (sim >= threshold) & (label[:, None] != label[None, :])
    if statements is None:
        statements = Statements(features, sentences, articles[0].language if articles else "id")
    for i, j in zip(*np.nonzero(linked & (sim < SURE)), strict=True):
        linked[i, j] = statements.says_same(int(i), int(j), threshold)
    rows, cols = np.nonzero(linked)  # row-major: each row's matches in ascending order
    bounds = [0, *np.cumsum(np.bincount(rows, minlength=n)).tolist()]
    flat = cols.tolist()
    matches: list[list[int]] = [flat[bounds[i] : bounds[i + 1]] for i in range(n)]
    one_hot = np.zeros((n, len(codes)), dtype=bool)
    one_hot[np.arange(n), label] = True
    support = (linked.astype(np.int64) @ one_hot.astype(np.int64) > 0).sum(axis=1)
    used = np.zeros(n, dtype=bool)
    facts: list[Fact] = []
    counts = support.tolist()  # Python ints: the sort key below compares them n log n times
    for i in sorted(range(n), key=lambda k: (-counts[k], k)):
        if counts[i] == 0:
            break
        if used[i]:
            continue
        members = [i] + [j for j in matches[i] if not used[j]]
        if len({outlet[j] for j in members}) < 2:
            continue
        used[members] = True
        members.sort()
        facts.append(
            Fact(
                text=sentences[i].text,
                support=tuple(evidence(sentences[j], outlet[j]) for j in members),
                outlets=tuple(sorted({outlet[j] for j in members})),
            )
        )
    return tuple(
        sorted(
            facts,
            key=lambda f: (-len(f.outlets), f.support[0].article_id, f.support[0].sentence_index),
        )
    )
