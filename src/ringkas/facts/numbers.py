"""Quantities a sentence states ("9 orang", "Rp 2,5 miliar", "57,8 persen") with what they count."""

from __future__ import annotations

import re
from collections.abc import Mapping

from ringkas.facts.dates import CALENDAR_WORDS, EN_MONTHS, EN_WEEKDAYS
from ringkas.model import Mention, Sentence, Span
from ringkas.text.ascii import ascii_twin
from ringkas.text.tokens import has_digit, stopwords

_SCALE = {
    "ribu": 1e3,
    "rb": 1e3,
    "juta": 1e6,
    "jt": 1e6,
    "miliar": 1e9,
    "milyar": 1e9,
    "triliun": 1e12,
}
_WORDS = {
    "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
    "sembilan": 9, "sepuluh": 10, "sebelas": 11, "seratus": 100, "seribu": 1000,
}  # fmt: skip
# Multipliers a number word takes: "dua belas" (12), "dua puluh lima" (25), "tiga ratus" (300).
_TIMES = {"belas": 0, "puluh": 10, "ratus": 100}
_WORD_NUMBER = rf"(?:{'|'.join(_WORDS)})(?:\s+(?:{'|'.join([*_WORDS, *_TIMES])}))*"


def _first(*starts: str) -> str:
    """A lookahead for the characters a number can start with, put before the pattern's opening
    lookbehind: at every other position the engine's attempt then fails on its first test
    instead of testing the lookbehind (half the time of a sentence's search; the same matches).
    It still makes an attempt at every position: a look-around gives the engine no prefix table
    to skip with (select.learned._NUMBERS), and a case-blind class of cased letters neither."""
    return "(?=[" + re.escape("".join(sorted({start[0] for start in starts}))) + r"\d])"


_NUMBER = re.compile(
    _first("Rp", "US$", "$", *_WORDS)
    + r"(?<![\w/.,])(?P<cur>Rp\.?\s*|US\$\s*|\$\s*)?(?P<num>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?|"
    + _WORD_NUMBER
    + r")(?![\w/])(?:\s+(?P<scale>ribu|rb|juta|jt|miliar|milyar|triliun)\b)?\s*(?P<unit>%|[A-Za-z]+)?",
    re.IGNORECASE,
)
_ASCII_NUMBER = ascii_twin(_NUMBER)
# English (since s10): "1,500 points" is fifteen hundred, "2.5 million people" two and a half
# million, "$3 billion" three billion dollars; Indonesian writes "1.500" and "2,5 juta".
_EN_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_EN_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
_EN_NUMBER = re.compile(
    _first("US$", "$", "€", "£", *_EN_WORDS)
    + r"(?<![\w/.,])(?P<cur>US\$\s*|\$\s*|€\s*|£\s*)?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|"
    + "|".join(_EN_WORDS)
    + r")(?![\w/])(?:\s+(?P<scale>thousand|million|billion|trillion)\b)?\s*(?P<unit>%|[A-Za-z]+)?",
    re.IGNORECASE,
)
_EN_CURRENCY = {"$": "dollars", "us$": "dollars", "€": "euros", "£": "pounds"}
# Words after an English number that say it is a time, a date, an age or an ordinal.
_EN_NOT_COUNTS = frozenset("a am pm p year years yr yrs th st nd rd o clock".split()) | frozenset(
    m.lower() for m in (*EN_MONTHS, *EN_WEEKDAYS)
)
# Counting words the English stopword list may hold that say what a number counts.
_EN_COUNTING = frozenset("people times percent days hours minutes weeks months".split())

# Words after a number that say it is a time, a date or an ordinal, not a count.
_NOT_COUNTS = frozenset("wib wita wit pagi siang sore malam tahun an".split()) | CALENDAR_WORDS


# Counting words that Sastrawi's stopword list holds but that say what a number counts.
_COUNTING = frozenset(
    [
        "orang",
        "jiwa",
        "kali",
        "buah",
        "ekor",
        "unit",
        "persen",
        "hari",
        "jam",
        "menit",
        "pekan",
        "bulan",
    ]
)


