"""Where batch results go: the same tables from every engine (articles, stories, digests)."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ringkas.errors import InputError

TABLES = ("articles", "stories", "digests")


TABLE_SUFFIXES = (".jsonl", ".ndjson", ".parquet")


@dataclass(frozen=True)
class BatchInputs:
    """What a batch reads: record tables (JSONL/Parquet, read row by row by the engine) and pages
    (``.txt``/``.html`` files and ``-``, read by the same readers as ``summarize`` and ``ingest``)."""

    tables: tuple[str, ...]
    pages: tuple[str, ...]


def batch_inputs(inputs: Sequence[str]) -> BatchInputs:
    """Sort every input into tables and pages, in name order within a folder; one vocabulary with
    ``summarize``/``ingest``: files, folders (recursively), ``.txt``/``.html``/``.jsonl``, ``-``;
    plus Parquet, and (Spark) any URI, read as a table."""
    from ringkas.ingest.readers import page_kind

    tables: list[str] = []
    pages: list[str] = []
    for name in inputs:
        path = Path(name)
        if name == "-" or (path.is_file() and path.suffix.lower() not in TABLE_SUFFIXES):
            pages.append(name)
        elif "://" in name or path.is_file():
            tables.append(name)
        elif path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.is_file() and not any(x.startswith(".") for x in p.relative_to(path).parts)
            )
            table_files = [str(p) for p in found if p.suffix.lower() in TABLE_SUFFIXES]
            page_files = [str(p) for p in found if page_kind(p) in ("text", "html")]
            if not table_files and not page_files:
                raise InputError(name, "no .txt, .html, .jsonl or .parquet file in this folder")
            tables += table_files
            pages += page_files
        else:
            raise InputError(name, "no such file or folder")
    return BatchInputs(tuple(tables), tuple(pages))


def input_files(inputs: Sequence[str]) -> Iterator[Path]:
    """The JSONL and Parquet files among the inputs (named or found in folders), in name order."""
    for name in batch_inputs(inputs).tables:
        yield Path(name)


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
