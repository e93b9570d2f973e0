"""A digest tells who, what, when and where: checked against the cluster's own facts, not text.

The who/where are the people and places every outlet of the cluster reports (the pipeline's
entity counts), the when a date the timeline accepts (no outlet disputes it), the what an
opening several outlets corroborate; no sentence may dangle (open by referring to a sentence
the digest does not quote right before it). Run on the real seed cluster and on the invented example
that `make demo` shows; nothing of either digest's text is written here.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ringkas.config import Config
from ringkas.ingest import load
from ringkas.model import Digest, Entity
from ringkas.pipeline import prepare, summarize
from ringkas.select.cohesion import opens_with_reference

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "gempa-sukabumi"


def _digest(folder: Path) -> Digest:
    loaded = load([str(folder)])
    assert loaded.articles
    return summarize(loaded.articles, Config(words=120))


@pytest.fixture(scope="module", params=["seed", "example"])
def digest(request: pytest.FixtureRequest, seed_dir: Path) -> Digest:
    return _digest(seed_dir if request.param == "seed" else EXAMPLE)


def _named(entity: Entity, text: str) -> bool:
    return any(re.search(rf"\b{re.escape(a)}\b", text) for a in (entity.name, *entity.aliases))


def _everywhere(d: Digest, kinds: tuple[str, ...]) -> list[Entity]:
    outlets = len({s.outlet or s.article_id for s in d.sources})
    return [e for e in d.entities if e.kind in kinds and len(e.outlets) >= outlets]


def test_who_every_actor_all_outlets_report_is_named(digest: Digest) -> None:
    text = " ".join(s.text for s in digest.sentences)
    people = _everywhere(digest, ("person",))
    actors = (
        people
        or sorted(
            (e for e in digest.entities if e.kind in ("person", "org")),
            key=lambda e: (-len(e.outlets), -e.mentions, e.name),
        )[:1]
    )
    assert actors
    missing = [e.name for e in actors if not _named(e, text)]
    assert not missing, missing


def test_where_a_place_all_outlets_report_is_named(digest: Digest) -> None:
    text = " ".join(s.text for s in digest.sentences)
    places = _everywhere(digest, ("place",))
    assert places and any(_named(e, text) for e in places)


def test_when_an_undisputed_date_of_the_timeline_is_quoted(digest: Digest) -> None:
    quoted = {(s.article_id, s.sentence_index) for s in digest.sentences}
    dated = {
        (e.article_id, e.sentence_index)
        for event in digest.timeline
        if not event.disputed
        for e in event.evidence
    }
    assert quoted & dated


def test_what_the_digest_opens_with_a_corroborated_report(digest: Digest) -> None:
    """The opening sentence is one that other outlets also report, and some sentence of the
    digest is printed by at least three."""
    assert len(digest.sentences[0].outlets) >= 2
    assert max(len(s.outlets) for s in digest.sentences) >= 3


def test_how_many_the_toll_the_outlets_agree_on_is_stated(seed_dir: Path) -> None:
    """The counts at least two outlets agree on (the dead first) are quoted: in the example,
    the death toll most outlets give, which the digest once left out. Read from the cluster's
    own facts (facts.key_numbers), with the sentences that state each."""
    for folder in (seed_dir, EXAMPLE):
        articles = load([str(folder)]).articles
        prepared = prepare(articles, Config(words=120))
        quoted = {(s.article_id, s.sentence_index) for s in _digest(folder).sentences}
        quotable = {
            (s.article_id, s.index)
            for i, s in enumerate(prepared.sentences)
            if prepared.candidates.eligible()[i]
        }
        for key in prepared.facts.key_numbers[:2]:
            if quotable & set(key.sentences):
                assert quoted & set(key.sentences), (key.slot, key.value)
    example = prepare(load([str(EXAMPLE)]).articles, Config()).facts.key_numbers
    assert example and example[0].slot.endswith("|meninggal") and len(example[0].outlets) >= 3
    # ... and it is told right after the opening, as a news report gives its toll
    second = _digest(EXAMPLE).sentences[1]
    assert (second.article_id, second.sentence_index) in example[0].sentences


def test_no_quoted_sentence_dangles(digest: Digest) -> None:
    """A sentence opening with a reference back ("Data tersebut ...") comes right after the
    sentence of its article it refers to."""
    previous: tuple[str, int] | None = None
    for s in digest.sentences:
        if opens_with_reference(s.text, "id"):
            assert previous == (s.article_id, s.sentence_index - 1), s.text
        previous = (s.article_id, s.sentence_index)


def test_toll_comes_before_the_rest_of_the_opening_article() -> None:
    """Whatever the scorer picks: with the opening, the next sentence of its article (which does
    not refer back to it) and a sentence giving the toll, the toll is read second."""
    from ringkas.compose import _reading_order
    from ringkas.select.cohesion import leaning

    prepared = prepare(load([str(EXAMPLE)]).articles, Config())
    sentences = prepared.sentences
    toll = prepared.candidates.must_state[0]
    leans = leaning(prepared.candidates)
    cases = [
        (i, k)
        for i, s in enumerate(sentences)
        if s.index == 0
        and i + 1 < len(sentences)
        and sentences[i + 1].article_id == s.article_id
        and not leans[i + 1]
        for k in sorted(toll)
        if sentences[k].article_id != s.article_id and sentences[k].index > 0
    ]
    assert cases
    for opening, k in cases:
        assert _reading_order(prepared, [opening, opening + 1, k]) == [opening, k, opening + 1]
