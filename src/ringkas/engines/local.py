"""The reference batch engine: the pure functions of ``engines.core`` in plain loops, in-process."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ringkas.engines import core
from ringkas.engines.output import Outputs, input_files, write_outputs
from ringkas.stories.dedupe import candidate_pairs, components


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


def read_rows(inputs: list[str]) -> Iterator[dict[str, Any] | str]:
    """Cleaned article rows and problem lines from JSONL and Parquet files, file by file."""
    for path in input_files(inputs):
        if path.suffix == ".parquet":
            import pyarrow.parquet as pq

            for number, record in enumerate(pq.read_table(path).to_pylist(), 1):
                yield core.clean_record(record, f"{path}:{number}")
            continue
        with path.open(encoding="utf-8-sig", errors="replace") as handle:
            for number, line in enumerate(handle, 1):
                if line.strip():
                    yield core.clean_line(line, f"{path}:{number}")


def run(
    inputs: list[str],
    output: Path,
    *,
    words: int = 120,
    progress: Callable[[str], None] | None = None,
) -> BatchReport:
    say = progress or (lambda _: None)
    rejected: list[str] = []
    best: dict[str, dict[str, Any]] = {}  # content hash → the row kept (smallest order)
    read = 0
    for item in read_rows(inputs):
        read += 1
        if isinstance(item, str):
            rejected.append(item)
            continue
        kept = best.get(item["key"])
        if kept is None or item["order"] < kept["order"]:
            best[item["key"]] = item
    rows = sorted(best.values(), key=lambda r: str(r["order"]))
    say(f"{read} rows read, {len(rows)} distinct, {len(rejected)} rejected")

    # Reprints: verified candidate pairs → components; the smallest order is the original.
    pairs = [
        (a, b)
        for a, b in sorted(candidate_pairs([r["bands"] for r in rows]))
        if core.is_reprint(rows[a]["sig"], rows[b]["sig"])
    ]
    group = components(len(rows), pairs)
    first: dict[int, int] = {}
    for i, g in enumerate(group):
        first.setdefault(g, i)  # rows are sorted by order: the first of a group is its original
    original_of = {i: first[g] for i, g in enumerate(group)}
    originals = [i for i in range(len(rows)) if original_of[i] == i]
    say(f"{len(rows) - len(originals)} reprints, {len(originals)} originals")

    # Blocks: originals sharing a (not too common) block key.
    members: dict[str, list[int]] = defaultdict(list)
    for k, i in enumerate(originals):
        for key in rows[i]["blocks"]:
            members[key].append(k)
    links = [
        (m[0], other) for m in members.values() if len(m) <= core.BLOCK_KEY_MAX for other in m[1:]
    ]
    block = components(len(originals), links)
    by_block: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for k, i in enumerate(originals):
        by_block[block[k]].append(rows[i])
    story_of: dict[str, str] = {}
    for block_rows in by_block.values():
        story_of.update(core.assign_block(block_rows))
    say(f"{len(by_block)} blocks, {len(set(story_of.values()))} stories")

    story_members: dict[str, list[dict[str, Any]]] = defaultdict(list)
    story_reprints: dict[str, list[str]] = defaultdict(list)
    article_rows = []
    for i, row in enumerate(rows):
        original = rows[original_of[i]]
        story = story_of[original["key"]]
        if original_of[i] == i:
            story_members[story].append(row)
        else:
            story_reprints[story].append(str(row["id"]))
        article_rows.append(
            {
                "id": row["id"],
                "key": row["key"],
                "story_id": story,
                "reprint_of": "" if original_of[i] == i else original["id"],
                "outlet": row["outlet"],
                "published": row["published"],
            }
        )
    stories = [
        core.story_row(s, story_members[s], story_reprints[s]) for s in sorted(story_members)
    ]
    digests = [
        {"story_id": s, "digest": core.digest_json(story_members[s], words)}
        for s in sorted(story_members)
    ]
    write_outputs(output, Outputs(article_rows, stories, digests, rejected))
    sizes = [len(v) for v in by_block.values()]
    return BatchReport(
        articles=read,
        rejected=len(rejected),
        duplicates=read - len(rejected) - len(rows),
        reprints=len(rows) - len(originals),
        originals=len(originals),
        stories=len(stories),
        blocks=len(sizes),
        largest_block=max(sizes, default=0),
    )
