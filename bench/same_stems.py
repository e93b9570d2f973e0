"""Does text.sastrawi's faster stemmer give Sastrawi's own stems, and how much faster is it?

    python -m bench.same_stems

Every distinct word (letters and digits, hyphenated ones whole, lower-cased) of
indosum-single-dev and indosum-multi-dev, stemmed once by ringkas's stemmer (its prefix rules
guarded, its stand-in ``re.sub``) and once by Sastrawi's own (its modules given back the real
``re``), each on a fresh stemmer with no cache: prints how many words, how many stems differ
(any differing word is listed, and the exit status is 1) and the CPU time of each.
"""

from __future__ import annotations

import importlib
import json
import re
import sys
import time

from bench.common import DATASETS

_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")


def main() -> None:
    from ringkas.text import sastrawi
    from ringkas.text.tokens import _id_stemmer

    words: set[str] = set()
    for name in ("indosum-single-dev.jsonl", "indosum-multi-dev.jsonl"):
        with (DATASETS / name).open(encoding="utf-8") as handle:
            for line in handle:
                for doc in json.loads(line)["documents"]:
                    words.update(w.lower() for w in _WORD.findall(doc["text"]))
    ordered = sorted(words)
    fast = _id_stemmer()
    started = time.process_time()
    ours = [fast.stem(w) for w in ordered]  # type: ignore[attr-defined]
    ours_s = time.process_time() - started
    for name in sastrawi._SUBSTITUTING:
        importlib.import_module(name).re = re  # type: ignore[attr-defined]
    from Sastrawi.Dictionary.ArrayDictionary import ArrayDictionary
    from Sastrawi.Stemmer.Stemmer import Stemmer
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    plain = Stemmer(ArrayDictionary(StemmerFactory().get_words()))
    started = time.process_time()
    theirs = [plain.stem(w) for w in ordered]
    theirs_s = time.process_time() - started
    differ = [(w, a, b) for w, a, b in zip(ordered, theirs, ours, strict=True) if a != b]
    for word, a, b in differ[:20]:
        print(f"  {word}: Sastrawi {a!r}, ringkas {b!r}")
    print(
        f"{len(ordered):,} words, {len(differ)} stems differ; Sastrawi {theirs_s:.2f} s "
        f"({theirs_s / len(ordered) * 1e6:.1f} µs a word), ringkas's {ours_s:.2f} s "
        f"({ours_s / len(ordered) * 1e6:.1f} µs a word): {theirs_s / ours_s:.2f}× faster"
    )
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
