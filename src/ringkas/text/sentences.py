"""Indonesian sentence splitting with character spans (placeholder: being replaced)."""

from __future__ import annotations

import re

from ringkas.model import Sentence, Span

_END = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")


def split_sentences(article_id: str, body: str) -> tuple[Sentence, ...]:
    """Split a cleaned body into sentences whose spans index ``body``."""
    out: list[Sentence] = []
    for m in _END.finditer(body):
        text = m.group(0)
        lead = len(text) - len(text.lstrip())
        text = text.strip()
        if not text:
            continue
        start = m.start() + lead
        out.append(Sentence(article_id, len(out), Span(start, start + len(text)), text))
    return tuple(out)
