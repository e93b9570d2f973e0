"""Where a page names its outlet when the dateline the cleaner reads does not: a site-name line,
a dateline further down ("TEMPO.CO, Jakarta -" after a photo caption, "JAKARTA, KOMPAS.com"), a
link to the outlet's own site in the text, or (HTML) the page's site metadata.

A page that names no outlet keeps ``outlet == ""``; renderers show it as unnamed, with its file name
beside it. Pure functions of the page text.
"""

from __future__ import annotations

import re
from collections import Counter

from ringkas.ingest.datelines import BRANDS, canonical_outlet, outlet_from_url, split_dateline

# Hosts that appear in pages without being the page's outlet: share buttons, embeds, shorteners.
_NOT_OUTLETS = frozenset(
    """facebook.com twitter.com x.com instagram.com youtube.com youtu.be whatsapp.com wa.me t.me
    telegram.me tiktok.com linkedin.com pinterest.com google.com goo.gl bit.ly tinyurl.com
    play.google.com apple.com wikipedia.org w3.org schema.org gravatar.com googleapis.com
    gstatic.com cloudflare.com line.me t.co fb.me fb.com tumblr.com vimeo.com soundcloud.com
    reddit.com snapchat.com archive.org ow.ly buff.ly dlvr.it lnkd.in amzn.to instagr.am ift.tt
    twimg.com""".split()
)


def _not_an_outlet(host: str) -> bool:
    """A share button, embed or shortener (t.co, the shortener of every embedded tweet), or a
    government site a story links to as its source (whitehouse.gov, archives.gov)."""
    return host in _NOT_OUTLETS or host.endswith((".gov", ".mil"))


_URL = re.compile(r"\bhttps?://[^\s\"'<>()]+", re.IGNORECASE)
_SITE_LINE = re.compile(r"^(?:www\.)?[A-Za-z][A-Za-z0-9-]*(?:\.[A-Za-z]{2,}){1,2}$")
# "Baca artikel detiknews, "…" selengkapnya https://news.detik.com/…" and similar credits.
_READ_MORE = re.compile(
    r"\b(?:baca artikel|artikel ini telah tayang di|sumber:?)\s+(?P<outlet>[A-Za-z][\w.-]+)",
    re.IGNORECASE,
)
HEAD_LINES = 12  # a site-name line or a late dateline sits among the page's first lines


# A brand with its section glued on, as the site-name line of a section prints it:
# "kumparanNEWS", "detikFinance" (the brand in lower case, then the section capitalised).
_SECTION_BRAND = re.compile(r"^([a-z][a-z0-9]+)[A-Z][A-Za-z]+$")


def outlet_from_site_line(lines: list[str]) -> str:
    """A line among the first ones that is only a site name: "Kompas.com", "TEMPO.CO", or a
    known brand with its section ("kumparanNEWS")."""
    for line in lines[:HEAD_LINES]:
        text = line.strip()
        if text.lower() in BRANDS or (_SITE_LINE.match(text) and "." in text):
            name = canonical_outlet(text)
            if not _not_an_outlet(name):
                return name
        section = _SECTION_BRAND.match(text)
        if section and section.group(1) in BRANDS:
            return canonical_outlet(section.group(1))
    return ""


def outlet_from_datelines(lines: list[str]) -> str:
    """A dateline opening any of the first paragraphs, not only the first three."""
    for line in lines[:HEAD_LINES]:
        found, _, dateline, _ = split_dateline(line.strip())
        if dateline and found:
            return found
    return ""


def outlet_from_links(text: str) -> str:
    """The site most of the page's links point to (its own articles), ignoring share buttons;
    ties go to the first linked."""
    hosts = [outlet_from_url(m.group(0).rstrip(".,;")) for m in _URL.finditer(text)]
    counted = Counter(h for h in hosts if h and not _not_an_outlet(h))
    if not counted:
        return ""
    best = max(counted.values())
    return next(h for h in hosts if counted.get(h) == best)


def outlet_from_credit(text: str) -> str:
    """ "Baca artikel detiknews, …" → detik.com; only a known brand or a domain counts."""
    for m in _READ_MORE.finditer(text):
        name = m.group("outlet").rstrip(".,;:")
        key = name.lower()
        if key in BRANDS or re.fullmatch(r"[a-z][a-z0-9-]*(?:\.[a-z]{2,}){1,2}", key):
            return canonical_outlet(name)
    return ""


def find_outlet(raw_text: str) -> str:
    """The outlet a page names: a site-name line, a dateline, a read-more credit, then its links."""
    lines = [line for line in raw_text.replace("\r", "\n").split("\n") if line.strip()]
    return (
        outlet_from_site_line(lines)
        or outlet_from_datelines(lines)
        or outlet_from_credit(raw_text)
        or outlet_from_links(raw_text)
    )
