"""The Spark engine: an adapter that only moves rows between the pure functions of
``engines.core`` (the ones the local engine calls). Joins, exact-copy removal, candidate pairs and
connected components run in Spark; cleaning, verification and summarization of a story run in
Python workers through ``mapPartitions`` / ``applyInPandas``; story assignment is one pass over
the originals in order on the driver (the stream's assigner, as the local engine).

pyspark is the optional ``spark`` extra; nothing else in ringkas imports this module.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from ringkas.engines import core
from ringkas.engines.local import BatchReport
from ringkas.engines.output import batch_inputs
from ringkas.errors import MissingExtraError
from ringkas.ingest.readers import iter_inputs

ROW_SCHEMA = (
    "id string, key string, order string, outlet string, title string, place string, "
    "url string, published string, language string, source string, removed string, "
    "body string, sig binary, bands array<string>, problem string"
)
STORY_SCHEMA = (
    "story_id string, title string, articles array<string>, reprints array<string>, "
    "outlets array<string>, first_published string, last_published string, digest string"
)


def session(master: str | None, partitions: int = 8) -> Any:
    """A Spark session whose Python workers run this interpreter (the same ringkas).

    ``master`` None: the master spark-submit was given (it starts Python with the JVM's gateway
    in PYSPARK_GATEWAY_PORT and the master in the JVM's configuration), else ``local[*]``."""
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise MissingExtraError("spark", "pyspark") from None
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    builder = SparkSession.builder
    if master is not None or "PYSPARK_GATEWAY_PORT" not in os.environ:
        builder = builder.master(master or "local[*]")
    spark = (
        builder.appName("ringkas-batch")
        .config("spark.sql.shuffle.partitions", str(partitions))
        .config("spark.default.parallelism", str(partitions))
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
        .config("spark.python.worker.reuse", "true")
        .config("spark.driver.memory", os.environ.get("RINGKAS_SPARK_DRIVER_MEMORY", "2g"))
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def _numbered(spark: Any, inputs: list[str]) -> Any:
    """(text or record, where) for every line / row, where = "path:number" exactly as the local
    engine writes it (zipWithIndex keeps the file's order across partitions)."""
    sc = spark.sparkContext
    parts = []
    plan = batch_inputs(inputs)
    for name in plan.tables:
        # URIs go to Spark as they are: a name ending in .parquet is Parquet, any other JSONL
        if name.endswith(".parquet"):
            rdd = spark.read.parquet(name).rdd.map(lambda row: ("record", row.asDict()))
        else:
            rdd = sc.textFile(name).map(lambda line: ("line", line))
        parts.append(
            rdd.zipWithIndex().map(lambda x, name=name: (x[0][0], x[0][1], f"{name}:{x[1] + 1}"))
        )
    if plan.pages:
        # Pages (.txt/.html files, stdin) are local files: read on the driver by the readers of
        # `summarize`/`ingest` and handed to Spark as records. For data one machine cannot hold,
        # give JSONL or Parquet instead.
        pages: list[tuple[str, Any, str]] = []
        for item in iter_inputs(plan.pages, sys.stdin if "-" in plan.pages else None):
            if isinstance(item, str):
                pages.append(("problem", item, ""))
            else:
                record = {
                    "id": item.id,
                    "text": item.text,
                    "html": item.html,
                    "outlet": item.outlet,
                    "url": item.url,
                    "title": item.title,
                    "published": item.published.isoformat() if item.published else "",
                }
                pages.append(("record", record, item.source))
        parts.append(sc.parallelize(pages, max(1, min(len(pages) // 200, 64))))
    return sc.union(parts)


def _clean_partition(items: Iterator[tuple[str, Any, str]]) -> Iterator[tuple[Any, ...]]:
    fields = core.ROW_FIELDS
    for kind, payload, where in items:
        if kind == "line" and not payload.strip():
            continue  # the local reader skips blank lines too
        if kind == "problem":
            yield (*([None] * len(fields)), payload)
            continue
        row = (
            core.clean_line(payload, where) if kind == "line" else core.clean_record(payload, where)
        )
        if isinstance(row, str):
            yield (*([None] * len(fields)), row)
        else:
            yield (*(row[f] for f in fields), None)


def connected_components(vertices: Any, edges: Any, max_rounds: int = 200) -> Any:
    """Min-label propagation in Spark: (id, label) with label = the smallest id of the id's
    component. ``vertices`` has ``id``; ``edges`` has ``src``, ``dst``. Nothing is collected to
    the driver but the count of labels that changed in each round."""
    from pyspark.sql import functions as F

    both = edges.select("src", "dst").union(edges.select(F.col("dst").alias("src"), "src"))
    both = both.distinct().localCheckpoint()
    labels = vertices.select("id", F.col("id").alias("label")).localCheckpoint()
    for _ in range(max_rounds):
        proposals = both.join(labels, both.src == labels.id).select(
            F.col("dst").alias("id"), F.col("label")
        )
        new = (
            labels.union(proposals).groupBy("id").agg(F.min("label").alias("label"))
        ).localCheckpoint()
        changed = (
            new.join(labels.withColumnRenamed("label", "old"), "id")
            .where(F.col("label") != F.col("old"))
            .count()
        )
        labels = new
        if changed == 0:
            return labels
    raise RuntimeError(f"connected components did not converge in {max_rounds} rounds")


def reprint_pairs(rows: Any) -> Any:
    """(src, dst) orders of the reprint pairs among rows (order, sig, bands): each row and the
    first BAND_LEADERS rows of each of its bands are candidates, verified by ``core.is_reprint``."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    is_reprint = F.pandas_udf(  # type: ignore[attr-defined]
        lambda a, b: a.combine(b, core.is_reprint), "boolean"
    )
    bands = rows.select("order", F.explode("bands").alias("band")).withColumn(
        "rank", F.row_number().over(Window.partitionBy("band").orderBy("order"))
    )
    pairs = (
        bands.where(F.col("rank") <= core.BAND_LEADERS)
        .alias("a")
        .join(bands.alias("b"), "band")
        .where(F.col("a.order") < F.col("b.order"))
        .select(F.col("a.order").alias("src"), F.col("b.order").alias("dst"))
        .distinct()
    )
    sigs = rows.select("order", "sig")
    return (
        pairs.join(sigs.withColumnRenamed("order", "src").withColumnRenamed("sig", "sa"), "src")
        .join(sigs.withColumnRenamed("order", "dst").withColumnRenamed("sig", "sb"), "dst")
        .where(is_reprint("sa", "sb"))
        .select("src", "dst")
    )


def run(
    inputs: list[str],
    output: str | Path,
    *,
    words: int = 120,
    master: str | None = None,
    partitions: int = 8,
    progress: Callable[[str], None] | None = None,
) -> BatchReport:
    say = progress or (lambda _: None)
    spark = session(master, partitions)
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    cleaned = spark.createDataFrame(
        _numbered(spark, inputs).mapPartitions(_clean_partition), ROW_SCHEMA
    ).localCheckpoint()
    rejected = cleaned.where(F.col("problem").isNotNull()).select("problem")
    rows = cleaned.where(F.col("problem").isNull()).drop("problem")

    # Exact copies: one row per content hash, the smallest order kept.
    first = Window.partitionBy("key").orderBy("order")
    distinct = (
        rows.withColumn("_n", F.row_number().over(first)).where("_n = 1").drop("_n")
    ).localCheckpoint()

    verified = reprint_pairs(distinct)
    groups = connected_components(distinct.select(F.col("order").alias("id")), verified)
    labelled = distinct.join(groups.withColumnRenamed("id", "order"), "order").localCheckpoint()
    originals = labelled.where(F.col("label") == F.col("order")).drop("label")
    reprints = labelled.where(F.col("label") != F.col("order"))

    # Stories: the stream's assigner over the originals in order, on the driver, streamed one
    # partition at a time (toLocalIterator): the same single pass as the local engine and the
    # stream, so the same stories whatever the partitioning.
    ordered = (
        originals.select("order", "key", "body", "published", "language")
        .orderBy("order")
        .toLocalIterator()
    )
    pairs = list(core.assign_stories(row.asDict() for row in ordered))
    stories_of = spark.createDataFrame(pairs, "key string, story_id string")
    originals = originals.join(stories_of, "key").localCheckpoint()
    reprints = reprints.join(
        originals.select(
            F.col("order").alias("label"),
            F.col("story_id"),
            F.col("id").alias("reprint_of"),
        ),
        "label",
    )

    def summarize(originals_pdf: Any, reprints_pdf: Any) -> Any:
        import pandas as pd

        members = originals_pdf.to_dict("records")
        story_id = str(members[0]["story_id"])
        row = core.story_row(story_id, members, [str(x) for x in reprints_pdf["rid"]])
        row["digest"] = core.digest_json(members, words)
        return pd.DataFrame([row])

    story_table = (
        originals.drop("sig", "bands")
        .groupBy("story_id")
        .cogroup(
            reprints.select(F.col("story_id").alias("rs"), F.col("id").alias("rid")).groupBy("rs")
        )
        .applyInPandas(summarize, STORY_SCHEMA)
    ).localCheckpoint()

    articles = originals.select(
        "id", "key", "story_id", F.lit("").alias("reprint_of"), "outlet", "published"
    ).union(reprints.select("id", "key", "story_id", "reprint_of", "outlet", "published"))
    out = str(output).rstrip("/")  # a URI keeps its "//"; Path() would fold it
    for name, frame in (
        ("articles", articles),
        ("stories", story_table.drop("digest")),
        ("digests", story_table.select("story_id", "digest")),
    ):
        frame.write.mode("overwrite").parquet(f"{out}/{name}.parquet")
        frame.write.mode("overwrite").json(f"{out}/{name}.jsonl")
    rejected.write.mode("overwrite").text(f"{out}/rejected.txt")

    counts = cleaned.agg(F.count("*").alias("read"), F.count("problem").alias("rejected")).first()
    report = BatchReport(
        articles=int(counts[0]),
        rejected=int(counts[1]),
        duplicates=int(counts[0]) - int(counts[1]) - distinct.count(),
        reprints=reprints.count(),
        originals=(n_originals := originals.count()),
        stories=story_table.count(),
        blocks=1 if n_originals else 0,  # one single pass over the originals in order
        largest_block=n_originals,
        engine=f"spark {spark.sparkContext.master}",
    )
    say(f"spark: {report}")
    return report
