"""A pattern's twin for ASCII text: the same matches, found with byte tables.

In a ``str`` pattern, ``\\w``, ``\\d``, ``\\s``, ``\\b`` and case-blind letters are Unicode's: the
regex engine looks each character up in the Unicode database. On text of ASCII characters only
(``str.isascii``, which CPython answers without reading the text) the same pattern compiled with
``re.ASCII`` finds exactly the same matches, spans and groups — the two readings differ only on
other characters — with a table lookup per character instead (10–35% faster on the seed's ASCII
sentences, 90% of them, for the date, number and name patterns; docs/design.md, s36).
"""

from __future__ import annotations

import re

# Every pattern given a twin, with it: tests/test_speed_paths.py holds each pair equal.
TWINS: list[tuple[re.Pattern[str], re.Pattern[str]]] = []


def ascii_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` compiled with ``re.ASCII``: use it on text for which ``text.isascii()``."""
    twin = re.compile(pattern.pattern, (pattern.flags & ~re.UNICODE) | re.ASCII)
    TWINS.append((pattern, twin))
    return twin
