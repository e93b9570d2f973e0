"""Do ringkas's faster stemmers give the stems of the plain ones, and how much faster are they?

    python -m bench.same_stems

Indonesian: every distinct word (letters and digits, hyphenated ones whole, lower-cased) of
indosum-single-dev and indosum-multi-dev, stemmed once by ringkas's stemmer (text.sastrawi: its
prefix rules guarded, its stand-in ``re.sub``) and once by Sastrawi's own (its modules given
back the real ``re``). English: every distinct word of multinews-dev, by the stemmer ringkas uses
(snowballstemmer's, which is PyStemmer's C code when PyStemmer is installed, as it is with
ringkas) and by snowballstemmer's pure-Python English stemmer. Each stemmer fresh, with no cache
of ringkas's: prints how many words, how many stems differ (any differing word is listed, and the
exit status is 1) and the CPU time of each.
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections.abc import Callable

from bench.common import DATASETS

_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")


def _words(names: tuple[str, ...], pattern: re.Pattern[str]) -> list[str]:
    words: set[str] = set()
    for name in names:
        with (DATASETS / name).open(encoding="utf-8") as handle:
            for line in handle:
                for doc in json.loads(line)["documents"]:
                    words.update(w.lower() for w in pattern.findall(doc["text"]))
    return sorted(words)


def _report(
    language: str,
    ordered: list[str],
    theirs: list[str],
    ours: list[str],
    times: tuple[float, float],
) -> int:
    theirs_s, ours_s = times
    differ = [(w, a, b) for w, a, b in zip(ordered, theirs, ours, strict=True) if a != b]
    for word, a, b in differ[:20]:
        print(f"  {word}: plain {a!r}, ringkas {b!r}")
    print(
        f"{language}: {len(ordered):,} words, {len(differ)} stems differ; plain {theirs_s:.2f} s "
        f"({theirs_s / len(ordered) * 1e6:.1f} µs a word), ringkas's {ours_s:.2f} s "
        f"({ours_s / len(ordered) * 1e6:.1f} µs a word): {theirs_s / ours_s:.1f}× faster"
    )
    return len(differ)


def _timed(stem: Callable[[str], str], words: list[str]) -> tuple[list[str], float]:
    """Each word's stem, and the CPU seconds they took."""
    started = time.process_time()
    out = [stem(w) for w in words]
    return out, time.process_time() - started


def _english() -> int:
    from snowballstemmer.english_stemmer import EnglishStemmer

    from ringkas.text.tokens import _en_stemmer

    ordered = _words(("multinews-dev.jsonl",), re.compile(r"[^\W_]+(?:['’-][^\W_]+)*"))
    ours, ours_s = _timed(_en_stemmer().stemWord, ordered)  # type: ignore[attr-defined]
    theirs, theirs_s = _timed(EnglishStemmer().stemWord, ordered)
    print(f"(ringkas's English stemmer: {type(_en_stemmer()).__module__})")
    return _report("English", ordered, theirs, ours, (theirs_s, ours_s))


def _indonesian() -> int:
    from ringkas.text import sastrawi
    from ringkas.text.tokens import _id_stemmer

    ordered = _words(("indosum-single-dev.jsonl", "indosum-multi-dev.jsonl"), _WORD)
    stemmer = _id_stemmer()
    ours, ours_s = _timed(lambda w: sastrawi.stem_word(stemmer, w), ordered)
    sastrawi.use_re(re)
    from Sastrawi.Dictionary.ArrayDictionary import ArrayDictionary
    from Sastrawi.Stemmer.Stemmer import Stemmer
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    plain = Stemmer(ArrayDictionary(StemmerFactory().get_words()))
    theirs, theirs_s = _timed(plain.stem, ordered)
    return _report("Indonesian", ordered, theirs, ours, (theirs_s, ours_s))


def main() -> None:
    differ = _indonesian()
    differ += _english()
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
