"""The systems ringkas is measured against, all fed ringkas's own sentence split and stems.

Lead and round-robin lead (the news baselines), seeded Random (the floor), a greedy ROUGE Oracle
(the ceiling), and sumy's LexRank, TextRank, LSA, Luhn, SumBasic and KL-Sum (the `bench` extra:
sumy has no Indonesian resources and its tokenizer needs NLTK data that cannot be downloaded here,
so it gets ringkas's splitter, Sastrawi stemmer and stopwords).
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from ringkas.errors import MissingExtraError
from ringkas.pipeline import Prepared
from ringkas.text.tokens import count_words, stem, stopwords, words

# A peer returns sentence texts in reading order; the caller truncates to the word budget.
Peer = Callable[[Prepared, Sequence[str], int], list[str]]


def reaching(order: Sequence[int], words: Sequence[int], budget: int) -> list[int]:
    """In order of preference, sentences until they reach the budget: the last one may go past
    it, and the caller cuts the text at the budget's word (as ROUGE-1.5.5's ``-l`` does)."""
    kept: list[int] = []
    used = 0
    for i in order:
        if used >= budget:
            break
        kept.append(i)
        used += words[i]
    return kept


def _fill(texts: Sequence[str], budget: int) -> list[str]:
    counts = [count_words(text) for text in texts]
    return [texts[i] for i in reaching(range(len(texts)), counts, budget)]


def lead_order(prepared: Prepared) -> list[int]:
    """Lead's order of preference: the first article's sentences (canonical order)."""
    first = prepared.sentences[0].article_id
    return [i for i, s in enumerate(prepared.sentences) if s.article_id == first]


def round_robin_order(prepared: Prepared) -> list[int]:
    """Round-robin Lead's: every article's first sentence, then every second, and so on."""
    by_article: dict[str, list[int]] = {}
    for i, s in enumerate(prepared.sentences):
        by_article.setdefault(s.article_id, []).append(i)
    depth = max(len(v) for v in by_article.values())
    return [v[k] for k in range(depth) for _, v in sorted(by_article.items()) if k < len(v)]


def lead(prepared: Prepared, references: Sequence[str], budget: int) -> list[str]:
    """The first sentences of the first article (canonical order)."""
    return _fill([prepared.sentences[i].text for i in lead_order(prepared)], budget)


def lead3(prepared: Prepared, references: Sequence[str], budget: int) -> list[str]:
    """Lead-3: the first three sentences of the first article (the IndoSum and Multi-News
    papers' baseline), however many words they hold (the caller truncates to the budget)."""
    return [prepared.sentences[i].text for i in lead_order(prepared)[:3]]


def round_robin_lead(prepared: Prepared, references: Sequence[str], budget: int) -> list[str]:
    """First sentence of every article, then every second sentence, and so on."""
    return _fill([prepared.sentences[i].text for i in round_robin_order(prepared)], budget)


def random_sentences(prepared: Prepared, references: Sequence[str], budget: int) -> list[str]:
    """Seeded random sentences: the floor."""
    texts = [s.text for s in prepared.sentences]
    random.Random(len(texts)).shuffle(texts)
    return _fill(texts, budget)


def _tokens(text: str, language: str) -> list[str]:
    from ringkas.evaluate.rouge import IndonesianTokenizer

    tokens = IndonesianTokenizer().tokenize(text)
    return [stem(t, "en") for t in tokens] if language == "en" else tokens


def _grams(tokens: Sequence[str], n: int) -> Counter[tuple[str, ...]]:
    return Counter(tuple(tokens[k : k + n]) for k in range(len(tokens) - n + 1))


def _f1(system: Counter[tuple[str, ...]], reference: Counter[tuple[str, ...]]) -> float:
    overlap = sum((system & reference).values())
    if not overlap:
        return 0.0
    p, r = overlap / sum(system.values()), overlap / sum(reference.values())
    return 2 * p * r / (p + r)


def oracle_indices(
    prepared: Prepared,
    references: Sequence[str],
    budget: int,
    candidates: Sequence[int] | None = None,
) -> list[int]:
    """Greedy ROUGE oracle (Nallapati et al. 2017; Kedzie et al. 2018): add the sentence that
    raises ROUGE-1 + ROUGE-2 F1, averaged over the references, most, while one raises it and the
    words stay within the budget. Own n-gram counts (rouge-score per candidate is too slow for
    100-sentence clusters); tokens as the Indonesian ROUGE tokenization, Snowball-stemmed for
    English. ``candidates``: the sentence indices allowed (default: all of 4..80 words)."""
    c = prepared.candidates
    language = prepared.language
    refs = [_tokens(r, language) for r in references]
    ref_grams = [(_grams(r, 1), _grams(r, 2)) for r in refs if r]
    if not ref_grams:
        return []
    tokens = [_tokens(s.text, language) for s in c.sentences]
    pool = (
        list(candidates)
        if candidates is not None
        else [i for i in range(c.size) if 4 <= c.word_counts[i] <= 80]
    )
    chosen: list[int] = []
    best = 0.0
    used = 0
    while used < budget:
        top: tuple[float, int] | None = None
        for i in pool:
            if i in chosen or used + c.word_counts[i] > budget:
                continue
            joined = [t for j in sorted([*chosen, i]) for t in tokens[j]]
            g1, g2 = _grams(joined, 1), _grams(joined, 2)
            value = sum(_f1(g1, r1) + _f1(g2, r2) for r1, r2 in ref_grams) / len(ref_grams)
            if top is None or value > top[0]:
                top = (value, i)
        if top is None or top[0] <= best:
            break
        best = top[0]
        chosen.append(top[1])
        used += c.word_counts[top[1]]
    return sorted(chosen)


def oracle(prepared: Prepared, references: Sequence[str], budget: int) -> list[str]:
    """The greedy ROUGE oracle's sentences: the ceiling extraction can reach (it reads the
    references, so it is a bound, never a peer to beat)."""
    return [prepared.sentences[i].text for i in oracle_indices(prepared, references, budget)]


class _Tokenizer:
    """sumy's tokenizer interface, answered by ringkas's own text layer."""

    def __init__(self, language: str) -> None:
        self.language = language

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        from ringkas.text.sentences import split_sentences

        return tuple(s.text for s in split_sentences("x", paragraph, self.language))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return words(sentence)


SUMY = {
    "sumy-lexrank": "sumy.summarizers.lex_rank:LexRankSummarizer",
    "sumy-textrank": "sumy.summarizers.text_rank:TextRankSummarizer",
    "sumy-lsa": "sumy.summarizers.lsa:LsaSummarizer",
    "sumy-luhn": "sumy.summarizers.luhn:LuhnSummarizer",
    "sumy-sumbasic": "sumy.summarizers.sum_basic:SumBasicSummarizer",
    "sumy-kl": "sumy.summarizers.kl:KLSummarizer",
}


def sumy_peer(name: str) -> Peer:
    """A sumy summarizer given ringkas's sentences, stems and stopwords; its best-rated
    sentences, as many as it takes to reach the budget, in reading order."""
    rank = sumy_ranking(name)

    def run(prepared: Prepared, references: Sequence[str], budget: int) -> list[str]:
        return best_in_reading_order(prepared, rank(prepared), budget)

    return run


def best_in_reading_order(prepared: Prepared, ranked: Sequence[int], budget: int) -> list[str]:
    """The best-ranked sentences until they reach the budget (``reaching``), in reading order
    (sumy's document order is the sentences')."""
    kept = reaching(ranked, prepared.candidates.word_counts, budget)
    return [prepared.sentences[i].text for i in sorted(kept)]


def sumy_ranking(name: str) -> Callable[[Prepared], list[int]]:
    """A sumy summarizer's order of preference: every sentence (an index into
    ``prepared.sentences``), best-rated first, ties in reading order. sumy hands a callable
    count its sentences so ordered; its six rankers rate every sentence without looking at the
    count, so the best-rated prefix that reaches a budget is the choice asking for 1, 2, 3, ...
    sentences until the budget is met would make, in one call instead of one per count."""
    try:
        import importlib

        from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
    except ImportError:
        raise MissingExtraError("bench", "sumy") from None
    module, cls = SUMY[name].split(":")
    summarizer_cls: Any = getattr(importlib.import_module(module), cls)
    if hasattr(summarizer_cls, "_create_dictionary"):
        summarizer_cls = _sorted_rows(summarizer_cls)

    def rank(prepared: Prepared) -> list[int]:
        language = prepared.language
        summarizer = summarizer_cls(lambda w: stem(w.lower(), language))
        summarizer.stop_words = stopwords(language)
        tokenizer = _Tokenizer(language)
        paragraphs = []
        positions: list[int] = []  # sumy's document order -> index into prepared.sentences
        for article in prepared.articles:
            mine = [i for i, s in enumerate(prepared.sentences) if s.article_id == article.id]
            if mine:
                paragraphs.append(
                    Paragraph([Sentence(prepared.sentences[i].text, tokenizer) for i in mine])
                )
                positions += mine
        ranked: list[int] = []

        def everything(infos: Sequence[Any]) -> list[Any]:
            ranked.extend(positions[info.order] for info in infos)
            return []

        summarizer(ObjectDocumentModel(paragraphs), everything)
        return ranked

    return rank


def _sorted_rows(summarizer_cls: Any) -> Any:
    """sumy's LSA numbers its matrix rows in the order of a frozenset of stems, which follows
    Python's string hash seed; the SVD then breaks near-ties differently in each process
    (indosum-multi R-1 36.96, 37.16 and 37.19 under PYTHONHASHSEED 1, 0 and 2). Rows in sorted
    order: one figure in every run."""

    class SortedRows(summarizer_cls):  # type: ignore[misc]
        def _create_dictionary(self, document: Any) -> dict[str, int]:
            return {w: i for i, w in enumerate(sorted(super()._create_dictionary(document)))}

    return SortedRows


PEERS: dict[str, Peer] = {
    "lead": lead,
    "lead-3": lead3,
    "round-robin-lead": round_robin_lead,
    "random": random_sentences,
    "oracle": oracle,
}
