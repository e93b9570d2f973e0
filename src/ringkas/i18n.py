"""The message catalogue: every string a person reads in a digest (text, Markdown, HTML) and on the
web page, in Indonesian and English, through the standard gettext machinery.

Sources: ``locale/<lang>/LC_MESSAGES/ringkas.po`` (msgids in English); ``make messages`` compiles
them to the ``.mo`` files shipped beside them (tests/test_i18n.py checks they match). A digest
speaks the language of its articles; anything else falls back to Indonesian.
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ringkas.model import Digest

LOCALE_DIR = Path(__file__).resolve().parent / "locale"
DOMAIN = "ringkas"
LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"


def language_of(digest: Digest) -> str:
    """The digest's language: its articles' (all summarized articles share one)."""
    found = digest.sources[0].language if digest.sources else DEFAULT_LANGUAGE
    return found if found in LANGUAGES else DEFAULT_LANGUAGE


@lru_cache(maxsize=len(LANGUAGES))
def translations(language: str) -> gettext.GNUTranslations:
    """The compiled catalogue of a language (Indonesian for any other)."""
    lang = language if language in LANGUAGES else DEFAULT_LANGUAGE
    found = gettext.translation(DOMAIN, LOCALE_DIR, languages=[lang])
    assert isinstance(found, gettext.GNUTranslations)
    return found


# Notes the core writes (in English, so the JSON stays stable) → their catalogue msgid; the named
# groups fill the msgid's {fields}. The web page gets the same table from /v1/messages.
NOTE_PATTERNS: tuple[tuple[str, str], ...] = (
    (
        r"^single source: every sentence comes from one outlet, nothing is cross-checked$",
        "single source: every sentence comes from one outlet, nothing is cross-checked",
    ),
    (
        r"^no sentence fits the word budget and the eligibility rules$",
        "no sentence fits the word budget and the eligibility rules",
    ),
    (r"^(?P<source>.+): same text as (?P<other>.+), counted once$", "{source}: same text as {other}, counted once"),
    (
        r"^(?P<source>.+): written in (?P<found>[A-Za-z]+), not summarized as (?P<target>[A-Za-z]+)$",
        "{source}: written in {found}, not summarized as {target}",
    ),
    (r"^(?P<source>.+): no article text left after cleaning$", "{source}: no article text left after cleaning"),
    (
        r"^(?P<source>.+): a web archive's notice, not an article: never quoted$",
        "{source}: a web archive's notice, not an article: never quoted",
    ),
    (
        r"^(?P<source>.+): article body uncertain: only (?P<words>\d+) words of running prose found on a page of (?P<page>\d+) words; check what was removed with --show-removed$",
        "{source}: article body uncertain: only {words} words of running prose found on a page of {page} words; check what was removed with --show-removed",
    ),
    (
        r"^(?P<source>.+): reads like Malay; summarized as Indonesian$",
        "{source}: reads like Malay; summarized as Indonesian",
    ),
    (
        r"^Malay: summarized with the Indonesian splitter, stemmer and stopwords$",
        "Malay: summarized with the Indonesian splitter, stemmer and stopwords",
    ),
    (
        r"^(?P<source>.+): shares almost no words with the other articles, so it likely reports another event: left out of the digest$",
        "{source}: shares almost no words with the other articles, so it likely reports another event: left out of the digest",
    ),
    (
        r"^the articles seem to tell of (?P<count>\d+) different events: they share almost no words$",
        "the articles seem to tell of {count} different events: they share almost no words",
    ),
)  # fmt: skip
# Values the notes carry that are words too (language names).
NOTE_WORDS = ("Indonesian", "English", "Malay", "unknown")

# Conflict descriptions the core writes (in Indonesian: the golden JSON keeps them) → msgids; the
# Indonesian catalogue gives the same sentence back, the English one translates it. The dates they
# carry ("Kamis, 25 April 2019") change their calendar words with CALENDAR (Indonesian → English).
CONFLICT_PATTERNS: tuple[tuple[str, str], ...] = (
    (
        r"^(?P<outlet>.+?) menulis “(?P<text>.+)”, padahal (?P<day>.+?) jatuh pada hari (?P<weekday>\w+)\. Sumber lain menyebut (?P<intended>.+?), yang jatuh pada hari (?P<intended_weekday>\w+)\.$",
        "{outlet} writes “{text}”, but {day} falls on a {weekday}. Other sources give {intended}, which falls on a {intended_weekday}.",
    ),
    (
        r"^(?P<outlet>.+?) menulis “(?P<text>.+)”, padahal (?P<day>.+?) jatuh pada hari (?P<weekday>\w+)\. Sumber lain menyebut (?P<intended>.+)\.$",
        "{outlet} writes “{text}”, but {day} falls on a {weekday}. Other sources give {intended}.",
    ),
    (
        r"^(?P<outlet>.+?) menulis “(?P<text>.+)”, padahal (?P<day>.+?) jatuh pada hari (?P<weekday>\w+)\.$",
        "{outlet} writes “{text}”, but {day} falls on a {weekday}.",
    ),
    (
        r"^Media menyebut nilai berbeda untuk hal yang sama: (?P<values>.+)\.$",
        "Outlets give different values for the same thing: {values}.",
    ),
    (  # the person's name stays as printed: a group named "text" is never translated
        r"^Media menyebut umur berbeda untuk (?P<text>.+?): (?P<values>.+)\.$",
        "Outlets give different ages for {text}: {values}.",
    ),
    (  # the spellings stay as printed: a group named "text" is never translated
        r"^Media menulis nama yang sama dengan ejaan berbeda: (?P<text>.+)\.$",
        "Outlets spell the same name differently: {text}.",
    ),
)  # fmt: skip
CALENDAR: dict[str, str] = dict(
    zip(
        "Senin Selasa Rabu Kamis Jumat Sabtu Minggu Januari Februari Maret Mei Juni Juli Agustus Oktober Desember".split(),
        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March May June July August October December".split(),
        strict=True,
    )
)  # fmt: skip
_SIDE_SLIP = re.compile(r"^(?P<text>.+) → (?P<day>.+), hari (?P<weekday>\w+)$")
_CALENDAR_WORD = re.compile(r"\b(" + "|".join(CALENDAR) + r")\b")


@dataclass(frozen=True)
class Messages:
    """The catalogue of one language, with the helpers renderers use."""

    language: str

    @property
    def _t(self) -> gettext.GNUTranslations:
        return translations(self.language)

    def __call__(self, msgid: str, **fields: Any) -> str:
        text = self._t.gettext(msgid)
        return text.format(**fields) if fields else text

    def n(self, singular: str, plural: str, count: int, **fields: Any) -> str:
        return self._t.ngettext(singular, plural, count).format(n=count, **fields)

    def note(self, text: str) -> str:
        """A core note in this language (unknown notes are shown as they are)."""
        for pattern, msgid in NOTE_PATTERNS:
            m = re.match(pattern, text)
            if m:
                values = {k: (self(v) if v in NOTE_WORDS else v) for k, v in m.groupdict().items()}
                return self(msgid, **values)
        return text

    def dates(self, text: str) -> str:
        """Text carrying dates the core wrote ("Kamis, 25 April 2019") with this language's
        weekday and month names."""
        if self.language == "id":
            return text
        return _CALENDAR_WORD.sub(lambda m: CALENDAR[m.group(1)], text)

    def conflict(self, text: str) -> str:
        """A conflict's description (written by the core in Indonesian) in this language."""
        if self.language == "id":
            return text
        for pattern, msgid in CONFLICT_PATTERNS:
            m = re.match(pattern, text)
            if m:
                fields = m.groupdict()
                # the outlet's own words stay as printed; only the core's dates change language
                return self(
                    msgid, **{k: v if k == "text" else self.dates(v) for k, v in fields.items()}
                )
        return text

    def side(self, value: str, kind: str = "") -> str:
        """One side of a conflict: a value, a date, or "“Kamis (25/2)” → 25 Februari 2019, hari
        Senin" (what the outlet wrote, kept as printed, and the day it names); a name's spelling
        (``kind`` "name") as printed ("Mei Lan" is no month)."""
        if kind == "name":
            return value
        m = _SIDE_SLIP.match(value)
        if self.language == "id" or not m:
            return self.dates(value)
        return self(
            "{text} → {day}, a {weekday}",
            text=m.group("text"),
            day=self.dates(m.group("day")),
            weekday=self.dates(m.group("weekday")),
        )

    def outlet(self, outlet: str, article_id: str) -> str:
        """An outlet's name, or "unnamed outlet: FILE" when the page names none."""
        return outlet or self("unnamed outlet: {article_id}", article_id=article_id)


def messages_for(digest: Digest) -> Messages:
    return Messages(language_of(digest))


def catalogue(language: str) -> dict[str, Any]:
    """Every message of a language for the web page: msgid → text (or [singular, plural])."""
    t = translations(language)
    out: dict[str, Any] = {}
    raw: dict[Any, str] = t._catalog  # type: ignore[attr-defined]
    for key, text in raw.items():
        if key == "":
            continue  # the header
        if isinstance(key, tuple):
            msgid, index = key
            forms = out.setdefault(msgid, [])
            while len(forms) <= index:
                forms.append("")
            forms[index] = text
        else:
            out[key] = text
    return out


Translator = Callable[..., str]
