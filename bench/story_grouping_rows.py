"""The story grouping rows of docs/benchmarks.md, one set at a time (section_41's full run, with
its dense single-pass peer, is too slow for a shared machine). Prints ``name | stories | P | R |
F1`` rows through the CLI as a user would run it, with the shipped defaults:

- ``held``: the held-out half of stories-multinews-val (split seed 15): ``ringkas ingest``,
  ``ringkas batch`` local and Spark (``--master local[2]``);
- ``dated``: the same half with assigned dates (≤ 3 days a story), in date order: ingest, batch;
- ``synth``: the synthetic dated Indonesian stream (``bench/synth_stream.py`` seed 1, 5,000);
- ``all``: all 635 Multi-News articles, ingest;
- ``ceiling``: what any text similarity can reach on each half (``section_41.ceiling``);
- ``inprocess-N``: the synthetic stream of seed 1 and N articles through ``recluster`` in-process
  (no store), with the largest story and the CPU seconds of the assignment.

    PYTHONPATH=src:. python -m bench.story_grouping_rows held dated synth all ceiling
    PYTHONPATH=src:. python -m bench.story_grouping_rows inprocess-5000 inprocess-100000
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from bench.section_41_story_grouping import (
    _score,
    _write_feed,
    batch_labels,
    ceiling,
    dated,
    stream_labels,
)
from bench.train_stories import half, multinews, split, synthetic


def main(what: list[str]) -> None:
    rows, gold = multinews()
    train_stories, held_stories = split(gold)
    held, held_gold = half(rows, gold, held_stories)
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        if "held" in what:
            feed = _write_feed(tmp / "held.jsonl", held)
            print("held ingest |", _score(stream_labels(feed, tmp / "h.db"), held, held_gold))
            for engine in ("local", "spark"):
                labels = batch_labels(feed, tmp / f"held-{engine}", engine)
                print(f"held batch {engine} |", _score(labels, held, held_gold), flush=True)
        if "dated" in what:
            data, data_gold = dated(held, held_gold)
            feed = _write_feed(tmp / "dated.jsonl", data)
            print("dated ingest |", _score(stream_labels(feed, tmp / "d.db"), data, data_gold))
            labels = batch_labels(feed, tmp / "dated-local", "local")
            print("dated batch local |", _score(labels, data, data_gold), flush=True)
        if "synth" in what:
            data, data_gold = synthetic(5000, seed=1)
            feed = _write_feed(tmp / "synth.jsonl", data)
            print("synth ingest |", _score(stream_labels(feed, tmp / "s.db"), data, data_gold))
            labels = batch_labels(feed, tmp / "synth-local", "local")
            print("synth batch local |", _score(labels, data, data_gold), flush=True)
        if "all" in what:
            feed = _write_feed(tmp / "all.jsonl", rows)
            print("all ingest |", _score(stream_labels(feed, tmp / "a.db"), rows, gold), flush=True)
        if "ceiling" in what:
            for name, keep in (("train", train_stories), ("held", held_stories)):
                part, part_gold = half(rows, gold, keep)
                for cut in (0.1, 0.15, 0.2):
                    alone, score = ceiling(part, part_gold, cut)
                    print(f"ceiling {name} cut {cut} | {alone} alone | {score}", flush=True)
        for item in what:
            if item.startswith("inprocess-"):
                _inprocess(int(item.split("-", 1)[1]))


def _inprocess(n: int) -> None:
    import time
    from collections import Counter

    from ringkas.stories.assign import recluster

    data, data_gold = synthetic(n, seed=1)
    start = time.process_time()
    labels = recluster(data)
    cpu = time.process_time() - start
    largest = max(Counter(labels).values())
    print(
        f"synthetic {n} in-process |",
        _score(labels, data, data_gold),
        f"| largest {largest}",
        end="",
    )
    print(f" | {cpu:.1f} s CPU", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
