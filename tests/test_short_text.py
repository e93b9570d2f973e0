"""Very short articles: summarized by their best sentences, never an empty digest; a sentence's
first word is not taken for a name just because it is capitalised."""

from __future__ import annotations

from ringkas.config import Config
from ringkas.facts.entities import extract_entities
from ringkas.ingest import article_from_text
from ringkas.pipeline import summarize
from ringkas.render import render
from ringkas.text.sentences import split_sentences

SHORT_EN = "Nothing Indonesian happened. The cat sat down. Then it rained."
SHORT_ID = "Tidak ada kabar. Kucing duduk. Lalu hujan turun."


def test_three_short_sentences_give_a_summary() -> None:
    for text in (SHORT_EN, SHORT_ID):
        digest = summarize([article_from_text(text, id="short")], Config(words=40))
        assert digest.sentences and digest.words > 0, text
        assert all(s.text in text for s in digest.sentences)
        assert digest.words <= 40
        assert "no sentence fits" not in " ".join(digest.warnings)


def test_short_summary_keeps_the_budget() -> None:
    digest = summarize([article_from_text(SHORT_EN, id="short")], Config(words=10))
    assert 0 < digest.words <= 10


def test_sentence_initial_capitals_are_not_names() -> None:
    article = article_from_text(SHORT_EN, id="short")
    sentences = split_sentences(article.id, article.body, "en")
    names = {e.name for e in extract_entities([article], sentences)}
    assert not any("Nothing" in n or n in ("The", "Then") for n in names), names
    digest = summarize([article], Config(words=40))
    assert not digest.entities and "(person" not in render(digest, "text")


def test_a_name_that_starts_a_sentence_is_still_a_name() -> None:
    text = (
        "Joko Widodo tiba di Bandung pada Senin pagi. Warga menyambut Joko Widodo di alun-alun "
        "kota. Setelah itu Joko Widodo meninjau pasar."
    )
    article = article_from_text(text, id="a", outlet="x.id")
    sentences = split_sentences(article.id, article.body, "id")
    names = {e.name for e in extract_entities([article], sentences)}
    assert "Joko Widodo" in names and "Bandung" in names


def test_a_quotable_sentence_held_back_leaves_out_the_short_lines_beside_it() -> None:
    """s37: a page whose one sentence of news length speaks in its writer's voice ("our team")
    and whose other line is a two-word aside: the fallback quotes the news sentence alone, not
    the aside (mn-val-101 quoted "You're welcome!" as a bullet)."""
    text = (
        "Seen the trailer? To mark the final season this Sunday, our video team cut together "
        "every fight scene of the show into one long reel, in order. You're welcome!"
    )
    digest = summarize([article_from_text(text, id="page")], Config(language="en", words=100))
    quoted = [s.text for s in digest.sentences]
    assert quoted and all(len(q.split()) >= 6 for q in quoted), quoted
    assert "You're welcome!" not in quoted
