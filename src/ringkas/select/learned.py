"""A learned sentence scorer over features the pipeline already has.

Trained offline (``make model-summary``, ringkas.select.train, scikit-learn) from the shared dev
sets: in Indonesian on greedy ROUGE oracle labels, in English on each sentence's ROUGE precision
against the references, with its features standardized within the cluster beside them. Shipped
as plain JSON (per language, a gradient-boosted ensemble's trees node by node, or a logistic
regression's coefficients) and evaluated here with numpy, so neither scikit-learn nor any model
library is imported at run time. The file also holds one model per cross-validation fold and which fold every training
cluster fell in: ``Learned(holdout=key)`` scores a cluster with the model that never saw it,
which is how every reported figure of this method is measured (``ringkas eval``).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib.resources import files
from typing import Any, NamedTuple

import numpy as np

from ringkas.select.base import (
    MAX_WORDS,
    MIN_WORDS,
    Candidates,
    anchor_article,
    gram_sources,
    gram_table,
    normalize,
)
from ringkas.select.more_features import MORE_FEATURES, more_features
from ringkas.select.scorers import ArticleCentrality, Centroid, Corroboration, LexRank
from ringkas.text.ascii import ascii_twin

MODEL_FILE = "data/summary-model.json"
FOLDS_FILE = "data/summary-model-folds.json.gz"

FEATURES = (
    "lead",  # first sentence of its article
    "second",
    "third",
    "log_position",
    "relative_position",
    "log_words",
    "length_ok",  # within the eligible length
    "centroid",
    "centroid_norm",
    "lexrank_norm",
    "corroboration",
    "article_centrality_norm",
    "log_articles",
    "single_article",
    "has_number",
    "log_numbers",
    "capitalized_share",  # names: capitalized words not opening the sentence, per word
    "quote",
    "sim_own_lead",
    "sim_other_leads",  # best cosine to another article's first sentence
    "concept_density",  # multi-outlet stem bigrams per word, weighted by outlets
    "term_spread",  # mean share of the cluster's articles using each of its stems
    "anchor_article",  # in the report whose lead covers most multi-outlet concepts
    "anchor_lead3",
    "date_word",
    "article_log_size",
)

# A pattern that a scan searches for opens with one character class, not a repeat of it
# ("\d\d*", not "\d+"; the same matches): only then does the regex engine skip ahead to a
# character that can start a match instead of starting a match attempt at every position
# (CPython's re turns a leading class, literal or branch of literals into a prefix table, never
# a repeat). s39: the seed's digits 0.18 -> 0.11 ms (tests/test_speed_paths.py holds the matches).
_NUMBERS = re.compile(r"\d\d*(?:[.,]\d+)*")
# A capital after whitespace (the look-behind follows the capital so that the regex engine can
# skip to capitals; the same matches as "(?<=\s)[A-Z][\w-]+").
_CAPITAL = re.compile(r"[A-Z](?<=\s[A-Z])[\w-]+")
_DATE = re.compile(
    r"\b(?:senin|selasa|rabu|kamis|jumat|sabtu|minggu|januari|februari|maret|april|mei|juni|juli"
    r"|agustus|september|oktober|november|desember|monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday|january|february|march|june|july|august|october|december|\d{1,2}/\d{1,2})",
    re.IGNORECASE,
)
_DATE_ALTERNATIVES = _DATE.pattern.removeprefix(r"\b(?:").removesuffix(")").split("|")
_DATE_WORDS = tuple(w for w in _DATE_ALTERNATIVES if w.isalpha())
# The quick test below holds while _DATE is "\b(?:" + words + "|d/m)"; otherwise _DATE is used.
_DATE_QUICK = _DATE.pattern.startswith(r"\b(?:") and [
    w for w in _DATE_ALTERNATIVES if not w.isalpha()
] == [r"\d{1,2}/\d{1,2}"]
# The day and month names in lower case where a word starts, grouped by first letter. The match
# opens with the non-word character before the name (the text is searched with a space in
# front): the regex engine skips to those, about one character in five, instead of trying every
# letter a name can start with.
_DATE_INITIALS: dict[str, list[str]] = {}
for _word in _DATE_WORDS:
    _DATE_INITIALS.setdefault(_word[0], []).append(_word[1:])
_DATE_WORD_AT_START = re.compile(
    r"\W(?:"
    + "|".join(
        rf"{first}(?:{'|'.join(sorted(rests))})" for first, rests in sorted(_DATE_INITIALS.items())
    )
    + ")"
)
# for ASCII text (text.ascii; the seed's sentences' whole test: 160 -> 128 µs)
_ASCII_DATE_WORD_AT_START = ascii_twin(_DATE_WORD_AT_START)
_DAY_MONTH = re.compile(r"\b\d{1,2}/\d{1,2}")


def _has_date_word(text: str) -> bool:
    """``_DATE.search(text)``, faster. Where the case-blind pattern compares lower-cased
    letters, a day or month name matches where a word of the lower-cased text starts with one;
    d/m needs a "/". That holds for any text without "ı", "İ" or "ſ", the letters the regex
    engine folds onto an ASCII letter that ``str.lower`` leaves apart (curly quotes and dashes
    change nothing); such a text is searched with the pattern itself."""
    if not (_DATE_QUICK and (text.isascii() or not ("ı" in text or "İ" in text or "ſ" in text))):
        return _DATE.search(text) is not None
    lower = " " + text.lower()
    if (_ASCII_DATE_WORD_AT_START if lower.isascii() else _DATE_WORD_AT_START).search(lower):
        return True
    return "/" in text and _DAY_MONTH.search(text) is not None


def _per_sentence(pattern: re.Pattern[str], texts: Sequence[str]) -> np.ndarray:
    """How many times ``pattern`` matches in each text (``len(pattern.findall(text))``), in one
    scan of the texts joined by NUL characters. Valid for patterns that cannot match a NUL and
    treat one before or after a match as a text's edge (no ``\\s``, ``\\w`` or "-" matches it)."""
    joined = "\x00".join(texts)
    if joined.count("\x00") != max(len(texts) - 1, 0):  # a text holds a NUL itself
        return np.array([len(pattern.findall(t)) for t in texts], dtype=np.float64)
    starts = np.cumsum([0, *(len(t) + 1 for t in texts[:-1])])
    found = np.fromiter((m.start() for m in pattern.finditer(joined)), dtype=np.int64)
    owner = np.searchsorted(starts, found, side="right") - 1
    return np.bincount(owner, minlength=len(texts)).astype(np.float64)


