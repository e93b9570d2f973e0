"""An article about another event than most of its cluster is set aside (ringkas.related): left
out of the summary and the facts, named in a warning and in the digest's ``set_aside``; kept
with ``keep_unrelated``; never decided when the cluster has no majority. Texts invented."""

from __future__ import annotations

import json
import random
from pathlib import Path

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from corpus_fixture import SENTENCES, article
from ringkas.api.app import Settings, create_app
from ringkas.cli import app
from ringkas.config import Config
from ringkas.i18n import Messages
from ringkas.ingest import load
from ringkas.model import Article
from ringkas.pipeline import prepare, summarize
from ringkas.related import RELATED, relatedness
from ringkas.render import render

# The fixture's chili-price sentences (12-14) tell of another event than its flood (0-11).
FLOOD = [article(0, [0, 2, 3, 5, 7], 0), article(1, [1, 4, 6, 8], 1), article(2, [0, 5, 9, 10], 2)]
CHILI = Article(id="art-09", body="\n\n".join(SENTENCES[12:15]), outlet="pasarkita.com")
TRAIN = Article(
    id="art-08",
    outlet="relnusa.id",
    body="Kereta api jurusan Bandung tertahan dua jam di Stasiun Purwakarta karena gangguan "
    "sinyal.\n\nPenumpang memilih turun dan melanjutkan perjalanan dengan bus.\n\nPetugas "
    "stasiun meminta maaf atas keterlambatan itu.",
)
# An invented web archive's notice (text.furniture.crawl_notice): no article.
NOTICE = (
    "This crawl of public pages was run by the archive's crawlers for a seed list of sites. "
    "The crawled files are not publicly accessible for now. A later crawl will add more pages "
    "to the Wayback Machine."
)
STORY = (
    "Firefighters in Dayton put out a warehouse fire on Monday night after four hours. "
    "No one was hurt, the fire chief said. The warehouse stored paper and old furniture, "
    "and the cause of the fire is not yet known."
)


def test_an_article_of_another_event_is_set_aside_and_named() -> None:
    digest = summarize([*FLOOD, CHILI], Config(words=80))
    assert [(a.article_id, a.outlet) for a in digest.set_aside] == [("art-09", "pasarkita.com")]
    assert digest.set_aside[0].similarity < RELATED
    assert {s.article_id for s in digest.sources} == {"art-00", "art-01", "art-02"}
    assert all(c.article_id != "art-09" for s in digest.sentences for c in s.supports)
    said = " ".join([*(f.text for f in digest.facts), *(t.text for t in digest.timeline)])
    assert "cabai" not in said and "80.000" not in said  # no fact of the other event
    assert any(w.startswith("art-09: shares almost no words") for w in digest.warnings)
    data = json.loads(render(digest, "json"))
    assert data["set_aside"] == [
        {
            "article_id": "art-09",
            "outlet": "pasarkita.com",
            "title": "",
            "similarity": data["set_aside"][0]["similarity"],
        }
    ]
    text = render(digest, "text")
    assert "art-09: hampir tidak berbagi kata dengan artikel lain" in text
    assert "tidak disertakan dalam ringkasan" in text and "left out" not in text


def test_a_brief_of_one_or_two_sentences_is_never_set_aside() -> None:
    """Too little text to tell its event: a one-sentence brief that shares few words with the
    reports stays (the digest only says the articles may tell of two events)."""
    brief = Article(id="art-07", body=SENTENCES[12], outlet="kilat.id")
    digest = summarize([*FLOOD, brief], Config(words=80))
    assert not digest.set_aside and "art-07" in {s.article_id for s in digest.sources}
    assert any("2 different events" in w for w in digest.warnings)
    two = Article(id="art-07", body="\n\n".join(SENTENCES[12:14]), outlet="kilat.id")
    assert not summarize([*FLOOD, two], Config(words=80)).set_aside


def test_keep_unrelated_keeps_it() -> None:
    digest = summarize([*FLOOD, CHILI], Config(words=80, keep_unrelated=True))
    assert not digest.set_aside
    assert "art-09" in {s.article_id for s in digest.sources}
    assert any("2 different events" in w for w in digest.warnings)


def test_no_majority_sets_nothing_aside_and_says_so() -> None:
    """Two articles, or several events none of which most articles report: which one is the
    odd one out cannot be told, so every article stays and the digest says the events differ."""
    two = summarize([FLOOD[0], CHILI], Config(words=60))
    assert not two.set_aside and len(two.sources) == 2
    assert "the articles seem to tell of 2 different events: they share almost no words" in (
        two.warnings
    )
    assert "tampaknya memberitakan 2 peristiwa berbeda" in render(two, "text")
    four = summarize([FLOOD[0], FLOOD[1], CHILI, TRAIN], Config(words=60))
    assert not four.set_aside and len(four.sources) == 4
    assert any("tell of 3 different events" in w for w in four.warnings)


def test_one_event_sets_nothing_aside(seed_dir: Path) -> None:
    digest = summarize(load([str(seed_dir)]).articles, Config(words=120))
    assert not digest.set_aside
    assert not any("different events" in w for w in digest.warnings)