def _value(raw: str) -> float:
    key = raw.lower()
    if key in _WORDS:
        return float(_WORDS[key])
    if key[:1].isalpha():
        return float(_words_value(key.split()))
    return float(raw.replace(".", "").replace(",", "."))


def _words_value(words: list[str]) -> int:
    """ "dua belas" → 12, "dua puluh lima" → 25, "seratus dua puluh" → 120, "tiga ratus" → 300:
    a multiplier applies to the number word just before it."""
    total = last = 0
    for word in words:
        if word in _TIMES:
            total -= last
            last = last + 10 if word == "belas" else last * _TIMES[word]
            total += last
            last = 0  # "dua puluh lima": "lima" adds on, it multiplies nothing before it
        else:
            last = _WORDS[word]
            total += last
    return total


def _could_hold_number(text: str, words: Mapping[str, int] = _WORDS) -> bool:
    """False only when ``_NUMBER`` cannot match: no digit, and (for ASCII text, where the
    case-blind match is plain lower-casing) no number word anywhere in the text."""
    if not text.isascii() or has_digit(text):
        return True
    return any(map(text.lower().__contains__, words))  # substring tests, no frame per word


def find_numbers(
    sentence: Sentence, skip: tuple[Span, ...] = (), language: str = "id"
) -> tuple[Mention, ...]:
    """Counted quantities; years, times, dates (``skip`` spans) and bare ordinals are left out.
    ``language`` "en": English numbers ("1,500 points", "2.5 million people", "$3 billion")."""
    if language == "en":
        return _english_numbers(sentence, skip)
    if not _could_hold_number(sentence.text):
        return ()
    stop = stopwords("id")
    out: list[Mention] = []
    for m in (_ASCII_NUMBER if sentence.text.isascii() else _NUMBER).finditer(sentence.text):
        start = sentence.span.start + m.start()
        if any(s.start <= start < s.end for s in skip):
            continue
        raw, unit = m.group("num"), (m.group("unit") or "").lower()
        before = sentence.text[max(0, m.start() - 7) : m.start()].lower()
        if "pukul" in before or unit in _NOT_COUNTS:
            continue
        if before.endswith("salah ") and raw.lower() == "satu":
            continue  # "salah satu negara": one of the countries, not a count of one
        if raw.isdigit() and len(raw) == 4 and 1900 <= int(raw) <= 2100 and not m.group("cur"):
            continue  # a year
        if m.group("cur"):
            unit = "rupiah" if m.group("cur").lower().startswith("rp") else "dolar"
        if unit == "%":
            unit = "persen"
        if not unit or (unit in stop and unit not in _COUNTING):
            continue
        value = _value(raw) * _SCALE.get((m.group("scale") or "").lower(), 1.0)
        out.append(_mention(sentence, m, f"{_indonesian_value(value)} {unit}"))
    return tuple(out)


def _mention(sentence: Sentence, m: re.Match[str], value: str) -> Mention:
    """The number ``m`` found in ``sentence``; an amount in a currency ends at its scale word
    ("Rp 2,5 miliar untuk ...", "$3 billion in ..."), not at the word after it."""
    end = m.end("scale") if m.group("cur") and m.group("scale") else m.end()
    return Mention(
        kind="number",
        text=sentence.text[m.start() : end].strip(),
        value=value,
        article_id=sentence.article_id,
        sentence_index=sentence.index,
        span=Span(sentence.span.start + m.start(), sentence.span.start + end),
    )


_SCALE_WORDS = (("triliun", 1e12), ("miliar", 1e9), ("juta", 1e6))
_SCALE_NAMES = frozenset(word for word, _ in _SCALE_WORDS)


