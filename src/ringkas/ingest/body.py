"""Where the article is in a flat text page: each line classed by what it is, then one block.

Article text is running prose: lines of several words that end like sentences, mostly in lower case
apart from names, next to other such lines. Page furniture is short: menu entries, headlines in Title
Case, counters, section headers ("Berita Terkait", "Terpopuler", "Tag") and the lists after them.
This follows jusText (classify each paragraph by length and form, then let its neighbours decide the
borderline ones) and Boilerpipe/BTE (the body is the stretch of the page where text is densest):

* every line gets a class and a value: prose counts its words (half when no prose line stands next
  to it: a lone teaser or caption in a list), a short or Title Case line costs a little, a line of
  known furniture ("Baca juga", captions, share counters) costs almost nothing (it sits inside bodies);
* a related-section or comment-section header ("Komentar") is a wall: the body never spans one;
* the body is the contiguous run of lines with the highest total (maximum-sum subarray), so one
  stretch of prose wins over scattered teasers, however many there are;
* a dateline ("Jakarta -", "JAKARTA, KOMPAS.com -") is a strong sign the article starts there.

The classes use only the form of a line (length, final punctuation, capitals, digits) and a few
words every Indonesian outlet uses for its furniture, never an outlet's own layout.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from ringkas.ingest.datelines import BRANDS, STATE, split_dateline
from ringkas.text.sentences import CLOSING

Kind = Literal["prose", "text", "heading", "furniture", "section"]

# Tuning (the values are in words): see docs/design.md, "plain-text body finder".
HEADING_COST = 5.0  # a short or Title Case line between two stretches of prose
FURNITURE_COST = 1.0  # "Baca juga", captions, share counters: common inside article bodies
DATELINE_BONUS = 30.0  # a paragraph that opens with a dateline
MIN_PROSE_WORDS = 6  # a sentence shorter than this is not evidence of an article
LONG_LINE_WORDS = 20  # a line this long in lower case is prose even without a final stop

SECTION = re.compile(
    r"^#*\s*(?:berita|artikel|topik|video|foto|tag|tags) (?:terkait|lainnya|terbaru|pilihan|populer|terpopuler)\b|"
    r"^#*\s*(?:berita |artikel )?(?:terpopuler|pilihan|terkini|terbaru|populer|rekomendasi(?: kami| untuk anda)?|"
    r"hot topic|konten premium|baca selengkapnya|editor'?s pick|trending|tag|tags|topik|most popular|"
    r"related(?: articles| news| stories)?)\s*:?\s*$",
    re.IGNORECASE,
)
# The heading of a comment section ("Komentar", "Komentar (3)", "Tulis Komentar"); not a share
# bar's counter ("0 Komentar") that may stand between two paragraphs, nor a "Loading..." that a
# lazy embed may leave inside an article.
_COMMENTS_HEADING = re.compile(
    r"^(?:(?:tulis |kolom |lihat )?komentar(?: pembaca| anda)?|comments?)"
    r"\s*(?:\(\d+\))?\s*$",
    re.IGNORECASE,
)
TERMINAL = re.compile(rf"[{re.escape(CLOSING)}]\s*$")
_ELLIPSIS = re.compile(r"(?:\.\.\.|…)\s*$")
_BULLET = re.compile(r"^[-–—•*·►▪]+\s*")
_ASCII_DIGIT = re.compile(r"[0-9]")
_NUMBERISH = re.compile(r"^[#+(-]?\d[\d.,:/%()+-]*$")
_STATE = re.compile(STATE)
_STANDALONE_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Za-z'.]*(?: [A-Z][A-Za-z'.]*){0,2})"
    r"(?:\s*,\s*(?P<outlet>[A-Za-z][\w.-]*(?: [A-Z][\w.]*)?)|\s*\((?P<outlet2>[A-Z][\w. ]{1,30})\))?"
    r"\s*[-–—]{1,3}\s*$"
)


@dataclass(frozen=True, slots=True)
class Line:
    """One non-empty line of the page and what it looks like."""

    text: str
    kind: Kind
    words: int
    reason: str = ""  # for furniture: which rule


_BULLET_CHARS = "-–—•*·►▪"  # what _BULLET's class holds: a line starting otherwise has none


def words_of(line: str) -> list[str]:
    if line and line[0] in _BULLET_CHARS:
        return _BULLET.sub("", line).split()
    return line.split()


def _terminal(line: str) -> bool:
    r"""Whether a line ends like a sentence: ``TERMINAL.search(line) and not
    _ELLIPSIS.search(line)`` (both patterns end in ``\s*$``, so they ask only what the line ends
    with once trailing whitespace, what ``rstrip`` strips, is gone), read before an editor's
    initials in square brackets ("... pungkasnya. [tyo]"), which end a paragraph's last
    sentence on some outlets' pages."""
    end = line.rstrip()
    if end.endswith("]") and (initials := _BRACKET_INITIALS.search(end)):
        end = end[: initials.start()]  # "... pungkasnya. [tyo]": the sentence ends before them
    return bool(end) and end[-1] in CLOSING and not end.endswith(("...", "…"))


