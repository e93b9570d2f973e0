"""Word tokens, stems and stopwords, per language; stems are cached (Sastrawi is the slow part)."""

from __future__ import annotations

import re
from functools import lru_cache

from ringkas.text import sastrawi
from ringkas.text.ascii import ascii_twin

# A word: letters/digits, joined by inner hyphens ("anak-anak", "Kim-Putin") or by
# decimal/thousand separators between digits ("14.200", "57,8").
_WORD = re.compile(r"[^\W_]+(?:(?:-|(?<=\d)[.,](?=\d))[^\W_]+)*", re.UNICODE)


_ASCII_WORD = ascii_twin(_WORD)  # for ASCII text (text.ascii; the seed's sentences: 369 -> 314 µs)


def words(text: str) -> tuple[str, ...]:
    """Lower-cased word tokens, hyphenated words and numbers kept whole."""
    lower = text.lower()
    return tuple((_ASCII_WORD if lower.isascii() else _WORD).findall(lower))


_DIGITS = "0123456789"
_ANY_DIGIT = re.compile(r"\d")


def has_digit(text: str) -> bool:
    """Whether ``text`` holds a decimal digit (what ``re.search(r"\\d", text)`` finds): a substring
    test per ASCII digit (a C scan each), the pattern only for text with other characters, where
    another script's digits may stand (the seed's sentences: 88 -> 33 µs)."""
    for digit in _DIGITS:
        if digit in text:
            return True
    return not text.isascii() and _ANY_DIGIT.search(text) is not None


def count_words(text: str) -> int:
    r"""Words as the budget counts them: whitespace-separated tokens holding a letter or digit
    (what ``len(re.findall(r"[^\s]*[^\W_][^\s]*", text))`` counts: ``str.split`` and ``\s``
    share one definition of whitespace, and ``[^\W_]`` is ``str.isalnum``)."""
    count = 0
    for token in text.split():
        if token.isalnum() or any(map(str.isalnum, token)):  # any letter or digit in it
            count += 1
    return count


@lru_cache(maxsize=1)
def _id_stemmer() -> object:
    """Sastrawi's stemmer without the factory's cache: that cache is a dict that never forgets a
    word (a stream of news keeps bringing new names), and ``stem`` already has a bounded LRU."""
    from Sastrawi.Dictionary.ArrayDictionary import ArrayDictionary
    from Sastrawi.Stemmer.Stemmer import Stemmer
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    # its prefix rules guarded, its removed parts cut without a pattern per word (text.sastrawi)
    return sastrawi.speed_up(Stemmer(ArrayDictionary(StemmerFactory().get_words())))


@lru_cache(maxsize=1)
def _en_stemmer() -> object:
    import snowballstemmer

    return snowballstemmer.stemmer("english")


# A word of ASCII letters that none of Sastrawi's rules can touch is its own stem (s30): no
# plain prefix (di-, ke-, se-), none that its disambiguation rules strip (be-, te-, me-, pe-,
# ku-, kau-, or after a first consonant the infixes -er-, -el-, -em-, -in- before a vowel), no
# suffix (-lah, -kah, -tah, -pun, -ku, -mu, -nya, -is, -isme, -isasi, -i, -kan, -an). Sastrawi
# would try every rule in three rounds and return the word (its result is a dictionary word
# some removals reach, else the word itself): ~40 µs a word, and a newsroom's new articles
# bring new words (names, mostly). 45% of IndoSum's 44,076 distinct words; the same stems.
_ID_LETTERS = re.compile(r"[a-z]+")
_ID_PREFIXED = re.compile(r"(?:di|ke|se|be|te|me|pe|ku|ka)|[b-df-hj-np-tv-z](?:er|el|em|in)[aiueo]")
_ID_SUFFIXES = ("lah", "kah", "tah", "pun", "ku", "mu", "nya", "is", "isme", "i", "an")


@lru_cache(maxsize=200_000)
def stem(word: str, language: str = "id") -> str:
    """Stem one lower-cased word. Reduplication "anak-anak" stems to "anak"."""
    if language == "en":
        return str(_en_stemmer().stemWord(word))  # type: ignore[attr-defined]
    if any(ch.isdigit() for ch in word):
        return word
    if (
        _ID_LETTERS.fullmatch(word)
        and not _ID_PREFIXED.match(word)
        and not word.endswith(_ID_SUFFIXES)
    ):
        return word
    return sastrawi.stem_word(_id_stemmer(), word) or word


