"""Are the titles ringkas shows headlines? The title the cleaner finds in a flat-text page (shown
under "Sumber" / "Sources", in `ringkas stories`, and as the digest's heading) against labels
written by hand (bench/data/headlines.tsv), and each cluster's digest heading.

    python -m bench.headlines [SRC] [--list]   # SRC: a version's src (default: this one)

Pages: every document of multinews-dev and indosum-single-dev, the seed cluster and the example
(raw-pages-dev's titles come from its HTML metadata, which the cleaner takes as given). A title
is labelled "headline" (the page's headline or its own heading), "sentence" (a sentence of the
story: a deck, a highlight — fair as a heading, not the page's title) or "not" (a section's or
site's name, a caption's credit, a byline, a prompt, a salutation, a lyric, a fragment). Labels
are keyed by page and a hash of the title, never the title's text (third-party text stays in
../shared); a title no label covers is listed as unlabelled, to be labelled before a figure is
claimed. Headings: each multi-document cluster's digest title (seed, example, indosum-multi-dev,
multinews-dev), counted by its label, or as the summary's first sentence when no title is used.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from typing import Any

from bench.common import DATASETS, ROOT, SHARED

GOLD = ROOT / "bench" / "data" / "headlines.tsv"


def title_key(title: str) -> str:
    return hashlib.blake2b(title.encode("utf-8"), digest_size=4).hexdigest()


def read_gold() -> dict[tuple[str, str], str]:
    """(page, title hash) → label."""
    gold = {}
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        page, key, label = line.split("\t")
        gold[page, key] = label
    return gold


def _pages() -> Iterator[tuple[str, list[Any]]]:
    """(cluster name, its articles) for every cluster whose pages are read."""
    from ringkas.evaluate.datasets import load_dataset
    from ringkas.ingest import load

    yield "seed", load([str(SHARED / "corpus" / "seed-kim-putin")]).articles
    yield "example", load([str(ROOT / "examples" / "gempa-sukabumi")]).articles
    for name in ("multinews-dev", "indosum-single-dev", "indosum-multi-dev"):
        for item in load_dataset(DATASETS / f"{name}.jsonl"):
            yield f"{name}/{item.id}", item.articles()


def collect() -> dict[str, Any]:
    """This process's ringkas: every page's found title, every cluster's digest heading."""
    from ringkas.config import Config
    from ringkas.errors import RingkasError
    from ringkas.pipeline import summarize

    titles: dict[str, str] = {}
    headings: dict[str, list[str]] = {}
    for cluster, articles in _pages():
        for article in articles:
            titles[f"{cluster}/{article.id}"] = article.title
        if len(articles) < 2:
            continue
        try:
            digest = summarize(articles, Config(words=100))
        except RingkasError:
            continue
        pages = [f"{cluster}/{a.id}" for a in digest.articles if a.title == digest.title]
        headings[cluster] = [digest.title, *pages]
    return {"titles": titles, "headings": headings}


def _run(src: str | None) -> dict[str, Any]:
    if src is None:
        return collect()
    env = {**os.environ, "PYTHONPATH": f"{src}{os.pathsep}{ROOT}"}
    out = subprocess.run(
        [sys.executable, "-c", "import json, bench.headlines as h; print(json.dumps(h.collect()))"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout)


def report(data: dict[str, Any], listing: bool = False) -> str:
    gold = read_gold()
    shown: Counter[str] = Counter()
    unlabelled: list[tuple[str, str]] = []
    for page, title in sorted(data["titles"].items()):
        if not title:
            continue
        label = gold.get((page, title_key(title)))
        if label is None:
            unlabelled.append((page, title))
            label = "unlabelled"
        shown[label] += 1
    # Headlines the labels know that a page no longer shows.
    kept = {(p, title_key(t)) for p, t in data["titles"].items() if t}
    lost = sorted(p for (p, k), label in gold.items() if label == "headline" and (p, k) not in kept)
    headings: Counter[str] = Counter()
    for title, *pages in data["headings"].values():
        # a title several pages print is labelled alike on each: the first one's label
        label = (
            gold.get((pages[0], title_key(title)), "unlabelled") if pages else "summary sentence"
        )
        headings[label] += 1
    lines = [
        f"titles shown: {sum(shown.values())} — "
        + ", ".join(f"{k} {shown[k]}" for k in ("headline", "sentence", "not", "unlabelled")),
        f"labelled headlines no longer shown: {len(lost)}",
        f"digest headings of {sum(headings.values())} clusters — "
        + ", ".join(
            f"{k} {headings[k]}"
            for k in ("headline", "sentence", "summary sentence", "not", "unlabelled")
        ),
    ]
    if listing:
        lines += [f"  unlabelled\t{page}\t{title_key(t)}\t{t}" for page, t in unlabelled]
        lines += [f"  lost\t{page}" for page in lost]
        lines += [
            f"  not\t{page}\t{t}"
            for page, t in sorted(data["titles"].items())
            if t and gold.get((page, title_key(t))) == "not"
        ]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    listing = "--list" in argv
    args = [a for a in argv if a != "--list"]
    print(report(_run(args[0] if args else None), listing))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
