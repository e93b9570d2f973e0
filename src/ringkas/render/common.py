"""Pieces every renderer shares: source numbers, outlet labels, counts, the method line."""

from __future__ import annotations

import re
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
    """An outlet label as people read it: unnamed pages as "unnamed outlet: FILE"."""
    return m.outlet("", label) if label in unnamed(digest) else label


def outlet_labels(digest: Digest, labels: Iterable[str], m: Messages) -> str:
    return ", ".join(outlet_label(digest, x, m) for x in labels)


def with_unnamed(digest: Digest, text: str, m: Messages) -> str:
    """A core sentence (a conflict's description) with each unnamed page's id shown as unnamed."""
    for article_id in sorted(unnamed(digest), key=lambda x: (-len(x), x)):
        pattern = rf"(?<![\w.-]){re.escape(article_id)}(?![\w-])"
        shown = m.outlet("", article_id).replace("\\", "\\\\")  # a literal replacement
        text = re.sub(pattern, shown, text)
    return text


def evidence_outlet(digest: Digest, outlet: str, article_id: str, m: Messages) -> str:
    """Who printed a piece of evidence (its outlet label is the id when the page names none)."""
    return outlet_label(digest, outlet or article_id, m)


def method_line(digest: Digest, m: Messages) -> str:
    """ "Method: anchored-ilp — the lead of ..." (the settings are in the JSON)."""
    info = digest.method
    if info.description:
        return m("Method: {name} — {description}", name=info.name, description=m(info.description))
    return m("Method: {name}", name=info.name)


def entity_kind(kind: str, m: Messages) -> str:
    return m({"person": "person", "place": "place", "org": "organisation"}.get(kind, "other"))