def sentence_features(c: Candidates, budget: int = 100) -> np.ndarray:
    """n_sentences × len(FEATURES), every value computed from the cluster alone."""
    n = c.size
    out = np.zeros((n, len(FEATURES)))
    if n == 0:
        return out
    pos = np.asarray(c.positions, dtype=np.float64)
    sizes = np.asarray(c.article_sizes, dtype=np.float64)
    wc = np.asarray(c.word_counts, dtype=np.float64)
    sim = c.features.similarity()
    ids = [s.article_id for s in c.sentences]
    articles = sorted(set(ids))
    first = {a: i for i, a in reversed(list(enumerate(ids)))}  # each article's first sentence
    lead_index = np.array([first[a] for a in ids])
    centroid = np.asarray(Centroid()(c), dtype=np.float64)
    col = {name: k for k, name in enumerate(FEATURES)}
    out[:, col["lead"]] = pos == 0
    out[:, col["second"]] = pos == 1
    out[:, col["third"]] = pos == 2
    out[:, col["log_position"]] = np.log1p(pos)
    out[:, col["relative_position"]] = pos / np.maximum(sizes, 1.0)
    out[:, col["log_words"]] = np.log1p(wc)
    out[:, col["length_ok"]] = (wc >= MIN_WORDS) & (wc <= MAX_WORDS)
    out[:, col["centroid"]] = centroid
    out[:, col["centroid_norm"]] = normalize(centroid)
    out[:, col["lexrank_norm"]] = normalize(np.asarray(LexRank()(c), dtype=np.float64))
    out[:, col["corroboration"]] = Corroboration()(c)
    out[:, col["article_centrality_norm"]] = normalize(
        np.asarray(ArticleCentrality()(c), dtype=np.float64)
    )
    out[:, col["log_articles"]] = np.log(len(articles))
    out[:, col["single_article"]] = len(articles) == 1
    out[:, col["sim_own_lead"]] = sim[np.arange(n), lead_index]
    if len(articles) > 1:
        leads = np.array([first[a] for a in articles])
        article_of = {a: k for k, a in enumerate(articles)}
        own = np.array([article_of[a] for a in ids])
        to_leads = sim[:, leads]  # n × articles
        to_leads[np.arange(n), own] = -np.inf  # a sentence's own lead is not another's
        out[:, col["sim_other_leads"]] = to_leads.max(axis=1)
    # Stem n-grams as integer ids (select.base.gram_table): the counts below are sums of
    # integers, the same values as over the string n-gram index.
    bigrams = gram_table(c, 2)
    outlets = gram_sources(c, 2, by_outlet=len(set(c.outlets)) > 1)
    shared = np.where(outlets > 1, outlets - 1, 0)[bigrams.gram]
    words = np.maximum(wc, 1.0)
    out[:, col["concept_density"]] = np.bincount(bigrams.sentence, shared, minlength=n) / words
    unigrams = gram_table(c, 1)
    spread = gram_sources(c, 1, by_outlet=False)[unigrams.occurrence_gram]
    lengths = np.array([len(t) for t in c.features.terms], dtype=np.float64)
    spread_sum = np.bincount(unigrams.occurrence_sentence, spread, minlength=n)
    has_terms = lengths > 0
    out[has_terms, col["term_spread"]] = spread_sum[has_terms] / (
        lengths[has_terms] * len(articles)
    )
    anchor = anchor_article(c, budget)
    texts = [s.text for s in c.sentences]
    numbers = _per_sentence(_NUMBERS, texts)
    out[:, col["has_number"]] = numbers > 0  # a digit is where a number starts
    out[:, col["log_numbers"]] = np.log1p(numbers)
    # (one findall a sentence: faster than _per_sentence here, whose generator runs per match
    # and capitals are many)
    capitals = np.array([len(_CAPITAL.findall(text)) for text in texts], dtype=np.float64)
    out[:, col["capitalized_share"]] = capitals / words
    # A straight or curly double quote anywhere (what r'["“”]' finds), by substring tests.
    out[:, col["quote"]] = ['"' in text or "“" in text or "”" in text for text in texts]
    out[:, col["date_word"]] = [_has_date_word(text) for text in texts]
    in_anchor = np.array([s.article_id == anchor for s in c.sentences], dtype=bool)
    out[:, col["anchor_article"]] = in_anchor
    out[:, col["anchor_lead3"]] = in_anchor & (pos < 3)
    out[:, col["article_log_size"]] = np.log(np.maximum(sizes, 1.0))
    return out