@lru_cache(maxsize=20_000)
def in_dictionary(word: str) -> bool:
    """Whether a lower-cased word is a root of Sastrawi's dictionary ("daya", "asasi"; also given
    names that are words: "budi", "imam"), not a word it only reduces ("pengurus")."""
    return bool(_id_stemmer().dictionary.contains(word))  # type: ignore[attr-defined]


@lru_cache(maxsize=20_000)
def indonesian_word(word: str) -> bool:
    """Whether a lower-cased word is Indonesian that Sastrawi knows: a root of its dictionary
    ("danau") or a word it reduces to another ("kejaksaan" → "jaksa"); a typo is neither
    ("kejaksaaan", "dansu")."""
    return in_dictionary(word) or stem(word) != word


@lru_cache(maxsize=4)
def stopwords(language: str = "id") -> frozenset[str]:
    """The stopword list of a language (Sastrawi's 809 for Indonesian; for English, the list
    shipped in text/data: reading it costs microseconds, importing scikit-learn's cost ~2 s)."""
    if language == "en":
        from importlib.resources import files

        text = files("ringkas.text").joinpath("data/stopwords-en.txt").read_text(encoding="utf-8")
        return frozenset(
            line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
        )
    from Sastrawi.StopWordRemover.StopWordRemoverFactory import StopWordRemoverFactory

    return frozenset(StopWordRemoverFactory().get_stop_words())


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """Indonesian and English stopwords together: for text whose language is not read yet (a
    page's title) or that mixes both (names in an Indonesian report)."""
    return stopwords("id") | stopwords("en")


# Per language, each word's answer: its stem, or _SKIP when it is no term (a stopword, one
# letter). A word met again costs one dict lookup instead of the stopword test and the stem
# cache's call; the table starts again above _TERMS_MAX words (a stream keeps bringing new names).
_SKIP = ""
_TERMS_SEEN: dict[str, dict[str, str]] = {}
_TERMS_MAX = 200_000


def content_terms(text: str, language: str = "id") -> tuple[str, ...]:
    """Stems of the non-stopword words of ``text``: what similarity and salience count."""
    seen = _TERMS_SEEN.get(language)
    if seen is None:
        seen = _TERMS_SEEN[language] = {}
    out = []
    for word in words(text):
        term = seen.get(word)
        if term is None:
            if word in stopwords(language) or len(word) <= 1:
                term = _SKIP
            else:
                term = stem(word, language)
                if term == _SKIP:  # never seen (a stem is a word), but then keep it
                    out.append(term)
                    continue
            if len(seen) >= _TERMS_MAX:
                seen.clear()
            seen[word] = term
        if term:
            out.append(term)
    return tuple(out)


# A word that starts with a capital letter (Latin-1's), hyphenated parts and all: "Kim",
# "KPK", "Jong-un", "Trump's" up to the apostrophe; "e-KTP" starts with none, nor "anti-Korea".
# The capital first, then what stands before it (not a letter or digit, nor one and a hyphen):
# the engine skips ahead to a capital instead of testing every position (3 µs a sentence, not 8).
_CAPITALISED = re.compile(
    r"[A-ZÀ-ÖØ-Þ](?<![^\W_].)(?<![^\W_]-.)[^\W_]*(?:(?:-|(?<=\d)[.,](?=\d))[^\W_]+)*"
)


def plain_terms(text: str, language: str = "id") -> tuple[str, ...]:
    """``content_terms`` without the stems of the words past the first that start with a capital
    letter: a sentence's terms without its names (people, places, bodies, titles, acronyms), what
    is left to tell what the sentence says about them (``ringkas.statements``)."""
    names = name_terms(text, language)
    return tuple(t for t in content_terms(text, language) if t not in names)


def name_terms(text: str, language: str = "id") -> frozenset[str]:
    """The stems of the words of ``text`` past its first that start with a capital letter. Each
    such word is one of ``words(text)``: its stem is the one ``content_terms`` cached for it."""
    first = _WORD.search(text)
    if first is None:
        return frozenset()
    capitalised = _CAPITALISED.findall(text, first.end())
    seen = _TERMS_SEEN.get(language, {})
    terms = [seen.get(word.lower()) for word in capitalised]
    if None in terms:  # not read yet (or the table started again): read them
        return frozenset(content_terms(" ".join(capitalised), language))
    return frozenset(t for t in terms if t)