def test_the_set_aside_does_not_depend_on_input_order() -> None:
    cluster = [*FLOOD, CHILI, TRAIN]
    first = prepare(cluster, Config())
    assert [a.article_id for a in first.set_aside] == ["art-08", "art-09"]
    for seed in range(5):
        shuffled = cluster[:]
        random.Random(seed).shuffle(shuffled)
        again = prepare(shuffled, Config())
        assert again.set_aside == first.set_aside and again.warnings == first.warnings


def test_notices_never_outvote_a_report() -> None:
    """Two web archive notices beside one report are no majority against it: they are no
    articles, so nothing is grouped and the report stays."""
    cluster = [
        Article(id="a", body=STORY, outlet="daytonnews.com", language="en"),
        Article(id="b", body=NOTICE, outlet="archive.org", language="en"),
        Article(id="c", body=NOTICE.replace("seed list", "seed list of news"), language="en"),
    ]
    prepared = prepare(cluster, Config(language="en"))
    assert not prepared.set_aside
    assert "a" in {a.id for a in prepared.articles}
    assert prepared.facts.notices == {"b", "c"}


def test_relatedness_groups_by_linked_pairs() -> None:
    """A chain of related articles is one group; the cosines are the summed sentence rows'."""
    prepared = prepare([*FLOOD, CHILI], Config(keep_unrelated=True))
    found = relatedness([a.id for a in prepared.articles], prepared.sentences, prepared.features)
    assert found.groups == 2 and [a for a, _ in found.aside] == ["art-09"]


def test_the_api_and_the_cli_set_aside_and_keep(tmp_path: Path) -> None:
    posted = [{"id": a.id, "outlet": a.outlet, "text": a.body} for a in [*FLOOD, CHILI]]
    with TestClient(create_app(Settings(db=str(tmp_path / "s.db")))) as client:
        body = client.post("/v1/digest", json={"articles": posted, "words": 80}).json()
        assert [a["article_id"] for a in body["set_aside"]] == ["art-09"]
        kept = client.post(
            "/v1/digest", json={"articles": posted, "words": 80, "keep_unrelated": True}
        ).json()
        assert kept["set_aside"] == [] and len(kept["sources"]) == 4
    folder = tmp_path / "cluster"
    folder.mkdir()
    for a in [*FLOOD, CHILI]:
        (folder / f"{a.id}.txt").write_text(a.body, encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(app, ["summarize", str(folder), "-f", "json"])
    assert result.exit_code == 0
    assert [a["article_id"] for a in json.loads(result.stdout)["set_aside"]] == ["art-09"]
    assert "art-09.txt: shares almost no words" in result.stderr
    kept_cli = runner.invoke(app, ["summarize", str(folder), "-f", "json", "--keep-unrelated"])
    assert json.loads(kept_cli.stdout)["set_aside"] == []


def test_the_english_catalogue_words_the_notes() -> None:
    en = Messages("en")
    note = "x.txt: shares almost no words with the other articles, so it likely reports another event: left out of the digest"
    assert en.note(note) == note
    assert Messages("id").note(note).startswith("x.txt: hampir tidak berbagi kata")
    malay = "x.txt: reads like Malay; summarized as Indonesian"
    assert (
        Messages("id").note(malay)
        == "x.txt: terbaca seperti bahasa Melayu; diringkas sebagai bahasa Indonesia"
    )


def test_unrelated_pages_of_real_outlets_are_said_to_tell_of_several_events() -> None:
    """raw-pages-dev: eight outlets' pages of seven stories; none is the majority."""
    from conftest import SHARED

    digest = summarize(load([str(SHARED / "corpus" / "raw-pages-dev")]).articles)
    assert not digest.set_aside
    assert any("different events" in w for w in digest.warnings)


def test_both_ways_of_summing_give_the_same_cosines(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A digest's cluster sums its articles' rows with one np.bincount; thousands of articles
    with a sparse product: the same cosines, also when some articles are left out."""
    import numpy as np

    import ringkas.related as related

    prepared = prepare([*FLOOD, CHILI, TRAIN], Config(keep_unrelated=True))
    for ids in (["art-00", "art-01", "art-02", "art-08", "art-09"], ["art-09", "art-00"]):
        dense = related.article_cosines(ids, prepared.sentences, prepared.features)
        monkeypatch.setattr(related, "DENSE_CELLS", 0)
        product = related.article_cosines(ids, prepared.sentences, prepared.features)
        monkeypatch.undo()
        assert dense.shape == (len(ids), len(ids))
        assert np.allclose(dense, product, atol=1e-12)


def test_a_set_aside_articles_note_gives_its_title() -> None:
    """s32: the note names the article by its source and, when it has one, its title, so a reader
    sees which story was left out; the catalogue still words it (the title as printed)."""
    from dataclasses import replace

    titled = replace(CHILI, title="Harga  cabai\nnaik lagi")
    digest = summarize([*FLOOD, titled], Config(words=80))
    (note,) = [w for w in digest.warnings if "shares almost no words" in w]
    assert note.startswith("art-09 (“Harga cabai naik lagi”): shares almost no words"), note
    assert (
        Messages("id")
        .note(note)
        .startswith("art-09 (“Harga cabai naik lagi”): hampir tidak berbagi kata")
    )
