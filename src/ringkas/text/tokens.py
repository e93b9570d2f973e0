"""Word tokens, stems and stopwords, per language; stems are cached (Sastrawi is the slow part)."""

from __future__ import annotations

import re
from functools import lru_cache

# A word: letters/digits, joined by inner hyphens ("anak-anak", "Kim-Putin") or by
# decimal/thousand separators between digits ("14.200", "57,8").
_WORD = re.compile(r"[^\W_]+(?:(?:-|(?<=\d)[.,](?=\d))[^\W_]+)*", re.UNICODE)


def words(text: str) -> tuple[str, ...]:
    """Lower-cased word tokens, hyphenated words and numbers kept whole."""
    return tuple(_WORD.findall(text.lower()))


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

    return Stemmer(ArrayDictionary(StemmerFactory().get_words()))


@lru_cache(maxsize=1)
def _en_stemmer() -> object:
    import snowballstemmer

    return snowballstemmer.stemmer("english")


@lru_cache(maxsize=200_000)
def stem(word: str, language: str = "id") -> str:
    """Stem one lower-cased word. Reduplication "anak-anak" stems to "anak"."""
    if language == "en":
        return str(_en_stemmer().stemWord(word))  # type: ignore[attr-defined]
    if any(ch.isdigit() for ch in word):
        return word
    return str(_id_stemmer().stem(word)) or word  # type: ignore[attr-defined]


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


# Per language, each word's stem as ``stem`` gives it, read by content_terms with a plain dict
# lookup (a vocabulary-level cache like ``stem``'s own; emptied when it outgrows the same bound).
_STEMMED: dict[str, dict[str, str]] = {}
_STEMMED_MAX = 200_000


def _stem_into(memo: dict[str, str], word: str, language: str) -> str:
    memo[word] = found = stem(word, language)
    return found


def content_terms(text: str, language: str = "id") -> tuple[str, ...]:
    """Stems of the non-stopword words of ``text``: what similarity and salience count."""
    stop = stopwords(language)
    memo = _STEMMED.get(language)
    if memo is None or len(memo) > _STEMMED_MAX:
        memo = _STEMMED[language] = {}
    return tuple(
        [
            memo[w] if w in memo else _stem_into(memo, w, language)
            for w in words(text)
            if w not in stop and len(w) > 1
        ]
    )
