"""Where batch results go: the same tables from every engine (articles, stories, digests)."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ringkas.errors import InputError

TABLES = ("articles", "stories", "digests")


@dataclass(frozen=True)
class Outputs:
    articles: list[dict[str, Any]]  # id, key, story_id, reprint_of, outlet, published
    stories: list[dict[str, Any]]  # engines.core.story_row
    digests: list[dict[str, Any]]  # story_id, digest (the JSON text of `ringkas summarize`)
    rejected: list[str]


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


def write_outputs(directory: Path, outputs: Outputs) -> None:
    """OUT/<table>.jsonl (sorted, one object a line) and OUT/<table>.parquet, plus rejected.txt."""
    directory.mkdir(parents=True, exist_ok=True)
    for table in TABLES:
        rows: list[dict[str, Any]] = getattr(outputs, table)
        with (directory / f"{table}.jsonl").open("w", encoding="utf-8") as handle:
            for row in rows:
                handle.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError:  # Parquet needs the spark extra's pyarrow; JSONL is always written
            continue
        pq.write_table(pa.Table.from_pylist(rows), directory / f"{table}.parquet")
    (directory / "rejected.txt").write_text(
        "".join(line + "\n" for line in outputs.rejected), encoding="utf-8"
    )


def read_table(directory: Path, table: str) -> list[dict[str, Any]]:
    """A table as written by either engine (a JSONL file, or Spark's folder of part files)."""
    path = directory / f"{table}.jsonl"
    files = sorted(path.glob("part-*")) if path.is_dir() else [path]
    rows = []
    for file in files:
        with file.open(encoding="utf-8") as handle:
            rows += [json.loads(line) for line in handle if line.strip()]
    return rows
