"""The web page in a real browser: Playwright's Python package driving Debian's Chromium
(`scripts/apt_need.sh chromium`, run by `make test`). A missing browser fails, it never skips."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from bench.page_text import ARGS, CHROMIUM  # one set of offline Chromium flags

from ringkas.api.app import Settings, create_app

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
INJECTED = (
    "Jakarta - Hujan deras mengguyur ibu kota sejak pagi dan banjir merendam puluhan rumah warga. "
    '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"> '
    "Petugas pemadam kebakaran mengevakuasi warga lanjut usia ke tempat yang lebih aman."
)


class _Server(uvicorn.Server):
    """uvicorn's server, setting an event once it listens."""

    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self.ready = threading.Event()

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        if self.started:
            self.ready.set()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    db = tmp_path_factory.mktemp("web") / "s.db"
    config = uvicorn.Config(
        create_app(Settings(db=str(db))), host="127.0.0.1", port=port, log_level="warning"
    )
    runner = _Server(config)
    thread = threading.Thread(target=runner.run, daemon=True)
    thread.start()
    # Wait for the server's own "started" signal, however long a loaded machine takes; only a
    # server thread that died (e.g. the port was taken) fails.
    while not runner.ready.wait(0.5):
        assert thread.is_alive(), "the server did not start"
    yield f"http://127.0.0.1:{port}"
    runner.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    assert Path(CHROMIUM).exists(), (
        f"Chromium not found at {CHROMIUM}: run scripts/apt_need.sh chromium "
        "(apt-get install chromium), as `make test` does"
    )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield browser
        browser.close()


def seed_texts(seed_dir: Path) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(seed_dir.glob("*.txt"))]


def paste(page: Any, texts: list[str]) -> None:
    for k, text in enumerate(texts):
        boxes = page.locator("#articles textarea")
        if boxes.count() <= k:
            page.click("#add-article")
        page.locator("#articles textarea").nth(k).fill(text)


def english_page(browser: Any, server: str) -> tuple[Any, list[str]]:
    """A new page of the English web page, and the script errors it will report."""
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(server + "/?lang=en")
    page.wait_for_selector("html[lang='en']", state="attached")
    return page, errors


def summarize_on(page: Any, texts: list[str]) -> None:
    """Paste the articles, press Summarize and wait for the digest."""
    paste(page, texts)
    page.click("#submit")
    page.wait_for_selector("#summary li.sentence")


def test_paste_hover_conflicts_and_keyboard(server: str, browser: Any, seed_dir: Path) -> None:
    texts = seed_texts(seed_dir)
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(server + "/")
    paste(page, texts)
    page.click("#submit")
    page.wait_for_selector("#summary li.sentence")

    # The page shows what the API gives for the same articles.
    payload = {
        "articles": [
            {"id": f"artikel-{k + 1}", "outlet": "", "text": t} for k, t in enumerate(texts)
        ],
        "words": 120,
    }
    digest = httpx.post(server + "/v1/digest", json=payload, timeout=None).json()
    items = page.locator("#summary li.sentence")
    assert items.count() == len(digest["summary"])

    for k, sentence in enumerate(digest["summary"]):
        items.nth(k).hover()
        supported = set(
            page.locator("#sources .source.is-support").evaluate_all(
                "nodes => nodes.map(n => n.dataset.articleId)"
            )
        )
        assert supported == {s["article_id"] for s in sentence["supports"]}
        marks = page.locator("#sources .source.is-support mark").all_inner_texts()
        assert sentence["text"] in [m.strip() for m in marks]  # the quote itself is highlighted
        outlets = set(
            page.locator("#sources .source.is-support").evaluate_all(
                "nodes => nodes.map(n => n.dataset.outlet)"
            )
        )
        badge = items.nth(k).locator(".badge").inner_text()
        assert all(o in badge for o in sentence["outlets"]) and len(outlets) >= 1

    conflicts = page.locator("#conflicts").inner_text()
    assert "Kamis (25/2)" in conflicts and "Rabu (24/3/2019)" in conflicts
    assert page.locator("#timeline li").count() >= 1
    assert "Vladimir Putin" in page.locator("#entities").inner_text()

    # Keyboard alone: Tab from the button reaches a summary sentence, and focus highlights it.
    page.mouse.move(0, 0)
    page.focus("#submit")
    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.matches('#summary li.sentence')"):
            break
    else:
        pytest.fail("Tab never reached a summary sentence")
    index = int(page.evaluate("document.activeElement.dataset.index"))
    focused = {s["article_id"] for s in digest["summary"][index]["supports"]}
    assert (
        set(
            page.locator("#sources .source.is-support").evaluate_all(
                "nodes => nodes.map(n => n.dataset.articleId)"
            )
        )
        == focused
    )

    ARTIFACTS.mkdir(exist_ok=True)
    items.first.hover()
    page.screenshot(path=str(ARTIFACTS / "web-digest.png"), full_page=True)
    assert (ARTIFACTS / "web-digest.png").stat().st_size > 10_000
    assert errors == []
    page.close()


