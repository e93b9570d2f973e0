"""Which day a fetched article belongs to: the feed's date, else the page's metadata, else its
dateline. Pure functions of the feed item and the page."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import date
from typing import Any

from ringkas.facts.dates import find_dates
from ringkas.model import Removed, Sentence, Span
from ringkas.watch.feeds import parse_day

# Meta tags outlets and CMSs write, in order of trust (Open Graph article, schema.org, Dublin Core).
_META_XPATH = (
    "//meta[@property='article:published_time']/@content",
    "//meta[@itemprop='datePublished']/@content",
    "//meta[@name='pubdate']/@content",
    "//meta[@name='publishdate']/@content",
    "//meta[@name='content_PublishedDate']/@content",
    "//meta[@name='dc.date']/@content",
    "//meta[@name='DC.date.issued']/@content",
    "//meta[@name='date']/@content",
    "//time[@itemprop='datePublished']/@datetime",
)


def meta_date(html: str) -> date | None:
    """The publication day the page's metadata states (meta tags, then JSON-LD datePublished)."""
    import lxml.html
    from lxml.etree import ParserError

    if not html.strip():
        return None
    try:
        tree = lxml.html.fromstring(html)
    except (ParserError, ValueError):
        return None
    for xpath in _META_XPATH:
        for value in tree.xpath(xpath):
            day = parse_day(str(value))
            if day is not None:
                return day
    for script in tree.xpath("//script[@type='application/ld+json']/text()"):
        try:
            data = json.loads(str(script))
        except ValueError:
            continue
        for value in _json_ld_dates(data):
            day = parse_day(value)
            if day is not None:
                return day
    return None


def _json_ld_dates(data: Any) -> Iterator[str]:
    if isinstance(data, list):
        for item in data:
            yield from _json_ld_dates(item)
    elif isinstance(data, dict):
        value = data.get("datePublished")
        if isinstance(value, str):
            yield value
        yield from _json_ld_dates(data.get("@graph", []))


def dateline_date(body: str, removed: Sequence[Removed]) -> date | None:
    """A full date (day, month, year) at the head of the article: its dateline or the first
    lines ("Jakarta, Senin (30/11/2026) -", "Senin, 30 November 2026 10:00 WIB")."""
    heads = [r.text for r in removed if r.reason == "dateline"]
    heads += body.split("\n\n")[:2]
    for text in heads:
        head = text[:300]
        sentence = Sentence("page", 0, Span(0, len(head)), head)
        for mention in find_dates(sentence, year_hint=None):
            if not mention.year_inferred:
                return mention.value
    return None


def choose_date(
    feed_day: date | None, html: str, body: str, removed: Sequence[Removed]
) -> date | None:
    return feed_day or meta_date(html) or dateline_date(body, removed)
