"""The local batch engine's parts that keep a million articles in bounded memory: candidate pairs
from band leaders, vectorized verification, tables written in chunks."""

from __future__ import annotations

import json
from itertools import combinations
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from ringkas.engines import core
from ringkas.engines.local import band_pairs, verified_pairs
from ringkas.engines.output import TableWriter, read_table, table_writers


def _brute_force(bands: np.ndarray, leaders: int) -> set[tuple[int, int]]:
    """The rule as stated: in every band bucket (rows in index order), each row is paired with
    the first ``leaders`` rows of the bucket that come before it."""
    pairs = set()
    for b in range(bands.shape[1]):
        buckets: dict[int, list[int]] = {}
        for i, value in enumerate(bands[:, b].tolist()):
            buckets.setdefault(value, []).append(i)
        for members in buckets.values():
            for x, y in combinations(range(len(members)), 2):
                if x < leaders:
                    pairs.add((members[x], members[y]))
    return pairs


@pytest.mark.parametrize("leaders", [1, 3, 20])
def test_band_pairs_follow_the_leader_rule(leaders: int) -> None:
    rng = np.random.default_rng(7)
    # few distinct values per band, so buckets of every size occur (up to ~60 rows)
    bands = rng.integers(0, 12, size=(300, 4)).astype(np.uint64)
    firsts, seconds = band_pairs(bands, leaders)
    got = list(zip(firsts.tolist(), seconds.tolist(), strict=True))
    assert got == sorted(set(got)), "pairs come sorted and unique"
    assert set(got) == _brute_force(bands, leaders)
    assert all(a < b for a, b in got)


def test_band_pairs_with_enough_leaders_are_all_pairs_sharing_a_band() -> None:
    rng = np.random.default_rng(3)
    bands = rng.integers(0, 40, size=(120, 3)).astype(np.uint64)
    firsts, seconds = band_pairs(bands, leaders=120)
    everything = {(a, b) for a, b in combinations(range(120), 2) if (bands[a] == bands[b]).any()}
    assert set(zip(firsts.tolist(), seconds.tolist(), strict=True)) == everything


def test_band_pairs_of_distinct_rows_are_empty() -> None:
    firsts, seconds = band_pairs(np.arange(20, dtype=np.uint64).reshape(10, 2))
    assert len(firsts) == len(seconds) == 0


def test_a_wire_story_meets_its_original_however_common_its_band() -> None:
    """Row 0 is the original; rows 1..99 copy it; the band is shared by all of them, so every
    copy is paired with row 0 even with a single leader."""
    bands = np.zeros((100, 1), dtype=np.uint64)
    firsts, seconds = band_pairs(bands, leaders=1)
    assert set(zip(firsts.tolist(), seconds.tolist(), strict=True)) == {
        (0, i) for i in range(1, 100)
    }


def test_verified_pairs_agree_with_is_reprint_in_every_chunk() -> None:
    rng = np.random.default_rng(11)
    base = rng.integers(0, 2**63, size=(50, 64), dtype=np.uint64)
    sigs = base.copy()
    # row i+25 shares a decreasing share of its signature with row i: some above, some below 0.6
    for i in range(25):
        keep = 64 - 2 * i
        sigs[i + 25, :keep] = sigs[i, :keep]
    firsts, seconds = (np.array(x) for x in zip(*combinations(range(50), 2), strict=True))
    expected = [
        (a, b)
        for a, b in zip(firsts.tolist(), seconds.tolist(), strict=True)
        if core.is_reprint(sigs[a].tobytes(), sigs[b].tobytes())
    ]
    assert 5 < len(expected) < 25  # the threshold is crossed inside the test data
    assert verified_pairs(sigs, firsts, seconds, chunk=7) == expected


def test_tables_written_in_chunks_read_back_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(TableWriter, "CHUNK_BYTES", 200)  # a row group every few rows
    stories = [
        {
            "story_id": f"s{i:03d}",
            "title": f"Judul «{i}»",
            "articles": [f"a{i}", f"b{i}"],
            "reprints": [] if i % 2 else [f"r{i}"],
            "outlets": ["x.id"],
            "first_published": "2025-01-01",
            "last_published": "",
        }
        for i in range(40)
    ]
    with table_writers(tmp_path) as tables:
        for row in stories:
            tables["stories"].write(row)
    parquet = pq.ParquetFile(tmp_path / "stories.parquet")
    assert parquet.metadata.num_row_groups > 5
    assert parquet.read().to_pylist() == stories == read_table(tmp_path, "stories")
    # tables nobody wrote to still exist, with their declared column types
    assert read_table(tmp_path, "digests") == []
    empty = pq.read_table(tmp_path / "digests.parquet")
    assert empty.num_rows == 0 and empty.schema.names == ["story_id", "digest"]
    reprints = pq.read_table(tmp_path / "stories.parquet").schema.field("reprints").type
    assert pa.types.is_list(reprints) and pa.types.is_string(reprints.value_type)
    line = (tmp_path / "stories.jsonl").read_text(encoding="utf-8").splitlines()[0]
    assert list(json.loads(line)) == sorted(stories[0])  # keys sorted, as before