def _indonesian_value(value: float) -> str:
    """A value as an Indonesian reader writes it: "9", "1.500", "2,5", "144,53 triliun" (was
    "1.4453e+14", and "1.23457e+06" for the article's 1.234.567)."""
    value = float(f"{value:.12g}")  # no float noise: 144,53 × 10¹² is 144530000000000.02
    for word, scale in _SCALE_WORDS:
        if value >= scale:
            scaled = value / scale
            if abs(scaled - round(scaled, 3)) < 1e-9:
                return f"{_indonesian_decimal(round(scaled, 3))} {word}"
            break
    return _indonesian_decimal(value)


def _indonesian_decimal(x: float) -> str:
    """Dots group thousands, a comma marks decimals: 1500 → "1.500", 2.5 → "2,5"."""
    return _english_value(x).translate(_SWAP_SEPARATORS)


_SWAP_SEPARATORS = str.maketrans(",.", ".,")


def unit_of(mention: Mention) -> str:
    """What a number mention counts: its value's words after the number and any scale word
    ("144,53 triliun rupiah" → "rupiah", "1,500 points" → "points")."""
    words = mention.value.split(" ")
    skip = 2 if len(words) > 2 and words[1] in _SCALE_NAMES else 1
    return " ".join(words[skip:])


def _english_numbers(sentence: Sentence, skip: tuple[Span, ...]) -> tuple[Mention, ...]:
    text = sentence.text
    if not _could_hold_number(text, _EN_WORDS):
        return ()
    stop = stopwords("en")
    out: list[Mention] = []
    for m in _EN_NUMBER.finditer(text):
        start = sentence.span.start + m.start()
        if any(s.start <= start < s.end for s in skip):
            continue
        raw, unit = m.group("num"), (m.group("unit") or "").lower()
        cur = (m.group("cur") or "").strip().lower()
        if raw.isdigit() and len(raw) == 4 and 1900 <= int(raw) <= 2100 and not cur:
            continue  # a year
        if cur:
            unit = _EN_CURRENCY.get(cur, "dollars")
        elif unit == "%":
            unit = "percent"
        elif unit in _EN_NOT_COUNTS or not unit or (unit in stop and unit not in _EN_COUNTING):
            continue
        if unit == "block" and raw.isdigit():
            # "the 3300 block of West Florence Avenue": an address's number, as printed (s23:
            # two outlets' "3300" and "3000" were "3,300" and "3,000" blocks counted)
            out.append(_mention(sentence, m, f"{raw} block"))
            continue
        number = (
            float(_EN_WORDS[raw.lower()])
            if raw.lower() in _EN_WORDS
            else float(raw.replace(",", ""))
        )
        value = number * _EN_SCALE.get((m.group("scale") or "").lower(), 1.0)
        out.append(_mention(sentence, m, f"{_english_value(value)} {unit}"))
    return tuple(out)


def _english_value(value: float) -> str:
    """A value as an English reader writes it: "1,500", "2,500,000", "2.5"."""
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.6f}".rstrip("0").rstrip(".")


def _amount(value: str, language: str) -> tuple[float, int, float, int]:
    """(number, decimals written, scale, significant digits) of a value find_numbers wrote:
    "144,53 triliun rupiah" → (144.53, 2, 1e12, 5). English values are written out in full
    ("2,500,000 dollars"), so they are read as _indonesian_value writes them ("2,5 juta": 2.5,
    1 decimal, 1e6)."""
    words = value.split(" ")
    if language == "en":
        words = [*_indonesian_value(float(words[0].replace(",", ""))).split(" "), *words[1:]]
    scale = dict(_SCALE_WORDS).get(words[1], 1.0) if len(words) > 2 else 1.0
    number = words[0].replace(".", "").replace(",", ".")
    whole, _, fraction = number.partition(".")
    significant = len((whole + fraction).lstrip("0")) if fraction else len(whole.rstrip("0"))
    return float(number), len(fraction), scale, significant


def amount_of(value: str, language: str = "id") -> float:
    """The amount a value find_numbers wrote stands for: "144,53 triliun rupiah" → 1.4453e14,
    "1,500 points" (English) → 1500."""
    number, _, scale, _ = _amount(value, language)
    return number * scale