def test_injected_markup_stays_text(server: str, browser: Any, seed_dir: Path) -> None:
    page = browser.new_page()
    page.goto(server + "/")
    paste(page, [INJECTED, seed_texts(seed_dir)[0]])
    page.click("#submit")
    page.wait_for_selector("#sources .source")
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("#sources img, #summary img, #sources script").count() == 0
    shown = page.locator("#sources").inner_text()
    assert "<script>window.__pwned = 1</script>" in shown and "onerror=" in shown
    page.close()


def test_phone_width_and_stories_view(server: str, browser: Any, seed_dir: Path) -> None:
    texts = seed_texts(seed_dir)
    httpx.post(
        server + "/v1/articles",
        json={"articles": [{"id": f"s{k}", "text": t} for k, t in enumerate(texts)]},
        timeout=None,
    ).raise_for_status()
    page = browser.new_page(viewport={"width": 375, "height": 667}, is_mobile=True)
    page.goto(server + "/")
    paste(page, texts[:2])
    page.click("#submit")
    page.wait_for_selector("#summary li.sentence")
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    page.click("#tab-stories")
    page.wait_for_selector("#stories tbody tr")
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    # Each story shows when it last changed: the API's last_updated, as a <time>.
    shown = page.locator("#stories tbody tr time").first.get_attribute("datetime") or ""
    listed = httpx.get(server + "/v1/stories", timeout=30).json()[0]["last_updated"]
    assert datetime.fromisoformat(shown.replace("Z", "+00:00")) == datetime.fromisoformat(listed)
    page.locator("#stories tbody tr a").first.click()
    page.wait_for_selector("#view-digest:not([hidden]) #summary li.sentence")
    assert page.locator("#sources .source").count() == 5
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "web-phone.png"), full_page=True)
    page.close()


def test_page_words_come_from_the_catalogue(server: str, browser: Any, seed_dir: Path) -> None:
    """English page chrome with ?lang=en; digest labels follow the articles' language; a page
    without an outlet is shown unnamed with its id, never as if the id were an outlet."""
    english = [
        "London - The city council approved a new flood barrier on Monday after weeks of debate "
        "among residents. The barrier will cost twelve million pounds and take two years.",
        "The council voted on Monday to build a flood barrier on the river, ending weeks of "
        "debate among residents. Officials said the barrier will take two years to build.",
    ]
    page, errors = english_page(browser, server)
    assert page.locator("#submit").inner_text() == "Summarize"
    assert page.locator("#articles legend").first.inner_text() == "Article 1"
    summarize_on(page, english)
    assert page.locator("#sources-title").inner_text() == "Sources"
    assert "unnamed outlet: artikel-1" in page.locator("#sources").inner_text()
    assert " words · 2 articles from 2 outlets" in page.locator("#digest-meta").inner_text()
    # Indonesian articles on the same English page: the digest's labels are Indonesian.
    page.goto(server + "/?lang=en")
    page.wait_for_selector("html[lang='en']", state="attached")
    paste(page, seed_texts(seed_dir)[:2])
    page.click("#submit")
    page.wait_for_selector("#summary li.sentence")
    assert page.locator("#sources-title").inner_text() == "Sumber"
    assert "kata" in page.locator("#digest-meta").inner_text()
    assert errors == []
    page.close()


