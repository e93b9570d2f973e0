"""Where batch results go: the same tables from every engine (articles, stories, digests)."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ringkas.errors import InputError

TABLES = ("articles", "stories", "digests")


def input_files(inputs: Sequence[str]) -> Iterator[Path]:
    """JSONL and Parquet files named or found (recursively) in folders, in name order."""
    for name in inputs:
        path = Path(name)
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*") if p.suffix in (".jsonl", ".parquet") and p.is_file()
            )
            if not found:
                raise InputError(name, "no .jsonl or .parquet file in this folder")
            yield from found
        elif path.is_file():
            if path.suffix not in (".jsonl", ".parquet"):
                raise InputError(name, "batch input must be .jsonl or .parquet")
            yield path
        else:
            raise InputError(name, "no such file or folder")


# Column types, fixed so a Parquet file written in chunks has one schema (and an empty list is
# list<string>, not a null column).
SCHEMAS: dict[str, dict[str, str]] = {
    "articles": {
        k: "string" for k in ("id", "key", "story_id", "reprint_of", "outlet", "published")
    },
    "stories": {
        "story_id": "string",
        "title": "string",
        "articles": "list",
        "reprints": "list",
        "outlets": "list",
        "first_published": "string",
        "last_published": "string",
    },
    "digests": {"story_id": "string", "digest": "string"},
}


class TableWriter:
    """OUT/<table>.jsonl (one object a line, keys sorted) and OUT/<table>.parquet, written row by
    row: a table never has to fit in memory. Parquet needs the spark extra's pyarrow; without it
    only JSONL is written."""

    CHUNK_BYTES = 16 << 20  # a Parquet row group holds about this much JSON text (digests are big)

    def __init__(self, directory: Path, table: str) -> None:
        self.path = directory / f"{table}.parquet"
        self.table = table
        self.jsonl = (directory / f"{table}.jsonl").open("w", encoding="utf-8")
        self.chunk: list[dict[str, Any]] = []
        self.chunk_bytes = 0
        self.parquet: Any = None
        try:
            import pyarrow as pa
        except ImportError:
            self.schema = None
        else:
            types = {"string": pa.string(), "list": pa.list_(pa.string())}
            self.schema = pa.schema([(k, types[t]) for k, t in SCHEMAS[table].items()])

    def write(self, row: dict[str, Any]) -> None:
        line = json.dumps(row, ensure_ascii=False, sort_keys=True)
        self.jsonl.write(line + "\n")
        if self.schema is not None:
            self.chunk.append(row)
            self.chunk_bytes += len(line)
            if self.chunk_bytes >= self.CHUNK_BYTES:
                self._flush()

    def _flush(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        if self.parquet is None:
            self.parquet = pq.ParquetWriter(self.path, self.schema)
        self.parquet.write_table(pa.Table.from_pylist(self.chunk, schema=self.schema))
        self.chunk = []
        self.chunk_bytes = 0

    def close(self) -> None:
        self.jsonl.close()
        if self.schema is not None:
            if self.chunk or self.parquet is None:  # an empty table still gets its file
                self._flush()
            self.parquet.close()


@contextmanager
def table_writers(directory: Path) -> Iterator[dict[str, TableWriter]]:
    """One TableWriter per table in ``directory`` (created), all closed on the way out."""
    directory.mkdir(parents=True, exist_ok=True)
    writers = {table: TableWriter(directory, table) for table in TABLES}
    try:
        yield writers
    finally:
        for writer in writers.values():
            writer.close()


def read_table(directory: Path, table: str) -> list[dict[str, Any]]:
    """A table as written by either engine (a JSONL file, or Spark's folder of part files)."""
    path = directory / f"{table}.jsonl"
    files = sorted(path.glob("part-*")) if path.is_dir() else [path]
    rows = []
    for file in files:
        with file.open(encoding="utf-8") as handle:
            rows += [json.loads(line) for line in handle if line.strip()]
    return rows
