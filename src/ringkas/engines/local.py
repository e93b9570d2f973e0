"""The reference batch engine: the pure functions of ``engines.core`` in plain loops, in-process."""

from __future__ import annotations

import os
import pickle
import sys
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import numpy as np

from ringkas.engines import core
from ringkas.engines.output import batch_inputs, table_writers
from ringkas.graph import components
from ringkas.ingest.readers import iter_inputs


@dataclass(frozen=True)
class BatchReport:
    articles: int  # rows read
    rejected: int
    duplicates: int
    reprints: int
    originals: int
    stories: int
    blocks: int
    largest_block: int
    engine: str = "local"  # "spark <master URL>" for the Spark engine


def read_rows(inputs: list[str]) -> Iterator[dict[str, Any] | str]:
    """Cleaned article rows and problem lines: JSONL and Parquet tables file by file, then the
    pages (.txt/.html files, stdin) through the readers `summarize` and `ingest` use."""
    plan = batch_inputs(inputs)
    for path in map(Path, plan.tables):
        if path.suffix == ".parquet":
            import pyarrow.parquet as pq

            for number, record in enumerate(pq.read_table(path).to_pylist(), 1):
                yield core.clean_record(record, f"{path}:{number}")
            continue
        with path.open(encoding="utf-8-sig", errors="replace") as handle:
            for number, line in enumerate(handle, 1):
                if line.strip():
                    yield core.clean_line(line, f"{path}:{number}")
    if plan.pages:
        stdin = sys.stdin if "-" in plan.pages else None
        for item in iter_inputs(plan.pages, stdin):
            yield item if isinstance(item, str) else core.clean_document(item)


def band_pairs(
    bands: np.ndarray, leaders: int = core.BAND_LEADERS
) -> tuple[np.ndarray, np.ndarray]:
    """Candidate pairs (a, b), a < b, sorted and unique, over an (n, bands) array of band hashes
    (the 8 bytes a band key names) of rows in ``order``: b with each of the first ``leaders`` rows
    before it that share one of its bands. Vectorized: no dict of 16 million key strings."""
    n = bands.shape[0]
    firsts, seconds = [], []
    positions = np.arange(n)
    for column in bands.T:
        order = np.argsort(column, kind="stable")  # a band's rows stay in row (= order) order
        values = column[order]
        new = np.r_[True, values[1:] != values[:-1]]
        start = np.maximum.accumulate(np.where(new, positions, 0))
        rank = positions - start  # place of each row within its band bucket
        for r in range(leaders):
            later = np.flatnonzero(rank > r)
            if not len(later):
                break
            firsts.append(order[start[later] + r])
            seconds.append(order[later])
    if not firsts:
        return np.empty(0, np.int64), np.empty(0, np.int64)
    packed = np.unique(np.concatenate(firsts).astype(np.int64) * n + np.concatenate(seconds))
    return packed // n, packed % n


def verified_pairs(
    sigs: np.ndarray, firsts: np.ndarray, seconds: np.ndarray, chunk: int = 1 << 15
) -> list[tuple[int, int]]:
    """The candidate pairs that ``core.reprint_mask`` confirms, in chunks (bounded memory)."""
    kept: list[tuple[int, int]] = []
    for at in range(0, len(firsts), chunk):
        a, b = firsts[at : at + chunk], seconds[at : at + chunk]
        mask = core.reprint_mask(sigs[a], sigs[b])
        kept += zip(a[mask].tolist(), b[mask].tolist(), strict=True)
    return kept


def reprint_pairs(
    sigs: Sequence[bytes], bands: Sequence[bytes], leaders: int = core.BAND_LEADERS
) -> tuple[int, list[tuple[int, int]]]:
    """(candidates checked, verified reprint pairs) among rows in ``order``, given each row's
    signature and its band hashes (``band_hashes``)."""
    n = len(sigs)
    firsts, seconds = band_pairs(np.frombuffer(b"".join(bands), np.uint64).reshape(n, -1), leaders)
    matrix = np.frombuffer(b"".join(sigs), dtype=np.uint64).reshape(n, -1)
    return len(firsts), verified_pairs(matrix, firsts, seconds)


def band_hashes(keys: list[str]) -> bytes:
    return np.array([int(k.partition(":")[2], 16) for k in keys], dtype=np.uint64).tobytes()