def test_a_name_two_outlets_spell_differently_is_shown_in_the_pages_language(
    server: str, browser: Any
) -> None:
    """An English cluster whose outlets spell a senator's name two ways: the page lists the
    difference in English, each spelling as the outlets print it, with its sentence."""
    english = [
        "Washington - Senator Lindsey Graham said on Monday that the committee would vote on the "
        "bill next week. The proposal would fund new border technology for five years.",
        "Senator Lindsey Graham told reporters on Monday that the committee would vote on the "
        "bill next week. Critics said the plan costs too much.",
        "Senator Lindsay Graham said Monday the committee will vote on the bill next week, "
        "according to his office. A final vote could come before the recess.",
    ]
    page, errors = english_page(browser, server)
    summarize_on(page, english)
    conflicts = page.locator("#conflicts").inner_text()
    assert "Outlets spell the same name differently" in conflicts
    assert "“Lindsey Graham”" in conflicts and "“Lindsay Graham”" in conflicts
    assert "Senator Lindsay Graham said Monday the committee will vote" in conflicts
    assert errors == []
    page.close()


def test_an_article_of_another_event_is_named_as_left_out(server: str, browser: Any) -> None:
    """Three reports of a flood and one of chili prices: the page digests the flood and says,
    in its digest's language, that the fourth article was left out."""
    from corpus_fixture import SENTENCES

    texts = ["\n\n".join(SENTENCES[k] for k in ks) for ks in ([0, 2, 3, 5, 7], [1, 4, 6, 8])]
    texts += ["\n\n".join(SENTENCES[k] for k in [0, 5, 9, 10]), "\n\n".join(SENTENCES[12:15])]
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(server + "/")
    summarize_on(page, texts)
    notes = page.locator("#warnings").inner_text()
    assert "hampir tidak berbagi kata dengan artikel lain" in notes
    assert "tidak disertakan dalam ringkasan" in notes and "left out" not in notes
    assert "4 artikel" not in page.locator("#digest-meta").inner_text()
    assert "cabai" not in page.locator("#summary").inner_text()
    assert errors == []
    page.close()


def test_the_page_can_keep_an_article_of_another_event(server: str, browser: Any) -> None:
    """Ticking "keep articles about another event" digests all four articles (the flood's
    three and the chili prices' one), and the digest says they tell of two events."""
    from corpus_fixture import SENTENCES

    texts = ["\n\n".join(SENTENCES[k] for k in ks) for ks in ([0, 2, 3, 5, 7], [1, 4, 6, 8])]
    texts += ["\n\n".join(SENTENCES[k] for k in [0, 5, 9, 10]), "\n\n".join(SENTENCES[12:15])]
    page = browser.new_page()
    page.goto(server + "/?lang=en")
    page.wait_for_selector("html[lang='en']", state="attached")
    assert page.locator("label.check").inner_text().strip() == "Keep articles about another event"
    page.check("#keep-unrelated")
    summarize_on(page, texts)
    # the page's chrome is English; an Indonesian digest's labels and notes are Indonesian
    assert "4 artikel dari 4 media" in page.locator("#digest-meta").inner_text()
    assert "tidak disertakan" not in page.locator("#warnings").inner_text()
    assert "2 peristiwa berbeda" in page.locator("#warnings").inner_text()
    page.close()
