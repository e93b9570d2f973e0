"""The plain-text cleaner as it was before the body finder (commit 5e0cb68), kept for the cleaning
bench only: its rules were tuned on the seed outlets. Not used by ringkas itself.

No library does this for flat text (DEPENDENCIES.md: trafilatura keeps every line; justext with the
Indonesian stoplist still kept 5 of 78 furniture lines on the seed pages), so these are rules, each
written against a kind of furniture the outlets print: related-article sections (everything after
their header is cut), inline "Baca Juga" links, subscription and follow banners, comment widgets,
bylines, photo captions and credits, repeated titles and lead teasers, and trailing editor initials.
Every removed piece is kept with its reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ringkas.ingest.datelines import canonical_outlet, split_dateline
from ringkas.model import Removed

# A header after which the rest of the page is related links, lists and widgets.
_SECTION = re.compile(
    r"^#*\s*(?:berita|artikel|topik|video|foto) (?:terkait|lainnya|terbaru|pilihan|populer)|"
    r"^#*\s*(?:terpopuler|pilihan|terkini|terbaru|populer|rekomendasi(?: kami| untuk anda)?|"
    r"hot topic|konten premium|baca selengkapnya|editor'?s pick|trending|tag|tags|topik)\s*:?\s*$",
    re.IGNORECASE,
)
# Whole lines of furniture, wherever they stand.
_FURNITURE = (
    ("baca-juga", re.compile(r"^(?:baca juga|baca pula|simak juga|lihat juga)\b", re.IGNORECASE)),
    (
        "subscription",
        re.compile(
            r"^(?:nyaman tanpa iklan|langganan\b|berlangganan\b|dapatkan informasi|silakan login|sudah berlangganan|scan qr code|konten premium)",
            re.IGNORECASE,
        ),
    ),
    (
        "follow",
        re.compile(
            r"^(?:cek|simak|ikuti|follow|dapatkan) (?:berita|update|kami|artikel|info)\b.*(?:google news|whatsapp|wa channel|telegram|instagram|twitter|facebook|tiktok|youtube|saluran)",
            re.IGNORECASE,
        ),
    ),
    (
        "comments",
        re.compile(
            r"^(?:\d+\s+)?(?:komentar|comments?|tulis komentar|lihat komentar|loading\.*|memuat\.*)\s*$",
            re.IGNORECASE,
        ),
    ),
    (
        "byline",
        re.compile(
            r"^(?:editor|penulis|reporter|pewarta|redaktur|penyunting|sumber|foto|ilustrasi|video|kontributor|writer)\s*:\s*\S.{0,60}$",
            re.IGNORECASE,
        ),
    ),
    (
        "share",
        re.compile(
            r"^(?:share|bagikan|salin tautan|copy link|tweet|advertisement|iklan|scroll to continue|gulir ke bawah|lanjutkan membaca|baca berita dengan sedikit iklan)\b.{0,40}$",
            re.IGNORECASE,
        ),
    ),
    ("list-bullet", re.compile(r"^[-–—•*·]+\s*$")),
)
_CREDIT_FOOTER = re.compile(
    r"^(?:tulisan|artikel|berita) ini (?:berasal dari|telah tayang di|pertama kali) (?:redaksi |di )?(?P<outlet>\S+?)\.?\s*$",
    re.IGNORECASE,
)
_CAPTION = re.compile(
    r"/\s*(?:antara|antara foto|reuters|afp|ap|epa|bisnis|kompas|tempo|detik|dok\.?|istimewa|ist|getty images|xinhua)[^/]{0,30}$",
    re.IGNORECASE,
)
_INITIALS = re.compile(r"\s*\((?:[a-z]{2,5}(?:/[a-z]{2,5})*|\*+)\)\s*$")
_TERMINAL = re.compile(r"[.!?\"”’)]\s*$")
_SPACE = re.compile(r"[ \t\u00a0\u2009\u200b]+")


@dataclass(frozen=True, slots=True)
class CleanedPage:
    """A page's article text and what was learnt or removed on the way."""

    body: str
    title: str
    outlet: str
    place: str
    removed: tuple[Removed, ...]


