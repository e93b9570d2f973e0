"""Inputs at the edges: one article, 200 articles, other languages mixed in, nothing usable."""

from __future__ import annotations

import json
import random

import pytest

from conftest import DATASETS
from corpus_fixture import SENTENCES, article
from ringkas.config import Config
from ringkas.errors import InputError
from ringkas.ingest import article_from_text
from ringkas.model import Article
from ringkas.pipeline import summarize

ENGLISH = (
    "The regent said on Monday that the relief posts would stay open for at least two weeks. "
    "Officials from the province are expected to visit the villages that were hit by the flood."
)
MALAY = (
    "Kerajaan negeri akan memberi bantuan wang kepada mangsa banjir, kata Menteri Besar. Beliau "
    "berkata bantuan itu ialah sebahagian daripada usaha kerajaan kerana ramai penduduk terjejas."
)


def test_one_article_is_a_single_source_digest() -> None:
    digest = summarize([article(0, [0, 2, 4, 6, 8], 0)], Config(words=50))
    assert digest.single_source and digest.sentences
    assert any("single source" in w for w in digest.warnings)
    assert digest.words <= 50


def test_two_hundred_articles() -> None:
    rows = [
        json.loads(line) for line in (DATASETS / "indosum-single-dev.jsonl").open(encoding="utf-8")
    ]
    rows = random.Random(3).sample(rows, 200)
    articles = [
        article_from_text(
            r["documents"][0]["text"], id=f"a{k:03d}", outlet=r["documents"][0]["outlet"]
        )
        for k, r in enumerate(rows)
    ]
    digest = summarize(articles, Config(words=120))
    assert 0 < digest.words <= 120
    # 200 articles of many events: those sharing almost no words with any other are set aside
    # (ringkas.related), each named in a warning; none is lost without a word.
    assert len(digest.sources) + len(digest.set_aside) == 200
    assert len([w for w in digest.warnings if "left out of the digest" in w]) == len(
        digest.set_aside
    )
    kept = summarize(articles, Config(words=120, keep_unrelated=True))
    assert len(kept.sources) == 200 and not kept.set_aside


def test_english_reported_and_malay_looking_summarized_as_indonesian() -> None:
    cluster = [
        article(0, [0, 2, 3, 5], 0),
        article(1, [1, 4, 6, 7], 1),
        Article(id="en", outlet="wire.com", body=ENGLISH),
        Article(id="ms", outlet="akhbar.my", body=MALAY),
    ]
    # The Malay text tells of another flood in other words (ringkas.related would set it aside):
    # kept here, where the languages are what is tested.
    digest = summarize(cluster, Config(keep_unrelated=True))
    assert {s.article_id for s in digest.sources} == {"art-00", "art-01", "ms"}
    assert {s.language for s in digest.sources} == {"id"}
    warnings = " ".join(digest.warnings)
    assert "en: written in English" in warnings
    assert "ms: reads like Malay; summarized as Indonesian" in warnings
    assert all(s.article_id != "en" for s in digest.sentences)


def test_malay_is_summarizable() -> None:
    """Told Indonesian, a Malay-looking article is summarized as Indonesian with a warning;
    a cluster that is all Malay is summarized as Malay (with the Indonesian rules)."""
    told = summarize([Article(id="ms", body=MALAY)], Config(language="id"))
    assert told.sentences and {s.language for s in told.sources} == {"id"}
    assert any("reads like Malay" in w for w in told.warnings)
    alone = summarize([Article(id="ms", body=MALAY)])
    assert alone.sentences and {s.language for s in alone.sources} == {"ms"}


def test_english_cluster_with_language_setting() -> None:
    cluster = [
        Article(id="e1", outlet="a.com", body=ENGLISH),
        Article(id="e2", outlet="b.com", body=ENGLISH.replace("Monday", "Tuesday")),
    ]
    digest = summarize(cluster, Config(language="en"))
    assert digest.sentences and {s.language for s in digest.sources} == {"en"}


def test_no_usable_article_is_a_clear_error() -> None:
    with pytest.raises(InputError, match="no articles"):
        summarize([])
    with pytest.raises(InputError, match="no article is in English"):
        summarize([Article(id="ms", body=MALAY)], Config(language="en"))


def test_duplicate_article_counted_once() -> None:
    a = Article(id="a", outlet="x.id", body="\n\n".join(SENTENCES[:5]))
    b = Article(id="b", outlet="y.id", body=a.body)
    digest = summarize([a, b])
    assert len(digest.sources) == 1
    assert any("same text as" in w for w in digest.warnings)
