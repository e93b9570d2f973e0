"""Indonesian (and English) sentence splitting that keeps every sentence's character span.

No library fits (DEPENDENCIES.md: pysbd has no Indonesian; syntok, blingfire and spaCy split after
"Tn." or "Jl."; Punkt has no Indonesian model), so: every line break ends a sentence; inside a line,
a boundary is ``.``/``!``/``?`` (plus closing quotes or brackets) followed by space and a capital,
digit or opening quote, or by a closing quote (or, after a lower-case word, nothing) and a
capitalised word with no space between (a scraper lost a paragraph break there) — unless the word
before the period is an abbreviation or an initial, or the period sits inside a quotation or
parenthesis that closes later on the same line; a line's list marker ("- ", "2) ") is no part of
its first sentence. Dates like
"(24/4/2019)", amounts like "Rp 14.200", times like "10.30 WIB" and domains like "Fajar.CO.ID" never
have a space after their periods, so they never look like a boundary in the first place.
"""

from __future__ import annotations

import re

from ringkas.model import Sentence, Span
from ringkas.text.abbreviations import blocking

_BOUNDARY = re.compile(
    # (one stop, then any more: a class first lets the engine skip to a stop, select.learned.
    # _NUMBERS; "[.!?…]+" tried a match at every character, s39: 0.14 -> 0.07 ms on the seed)
    r"[.!?…][.!?…]*(?:[\"”’')\]]*(?=\s+[\"“‘(\[]?[A-Z0-9À-Þ])"
    # a quotation's end glued to the next sentence, as a scraper that lost a paragraph break
    # leaves it: "… as much."We're told …", "… ke Poso.”Kita berharap …", "… with him."I had
    # never …" (s19: "I" or "A" before a lower-case word opens a sentence too) (one pattern that
    # opens with the stop, so the engine skips to a stop as fast as with one alternative)
    r"|[\"”]+(?=[“‘']?(?:[A-ZÀ-Þ][a-zà-ÿ'’]|[AI] [a-z]))"
    # ... and a sentence glued to the next one without its quote (s18): "… car wash last
    # month.Kanasho Johns, 27, …", "… berbagai negara.Momentum ini …" (two lower-case letters
    # before the stop, a capitalised word after it: not "Fajar.CO.ID", "a.m.The", "kompas.com")
    r"|(?<=[a-zà-ÿ]{2}[.!?])(?=[A-ZÀ-Þ][a-zà-ÿ])"
    # ... or after a closing bracket or a year (s33: "… (18/7).Bahkan Partai …", "… on
    # January 8, 2014.City leaders say …"; not "W88.News", a name, nor "2.Mobil", a list)
    r"|(?<=\)[.!?])(?=[A-ZÀ-Þ][a-zà-ÿ])|(?<=\b(?:19|20)\d\d[.])(?=[A-ZÀ-Þ][a-zà-ÿ]{2}))"
)
_LINE = re.compile(r"[^\n]+")
# What a sentence, or a page's line of prose, ends with: a stop, a closing quotation mark or a
# bracket (select.base.ends_terminal; ingest.body.TERMINAL, which also allows trailing space).
CLOSING = '.!?"”’)'
# After a quotation that ends in "!" or "?", its speaker: one to three capitalised words, then a
# verb of saying ('"Okay!" Weiner said loudly.', '“How?” Larson asks him.', '"Ayo!" Budi berkata
# …'; s20). The quotation and its attribution are one sentence, as '"…," he said.' is. A pronoun
# in capitals opens a sentence of its own ('… period!” He said liberals “get a pass” …').
_ATTRIBUTION = re.compile(
    r"\s+(?!(?:He|She|They|It|We|You|Dia|Ia|Mereka)\s)(?:[A-ZÀ-Þ][\w.'’-]*\s+){1,3}(?:said|says|asked|asks|told|tells|added|adds|shouted"
    r"|yelled|screamed|replied|wrote|writes|recalled|explained|continued|joked|exclaimed|cried"
    r"|laughed|berkata|bertanya|berteriak|menambahkan|menjawab)\b"
)
_INITIALS = re.compile(r"^(?:[A-Z]\.)*[A-Z]$")  # "B", "B.J" before the final period
_PAIRS = {"“": "”", "‘": "’", "(": ")", "[": "]"}
_MARKS = re.compile(r"[“”‘’()\[\]\"]")