ALL_FEATURES = FEATURES + MORE_FEATURES  # what the shipped model reads, in this order


def all_features(c: Candidates, budget: int = 100) -> np.ndarray:
    """The model's input: sentence_features, then select.more_features's columns."""
    return np.hstack([sentence_features(c, budget), more_features(c)])


def beside_cluster_scale(x: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """``x`` with a standardized copy of every column beside it: each feature's distance from
    the cluster's mean over its quotable sentences (``mask``), in their standard deviations (0
    for the others, for a feature constant among them, and in a cluster of under two). A
    feature's raw value means little across clusters of 3 and of 300 sentences; its rank within
    the cluster is what selection needs (English model, issue 14)."""
    z = np.zeros_like(x)
    rows = np.flatnonzero(mask)
    if rows.size > 1:
        own = x[rows]
        scale = own.std(axis=0)
        scale[scale < 1e-9] = 1.0
        z[rows] = (own - own.mean(axis=0)) / scale
    return np.hstack([x, z])


def cluster_key(documents: Sequence[tuple[str, str]]) -> str:
    """The key a training cluster is known by: its (id, text) pairs, order-independent."""
    digest = hashlib.blake2b(digest_size=10)
    for doc_id, text in sorted((d, " ".join(t.split())[:200]) for d, t in documents):
        digest.update(f"{doc_id}\x00{text}\x01".encode())
    return digest.hexdigest()


@dataclass(frozen=True)
class Linear:
    """Standardize, then a logistic regression's decision function."""

    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: float
    within: bool = False  # reads beside_cluster_scale(features), not the features alone

    @classmethod
    def from_json(cls, d: Mapping[str, Any]) -> Linear:
        return cls(
            np.asarray(d["mean"], dtype=np.float64),
            np.asarray(d["scale"], dtype=np.float64),
            np.asarray(d["coef"], dtype=np.float64),
            float(d["intercept"]),
            bool(d.get("within", False)),
        )

    def decision(self, x: np.ndarray) -> np.ndarray:
        return np.asarray(((x - self.mean) / self.scale) @ self.coef + self.intercept)


# A tree's leaves as bits of one mask (``Trees._masks``): HistGradientBoosting's trees here have
# at most 15 (select.train.fit_trees, max_leaf_nodes=15).
MAX_LEAVES = 16


@dataclass(frozen=True)
class Trees:
    """A gradient-boosted tree ensemble's decision function (scikit-learn's
    HistGradientBoostingClassifier, exported node by node): baseline + Σ leaf values, where a
    sample goes left at a node when its feature is ≤ the node's threshold (a NaN goes right)."""

    baseline: float
    feature: np.ndarray  # trees × nodes, int
    threshold: np.ndarray  # trees × nodes
    left: np.ndarray
    right: np.ndarray
    leaf: np.ndarray  # bool
    value: np.ndarray
    within: bool = False  # reads beside_cluster_scale(features), not the features alone

    @classmethod
    def from_json(cls, d: Mapping[str, Any]) -> Trees:
        """The exported ensemble (its "depth", the deepest leaf's, is not needed to walk it)."""
        trees = d["trees"]
        width = max(len(t["feature"]) for t in trees)

        def pad(key: str, dtype: type, fill: float) -> np.ndarray:
            out: np.ndarray = np.full((len(trees), width), fill, dtype=dtype)
            for k, t in enumerate(trees):
                out[k, : len(t[key])] = t[key]
            return out

        return cls(
            baseline=float(d["baseline"]),
            feature=pad("feature", np.int64, 0),
            threshold=pad("threshold", np.float64, 0.0),
            left=pad("left", np.int64, 0),
            right=pad("right", np.int64, 0),
            leaf=pad("leaf", np.bool_, 1),
            value=pad("value", np.float64, 0.0),
            within=bool(d.get("within", False)),
        )

    @cached_property
    def _masks(self) -> _Masks:
        """The ensemble as bit masks (QuickScorer, Lucchese et al., SIGIR 2015): each tree's
        leaves numbered left to right, one bit each. A node whose test fails (feature >
        threshold) rules out the leaves of its left subtree, and the leaf a sample reaches is
        the leftmost one no failed node rules out. Per feature, its thresholds sorted; a value
        above the first b of them fails exactly the nodes of those b thresholds, so row b of
        the feature's block in ``table`` holds, per tree, the leaves those failures leave."""
        n_trees, width = self.feature.shape
        left_leaves = np.zeros((n_trees, width), dtype=np.int64)  # a node's left subtree's bits
        values = np.zeros((n_trees, MAX_LEAVES))
        for t in range(n_trees):
            left, right, leaf = self.left[t].tolist(), self.right[t].tolist(), self.leaf[t].tolist()
            count = 0
            below: dict[int, int] = {}  # node → the bits of its leaves
            stack = [(0, False)]
            while stack:  # children before their parent, left before right
                node, visited = stack.pop()
                if leaf[node]:
                    if count == MAX_LEAVES:
                        raise ValueError(f"a tree of more than {MAX_LEAVES} leaves")
                    below[node] = 1 << count
                    values[t, count] = self.value[t, node]
                    count += 1
                elif visited:
                    left_leaves[t, node] = below[left[node]]
                    below[node] = below[left[node]] | below[right[node]]
                else:
                    stack += [(node, True), (right[node], False), (left[node], False)]
        inner = ~self.leaf
        every = (1 << MAX_LEAVES) - 1
        cuts: list[tuple[int, np.ndarray, int]] = []
        blocks: list[np.ndarray] = []
        start = 0
        for f in np.unique(self.feature[inner]).tolist():
            trees, nodes = np.nonzero(inner & (self.feature == f))
            thresholds = self.threshold[trees, nodes]
            cut = np.unique(thresholds)
            block = np.full((cut.size + 1, n_trees), every, dtype=np.uint16)
            kept = ((~left_leaves[trees, nodes]) & every).astype(np.uint16)
            np.bitwise_and.at(block, (np.searchsorted(cut, thresholds) + 1, trees), kept)
            cuts.append((f, cut, start))
            blocks.append(np.bitwise_and.accumulate(block, axis=0))
            start += cut.size + 1
        return _Masks(
            cuts=tuple(cuts),
            table=np.concatenate(blocks) if blocks else np.zeros((0, n_trees), dtype=np.uint16),
            values=values.ravel(),
            offsets=(np.arange(n_trees, dtype=np.intp) * MAX_LEAVES)[:, None],
        )

    def decision(self, x: np.ndarray) -> np.ndarray:
        # Per feature, how many of its cuts each sample's value is above (a NaN: all), then per
        # tree the AND of the masks those rows hold (no feature tested: all ones, the one
        # leaf), its lowest bit, that leaf's value. The same leaves as walking each tree, summed
        # tree by tree in the same order: the same scores to the bit (tests/test_speed_paths.py).
        # For the seed's 74 sentences and 300 trees 0.23 ms, against 0.93 ms for the
        # level-by-level walk it replaced.
        masks = self._masks
        samples = np.asarray(x, dtype=np.float64)
        rows = np.empty((len(masks.cuts), samples.shape[0]), dtype=np.intp)
        for k, (f, cut, start) in enumerate(masks.cuts):
            np.add(cut.searchsorted(samples[:, f]), start, out=rows[k])
        left = np.bitwise_and.reduce(masks.table.take(rows, axis=0), axis=0)  # samples × trees
        reached = _lowest_bits().take(left.T) + masks.offsets  # trees × samples
        leaves = np.ascontiguousarray(masks.values.take(reached))
        return np.asarray(self.baseline + leaves.sum(axis=0))


class _Masks(NamedTuple):
    """``Trees._masks``: per feature the trees test, (its column, its sorted thresholds, its
    block's first row in ``table``); ``table``, rows of feature blocks by trees, each a mask of
    the tree's leaves still reachable; every leaf value, tree k's leaf j at k × MAX_LEAVES + j;
    each tree's first place in ``values``."""

    cuts: tuple[tuple[int, np.ndarray, int], ...]
    table: np.ndarray
    values: np.ndarray
    offsets: np.ndarray


@lru_cache(maxsize=1)
def _lowest_bits() -> np.ndarray:
    """The lowest set bit of every mask of MAX_LEAVES bits (0 for none): one table for every
    model a process loads (the full ones and ``ringkas eval``'s fold models)."""
    bits = np.arange(1 << MAX_LEAVES)
    lowest = np.zeros(1 << MAX_LEAVES, dtype=np.intp)
    lowest[1:] = np.log2(bits[1:] & -bits[1:]).astype(np.intp)  # exact: powers of two
    return lowest


Model = Linear | Trees


def model_from_json(d: Mapping[str, Any]) -> Model:
    return Trees.from_json(d) if "trees" in d else Linear.from_json(d)


@dataclass(frozen=True)
class SummaryModel:
    """Per language, the model trained on every training cluster."""

    features: tuple[str, ...]
    full: Mapping[str, Model]

    def for_cluster(self, language: str, holdout: str = "") -> Model:
        """The model for a cluster; for a training cluster (``holdout`` = its key) the fold model
        that never saw it (those live in a second file, read only when asked for)."""
        lang = language if language in self.full else "id"
        if holdout:
            folds, fold_of = load_folds()
            fold = fold_of.get(holdout)
            if fold is not None:
                return folds[lang][fold]
        return self.full[lang]


def _read(name: str) -> dict[str, Any]:
    raw = files("ringkas.select").joinpath(name).read_bytes()
    if name.endswith(".gz"):
        import gzip  # the folds only: the CLI's cold start never reads them

        raw = gzip.decompress(raw)
    data: dict[str, Any] = json.loads(raw)
    if tuple(data["features"]) != ALL_FEATURES:
        raise ValueError("summary model was trained on other features: run `make model-summary`")
    return data


@lru_cache(maxsize=1)
def load_model() -> SummaryModel:
    """The model shipped in the package (one model per language, 0.9 MB of JSON)."""
    data = _read(MODEL_FILE)
    return SummaryModel(
        features=tuple(data["features"]),
        full={lang: model_from_json(m) for lang, m in sorted(data["full"].items())},
    )


@lru_cache(maxsize=1)
def load_folds() -> tuple[Mapping[str, tuple[Model, ...]], Mapping[str, int]]:
    """The cross-validation models and each training cluster's fold (``ringkas eval`` only)."""
    data = _read(FOLDS_FILE)
    folds = {
        lang: tuple(model_from_json(m) for m in ms) for lang, ms in sorted(data["folds"].items())
    }
    return folds, dict(data["fold_of"])


@dataclass(frozen=True)
class Learned:
    """Each sentence's learned score: in Indonesian the log-odds of being in the ROUGE oracle
    summary; in English the ROUGE-1 + ROUGE-2 precision it is expected to have against the
    references (English digests fill the budget, so only the order counts; select.train).
    ``holdout``: the key of a training cluster being evaluated; its fold's model (which never
    saw it) scores it."""

    holdout: str = ""

    def __call__(self, c: Candidates) -> np.ndarray:
        model = load_model().for_cluster(c.language, self.holdout)
        x = all_features(c)
        if model.within:
            x = beside_cluster_scale(x, c.eligible())
        return model.decision(x)


@dataclass(frozen=True)
class Ranked:
    """Best score first: take each sentence that fits the budget and repeats none already taken
    (cosine ≤ redundancy), until nothing else fits — extractive summarizers' usual decoding.

    ``expected``: also stop once the summary is as long as the model expects the oracle summary
    to be (Σ probability × words over the eligible sentences): the word budget is a ceiling, and
    a summary as long as the references want (IndoSum's are ~58 words) scores better than one
    padded to 100; Multi-News references run to ~230 words, so there the budget binds."""

    redundancy: float = 0.5
    expected: bool = True
    min_share: float = 0.5  # ...but a digest fills at least this share of the budget
    anchor: bool = True  # open with the anchor report's first eligible sentence
    # Several articles: take each article's best sentence before any article's second (articles
    # by their best score), as round-robin Lead does with positions.
    spread: bool = False
    # A sentence opening with a reference back ("Data tersebut ...", "He said ...";
    # select.cohesion) joins only after the sentence before it in its article.
    cohesive: bool = True
    # Languages whose digests fill the budget instead of stopping at the expected oracle length:
    # English, whose references (Multi-News, ~260 words) want more than any 100-word budget, and
    # whose model (then a logistic regression on 250 clusters; now its scores are expected ROUGE
    # precisions, not oracle log-odds) expected shorter oracle summaries than its labels hold
    # (multinews-dev, cross-validated: 35.0 R-1 filled, 33.9 stopped).
    fill_languages: tuple[str, ...] = ()
    # Repeats within one article: sentences of one report elaborate rather than repeat each
    # other, so they may be closer than two outlets' paraphrases of one fact (None: the same
    # threshold; indosum-single, cross-validated: R-1 69.4 at 0.5, 68.4 at 0.35).
    same_article_redundancy: float | None = None

    def __call__(self, c: Candidates, scores: np.ndarray, budget: int) -> tuple[int, ...]:
        from ringkas.select.base import anchor_lead
        from ringkas.select.cohesion import cohesive_order, leaning

        eligible = np.flatnonzero(c.eligible())
        order = sorted(eligible.tolist(), key=lambda i: (-float(scores[i]), i))
        if self.spread:
            rank: dict[str, int] = {}
            depth = []
            for i in order:
                article = c.sentences[i].article_id
                depth.append(rank.get(article, 0))
                rank[article] = depth[-1] + 1
            order = [i for _, _, i in sorted(zip(depth, range(len(order)), order, strict=True))]
        enough = float(budget)
        if self.expected and len(order) and c.language not in self.fill_languages:
            probability = 1.0 / (1.0 + np.exp(-scores[eligible]))
            words = np.asarray(c.word_counts, dtype=np.float64)[eligible]
            enough = max(float(probability @ words), self.min_share * budget)
        chosen: list[int] = list(anchor_lead(c, budget)[:1]) if self.anchor else []
        used = sum(c.word_counts[i] for i in chosen)
        leans = leaning(c) if self.cohesive else np.zeros(c.size, dtype=bool)
        limit = min(enough, budget)
        if used >= limit:
            return tuple(chosen)
        for k in cohesive_order(
            c, order, chosen, leans, lambda k: self._fits(c, chosen, k, budget)
        ):
            chosen.append(k)
            used += c.word_counts[k]
            if used >= limit:
                break
        return tuple(chosen)

    def _fits(self, c: Candidates, chosen: Sequence[int], i: int, budget: int) -> bool:
        from ringkas.select.base import fits

        return fits(c, chosen, i, budget, self.redundancy, self.same_article_redundancy)
