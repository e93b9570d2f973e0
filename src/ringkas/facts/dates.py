"""Explicit dates (Indonesian, and English in English articles): normalized, year inferred from
context, written weekday checked.

Only dates with a day are dates here. Vague phrases ("akhir April", "pekan lalu", "Februari lalu",
"paruh kedua April", "pada 2009") name no day, so they never become a DateMention and can never be
reported as a conflict. dateparser was measured and not used (DEPENDENCIES.md): it never checks
the weekday and reads "24-25 April" as 1925.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from datetime import date

from ringkas.model import DateMention, Sentence, Span
from ringkas.text.ascii import ascii_twin
from ringkas.text.tokens import has_digit

WEEKDAYS = ("senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu")
_WEEKDAY_ALIASES = {"jum'at": "jumat", "jum’at": "jumat", "ahad": "minggu"}
MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "pebruari": 2, "feb": 2, "maret": 3, "mar": 3,
    "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "agustus": 8,
    "agu": 8, "agt": 8, "ags": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10,
    "november": 11, "nov": 11, "nop": 11, "desember": 12, "des": 12,
}  # fmt: skip
# Weekday and month words, with their variants: capitalised, but never names, counts or units.
CALENDAR_WORDS = frozenset(WEEKDAYS) | frozenset(MONTHS) | frozenset({"jum'at", "ahad"})
MONTH_NAMES = ("", "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
               "September", "Oktober", "November", "Desember")  # fmt: skip

_WD = r"(?P<wd>Senin|Selasa|Rabu|Kamis|Jum'?’?at|Sabtu|Minggu|Ahad)"
_MON = r"(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_NUMERIC = re.compile(
    rf"(?:\b{_WD},?\s*)?\(\s*(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})(?:/(?P<y>\d{{2}}|\d{{4}}))?\s*\)",
    re.IGNORECASE,
)
# "14/7/2025", and with dashes "14-7-2025" (a four-digit year: no score "2-1" is a date)
_SLASHED = re.compile(
    rf"(?:\b{_WD},?\s*)?\b(?P<d>\d{{1,2}})(?P<sep>[/-])(?P<m>\d{{1,2}})(?P=sep)(?P<y>\d{{4}})\b(?!-\d)",
    re.IGNORECASE,
)
_WORDED = re.compile(
    rf"(?:\b{_WD},?\s*)?(?P<open>\()?\s*\b(?P<d>\d{{1,2}})(?:\s*[-–]\s*(?P<d_end>\d{{1,2}}))?\s+{_MON}\b"
    rf"(?:\s+(?P<y>\d{{4}}))?(?(open)\s*\))",
    re.IGNORECASE,
)

# What every _WORDED match holds: a digit, spacing, then (in the same case-blind comparison) the
# first three letters of a month word. Sentences without it skip _WORDED, which the regex engine
# would otherwise try at every position (its optional weekday comes first).
_WORDED_QUICK = re.compile(
    r"\d\s+(?:" + "|".join(sorted({m[:3] for m in MONTHS})) + ")", re.IGNORECASE
)


# English: "Tuesday, Feb. 26, 2013", "May 24", "Sept. 3-5", "24 May 2016", "the 5th of November".
# Case-sensitive: a month is capitalised, so the modal "may" never starts a date. The written
# weekday is kept under its Indonesian name (weekday_name), as every DateMention's is.
EN_WEEKDAYS = {
    "monday": "senin", "tuesday": "selasa", "wednesday": "rabu", "thursday": "kamis",
    "friday": "jumat", "saturday": "sabtu", "sunday": "minggu",
}  # fmt: skip
EN_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}  # fmt: skip
_EN_WD = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_EN_MONTH_WORDS = "|".join(sorted((m.capitalize() for m in EN_MONTHS), key=len, reverse=True))
_EN_MON = rf"(?P<mon>{_EN_MONTH_WORDS})\b\.?"
# (the weekday may stand before the day in brackets, as Billboard writes it: "this Thursday
# (Aug. 8)"; s20)
_EN_MONTH_FIRST = re.compile(
    rf"(?:\b{_EN_WD}(?:,?\s+|\s+(?P<br>\()))?\b{_EN_MON}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"(?:\s*[-–]\s*(?P<d_end>\d{{1,2}}))?\b(?:,?\s+(?P<y>\d{{4}})\b)?(?(br)\))"
)
_EN_DAY_FIRST = re.compile(
    rf"(?:\b{_EN_WD},?\s+)?(?:\bthe\s+)?\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"(?:\s*[-–]\s*(?P<d_end>\d{{1,2}}))?\s+(?:of\s+)?{_EN_MON}(?:,?\s+(?P<y>\d{{4}})\b)?"
)
_EN_FULL_DATE_YEAR = re.compile(
    rf"\b{_EN_MON}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_EN_MONTH_WORDS})\b\.?\s+(?P<y2>\d{{4}})\b"
)


def weekday_name(day: date) -> str:
    return WEEKDAYS[day.weekday()]


def format_day(day: date) -> str:
    """ "Kamis, 25 April 2019"."""
    return f"{weekday_name(day).capitalize()}, {day.day} {MONTH_NAMES[day.month]} {day.year}"


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _weekday(raw: str | None) -> str:
    if not raw:
        return ""
    key = raw.lower()
    return _WEEKDAY_ALIASES.get(key, key.replace("'", "").replace("’", ""))


def _weekday_fits(first: date, last: int | None, written: str) -> bool:
    """Whether the written weekday is the day's, or, for a range of days in one month, its last
    day's: "Minggu - Jumat (11-17 Februari)", "Jumat & Sabtu, 29-30 September" name the range's
    days in order, the weekday right before the numbers the last one."""
    if weekday_name(first) == written:
        return True
    end = _make(first.year, first.month, last) if last else None
    return end is not None and weekday_name(end) == written


def find_dates(
    sentence: Sentence, *, year_hint: int | None, language: str = "id"
) -> tuple[DateMention, ...]:
    """Every explicit day in a sentence; offsets in the article body (sentence span + match).
    ``language``: "en" reads English dates, any other the Indonesian forms."""
    if not has_digit(sentence.text):
        return ()  # every date form here has a day number
    english = language == "en"
    months = EN_MONTHS if english else MONTHS
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    patterns: tuple[re.Pattern[str], ...]
    if english:
        patterns = (_EN_MONTH_FIRST, _EN_DAY_FIRST)
    else:
        # The two numeric forms need a "/" (or "-19"/"-20", a dashed date's year): without one,
        # only the worded form can match.
        text = sentence.text
        dashed = "-20" in text or "-19" in text
        patterns = (_NUMERIC, _SLASHED) if "/" in text else (_SLASHED,) if dashed else ()
        if _WORDED_QUICK.search(text):
            patterns += (_WORDED,)
    if sentence.text.isascii():
        patterns = tuple(_ASCII[p] for p in patterns)
    for pattern in patterns:
        for m in pattern.finditer(sentence.text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            g = m.groupdict()
            day_s, month_s, year_s = g.get("d"), g.get("m"), g.get("y")
            month = months.get(g["mon"].lower().rstrip(".")) if g.get("mon") else int(str(month_s))
            if not day_s or not month or not 1 <= month <= 12:
                continue
            written = (
                EN_WEEKDAYS[g["wd"].lower()] if english and g.get("wd") else _weekday(g.get("wd"))
            )
            inferred = year_s is None
            year = int(year_s) if year_s else year_hint
            if year is not None and year < 100:
                year += 2000
            if year is None:
                continue
            value = _make(year, month, int(day_s))
            if value is None:
                continue
            last = int(g["d_end"]) if g.get("d_end") else None
            if inferred and written and not _weekday_fits(value, last, written):
                # An inferred year can be the wrong one (December news read in January): prefer a
                # neighbouring year whose calendar matches the weekday the outlet wrote.
                for other in (year - 1, year + 1):
                    alt = _make(other, month, int(day_s))
                    if alt and _weekday_fits(alt, last, written):
                        value = alt
                        break
            end = _make(value.year, month, last) if last else None
            taken.append((m.start(), m.end()))
            lead = len(m.group(0)) - len(m.group(0).lstrip())
            start = sentence.span.start + m.start() + lead
            found.append(
                DateMention(
                    text=m.group(0).strip(),
                    value=value,
                    end=end,
                    weekday_written=written,
                    weekday_ok=not written or _weekday_fits(value, last, written),
                    year_inferred=inferred,
                    article_id=sentence.article_id,
                    sentence_index=sentence.index,
                    span=Span(start, sentence.span.start + m.end()),
                )
            )
    return tuple(sorted(found, key=lambda d: d.span.start))


# A full date's year: "05/05/2017", "30 Maret 2017" — a month's name, never any word between a
# number and a year ("UU No 31 Tahun 1999", the corruption law nearly every KPK report cites,
# made 1999 the year of its yearless days)
_MONTH_WORDS = "|".join(sorted(set(MONTHS) | set(EN_MONTHS), key=lambda w: (-len(w), w)))
_FULL_DATE_YEAR = re.compile(
    # a day's first digit before the alternatives: a class first lets the engine skip to a digit
    # (select.learned._NUMBERS; s39: 0.46 -> 0.12 ms on the seed's text)
    rf"\d(?:\d?([/-])\d{{1,2}}\1(\d{{4}})|\d?\s+(?:{_MONTH_WORDS})\.?\s+(\d{{4}}))",
    re.IGNORECASE,
)
# The date patterns' twins for ASCII text (text.ascii): the same matches, read faster.
_ASCII = {
    p: ascii_twin(p)
    for p in (
        _NUMERIC,
        _SLASHED,
        _WORDED,
        _EN_MONTH_FIRST,
        _EN_DAY_FIRST,
        _EN_FULL_DATE_YEAR,
        _FULL_DATE_YEAR,
    )
}


def year_hints(
    article_sentences: Mapping[str, Sequence[Sentence]],
    published: Mapping[str, date | None],
    languages: Mapping[str, str] | None = None,
    removed: Mapping[str, Sequence[str]] | None = None,
) -> dict[str, int | None]:
    """Per article: its publication year, else its most common full-date year, else the cluster's,
    else the most common one in what cleaning ``removed`` from the cluster's pages before their
    dateline (a photo caption's "Sunday, Nov. 11, 2018": the photo's date, not the story's, but
    a better year than none). ``languages``: article id → language; an English article's full
    dates are read as English."""

    def years(texts: Iterable[str], english: bool) -> Counter[int]:
        counts: Counter[int] = Counter()
        for text in texts:
            if not has_digit(text):
                continue  # every form holds a day number
            if english:
                full = _ASCII[_EN_FULL_DATE_YEAR] if text.isascii() else _EN_FULL_DATE_YEAR
                for m in full.finditer(text):
                    counts[int(m.group("y") or m.group("y2"))] += 1
                continue
            full = _ASCII[_FULL_DATE_YEAR] if text.isascii() else _FULL_DATE_YEAR
            for m in full.finditer(text):
                counts[int(m.group(2) or m.group(3))] += 1
        return counts

    cluster: Counter[int] = Counter()
    captions: Counter[int] = Counter()
    per: dict[str, Counter[int]] = {}
    for article_id, sentences in article_sentences.items():
        english = (languages or {}).get(article_id) == "en"
        per[article_id] = years((s.text for s in sentences), english)
        cluster.update(per[article_id])
        captions.update(years((removed or {}).get(article_id, ()), english))
    out: dict[str, int | None] = {}
    for article_id, counts in per.items():
        when = published.get(article_id)
        pool = counts or cluster or captions
        if when:
            out[article_id] = when.year
        elif not pool:
            out[article_id] = None
        elif (languages or {}).get(article_id) == "en":
            out[article_id] = min(pool, key=lambda y: (-pool[y], -y))  # a tie: the later year
        else:
            # a tie: the year written first (s29). An Indonesian report dates its own day in
            # its lead ("Senin (8/5/2017)"); later full dates are as often a history's or a
            # plan's. On indosum-single-dev: yearless days placed far from their article's
            # publication 53 -> 45 of 397 (bench.inferred_years), year hints right 527 -> 528.
            out[article_id] = min(pool, key=lambda y: -pool[y])
    return out


_NAMED_YEAR = re.compile(r"(?:19|20)\d\d")  # a year: no digit, ".", ",", "/", "-" before it


def _named_years(text: str) -> Iterator[int]:
    """The years 1900–2099 ``text`` names as numbers of their own ("sejak 2016", "(2017)"; not
    "12.2016", "2016,5", "12019"). The boundaries are checked here, not by look-arounds in the
    pattern, which made the scan 4× slower (s29)."""
    end = len(text)
    for m in _NAMED_YEAR.finditer(text):
        i, j = m.span()
        if i and (text[i - 1].isdigit() or text[i - 1] in ".,/-"):
            continue
        if j < end and (
            text[j].isdigit() or (text[j] in ".," and j + 1 < end and text[j + 1].isdigit())
        ):
            continue
        yield int(m.group())


def latest_year(
    article_id: str, bodies: Mapping[str, str], published: Mapping[str, date | None]
) -> int | None:
    """For an article (``bodies``: id → body of its cluster) with no publication date: the latest
    year from 1900 to 2099 it names, else the latest its cluster names (a year may stand alone:
    "sejak 2016", "Pilkada 2017")."""
    if published.get(article_id):
        return None
    own = max(_named_years(bodies[article_id]), default=None)
    if own is not None:
        return own
    return max((y for body in bodies.values() for y in _named_years(body)), default=None)


def latest_years(
    bodies: Mapping[str, str], published: Mapping[str, date | None]
) -> Callable[[str], int | None]:
    """``latest_year`` of an article of the cluster, read once per article when first asked
    (report_years and far_guesses share it)."""
    memo: dict[str, int | None] = {}

    def latest(article_id: str) -> int | None:
        if article_id not in memo:
            memo[article_id] = latest_year(article_id, bodies, published)
        return memo[article_id]

    return latest


# A report day ("Kamis (7/12)") is near the latest year an article names when that year is at
# least this much later than the year its full dates give (s29): a history's "4 Juni 1967" is no
# report's year.
REPORT_GAP = 5
# How near (in days) a day must stand to a date the article wrote in full with a weekday that
# fits for that date's year to be the day's (s29).
NEAR_DAYS = 92


def _confirmed(dates: Sequence[DateMention]) -> dict[str, list[date]]:
    """Per article, the days it wrote in full with a weekday that fits them."""
    out: dict[str, list[date]] = {}
    for d in dates:
        if d.weekday_written and d.weekday_ok and not d.year_inferred and d.value is not None:
            out.setdefault(d.article_id, []).append(d.value)
    return out


def kept_slips(
    dates: Sequence[DateMention], hints: Mapping[str, int | None]
) -> tuple[DateMention, ...]:
    """``dates`` with a weekday slip find_dates moved away put back. find_dates moves a yearless
    day to the year before or after the guess when that year's calendar fits the written
    weekday ("Kamis (26/12)" read in January is last December's). Where the guessed year's day
    stands within NEAR_DAYS of a day the article wrote in full with a weekday that fits, and the
    moved one near none (and the cluster never wrote it in full), the weekday is the outlet's
    slip: "Minggu (1/7)" beside "Jumat, 30 Juni 2017" is 1 July 2017, a Saturday, flagged,
    not 1 July 2018, a Sunday."""
    confirmed = _confirmed(dates)
    written = {d.value for d in dates if not d.year_inferred and d.value is not None}

    def near(day: date, article_id: str) -> bool:
        return any(abs((day - c).days) <= NEAR_DAYS for c in confirmed.get(article_id, ()))

    def kept(d: DateMention) -> DateMention:
        hint = hints.get(d.article_id)
        if (
            d.value is None
            or not (d.year_inferred and d.weekday_written)
            or hint is None
            or abs(d.value.year - hint) != 1
            or d.value in written  # written_years took the year from the day written in full
            or near(d.value, d.article_id)
        ):
            return d
        own = _make(hint, d.value.month, d.value.day)
        if own is None or not near(own, d.article_id):
            return d
        end = _make(hint, d.end.month, d.end.day) if d.end else None
        return replace(d, value=own, end=end, weekday_ok=False)

    return tuple(map(kept, dates))


def report_years(
    dates: Sequence[DateMention],
    hints: Mapping[str, int | None],
    latest: Callable[[str], int | None],
    languages: Mapping[str, str],
) -> tuple[DateMention, ...]:
    """``dates`` with an Indonesian report day's year taken from the latest year its article
    names. A yearless day whose weekday the outlet wrote ("Kamis (7/12)") is a day of the
    report, yet its year is guessed from the article's full dates, which may all be a history's:
    a December 2017 report on Jerusalem writes "4 Juni 1967" and names 2016, and Thursday 7
    December fits 1967 as well as 2017. Where the latest year named is at least REPORT_GAP
    after the guess and no full date of the article with a weekday that fits confirms the
    guessed year (or one next to it), the day moves to the latest year, the one after or the
    one before it, the first whose calendar fits the weekday. Not in English, whose weekdays
    stand apart from their days ("Monday and Tuesday, April 3 and 4" reads as a Tuesday 3
    April)."""
    confirmed = {k: {day.year for day in v} for k, v in _confirmed(dates).items()}

    def moved(d: DateMention) -> DateMention:
        hint = hints.get(d.article_id)
        if (
            d.value is None
            or not (d.year_inferred and d.weekday_written)
            or languages.get(d.article_id) == "en"
            or hint is None
            or {hint - 1, hint, hint + 1} & confirmed.get(d.article_id, set())
        ):
            return d
        year = latest(d.article_id)  # read only for an article a day may move in
        if year is None or year - hint < REPORT_GAP:
            return d
        last = d.end.day if d.end else None
        for other in (year, year + 1, year - 1):
            value = _make(other, d.value.month, d.value.day)
            if value and _weekday_fits(value, last, d.weekday_written):
                end = _make(other, d.end.month, d.end.day) if d.end else None
                return replace(d, value=value, end=end, weekday_ok=True)
        return d

    return tuple(map(moved, dates))


def far_guesses(
    dates: Sequence[DateMention], latest: Callable[[str], int | None]
) -> tuple[DateMention, ...]:
    """``dates`` without the yearless days with no written weekday whose guessed year stands at
    least REPORT_GAP before the latest year their article names: the guess comes from the
    article's full dates, which may all be a history's ("July 9, 1995", the Grateful Dead's last
    show, in a January 2015 report whose "today (Jan. 16)" and "Feb. 12-13" went to 1995), and
    no weekday says which year the day is in. Such a day is left out rather than dated in a
    wrong year (a day with a weekday is read by ``report_years`` and ``placeable``; one the
    cluster wrote in full has that year: ``written_years``)."""
    written = {d.value for d in dates if d.value is not None and not d.year_inferred}

    def far(d: DateMention) -> bool:
        if d.value is None or not d.year_inferred or d.weekday_written or d.value in written:
            return False
        year = latest(d.article_id)
        return year is not None and year - d.value.year >= REPORT_GAP

    return tuple(d for d in dates if not far(d))


def written_years(dates: Sequence[DateMention]) -> tuple[DateMention, ...]:
    """``dates`` with each yearless day that the article (else another article of the cluster)
    also wrote in full, with one year, dated in that year: "the Sept. 11 terror attacks" is
    11 September 2001 where the article wrote "Sept. 11, 2001", whatever year its other full
    dates make the likeliest guess ("Sept. 26, 2006" once, "Sept. 11, 2001" once). A written
    weekday the new day does not fit keeps the guess."""
    own: dict[tuple[str, int, int], set[int]] = {}
    cluster: dict[tuple[int, int], set[int]] = {}
    for d in dates:
        if d.value is not None and not d.year_inferred:
            day = (d.value.month, d.value.day)
            own.setdefault((d.article_id, *day), set()).add(d.value.year)
            cluster.setdefault(day, set()).add(d.value.year)

    def dated(d: DateMention) -> DateMention:
        if d.value is None or not d.year_inferred:
            return d
        day = (d.value.month, d.value.day)
        years = own.get((d.article_id, *day)) or cluster.get(day, set())
        if len(years) != 1 or d.value.year in years:
            return d
        value = _make(next(iter(years)), *day)
        if value is None or (d.weekday_written and weekday_name(value) != d.weekday_written):
            return d
        end = _make(value.year, d.end.month, d.end.day) if d.end else None
        return replace(d, value=value, end=end, weekday_ok=True)

    return tuple(map(dated, dates))


def placeable(
    dates: Sequence[DateMention], hints: Mapping[str, int | None]
) -> tuple[DateMention, ...]:
    """``dates`` without the yearless ones that cannot be placed: a written weekday that fits
    neither the year inferred for its article nor a neighbouring one, while no weekday the
    article (or else the cluster) wrote confirms that year. Then the year is the guess that
    is wrong, not the outlet: an April 2017 article on a 2002 case mostly dates 2002, and its
    "Selasa (25/4)" is no weekday slip on 25 April 2002. Where a weekday does confirm the year
    ("Senin (22/4)" beside "Kamis (25/2)" in 2019), a mismatch is still the outlet's slip."""
    confirmed: dict[str, set[int]] = {}
    for d in dates:
        if d.weekday_written and d.weekday_ok and d.value is not None:
            confirmed.setdefault(d.article_id, set()).add(d.value.year)
    anywhere = set().union(*confirmed.values()) if confirmed else set()

    def unplaceable(d: DateMention) -> bool:
        hint = hints.get(d.article_id)
        if not (d.year_inferred and d.weekday_written and not d.weekday_ok) or hint is None:
            return False
        near = {hint - 1, hint, hint + 1}
        return not (near & confirmed.get(d.article_id, set()) or near & anywhere)

    return tuple(d for d in dates if not unplaceable(d))
