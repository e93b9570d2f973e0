"""Real HTML pages rendered to the text a browser shows, and bag-of-words agreement of two bodies.

Rendering: Playwright's Python package drives Debian's Chromium (``/usr/bin/chromium``, installed by
``scripts/apt_need.sh chromium``) headless and offline: the page is loaded with ``set_content`` and
every network request is aborted, then ``document.body.innerText`` is read — what "select all, copy"
gives. The rendered text is written to a cache folder the caller owns (a temporary one), never to
the repository.
"""

from __future__ import annotations

import hashlib
import re
import shutil
from collections import Counter
from pathlib import Path

from bench.common import SHARED

PAGES = SHARED / "corpus" / "raw-pages-dev"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
_WORD = re.compile(r"\w+")


def page_files(folder: Path = PAGES) -> list[Path]:
    """The HTML pages of a folder, in name order; a missing folder is an error, not an empty list."""
    if not folder.is_dir():
        raise FileNotFoundError(f"expected the raw pages at {folder}")
    return sorted(folder.glob("*.html"))


def read_html(path: Path) -> str:
    return path.read_bytes().decode("utf-8", errors="replace")


def render_texts(paths: list[Path], cache: Path) -> dict[str, str]:
    """File stem → the page's text as Chromium shows it; each page rendered once per cache folder."""
    cache.mkdir(parents=True, exist_ok=True)
    out: dict[str, str] = {}
    todo: list[tuple[Path, Path]] = []
    for path in paths:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
        target = cache / f"{path.stem}-{digest}.txt"
        if target.exists():
            out[path.stem] = target.read_text(encoding="utf-8")
        else:
            todo.append((path, target))
    if todo:
        if not Path(CHROMIUM).exists():
            raise FileNotFoundError(
                f"Chromium not found at {CHROMIUM}: run scripts/apt_need.sh chromium"
            )
        from playwright.sync_api import Route, sync_playwright

        def block(route: Route) -> None:
            route.abort()

        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
            try:
                context = browser.new_context(viewport={"width": 1280, "height": 900})
                context.route("**/*", block)
                for path, target in todo:
                    page = context.new_page()
                    page.set_content(read_html(path), wait_until="domcontentloaded")
                    text = str(page.evaluate("document.body ? document.body.innerText : ''"))
                    page.close()
                    target.write_text(text, encoding="utf-8")
                    out[path.stem] = text
            finally:
                browser.close()
    return out


def bag(text: str) -> Counter[str]:
    return Counter(w.lower() for w in _WORD.findall(text))


def prf(found: str, reference: str) -> tuple[float, float, float]:
    """Bag-of-words precision, recall and F1 of ``found`` against ``reference``."""
    got, ref = bag(found), bag(reference)
    overlap = sum((got & ref).values())
    precision = overlap / sum(got.values()) if got else 0.0
    recall = overlap / sum(ref.values()) if ref else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


_BLOCKS = frozenset(
    "address article aside blockquote br dd details div dl dt fieldset figcaption figure footer "
    "form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table td th tr ul".split()
)
_DROP = frozenset({"script", "style", "noscript", "template", "head", "svg", "iframe", "select"})


def flatten_html(html: str) -> str:
    """A second way a page reaches ringkas as text: a scraper that drops the markup, breaking lines
    at block elements only (no CSS, so hidden menus and pop-ups stay in). Not a browser rendering:
    used to check that the body finder does not depend on Chromium's layout."""
    import lxml.html

    tree = lxml.html.fromstring(html)
    parts: list[str] = []

    def fold(text: str) -> str:  # source line breaks are spaces, as in a browser
        return " ".join(text.split()) and f" {' '.join(text.split())} "

    def walk(element: lxml.html.HtmlElement) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in _DROP or not tag:
            if element.tail:
                parts.append(element.tail)
            return
        block = tag in _BLOCKS
        if block:
            parts.append("\n")
        if element.text:
            parts.append(fold(element.text))
        for child in element:
            walk(child)
        if block:
            parts.append("\n")
        if element.tail:
            parts.append(fold(element.tail))

    walk(tree)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)
