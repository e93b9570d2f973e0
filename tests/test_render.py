"""Renderers: escaping, markers, the JSON schema's invariants."""

from __future__ import annotations

from pathlib import Path

from corpus_fixture import SENTENCES
from ringkas.config import Config
from ringkas.model import Article
from ringkas.pipeline import summarize
from ringkas.render import render, to_json_dict

HOSTILE = '<script>window.pwned=1</script> <img src=x onerror="alert(1)"> & "kutip"'


def _digest_with(text: str) -> object:
    a = Article(
        id="a",
        outlet="kabarsatu.id",
        title=f"Judul {HOSTILE}",
        body=f"{SENTENCES[0]} {text}\n\n{SENTENCES[2]}",
    )
    b = Article(id="b", outlet="<b>evil</b>.com", body=f"{SENTENCES[1]}\n\n{text} {SENTENCES[3]}")
    return summarize([a, b], Config(words=200))


def test_html_escapes_all_article_text() -> None:
    html = render(_digest_with(HOSTILE), "html")  # type: ignore[arg-type]
    assert "<script>window.pwned" not in html
    assert "<img src=x" not in html
    assert "&lt;script&gt;" in html
    assert "<b>evil</b>" not in html
    assert html.count("<script>") == 1  # only our own highlighter


def test_markdown_escapes_markup() -> None:
    md = render(_digest_with(HOSTILE), "markdown")  # type: ignore[arg-type]
    assert "<script>" not in md


def test_json_markers_point_at_sources() -> None:
    digest = _digest_with("Sebanyak 1.250 jiwa mengungsi.")
    data = to_json_dict(digest)  # type: ignore[arg-type]
    numbers = {s["n"] for s in data["sources"]}
    for s in data["summary"]:
        assert set(s["sources"]) <= numbers
        assert s["outlet_count"] == len(s["outlets"])
        assert s["supports"][0]["similarity"] == 1.0


def test_text_lists_sources_and_method() -> None:
    text = render(_digest_with("Air mulai surut pada Minggu pagi."), "text")  # type: ignore[arg-type]
    assert "Sumber" in text and "Metode:" in text and "[1]" in text


def test_json_is_the_standard_encoders_output_byte_for_byte() -> None:
    """render_json goes through orjson for speed; its bytes must stay json.dumps(indent=2)'s,
    control characters, quotes, escapes and non-ASCII included."""
    import json

    for extra in (HOSTILE, 'Tab\there, "kutip", \\ garis / é 😀 \u2028 \x01 \x7f.'):
        digest = _digest_with(extra)
        expected = json.dumps(to_json_dict(digest), ensure_ascii=False, indent=2) + "\n"  # type: ignore[arg-type]
        assert render(digest, "json") == expected  # type: ignore[arg-type]


def test_text_timeline_keeps_its_column_for_a_date_range(seed_dir: Path) -> None:
    """A range ("24-25 April") is wider than the date column: its dates get a line of their own
    and the event's text stays in the text column, as every other event's does."""
    from ringkas.ingest import load

    digest = summarize(load([str(seed_dir)]).articles, Config(words=120))
    ranged = [t for t in digest.timeline if t.end]
    assert ranged, "the seed cluster dates one event by a range"
    lines = render(digest, "text").splitlines()
    label = f"  {ranged[0].day.isoformat()}–{ranged[0].end.isoformat()}"  # type: ignore[union-attr]
    at = lines.index(label)
    assert lines[at + 1].startswith(" " * 16) and lines[at + 1][16] != " "
    start = lines.index("Linimasa")
    for line in lines[start + 1 : at]:
        assert line.startswith("  2019-") or line.startswith(" " * 16)
