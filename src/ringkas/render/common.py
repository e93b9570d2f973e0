"""Pieces every renderer shares: source numbers, outlet labels, removed-text listing."""

from __future__ import annotations

from ringkas.model import Digest, SummarySentence


def source_numbers(digest: Digest) -> dict[str, int]:
    """Article id → its 1-based number in the sources list."""
    return {s.article_id: n for n, s in enumerate(digest.sources, 1)}


def markers(digest: Digest, sentence: SummarySentence) -> list[int]:
    """Numbers of the sources supporting a summary sentence, quoted source first."""
    numbers = source_numbers(digest)
    first = numbers[sentence.article_id]
    rest = sorted({numbers[s.article_id] for s in sentence.supports} - {first})
    return [first, *rest]


def outlet_count(sentence: SummarySentence) -> str:
    n = len(sentence.outlets)
    return f"{n} media" if n != 1 else "1 media"


def source_name(outlet: str, article_id: str) -> str:
    return outlet or f"(tanpa nama media) {article_id}"
