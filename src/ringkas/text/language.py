"""Which language an article is in: Indonesian, Malay, English, or unknown.

Function words decide the clear cases at no cost. lingua (models inside the wheel, offline) is
consulted only when they do not: building its detector costs ~0.5 s, which the CLI's cold start
cannot afford on every run, and on short Indonesian news sentences restricted to id/ms/en it
sometimes answers Malay (seen on the seed's first sentence), which the marker words get right.
"""

from __future__ import annotations

import re
from functools import lru_cache

_WORD = re.compile(r"[a-z]+")

# Frequent function words: enough to tell English from Indonesian/Malay in a few lines.
_ENGLISH = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "in",
        "is",
        "was",
        "that",
        "for",
        "on",
        "with",
        "as",
        "by",
        "at",
        "from",
        "said",
        "has",
        "have",
        "are",
        "were",
        "it",
        "its",
        "this",
        "be",
        "he",
        "she",
        "they",
        "which",
        "would",
        "will",
        "an",
        "not",
        "but",
    ]
)
_MALAY_OR_INDONESIAN = frozenset(
    [
        "yang",
        "dan",
        "di",
        "ke",
        "dari",
        "dengan",
        "untuk",
        "tidak",
        "akan",
        "pada",
        "ini",
        "itu",
        "juga",
        "telah",
        "sudah",
        "bahwa",
        "oleh",
        "dalam",
        "para",
        "kata",
        "mereka",
        "saat",
        "tersebut",
        "hingga",
        "namun",
        "adalah",
        "ialah",
        "bagi",
        "atau",
        "lebih",
        "serta",
        "kepada",
    ]
)
# Spellings and words that mark Malay as against Indonesian, and the reverse (Malaysian and
# Indonesian news style: "kerana/karena", "peratus/persen", "polis/polisi", "selepas/setelah").
_MALAY = frozenset(
    [
        "kerana",
        "peratus",
        "polis",
        "selepas",
        "boleh",
        "ialah",
        "iaitu",
        "kerajaan",
        "syarikat",
        "sahaja",
        "cuba",
        "jabatan",
        "pejabat",
        "wang",
        "bilion",
        "percuma",
        "mahkamah",
        "negeri",
        "beliau",
        "daripada",
        "sekiranya",
        "kenyataan",
        "bermula",
        "manakala",
    ]
)
_INDONESIAN = frozenset(
    [
        "karena",
        "persen",
        "polisi",
        "setelah",
        "bisa",
        "adalah",
        "yaitu",
        "pemerintah",
        "perusahaan",
        "saja",
        "coba",
        "kantor",
        "uang",
        "miliar",
        "gratis",
        "pengadilan",
        "provinsi",
        "sejak",
        "tetapi",
        "namun",
        "kemarin",
        "mengatakan",
        "menurut",
    ]
)


def detect_language(text: str) -> str:
    """Return "id", "ms", "en" or "unknown" for an article (first ~1,500 characters read)."""
    return _detect(text[:1500])


@lru_cache(maxsize=256)
def _detect(head: str) -> str:
    """The language of an article's first 1,500 characters: a pure function of them, kept for
    the last few hundred articles, because each is asked twice (when it is read, and again by
    the digest, which cannot know where its articles came from)."""
    words = _WORD.findall(head.lower())
    if len(words) < 4:
        return "unknown"
    english = sum(map(_ENGLISH.__contains__, words))
    nusantara = sum(map(_MALAY_OR_INDONESIAN.__contains__, words))
    if english >= 2 and english > 2 * nusantara:
        return "en"
    if nusantara >= 1 and nusantara >= english:
        malay = sum(map(_MALAY.__contains__, words))
        indonesian = sum(map(_INDONESIAN.__contains__, words))
        if malay >= 2 and malay > 2 * indonesian:
            return "ms"
        if malay <= indonesian:
            # No Malay markers: Indonesian, the language ringkas is for. lingua alone calls short
            # Indonesian news Malay too often (seen on the seed's first sentence).
            return "id"
    return _lingua(" ".join(words))


@lru_cache(maxsize=1)
def _detector() -> object:
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(
        Language.INDONESIAN, Language.MALAY, Language.ENGLISH
    ).build()


def _lingua(text: str) -> str:
    language = _detector().detect_language_of(text)  # type: ignore[attr-defined]
    if language is None:
        return "unknown"
    return {"INDONESIAN": "id", "MALAY": "ms", "ENGLISH": "en"}.get(language.name, "unknown")
