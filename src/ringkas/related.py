"""Which articles of a cluster report its event, and which are about something else.

A cluster is meant to hold one event's reports, yet a scraped or pasted one sometimes carries an
article of another: a wrong link, a page's other story, a web archive's notice. Quoted beside the
others it mixes two events into one summary, and its dates and numbers into one fact sheet.

Two articles are related when the cosine of their vectors reaches ``RELATED``: an article's vector
is the sum of its sentences' TF-IDF rows (features.Features: the cluster's sentences are the
documents, so the words only some sentences use weigh most). Related pairs link articles into
groups. When one group holds more than half of a cluster of three or more articles, it is the
cluster's event and every article outside it is set aside: left out of the summary and the facts,
named in the digest's warnings and in ``Digest.set_aside``. Otherwise nothing is set aside (with
two articles, or no majority, which one is the odd one out cannot be told) and the digest warns
that its articles seem to tell of several events. An article of fewer than three sentences is
never set aside: one sentence of a brief shares too few words with a long report to tell whether
it reports the same event (cut to their first sentence, 8% of the Indonesian pseudo clusters'
reports fell under ``RELATED``).

``RELATED`` (0.10) was read off hand-checked data (docs/design.md, the s31 row;
``python -m bench.unrelated``): every article of the 31 indosum-multi-dev clusters and ~88% of
multinews-dev's reach it with another article of their cluster (those that do not are nearly all
archive notices, sign-in pages and other outlets' unrelated pages), while an article of another
cluster added to one stays under it ~9 times in 10. Reports of another event on the same topic
(another KPK case, another match) share more words than that and are not caught: grouping events
within a topic is the stream's job (stories.assign), with dates.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

import numpy as np
from scipy import sparse
from scipy.sparse.csgraph import connected_components

from ringkas.features import Features
from ringkas.model import Sentence

RELATED = 0.10  # article cosine from which two articles are taken to report one event
MIN_ARTICLES = 3  # fewer cannot show which article is the odd one out
MIN_SENTENCES = 3  # a shorter article is too little text to tell: never set aside


@dataclass(frozen=True, slots=True)
class Relatedness:
    """How a cluster's articles (those with sentences) group into events."""

    groups: int  # groups of related articles
    aside: tuple[tuple[str, float], ...]  # (article id, its best cosine with another), id order


DENSE_CELLS = 4_000_000  # articles × vocabulary up to which the sums are one np.bincount


def article_cosines(
    ids: Sequence[str], sentences: Sequence[Sentence], features: Features
) -> np.ndarray:
    """len(ids) × len(ids) cosines of the articles' summed sentence rows (0 for no sentences);
    the sentences of other articles are left out."""
    position = {a: k for k, a in enumerate(ids)}
    owner = np.fromiter(
        (position.get(s.article_id, -1) for s in sentences), np.int64, len(sentences)
    )
    m = features.matrix
    n, width = len(ids), m.shape[1]
    if n * width <= DENSE_CELLS:  # a digest's cluster: every stored cell added to its article's
        cell_owner = np.repeat(owner, np.diff(m.indptr))
        mine = cell_owner >= 0
        summed = np.bincount(
            cell_owner[mine] * width + m.indices[mine],
            weights=m.data[mine],
            minlength=n * width,
        ).reshape(n, width)
        norms = np.linalg.norm(summed, axis=1)
        norms[norms == 0.0] = 1.0
        unit = summed / norms[:, None]
        return np.asarray(unit @ unit.T)
    # thousands of articles: sparse sums, never a dense articles × vocabulary table
    rows = np.nonzero(owner >= 0)[0]
    member = sparse.csr_matrix((np.ones(len(rows)), (owner[rows], rows)), shape=(n, len(sentences)))
    sums = sparse.csr_matrix(member @ m)
    lengths = np.sqrt(np.asarray(sums.multiply(sums).sum(axis=1)).ravel())
    lengths[lengths == 0.0] = 1.0
    units = sparse.csr_matrix(sparse.diags(1.0 / lengths) @ sums)
    return np.asarray((units @ units.T).toarray())


def relatedness(
    ids: Sequence[str],
    sentences: Sequence[Sentence],
    features: Features,
    notices: AbstractSet[str] = frozenset(),
) -> Relatedness:
    """Group the articles ``ids`` (in canonical order) by related pairs (the connected components
    of the pairs at ``RELATED`` or more, scipy.sparse.csgraph); set aside those outside
    a group holding more than half of them, in a cluster of ``MIN_ARTICLES`` or more, unless
    they have fewer than ``MIN_SENTENCES`` sentences (a brief's one sentence shares too few
    words with a long report to tell its event: they then only count as another group).

    ``notices`` (a web archive's or a site's notice, text.furniture.crawl_notices) are no
    article: never grouped nor set aside here (the digest never quotes them), so two such pages
    never outvote a report."""
    count = Counter(s.article_id for s in sentences)
    with_text = [a for a in ids if count[a] and a not in notices]
    n = len(with_text)
    if n < 2:
        return Relatedness(n, ())
    cos = article_cosines(with_text, sentences, features)
    np.fill_diagonal(cos, 0.0)
    linked = cos >= RELATED
    if linked.sum() == n * (n - 1):  # every pair related (one event, the common case): one group
        return Relatedness(1, ())
    groups, label = connected_components(sparse.csr_matrix(linked), directed=False)
    sizes = np.bincount(label, minlength=groups)
    largest = int(np.argmax(sizes))  # labels follow the articles' order: ties go to the first
    if n < MIN_ARTICLES or 2 * int(sizes[largest]) <= n:
        return Relatedness(int(groups), ())
    aside = tuple(
        (with_text[k], round(float(cos[k].max()), 4))
        for k in range(n)
        if label[k] != largest and count[with_text[k]] >= MIN_SENTENCES
    )
    return Relatedness(int(groups), aside)