# An editor's initials as outlets print them after an article: "rdn", "ant/ara", and with spaces
# around the slash as text copied from a tokenized corpus has them ("kid / kid") (in brackets or
# parentheses; ingest.clean strips them).
INITIALS = r"[a-z]{2,5}(?: ?/ ?[a-z]{2,5})*"
_BRACKET_INITIALS = re.compile(rf"\s+\[{INITIALS}\]$")


def capital_ratio(words: list[str]) -> float:
    """Share of the words after the first that start with a capital (Title Case headlines: high)."""
    rest = [w.strip("\"'“”‘’([{") for w in words[1:]]
    alpha = [w for w in rest if w[:1].isalpha()]
    if not alpha:
        return 0.0
    return sum(1 for w in alpha if w[0].isupper()) / len(alpha)


def _digit_share(line: str) -> float:
    # the length of line.translate(deleting "0"-"9"), counted without making the copy
    kept = len(line) - len(_ASCII_DIGIT.findall(line))
    return 1 - kept / len(line) if line else 0.0


def numeric_ratio(words: list[str]) -> float:
    # _NUMBERISH needs a digit first or second: other words skip the regex (str.isdigit holds
    # for every character "\d" matches, so the test never drops a match)
    return (
        sum(1 for w in words if (w[:1].isdigit() or w[1:2].isdigit()) and _NUMBERISH.match(w))
        / len(words)
        if words
        else 0.0
    )


def headline_like(line: str) -> bool:
    """Reads as a headline, label or menu entry: no sentence ending, short or in Title Case."""
    return _headline_like(line, words_of(line))


def _headline_like(line: str, words: list[str]) -> bool:
    """``headline_like`` given the line's ``words_of``."""
    if not words:
        return False
    if _terminal(line):
        # "Kenapa Kampung Bahari Tak Juga Bebas dari Narkoba?": a question in Title Case.
        return line.rstrip()[-1] in "?!" and capital_ratio(words) > 0.5 and len(words) <= 25
    return len(words) < 9 or (capital_ratio(words) > 0.5 and len(words) <= 25)


def classify(line: str, furniture_reason: str) -> Line:
    words = words_of(line)
    n = len(words)
    if SECTION.match(line) and n <= 8:
        return Line(line, "section", n)
    if furniture_reason == "comments" and _COMMENTS_HEADING.match(line):
        # Readers' comments follow: they read as prose, but no article goes on after them.
        return Line(line, "section", n, "comments")
    if furniture_reason:
        return Line(line, "furniture", n, furniture_reason)
    if n and (n <= 15 or _digit_share(line) > 0.2) and numeric_ratio(words) >= 0.4:
        return Line(line, "furniture", n, "counter")
    if _headline_like(line, words) and not _list_line(line, words):
        return Line(line, "heading", n)
    terminal = _terminal(line)
    if n >= MIN_PROSE_WORDS and (terminal or n >= LONG_LINE_WORDS):
        return Line(line, "prose", n)
    # Kept inside a body (a short sentence, a long line without a stop), but no evidence of one.
    return Line(line, "text", n)


def _list_line(line: str, words: list[str]) -> bool:
    """An item of a list inside an article ("- Tidak sedang menerima kredit produktif dari bank
    lain") or the line that opens one ("Berikut syarat pengajuan KUR di Bank Jatim:"): short and
    with no full stop like a headline, but of four words or more and mostly in lower case, as no
    headline, teaser or menu entry is (a related list's "- Harga Cabai Naik Lagi" stays one)."""
    return (
        (line[0] in _BULLET_CHARS or line.endswith(":"))
        and len(words) >= 4
        and capital_ratio(words) < 0.5
        and "@" not in line  # "– Follow the Ticker on Twitter: @PoliticalTicker"
        and "://" not in line
    )


def standalone_dateline(line: str) -> tuple[str, str] | None:
    """ "Jakarta -" or "Jakarta, CNN Indonesia --" alone on a line → (outlet, place)."""
    if len(line) > 60:
        return None
    filler = "." * 12  # split_dateline wants text after the dateline
    outlet, place, dateline, rest = split_dateline(f"{line} {filler}")
    if dateline and rest.strip() == filler:
        return outlet, place  # "KOMPAS.com -", "Jakarta, CNN Indonesia --"
    m = _STANDALONE_DATELINE.match(line)
    if not m:
        return None
    place, outlet = m.group("place").strip(), (m.group("outlet") or "").strip()
    if outlet and outlet.lower() not in BRANDS and _STATE.fullmatch(outlet):
        # Not an outlet but the rest of the place: a US state in a wire dateline ("MOUNT
        # DORA, Fla. -", "ALBANY, N.Y. -") was once read as the outlet "fla.".
        return "", f"{place}, {outlet}"
    return (outlet or m.group("outlet2") or "").strip(), place


