"""Real pages of unseen outlets: the body found in the text a browser shows is the body found in
the HTML (bag-of-words F1: mean ≥ 0.95, no page < 0.85). Renders with Chromium; never skips."""

from __future__ import annotations

from pathlib import Path

import pytest
from bench.page_text import PAGES, page_files, prf, read_html, render_texts

from ringkas.ingest import clean_html, clean_text

pytestmark = pytest.mark.browser


@pytest.fixture(scope="session")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    assert PAGES.is_dir(), f"expected the shared raw pages at {PAGES}"
    return render_texts(page_files(), tmp_path_factory.mktemp("rendered"))


def test_rendered_text_body_matches_html_body(rendered: dict[str, str]) -> None:
    paths = page_files()
    assert len(paths) == 8
    scores: dict[str, float] = {}
    for path in paths:
        reference = clean_html(read_html(path)).body
        assert len(reference.split()) > 80, path.name  # the HTML path found an article
        page = clean_text(rendered[path.stem])
        scores[path.stem] = prf(page.body, reference)[2]
        assert not page.warning, (path.name, page.warning)
    assert min(scores.values()) >= 0.85, scores
    assert sum(scores.values()) / len(scores) >= 0.95, scores


def test_rendered_text_body_has_no_furniture(rendered: dict[str, str]) -> None:
    for stem, text in sorted(rendered.items()):
        body = clean_text(text).body
        for phrase in (
            "Baca juga",
            "BACA JUGA",
            "Berita Terkait",
            "Terpopuler",
            "komentar",
            "Tags",
        ):
            assert phrase not in body, (stem, phrase)
        assert body.count("\n\n") >= 4, stem  # paragraphs, not one teaser


def test_removed_pieces_are_reported(rendered: dict[str, str]) -> None:
    page = clean_text(rendered["beritasatu-1"])
    reasons = {r.reason for r in page.removed}
    assert {"outside-body", "baca-juga", "caption"} <= reasons
    assert page.place == "Medan" and page.outlet == "beritasatu.com"
    kept = set(page.body.split("\n\n"))
    flat = " ".join(rendered["beritasatu-1"].split())
    # Nothing is both kept and reported removed, and the removed text is really from the page.
    for piece in page.removed:
        assert piece.text not in kept
        assert " ".join(piece.text.split()) in flat, piece


def test_shared_pages_folder_is_there() -> None:
    assert Path(PAGES).is_dir()


def test_title_is_the_pages_headline(rendered: dict[str, str]) -> None:
    import lxml.html
    from bench.page_text import bag

    for path in page_files():
        head = lxml.html.fromstring(path.read_bytes()).findtext(".//title") or ""
        title = clean_text(rendered[path.stem]).title
        # Every word of the title found in the text is in the page's <title>: not a menu line.
        assert len(bag(title)) >= 4 and not bag(title) - bag(head), (path.name, title)
