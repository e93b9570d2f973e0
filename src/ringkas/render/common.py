"""Pieces every renderer shares: source numbers, outlet labels, counts, the method line."""

from __future__ import annotations

from collections.abc import Iterable

from ringkas.i18n import Messages
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


def outlet_count(sentence: SummarySentence, m: Messages) -> str:
    n = len(sentence.outlets)
    return m.n("{n} outlet", "{n} outlets", n)


def unnamed(digest: Digest) -> frozenset[str]:
    """Labels that are an article id because the page names no outlet."""
    return frozenset(s.article_id for s in digest.sources if not s.outlet)


def outlet_label(digest: Digest, label: str, m: Messages) -> str:
    """An outlet label as people read it: unnamed pages as "(unnamed outlet) FILE"."""
    return m.outlet("", label) if label in unnamed(digest) else label


def outlet_labels(digest: Digest, labels: Iterable[str], m: Messages) -> str:
    return ", ".join(outlet_label(digest, x, m) for x in labels)


def method_line(digest: Digest, m: Messages) -> str:
    """ "Method: anchored-ilp — the lead of ..." (the settings are in the JSON)."""
    info = digest.method
    if info.description:
        return m("Method: {name} — {description}", name=info.name, description=m(info.description))
    return m("Method: {name}", name=info.name)


def entity_kind(kind: str, m: Messages) -> str:
    return m({"person": "person", "place": "place", "org": "organisation"}.get(kind, "other"))
