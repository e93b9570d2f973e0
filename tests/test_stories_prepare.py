"""Ingest's per-article preparation in worker processes (``stories.prepare``): the same items in
the same order, and the same store, whatever the number of workers; the assigner's terms computed
ahead of it change no assignment."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from ringkas.evaluate.datasets import feed_rows
from ringkas.ingest import Problem, iter_load
from ringkas.model import Article
from ringkas.stories.assign import Assigner, parse
from ringkas.stories.prepare import Prepared, iter_prepared
from ringkas.stories.service import StoryService


def _write(path: Path, rows: list[dict[str, Any] | str]) -> Path:
    lines = [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in rows]
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def real_feed(tmp_path_factory: pytest.TempPathFactory, datasets_dir: Path) -> Path:
    """450 real IndoSum articles (dated by their URL where it carries one) and 120 Multi-News ones,
    with a bad line, an empty article and a repeated article among them."""
    indosum: list[dict[str, Any] | str] = list(
        feed_rows(datasets_dir / "indosum-single-dev.jsonl", limit=450)
    )
    multinews: list[dict[str, Any] | str] = []
    with (datasets_dir / "stories-multinews-val.jsonl").open(encoding="utf-8") as handle:
        for line, _ in zip(handle, range(120), strict=False):
            row = json.loads(line)
            multinews.append({"id": row["id"], "text": row["text"]})
    rows = [*indosum[:200], "{not json", *multinews, {"id": "empty", "text": "  "}]
    rows += [*indosum[200:], indosum[3]]
    return _write(tmp_path_factory.mktemp("feed") / "feed.jsonl", rows)


def _shown(item: Prepared | Problem) -> tuple[str, ...]:
    if isinstance(item, Problem):
        return ("problem", item.line, str(item.warning))
    return (
        item.article.id,
        repr(item.article),
        item.key,
        item.signature.tobytes().hex(),
        repr(item.band_keys),
        repr(item.parsed),
    )


def test_workers_yield_the_same_items_in_the_same_order(real_feed: Path) -> None:
    alone = [_shown(i) for i in iter_prepared([str(real_feed)], workers=0)]
    pooled = [_shown(i) for i in iter_prepared([str(real_feed)], workers=2, pool_after=7)]
    assert pooled == alone
    problems = [i for i in alone if i[0] == "problem"]
    assert len(problems) == 2  # the bad line and the empty article, each in its place
    assert len(alone) == 450 + 120 + 1 + 2


def test_prepared_items_match_the_plain_loader(real_feed: Path) -> None:
    """``iter_prepared`` cleans exactly as ``iter_load`` (what `ringkas summarize` reads)."""
    plain = [repr(i) if isinstance(i, Article) else i.line for i in iter_load([str(real_feed)])]
    prepared = [
        repr(i.article) if isinstance(i, Prepared) else i.line
        for i in iter_prepared([str(real_feed)], workers=0)
    ]
    assert prepared == plain


def _rows(db: Path) -> list[tuple[Any, ...]]:
    with sqlite3.connect(db) as conn:
        columns = [
            r[1] for r in conn.execute("PRAGMA table_info(articles)") if r[1] != "ingested_at"
        ]
        return conn.execute(f"SELECT {', '.join(columns)} FROM articles ORDER BY seq").fetchall()


def test_the_store_is_the_same_with_and_without_workers(real_feed: Path, tmp_path: Path) -> None:
    stores = []
    for workers, pool_after in ((0, 0), (2, 0), (1, 100)):
        db = tmp_path / f"w{workers}-{pool_after}.db"
        items = iter_prepared([str(real_feed)], workers=workers, pool_after=pool_after)
        with StoryService(db) as service:
            report = service.ingest(
                (i for i in items if isinstance(i, Prepared)), batch_size=64, digests=False
            )
        assert report.duplicate == 1  # the repeated article
        stores.append(_rows(db))
    assert stores[0] == stores[1] == stores[2]
    assert len(set(stores[0])) == 450 + 120  # the repeat is not stored again


def test_articles_given_plain_or_prepared_give_the_same_store(
    real_feed: Path, tmp_path: Path
) -> None:
    """`ringkas watch` and the API hand the service plain articles; `ringkas ingest` prepared ones."""
    articles = [a for a in iter_load([str(real_feed)]) if isinstance(a, Article)]
    prepared = [p for p in iter_prepared([str(real_feed)]) if isinstance(p, Prepared)]
    stores = []
    for name, items in (("plain", articles), ("prepared", prepared)):
        with StoryService(tmp_path / f"{name}.db") as service:
            service.ingest(items, batch_size=100, digests=False)
        stores.append(_rows(tmp_path / f"{name}.db"))
    assert stores[0] == stores[1]


def test_terms_parsed_ahead_give_the_same_assignments(real_feed: Path) -> None:
    """The assigner given ``parse``'s result decides exactly as the assigner that parses itself;
    a parse in another language than the assigner would use is ignored, not trusted."""
    articles = [a for a in iter_load([str(real_feed)]) if isinstance(a, Article)]
    itself, ahead, wrong = Assigner(), Assigner(), Assigner()
    found = set()
    for article in articles:
        key = article.id
        expected = itself.assign(key, article.body, article.published, article.language)
        found.add(expected)
        parsed = parse(article.body, article.language)
        assert ahead.assign(key, article.body, article.published, article.language, parsed) == (
            expected
        )
        other = parse(article.body, "en" if article.language == "id" else "id")
        assert wrong.assign(key, article.body, article.published, article.language, other) == (
            expected
        )
    assert 100 < len(found) < len(articles)  # many stories, and some of several articles
