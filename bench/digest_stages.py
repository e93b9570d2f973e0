"""Where a warm digest of the seed cluster spends its time, stage by stage (wall time).

    python -m bench.digest_stages [RUNS]      # default 200 digests after 30 warm-ups

Each stage is the function the pipeline calls, timed in place by a wrapper (so a stage's time
includes the stages it calls: `read_facts` holds `extract_entities`, `choose` holds
`all_features`); printed as milliseconds per digest, the mean over RUNS, with the whole digest
(`summarize`) and its JSON rendering. The wrappers add ~0.2 µs a call (`find_dates` and
`find_numbers` run once a sentence). A profile for deciding what to speed up (issue 17), not a
figure to compare across machines: `bench.digest_instructions` counts instructions, and
`make bench` (section_20) times the digest without wrappers.
"""

from __future__ import annotations

import importlib
import sys
import time
from collections import Counter
from collections.abc import Callable
from typing import Any

from bench.common import SEED

# (module whose attribute the pipeline looks up, attribute), in the pipeline's order
STAGES = (
    ("ringkas.pipeline", "split_sentences"),
    ("ringkas.pipeline", "featurize"),
    ("ringkas.pipeline", "relatedness"),
    ("ringkas.pipeline", "read_facts"),
    ("ringkas.facts", "year_hints"),
    ("ringkas.facts", "find_dates"),
    ("ringkas.facts", "find_numbers"),
    ("ringkas.facts", "group_statements"),
    ("ringkas.facts", "find_conflicts"),
    ("ringkas.facts", "extract_entities"),
    ("ringkas.pipeline", "choose"),
    ("ringkas.select.learned", "all_features"),
    ("ringkas.pipeline", "compose"),
)


def _timed(spent: Counter[str], name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            spent[name] += time.perf_counter() - start

    return wrapper


def profile(runs: int = 200, warmups: int = 30) -> list[tuple[str, float]]:
    """(stage, ms per digest) in pipeline order, then the digest and its rendering."""
    from ringkas.config import Config
    from ringkas.ingest import load
    from ringkas.pipeline import summarize
    from ringkas.render import render

    spent: Counter[str] = Counter()
    originals = []
    for module, attr in STAGES:
        owner = importlib.import_module(module)
        originals.append((owner, attr, getattr(owner, attr)))
        setattr(owner, attr, _timed(spent, attr, getattr(owner, attr)))
    try:
        articles = load([str(SEED)]).articles
        config = Config(words=120)
        for _ in range(warmups):
            render(summarize(articles, config), "json")
        spent.clear()
        for _ in range(runs):
            start = time.perf_counter()
            digest = summarize(articles, config)
            middle = time.perf_counter()
            render(digest, "json")
            spent["summarize (the whole digest)"] += middle - start
            spent["render as JSON"] += time.perf_counter() - middle
    finally:  # the pipeline's own functions back, for whatever runs next in this process
        for owner, attr, original in originals:
            setattr(owner, attr, original)
    order = [attr for _, attr in STAGES] + ["summarize (the whole digest)", "render as JSON"]
    return [(name, 1000 * spent[name] / runs) for name in order]


def main(argv: list[str]) -> int:
    runs = int(argv[0]) if argv else 200
    print(f"Warm seed digest, 120 words, mean of {runs} runs (ms a digest, stages inclusive):")
    for name, ms in profile(runs):
        print(f"  {name:30s} {ms:7.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