def _norm(line: str) -> str:
    return _SPACE.sub(" ", line).strip()


def _key(line: str) -> str:
    return re.sub(r"\W+", " ", line).strip().lower()


def _is_heading(line: str) -> bool:
    """Short and without sentence punctuation: a title, credit, label or headline, not prose."""
    return len(line.split()) < 9 and not _TERMINAL.search(line)


def _title_like(line: str) -> bool:
    return not _TERMINAL.search(line) and len(line.split()) <= 25


def _title_line(lines: list[str]) -> str:
    """The first line that is not furniture, if it reads like a headline."""
    for line in lines:
        if line and not any(rule.match(line) for _, rule in _FURNITURE):
            return line if _title_like(line) else ""
    return ""


def clean_text(text: str, *, title_hint: str = "", outlet_hint: str = "") -> CleanedPage:
    """Clean one flat-text page; idempotent: cleaning a cleaned body changes nothing."""
    lines = [
        _norm(line)
        for line in text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff").split("\n")
    ]
    removed: list[Removed] = []
    outlet = canonical_outlet(outlet_hint) if outlet_hint else ""
    title = _norm(title_hint) or _title_line(lines)
    kept: list[str] = []
    for i, line in enumerate(lines):
        if not line:
            continue
        if _SECTION.match(line) and kept:
            rest = [x for x in lines[i:] if x]
            removed.append(Removed("\n".join(rest), "related-section"))
            break
        footer = _CREDIT_FOOTER.match(line)
        if footer:
            outlet = outlet or canonical_outlet(footer.group("outlet"))
            removed.append(Removed(line, "credit"))
            continue
        reason = next((name for name, rule in _FURNITURE if rule.match(line)), "")
        if not reason and _CAPTION.search(line):
            reason = "caption"
        if not reason and _key(line) == _key(title):
            reason = "title"
        if not reason and (_is_heading(line) or (not kept and _title_like(line))):
            # Nothing headline-like may open the body, or a second cleaning would take it as title.
            reason = "heading"
        if reason:
            removed.append(Removed(line, reason))
            continue
        kept.append(line)
    body_lines, place, more = _dateline_and_duplicates(kept)
    removed.extend(more)
    found_outlet = next((r.text for r in more if r.reason == "outlet"), "")
    removed = [r for r in removed if r.reason != "outlet"]
    if body_lines:
        last = _INITIALS.search(body_lines[-1])
        if last:
            removed.append(Removed(last.group(0).strip(), "editor-initials"))
            body_lines[-1] = body_lines[-1][: last.start()].rstrip()
    return CleanedPage(
        body="\n\n".join(x for x in body_lines if x),
        title=title,
        outlet=outlet or found_outlet,
        place=place,
        removed=tuple(removed),
    )


def _dateline_and_duplicates(lines: list[str]) -> tuple[list[str], str, list[Removed]]:
    """Strip the dateline (recording outlet and place) and drop repeated lines, keeping the last copy."""
    removed: list[Removed] = []
    place = ""
    out: list[str] = []
    seen_dateline = False
    for i, line in enumerate(lines):
        found, where, dateline, rest = split_dateline(line)
        # A dateline opens the article: look only at its first lines, and take only one.
        if dateline and not seen_dateline and i < 3:
            seen_dateline = True
            removed.append(Removed(dateline.strip(), "dateline"))
            if found:
                removed.append(Removed(found, "outlet"))
            place = where
            line = rest.strip()
        out.append(line)
    keys = [_key(x) for x in out]
    kept: list[str] = []
    for i, line in enumerate(out):
        later = keys[i + 1 :]
        # A teaser or caption repeated later (often once bare, once behind the dateline): keep the last.
        if keys[i] and any(k == keys[i] or (len(keys[i]) > 40 and keys[i] in k) for k in later):
            removed.append(Removed(line, "duplicate"))
            continue
        kept.append(line)
    return kept, place, removed