class _Spool:
    """Article rows on disk (a temporary file of pickles), read back by offset: only what the
    joins need (order, id, signature, band hashes) stays in memory."""

    def __init__(self, file: IO[bytes]) -> None:
        self.file = file

    def put(self, row: dict[str, Any]) -> int:
        self.file.seek(0, os.SEEK_END)
        offset = self.file.tell()
        pickle.dump(row, self.file, protocol=pickle.HIGHEST_PROTOCOL)
        return offset

    def get(self, offset: int) -> dict[str, Any]:
        self.file.seek(offset)
        row: dict[str, Any] = pickle.load(self.file)
        return row


@dataclass(frozen=True, slots=True)
class _Kept:
    """What stays in memory of a distinct article."""

    order: str
    key: str
    id: str
    offset: int
    sig: bytes
    bands: bytes


def run(
    inputs: list[str],
    output: Path,
    *,
    words: int = 120,
    progress: Callable[[str], None] | None = None,
    on_row: Callable[[int], None] | None = None,
) -> BatchReport:
    """``progress`` hears one line per stage, ``on_row`` the number of rows read (every 100)."""
    with tempfile.TemporaryFile() as file:
        return _run(
            inputs,
            output,
            words,
            progress or (lambda _: None),
            on_row or (lambda _: None),
            _Spool(file),
        )


def _run(
    inputs: list[str],
    output: Path,
    words: int,
    say: Callable[[str], None],
    on_row: Callable[[int], None],
    spool: _Spool,
) -> BatchReport:
    rejected: list[str] = []
    best: dict[str, _Kept] = {}  # content hash → the row kept (smallest order)
    read = 0
    for item in read_rows(inputs):
        read += 1
        if read % 100 == 0:
            on_row(read)
        if isinstance(item, str):
            rejected.append(item)
            continue
        kept = best.get(item["key"])
        if kept is None or item["order"] < kept.order:
            best[item["key"]] = _Kept(
                order=item["order"],
                key=item["key"],
                id=str(item["id"]),
                offset=spool.put({k: v for k, v in item.items() if k not in _IN_MEMORY}),
                sig=item["sig"],
                bands=band_hashes(item["bands"]),
            )
    rows = sorted(best.values(), key=lambda r: r.order)
    del best
    say(f"{read} rows read, {len(rows)} distinct, {len(rejected)} rejected")

    # Reprints: verified candidate pairs → components; the smallest order is the original.
    candidates, pairs = reprint_pairs([r.sig for r in rows], [r.bands for r in rows])
    say(f"{candidates} candidate pairs, {len(pairs)} verified")
    group = components(len(rows), pairs)
    first: dict[int, int] = {}
    for i, g in enumerate(group):
        first.setdefault(g, i)  # rows are sorted by order: the first of a group is its original
    original_of = [first[g] for g in group]
    del group, first
    originals = [i for i in range(len(rows)) if original_of[i] == i]
    say(f"{len(rows) - len(originals)} reprints, {len(originals)} originals")

    # Stories: the stream's assigner over the originals in order (rows are sorted by order).
    story_of = dict(core.assign_stories(spool.get(rows[i].offset) for i in originals))
    say(f"{len(set(story_of.values()))} stories")

    story_members: dict[str, list[int]] = defaultdict(list)
    story_reprints: dict[str, list[str]] = defaultdict(list)
    with table_writers(output) as tables:
        for i, kept in enumerate(rows):
            row = spool.get(kept.offset)
            original = rows[original_of[i]]
            story = story_of[original.key]
            if original_of[i] == i:
                story_members[story].append(i)
            else:
                story_reprints[story].append(kept.id)
            tables["articles"].write(
                {
                    "id": row["id"],
                    "key": row["key"],
                    "story_id": story,
                    "reprint_of": "" if original_of[i] == i else original.id,
                    "outlet": row["outlet"],
                    "published": row["published"],
                }
            )
        for s in sorted(story_members):
            originals_of_s = [spool.get(rows[i].offset) for i in story_members[s]]
            tables["stories"].write(core.story_row(s, originals_of_s, story_reprints[s]))
            tables["digests"].write(
                {"story_id": s, "digest": core.digest_json(originals_of_s, words)}
            )
    (output / "rejected.txt").write_text(
        "".join(line + "\n" for line in rejected), encoding="utf-8"
    )
    return BatchReport(
        articles=read,
        rejected=len(rejected),
        duplicates=read - len(rejected) - len(rows),
        reprints=len(rows) - len(originals),
        originals=len(originals),
        stories=len(story_members),
        blocks=1 if originals else 0,  # one single pass over the originals in order
        largest_block=len(originals),
    )


_IN_MEMORY = frozenset({"sig", "bands"})