def _headline(line: Line) -> bool:
    """A Title Case headline of some length, as related-article lists print before each teaser."""
    return line.kind == "heading" and line.words >= 4 and capital_ratio(words_of(line.text)) > 0.5


def _values(lines: list[Line]) -> list[float]:
    """The value of each line for the block search (see the module docstring)."""
    values: list[float] = []
    for i, line in enumerate(lines):
        if line.kind == "prose":
            # Neighbours, skipping known furniture (a "Baca juga" between two paragraphs).
            before = next(
                (lines[j] for j in range(i - 1, -1, -1) if lines[j].kind != "furniture"), None
            )
            after = next(
                (lines[j] for j in range(i + 1, len(lines)) if lines[j].kind != "furniture"), None
            )
            near = [x for x in (before, after) if x is not None]
            teaser = not any(x.kind in ("prose", "text") for x in near) and any(
                map(_headline, near)
            )
            value = line.words / 2 if teaser else float(line.words)
            if _opens_with_dateline(line.text) or (i and _dateline_before(lines, i)):
                value += DATELINE_BONUS
            values.append(value)
        elif line.kind == "text":
            values.append(0.0)
        elif line.kind == "furniture":
            values.append(-FURNITURE_COST)
        elif line.kind == "heading":
            values.append(
                -max(HEADING_COST, float(line.words)) if _headline(line) else -HEADING_COST
            )
        else:
            values.append(float("-inf"))
    return values


def _opens_with_dateline(text: str) -> bool:
    head = text[:80]  # every dateline pattern has its dash near the start: test that first
    return ("-" in head or "–" in head or "—" in head) and bool(split_dateline(text)[2])


def _dateline_before(lines: list[Line], i: int) -> bool:
    j = i - 1
    while j >= 0 and lines[j].kind == "furniture":
        j -= 1
    return j >= 0 and standalone_dateline(lines[j].text) is not None


def best_block(lines: list[Line]) -> tuple[int, int, float]:
    """(start, end exclusive, total) of the run of lines with the highest total value; the
    shortest such run (no line of value 0 at its edges); (0, 0, 0.0) when no line has value.
    A page with no prose at all ("Satu kalimat.", a short note) is judged by its other lines of
    text, so a short text on its own is its own body, while a page of menus still has none."""
    found = _max_run(_values(lines))
    if found[1]:
        return found[0], _closing_sentences(lines, found[1]), found[2]
    return _max_run(
        [
            float(x.words) if x.kind == "text" else v
            for x, v in zip(lines, _values(lines), strict=True)
        ]
    )


def _closing_sentences(lines: list[Line], end: int) -> int:
    """``end`` moved past the short sentences that close the article right after its last line
    of prose: "\"Tidak berpotensi tsunami,\" kata Rina." is too short to be evidence of an
    article (value 0), yet its last sentence. A line of at least three words that ends like a
    sentence and has a word in lower case; not a label ("(Antara)") or a sign-off."""
    while end < len(lines) and lines[end].kind == "text" and _closing(lines[end]):
        end += 1
    return end


def _closing(line: Line) -> bool:
    text = line.text.strip()
    words = [w.strip("\"'“”‘’,.") for w in words_of(text)]
    return (
        (text[:1].isalpha() or text[:1] in '"“')  # not "(ard / ard)", an editor's initials
        and _STATEMENT_END.search(text) is not None  # a statement: not "Tertarik mencoba?"
        and sum(w.isalpha() for w in words) >= 3
        and any(w[:1].islower() for w in words[1:])
        and not _SIGN_OFF.match(text)
    )


_STATEMENT_END = re.compile(r"\.[\"”’]?$")


# What a page says to its reader after an article, not part of it.
_SIGN_OFF = re.compile(
    r"^(?:semoga bermanfaat|selamat membaca|terima kasih|thanks for reading|thank you)\b", re.I
)


def _max_run(values: list[float]) -> tuple[int, int, float]:
    best = (0, 0, 0.0)
    start, total = 0, 0.0
    for i, value in enumerate(values):
        if total <= 0:
            start, total = i, 0.0
        total += value
        if value > 0 and total > best[2]:
            best = (start, i + 1, total)
    s, e, score = best
    while s < e and values[s] <= 0:  # equal totals: the shorter run, so edges always carry prose
        s += 1
    return s, e, score
