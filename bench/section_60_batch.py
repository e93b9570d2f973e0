"""Batch engines: `ringkas batch` local vs Spark local[2] on synthetic streams."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.common import ROOT, ringkas_argv, tree_peak_rss_mib

# The sizes, 100k and 1M articles (1M took 21 min locally and 27 min on Spark local[2]
# here, 2026-12-01): RINGKAS_BENCH_BATCH_SIZES=20000,100000 measures others. Spark's driver (which is also
# its executor in local mode) gets 8 GB of heap from 1M on (RINGKAS_SPARK_DRIVER_MEMORY); the
# default 2 GB serves the smaller runs.
SIZES = [int(n) for n in os.environ.get("RINGKAS_BENCH_BATCH_SIZES", "100000,1000000").split(",")]


def _row(n: int, engine: str, feed: Path, out: Path, gold: dict[str, str]) -> str:
    from ringkas.engines.output import read_table
    from ringkas.stories.assign import bcubed

    extra = ["--engine", engine]
    if engine == "spark":
        extra += ["--master", "local[2]", "--partitions", "8"]
    argv = ringkas_argv("batch", str(feed), "--output", str(out), *extra)
    env = {"RINGKAS_SPARK_DRIVER_MEMORY": "8g"} if n >= 1_000_000 else {}
    wall, rss = tree_peak_rss_mib(argv, env=env)
    articles = read_table(out, "articles")
    _, _, f1 = bcubed([a["story_id"] for a in articles], [gold[a["id"]] for a in articles])
    what = "local (in-process)" if engine == "local" else "Spark local[2]"
    row = f"| {n:,} | {what} | {wall:,.0f} s | {n / wall:,.0f} | {rss:,.0f} MiB | {f1:.3f} |"
    print(row, file=sys.stderr, flush=True)  # a long run shows its progress
    return row


def _gold(feed: Path) -> dict[str, str]:
    with feed.open(encoding="utf-8") as handle:
        return {str(row["id"]): str(row["story"]) for row in (json.loads(line) for line in handle)}


def run(quick: bool) -> str:
    sizes = [5_000] if quick else SIZES
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            feed = Path(tmp) / f"stream-{n}.jsonl"
            subprocess.run(
                [sys.executable, "-m", "bench.synth_stream", str(n), str(feed)],
                check=True,
                cwd=ROOT,
            )
            gold = _gold(feed)
            for engine in ("local", "spark"):
                rows.append(_row(n, engine, feed, Path(tmp) / f"out-{engine}-{n}", gold))
                shutil.rmtree(Path(tmp) / f"out-{engine}-{n}")
            feed.unlink()
    return section(rows)


def section(rows: list[str]) -> str:
    """The Markdown section around the table rows (also for rows measured one at a time)."""
    return "\n".join(
        [
            "## Batch engines: local vs Spark",
            "",
            "`python -m bench.synth_stream N stream.jsonl`, then `ringkas batch stream.jsonl "
            "--output out [--engine spark --master local[2] --partitions 8]`: clean, exact copies, "
            "MinHash reprints, story assignment (one pass in order, as the stream) and one digest per story, written as "
            "JSONL and Parquet. Peak RSS is the whole process tree (driver, JVM, Python workers); "
            "BCubed F1 of every article's story against the generator's gold stories.",
            "",
            "| articles | engine | wall | articles/s | peak RSS | BCubed F1 |",
            "|---:|---|---:|---:|---:|---:|",
            *rows,
            "",
            "`python -m bench.run --only section_60` measures this section alone (54 min here); "
            "`RINGKAS_BENCH_BATCH_SIZES=20000,100000` other sizes.",
            "",
            "### Running on a real cluster",
            "",
            "Build the wheel (`pip wheel --no-deps . -w dist`), pack a virtual environment that "
            "has `pip install 'dist/ringkas-*.whl[spark]'` (`venv-pack`), and start "
            "`ringkas batch` through a one-line `ringkas_main.py` "
            "(`from ringkas.cli import main; main()`): `spark-submit --master yarn "
            "--archives ringkas-env.tar.gz#env --conf spark.pyspark.python=./env/bin/python "
            "ringkas_main.py batch s3a://news/articles.parquet --output s3a://news-out/run1 "
            "--engine spark --partitions 400`. Inputs and outputs are any URI "
            "Spark reads and writes (HDFS, `s3a://`, `gs://`); each output table is a folder of "
            "part files, in Parquet and JSONL. The work that grows with the data (cleaning, "
            "signatures, band joins, components, digests) is spread over the executors, so their "
            "wall time should fall close to linearly with executor cores; the single-pass story "
            "assignment (on the driver, the originals streamed in order) is the sequential part. "
            "On one machine Spark pays for its JVM, Python workers and shuffles and stays slower "
            "than the local engine (above): it is for data one machine cannot hold. The full "
            "recipe: docs/design.md, Batch engines.",
            "",
        ]
    )
