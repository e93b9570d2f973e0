"""Reprints in Spark: the project's band-key join (what `--engine spark` runs) against Spark
MLlib's ``MinHashLSH``, on the same distinct rows of a synthetic stream, in ``local[2]``.

    python -m bench.mllib_lsh 20000 [--tables 1 5 16]

Prints, for each, the wall time and the pairs at Jaccard >= ``dedupe.REPRINT``, and how many of
MLlib's pairs are also ours. Not part of ``make bench``: it measured a choice (docs/design.md,
Batch engines), it is not a figure to track.
"""

from __future__ import annotations

import argparse
import time
import zlib

from bench.common import distinct_rows
from ringkas.engines import core
from ringkas.engines import spark as engine
from ringkas.stories import dedupe

FEATURES = 1 << 20  # shingles hashed into a sparse binary vector, as MLlib wants its sets


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("--tables", type=int, nargs="+", default=[1, 5, 16])
    args = parser.parse_args()

    rows = distinct_rows(args.n)
    spark = engine.session("local[2]", 8)
    from pyspark.ml.feature import MinHashLSH
    from pyspark.ml.linalg import Vectors, VectorUDT
    from pyspark.sql import functions as F
    from pyspark.sql.types import ArrayType, BinaryType, StringType, StructField, StructType

    schema = StructType(
        [
            StructField("order", StringType()),
            StructField("sig", BinaryType()),
            StructField("bands", ArrayType(StringType())),
            StructField("features", VectorUDT()),
        ]
    )
    data = []
    for row in rows:
        index = sorted({zlib.crc32(s) % FEATURES for s in dedupe.shingles(str(row["body"]))})
        if index:  # MLlib refuses an empty set
            vector = Vectors.sparse(FEATURES, index, [1.0] * len(index))
            data.append((row["order"], bytearray(row["sig"]), row["bands"], vector))
    frame = spark.createDataFrame(data, schema).repartition(8).cache()
    print(f"{frame.count():,} distinct articles of {args.n:,} (synthetic stream, seed 0)")

    start = time.perf_counter()
    ours = {(a, b) for a, b in engine.reprint_pairs(frame).collect()}
    print(
        f"band keys + {core.BAND_LEADERS} leaders + is_reprint: "
        f"{time.perf_counter() - start:.1f} s, {len(ours):,} pairs"
    )

    for tables in args.tables:
        start = time.perf_counter()
        model = MinHashLSH(
            inputCol="features", outputCol="hashes", numHashTables=tables, seed=1
        ).fit(frame)
        hashed = model.transform(frame).cache()
        joined = model.approxSimilarityJoin(hashed, hashed, 1 - dedupe.REPRINT, distCol="d")
        theirs = {
            (a, b)
            for a, b in joined.where(F.col("datasetA.order") < F.col("datasetB.order"))
            .select("datasetA.order", "datasetB.order")
            .collect()
        }
        shared = len(theirs & ours)
        print(
            f"MLlib MinHashLSH, {tables} tables: {time.perf_counter() - start:.1f} s, "
            f"{len(theirs):,} pairs; shared with ours {shared:,}, ours only {len(ours) - shared:,}, "
            f"MLlib only {len(theirs) - shared:,}"
        )
        hashed.unpersist()
    spark.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
