"""Golden tests on the real seed cluster (read from ../shared, never copied into the repository)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from ringkas.config import Config
from ringkas.ingest import load
from ringkas.model import Digest
from ringkas.pipeline import summarize
from ringkas.render import to_json_dict

GOLDEN = Path(__file__).parent / "golden" / "seed-kim-putin.json"
FURNITURE = re.compile(
    r"Baca Juga|Berita Terkait|Terpopuler|Pilihan|Terkini|Langganan|Google News|Editor\s*:|Komentar|"
    r"Comment|Loading|Tulisan ini berasal|Artikel Terkait|Konten Premium|\(bs\)",
    re.IGNORECASE,
)


@pytest.fixture(scope="module")
def digest(seed_dir: Path) -> Digest:
    loaded = load([str(seed_dir)])
    assert not loaded.problems
    assert len(loaded.articles) == 5
    return summarize(loaded.articles, Config(words=120))


@pytest.fixture(scope="module")
def data(digest: Digest) -> dict[str, Any]:
    return to_json_dict(digest)


def test_budget_supports_and_spans(data: dict[str, Any]) -> None:
    assert 0 < data["words"] <= 120
    bodies = {s["article_id"]: s["body"] for s in data["sources"]}
    for s in data["summary"]:
        assert s["supports"], s
        start, end = s["span"]
        assert bodies[s["article_id"]][start:end] == s["text"]
        for sup in s["supports"]:
            a, b = sup["span"]
            assert 0 <= a < b <= len(bodies[sup["article_id"]])


def test_no_boilerplate_in_digest(data: dict[str, Any]) -> None:
    for s in data["summary"]:
        assert not FURNITURE.search(s["text"]), s["text"]


def test_both_date_conflicts_flagged_with_evidence(data: dict[str, Any]) -> None:
    def flagged(outlet: str, written: str) -> bool:
        return any(
            any(
                written in e["text"] and e["outlet"] == outlet
                for side in c["sides"]
                for e in side["evidence"]
            )
            for c in data["conflicts"]
        )

    assert flagged("suara.com", "Kamis (25/2)")
    assert flagged("bisnis.com", "Rabu (24/3/2019)")
    assert flagged("suara.com", "Rabu (23/4/2019)")
    for c in data["conflicts"]:
        assert len(c["sides"]) >= 1 and all(side["evidence"] for side in c["sides"])


def test_vague_phrases_are_not_conflicts(data: dict[str, Any]) -> None:
    for c in data["conflicts"]:
        values = " ".join(side["value"] for side in c["sides"]).lower()
        for vague in ("akhir april", "pekan lalu", "februari lalu", "paruh kedua"):
            assert vague not in values


def test_no_wrong_date_quoted(data: dict[str, Any]) -> None:
    text = " ".join(s["text"] for s in data["summary"])
    for wrong in ("25/2)", "24/3/2019", "Rabu (23/4/2019)"):
        assert wrong not in text


def test_key_facts_present(data: dict[str, Any]) -> None:
    text = " ".join(s["text"] for s in data["summary"])
    assert "Kim" in text and "Putin" in text  # who meets whom
    assert "Vladivostok" in text or "Rusia" in text  # where
    # How Kim travels (his private train) is no longer asserted: the sentences that say it carry
    # bisnis.com's wrong date (blocked) or are a quote the learned scorer ranks low; the one
    # left ("not yet certain whether by plane or train") made the digest only as filler.
    # Who, what, when, where and why are checked from the cluster's own facts in
    # tests/test_digest_coverage.py.
    assert "Hanoi" in text or "Trump" in text  # why it matters after the failed summit
    assert re.search(r"Rabu|Kamis|April|24|25", text)  # when


def test_corroboration_counts(data: dict[str, Any]) -> None:
    assert max(s["outlet_count"] for s in data["summary"]) >= 3
    entities = {e["name"] for e in data["entities"]}
    assert {"Vladimir Putin", "Vladivostok"} <= entities


def _skeleton(data: dict[str, Any]) -> dict[str, Any]:
    """The digest's shape without any article text: ids, spans and counts only."""
    return {
        "summary": [
            [s["article_id"], s["sentence_index"], s["span"], s["outlets"]] for s in data["summary"]
        ],
        "conflicts": sorted(
            [
                c["kind"],
                sorted(
                    [e["article_id"], e["span"]] for side in c["sides"] for e in side["evidence"]
                ),
            ]
            for c in data["conflicts"]
        ),
        "timeline": [[t["date"], t["outlets"]] for t in data["timeline"]],
        "words": data["words"],
    }


def test_golden_skeleton(data: dict[str, Any], update_golden: bool) -> None:
    """Any change to which sentences are chosen is a reviewed change: rerun with --update-golden."""
    current = _skeleton(data)
    if update_golden:
        GOLDEN.write_text(json.dumps(current, indent=1) + "\n", encoding="utf-8")
    assert GOLDEN.exists(), f"{GOLDEN} is missing: run pytest --update-golden and review it"
    assert json.loads(GOLDEN.read_text(encoding="utf-8")) == current
