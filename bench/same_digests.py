"""Do two versions of ringkas write the same JSON digests? Byte for byte, over real data.

    python -m bench.same_digests /tmp/old/src            # old code's src vs this worktree's src
    python -m bench.same_digests OLD_SRC NEW_SRC
    python -m bench.same_digests --sentences OLD_SRC [NEW_SRC]   # only which sentences are quoted

Each version renders, in its own process (both are the package ``ringkas``), the JSON digest of:
the seed cluster (loaded as `ringkas summarize` loads it, and posted to the API's `_digest_json`),
every indosum-multi-dev cluster, the first 100 multinews-dev clusters and the first 300
indosum-single-dev articles as single-article clusters, for the methods learned,
learned-anchored, anchored-ilp and lead-mmr at 120 words (the seed also at 60). Any difference is
printed (which cluster, which method, the first differing line) and the exit status is 1.
"""

from __future__ import annotations

import difflib
import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from bench.common import DATASETS, SEED, two_versions, versions_main

METHODS = ("learned", "learned-anchored", "anchored-ilp", "lead-mmr")


def _clusters() -> Iterator[tuple[str, object]]:
    """(name, articles) for every cluster compared, in a fixed order."""
    from ringkas.evaluate.datasets import load_dataset
    from ringkas.ingest import load

    yield "seed", load([str(SEED)]).articles
    for item in load_dataset(DATASETS / "indosum-multi-dev.jsonl"):
        yield f"indosum-multi/{item.id}", item.articles()
    for item in load_dataset(DATASETS / "multinews-dev.jsonl")[:100]:
        yield f"multinews/{item.id}", item.articles()
    for item in load_dataset(DATASETS / "indosum-single-dev.jsonl")[:300]:
        yield f"indosum-single/{item.id}", item.articles()


def render_all(out: Path) -> int:
    """Write one JSON line per (cluster, method): {"key", "text"}; return the number written."""
    from ringkas.api.app import Settings, _digest_json
    from ringkas.api.schemas import DigestRequest
    from ringkas.config import Config
    from ringkas.errors import RingkasError
    from ringkas.pipeline import summarize
    from ringkas.render import render

    written = 0
    with out.open("w", encoding="utf-8") as handle:

        def put(key: str, text: str) -> None:
            nonlocal written
            handle.write(json.dumps({"key": key, "text": text}, ensure_ascii=False) + "\n")
            written += 1

        for name, articles in _clusters():
            for method in METHODS:
                words = (120, 60) if name == "seed" else (120,)
                for budget in words:
                    key = f"{name} {method} {budget}"
                    try:
                        digest = summarize(articles, Config(words=budget, method=method))  # type: ignore[arg-type]
                        put(key, render(digest, "json"))
                    except RingkasError as exc:
                        put(key, f"error: {exc}")
        posted = [
            {"id": p.stem, "text": p.read_text(encoding="utf-8")}
            for p in sorted(SEED.glob("*.txt"))
        ]
        settings = Settings()
        for method in METHODS:
            request = DigestRequest.model_validate(
                {"articles": posted, "words": 120, "method": method}
            )
            put(f"api seed {method}", _digest_json(request, settings))
    return written


def _quoted(text: str) -> str:
    """The sentences a rendered JSON digest quotes, as "article_id:sentence_index" lines."""
    if text.startswith("error:"):
        return text
    return "\n".join(
        f"{s['article_id']}:{s['sentence_index']}" for s in json.loads(text)["summary"]
    )


def compare(old_src: str, new_src: str, sentences: bool = False) -> int:
    versions = two_versions("bench.same_digests", old_src, new_src)
    if versions is None:
        return 2
    old, new = versions
    if sentences:  # compare which sentences each digest quotes, nothing else
        for row in old + new:
            row["text"] = _quoted(row["text"])
    differ = 0
    by_set: Counter[str] = Counter()  # differing digests per set ("seed", "multinews", ...)
    if [r["key"] for r in old] != [r["key"] for r in new]:
        print("the two versions rendered different sets of digests")
        return 1
    for a, b in zip(old, new, strict=True):
        if a["text"] != b["text"]:
            differ += 1
            by_set[a["key"].split("/")[0].split()[0]] += 1
            if differ <= 5:
                print(f"DIFFERS: {a['key']}")
                diff = difflib.unified_diff(
                    a["text"].splitlines(), b["text"].splitlines(), "old", "new", lineterm="", n=1
                )
                print("\n".join(list(diff)[:20]))
    print(f"{len(old)} digests compared, {differ} differ")
    if by_set:
        print("differing, per set: " + ", ".join(f"{k} {n}" for k, n in sorted(by_set.items())))
    return 1 if differ else 0


def main() -> None:
    versions_main(__doc__, render_all, compare, flags=("--sentences",))


if __name__ == "__main__":
    main()