def _protected(line: str) -> list[tuple[int, int]]:
    """Open/close index pairs of quotations and brackets that close on the same line."""
    spans: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    straight_open = -1
    for mark in _MARKS.finditer(line):
        i, ch = mark.start(), mark.group(0)
        if ch in _PAIRS:
            stack.append((ch, i))
        elif stack and ch == _PAIRS[stack[-1][0]]:
            spans.append((stack.pop()[1], i))
        elif ch == '"':
            before = line[i - 1] if i else " "
            after = line[i + 1] if i + 1 < len(line) else " "
            if straight_open < 0 and (before.isspace() or before in "([") and not after.isspace():
                straight_open = i
            elif straight_open >= 0 and not before.isspace():
                spans.append((straight_open, i))
                straight_open = -1
    return spans


_BEFORE_A_NUMBER = frozenset({"no", "nos"})


def _is_abbreviation(line: str, period: int, language: str) -> bool:
    """True when the word ending at ``line[period] == '.'`` is an abbreviation or an initial."""
    start = period
    while start > 0 and not line[start - 1].isspace():
        start -= 1
    word = line[start:period].lstrip('"“‘([')
    if not word:
        return False
    if _INITIALS.match(word):
        return True
    if word.lower() in _BEFORE_A_NUMBER:  # "No. 5"; but "He said no. Then …" ends (s22)
        return line[period + 1 : period + 3].strip()[:1].isdigit()
    if word == "v":  # a case's parties: "Kimble v. Marvel", "Roe v. Wade" (s23)
        return line[period + 1 : period + 3].strip()[:1].isupper()
    if word.lower() in blocking(language):
        return True
    # a title after a hyphen: "then-Gov. Jerry Brown", "ex-Sen. Bob Dole" (s22)
    tail = word.rpartition("-")[2]
    return tail != word and tail[:1].isupper() and tail.lower() in blocking(language)


def _boundaries(line: str, language: str) -> list[int]:
    """End offsets (exclusive) of the sentences within one line."""
    found = list(_BOUNDARY.finditer(line))
    if not found:
        return [len(line)]
    protected = _protected(line)
    ends: list[int] = []
    for m in found:
        # A single period may close an abbreviation; "..." and "!"/"?" always end a sentence.
        single_period = m.group(0).startswith(".") and not m.group(0).startswith("..")
        if single_period and _is_abbreviation(line, m.start(), language):
            continue
        if any(open_ < m.start() and m.end() - 1 < close for open_, close in protected):
            continue
        if m.group(0)[-1:] in '"”' and m.group(0)[0] in "!?" and _ATTRIBUTION.match(line, m.end()):
            continue
        end = m.end()
        if line[end - 1] == '"' and end < len(line) and not line[end].isspace():
            # a straight quote glued between two sentences closes the first only when one is
            # open before it; else it opens the second (s19: '… about his red shoes."Tavin was
            # not a gang member. …," LAPD Det. Christopher Barling said.').
            first = m.start() + len(m.group(0).rstrip('"'))
            if line.count('"', 0, first) % 2 == 0:
                end = first
            elif end - first > 1:
                # two glued: the first closes this quotation and the second opens the next
                # ('… on anyone.""It's been long awaited. …')
                end = first + 1
        ends.append(end)
    ends.append(len(line))
    return ends


# A list item's marker before a line's first sentence: "- Rekor tak terkalahkan …", "• …",
# "2) Qua economics, …", "(2) Setiap orang …", "3. …" (s18). The sentence starts after it: a
# digest quotes the item, not its bullet (an em dash opens speech and stays).
_LIST_MARKER = re.compile(r"[ \t]*(?:[-–•·▪►■●*]|\(?\d{1,2}\)|\d{1,2}\.)[ \t]+(?=\S)")


_MARKER_FIRST = frozenset(" \t-–•·▪►■●*(0123456789")


def split_sentences(article_id: str, body: str, language: str = "id") -> tuple[Sentence, ...]:
    """Split a cleaned body into sentences whose spans index ``body`` exactly; a line's list
    marker ("- ", "2) ") is no sentence's part."""
    out: list[Sentence] = []
    for line_match in _LINE.finditer(body):
        line = line_match.group(0)
        offset = line_match.start()
        marker = _LIST_MARKER.match(line) if line[:1] in _MARKER_FIRST else None
        begin = marker.end() if marker else 0
        for end in _boundaries(line, language):
            if end <= begin:
                continue
            piece = line[begin:end]
            stripped = piece.strip()
            if stripped:
                start = offset + begin + (len(piece) - len(piece.lstrip()))
                out.append(
                    Sentence(article_id, len(out), Span(start, start + len(stripped)), stripped)
                )
            begin = end
    return tuple(out)