# Words before a number that make it a bound or an estimate, not the amount itself (s18): "lebih
# dari 350 penerbangan", "at least 9 people", "hampir 1.600 poin", "sekitar 300 orang". Not
# "hingga" / "sampai": "korban bertambah hingga 12 orang" is the toll reaching twelve.
_BOUND_WORDS = {
    "at_least": (
        "lebih dari", "lebih daripada", "sedikitnya", "setidaknya", "setidak-tidaknya",
        "paling sedikit", "sekurang-kurangnya", "sekurangnya", "minimal", "di atas",
        "more than", "at least", "over", "upwards of", "in excess of", "no fewer than",
        "no less than", "a minimum of", "another", "an additional",
    ),
    "at_most": (
        "kurang dari", "tak sampai", "tidak sampai", "maksimal", "paling banyak",
        "tak lebih dari", "tidak lebih dari", "di bawah",
        "less than", "fewer than", "under", "up to", "as many as", "as much as", "no more than",
        "at most", "a maximum of",
    ),
    "nearly": ("hampir", "nyaris", "mendekati", "nearly", "almost", "close to", "just under"),
    "about": (
        "sekitar", "sekira", "kira-kira", "kurang lebih", "lebih kurang", "about", "around",
        "roughly", "approximately", "some", "an estimated", "estimated",
    ),
}  # fmt: skip
_BOUND_BEFORE = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(
        rf"(?P<{kind}>{'|'.join(sorted(map(re.escape, words), key=len, reverse=True))})"
        for kind, words in _BOUND_WORDS.items()
    )
    + r")\s+$"
)
# A count of some more or some others is a part, not the whole: "empat pemain senior lainnya"
# (four other players, beside one named), "tiga orang lagi" (three more people): the whole is at
# least that many (English says "three more people", whose "more" find_numbers reads as no unit).
_PART_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:lainnya|lain|lagi|tambahan)\b")
# How far from the figure a hedged number may lie: "hampir 1.600" is within 10% below it,
# "sekitar 300" within 10% either side.
_NEAR = 0.1


def bounds(mention: Mention, sentence: Sentence, language: str = "id") -> tuple[float, float]:
    """The range of amounts a number mention allows, read from the words around it: the value
    itself, or from it up ("lebih dari 350", "at least 9", "empat pemain lainnya"), up to it
    ("kurang dari 10", "up to 600"), within 10% below it ("hampir 1.600") or either side
    ("sekitar 300")."""
    amount = amount_of(mention.value, language)
    before = sentence.text[: mention.span.start - sentence.span.start][-24:].lower()
    m = _BOUND_BEFORE.search(before)
    kind = m.lastgroup if m else None
    end = mention.span.end - sentence.span.start
    if kind is None and _PART_AFTER.match(sentence.text, end):
        kind = "at_least"
    if kind == "at_least":
        return amount, float("inf")
    if kind == "at_most":
        return float("-inf"), amount
    if kind == "nearly":
        return amount * (1 - _NEAR), amount
    if kind == "about":
        return amount * (1 - _NEAR), amount * (1 + _NEAR)
    return amount, amount


def same_amount(a: str, b: str, language: str = "id") -> bool:
    """Whether two values of one unit (as find_numbers writes them) state one amount, one of
    them rounded or cut at a coarser precision: "144,5 triliun rupiah" and "144,53 triliun
    rupiah" do, "9 orang" and "10 orang" do not. The coarser figure must keep two significant
    digits, so "3 miliar" is not "3,4 miliar", nor "100 orang" "140 orang"."""
    if a == b:
        return True
    x, dx, sx, gx = _amount(a, language)
    y, dy, sy, gy = _amount(b, language)
    if sx != sy or dx == dy:
        return False
    (coarse, decimals, digits), fine = ((x, dx, gx), y) if dx < dy else ((y, dy, gy), x)
    step = 10.0**-decimals
    rounded = abs(fine - coarse) <= step / 2 + 1e-9
    cut = coarse - 1e-9 <= fine < coarse + step - 1e-9
    return digits >= 2 and (rounded or cut)
