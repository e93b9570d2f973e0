"""Datelines ("Bisnis.com, JAKARTA -", "SUKABUMI, KOMPAS.com -") → outlet and place, stripped."""

from __future__ import annotations

import re
from urllib.parse import urlparse

# Brand names as outlets print them in datelines → the outlet's canonical domain.
BRANDS = {
    "cnn indonesia": "cnnindonesia.com",
    "cnbc indonesia": "cnbcindonesia.com",
    "kompas.com": "kompas.com",
    "kompas": "kompas.com",
    "antara": "antaranews.com",
    "antaranews": "antaranews.com",
    "tempo.co": "tempo.co",
    "tempo": "tempo.co",
    "detiknews": "detik.com",
    "detikcom": "detik.com",
    "detik": "detik.com",
    "viva": "viva.co.id",
    "viva.co.id": "viva.co.id",
    "liputan6.com": "liputan6.com",
    "okezone": "okezone.com",
    "kumparan": "kumparan.com",
    "republika.co.id": "republika.co.id",
    "tribunnews.com": "tribunnews.com",
    "merdeka.com": "merdeka.com",
    "jpnn.com": "jpnn.com",
    "suara.com": "suara.com",
    "tirto.id": "tirto.id",
    "bisnis.com": "bisnis.com",
    "fajar.co.id": "fajar.co.id",
}

_DOMAIN = r"[A-Za-z][A-Za-z0-9-]*(?:\.[A-Za-z]{2,})+"
_BRAND = r"CNN Indonesia|CNBC Indonesia|KOMPAS(?:\.com)?|Kompas(?:\.com)?|TEMPO\.CO|Tempo\.co|detikNews|detikcom|VIVA|Okezone|kumparan|Kumparan"
_PLACE = r"[A-Z][A-Za-z'.]*(?: [A-Z][A-Za-z'.]*){0,2}"
_DASH = r"\s*(?:[-–—]\s*){1,3}"  # "-", "--", "–", and IndoSum's detokenized "- -"

_PATTERNS = (
    # "Bisnis.com, JAKARTA -", "FAJAR.CO.ID, PYONGYANG–", "liputan6.com, Sukabumi -"
    re.compile(rf"^(?P<outlet>{_DOMAIN}|{_BRAND}),\s*(?P<place>{_PLACE}){_DASH}"),
    # "SUKABUMI, KOMPAS.com -", "Jakarta, CNN Indonesia --"
    re.compile(rf"^(?P<place>{_PLACE}),\s*(?P<outlet>{_DOMAIN}|{_BRAND}){_DASH}"),
    # "Jakarta (ANTARA) -", "JAKARTA (Pos Kota) –"
    re.compile(
        rf"^(?P<place>{_PLACE})\s*\((?P<outlet>[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){{0,2}})\){_DASH}"
    ),
    # "tirto.id -", "Suara.com -", "detikNews -", "VIVA –"
    re.compile(rf"^(?P<outlet>{_DOMAIN}|{_BRAND}){_DASH}"),
)


def canonical_outlet(name: str) -> str:
    """ "FAJAR.CO.ID" → "fajar.co.id"; "CNN Indonesia" → "cnnindonesia.com"."""
    key = name.strip().lower().removeprefix("www.")
    return BRANDS.get(key, key)


def outlet_from_url(url: str) -> str:
    host = urlparse(url).hostname or ""
    parts = host.lower().removeprefix("www.").split(".")
    # Keep the registrable part: "news.detik.com" → "detik.com", "x.co.id" stays whole.
    keep = 3 if len(parts) >= 3 and parts[-2] in {"co", "go", "or", "ac", "web", "my"} else 2
    return canonical_outlet(".".join(parts[-keep:])) if host else ""


def split_dateline(paragraph: str) -> tuple[str, str, str, str]:
    """Return (outlet, place, dateline text, rest) — empty strings when there is no dateline."""
    for pattern in _PATTERNS:
        m = pattern.match(paragraph)
        if m and len(paragraph) > m.end() + 10:
            place = m.groupdict().get("place") or ""
            return (
                canonical_outlet(m.group("outlet")),
                place.strip(),
                m.group(0),
                paragraph[m.end() :],
            )
    return "", "", "", paragraph
