"""Datelines ("Bisnis.com, JAKARTA -", "SUKABUMI, KOMPAS.com -") → outlet and place, stripped."""

from __future__ import annotations

import re
from functools import lru_cache
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
    "antara news": "antaranews.com",
    "antarakl": "antaranews.com",  # its Kuala Lumpur desk: "Kuala Lumpur, (AntaraKL) -"
    "idn times": "idntimes.com",
    "katadata": "katadata.co.id",
    "sindonews": "sindonews.com",
    "inews": "inews.id",
    "jawa pos": "jawapos.com",
    "media indonesia": "mediaindonesia.com",
}

_DOMAIN = r"[A-Za-z][A-Za-z0-9-]*(?:\.[A-Za-z]{2,})+"
_BRAND = (
    r"CNN Indonesia|CNBC Indonesia|KOMPAS(?:\.com)?|Kompas(?:\.com)?|TEMPO\.CO|Tempo\.co|detikNews|"
    r"detikcom|VIVA|Okezone|kumparan|Kumparan|IDN Times|KATADATA|Katadata|SINDOnews|iNews|"
    r"ANTARA News|Antara News|Media Indonesia|Jawa Pos"
)
BRAND_PATTERN = _BRAND  # the brands as datelines print them (ingest.clean reads bylines)
_PLACE = r"[A-Z][A-Za-z'.]*(?: [A-Z][A-Za-z'.]*){0,3}"  # "TERMAS DE RIO HONDO"
_DASH = r"\s*(?:[-–—]\s*){1,3}"  # "-", "--", "–", and IndoSum's detokenized "- -"
_WIRE_PLACE = r"[A-Z][A-Z'.]+(?:[ -][A-Z][A-Z'.]+){0,3}"  # "KATHMANDU", "OSAN AIR BASE"
# A US state as wire datelines abbreviate it after the city: "Fla.", "Calif.", "N.Y.", "D.C.".
STATE = r"(?:[A-Z]\.){2,3}|[A-Z][a-z]{1,4}\."
# After the comma: such a state, or "Nepal", "South Korea" (not a capitals word: that is the
# capitals place pattern's "WASHINGTON, DC").
_REGION = rf"{STATE}|[A-Z][a-z]+(?: [A-Z][a-z]+)?"
_MONTH_DAY = r"(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{1,2}"
_TITLE_PLACE = r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}"  # "Washington", "Hong Kong"
_KNOWN_WIRES = r"CNN|AP|AFP|UPI|Reuters|Bloomberg|ANTARA|Antara"
_WIRE = r"[A-Z][A-Za-z.]*"  # "(AP)", "(Reuters)", "(HealthDay News)", "(CBS SF)"

_PATTERNS = (
    # "Bisnis.com, JAKARTA -", "FAJAR.CO.ID, PYONGYANG–", "liputan6.com, Sukabumi -", and with a
    # colon, as Medcom prints it: "Medcom.id, Jakarta: PT Kereta Api …"
    re.compile(
        rf"^(?P<outlet>{_DOMAIN}|{_BRAND}),\s*(?P<place>{_PLACE})(?:{_DASH}|:\s+(?=[A-Z\"“]))"
    ),
    # "SUKABUMI, KOMPAS.com -", "Jakarta, CNN Indonesia --"
    re.compile(rf"^(?P<place>{_PLACE}),\s*(?P<outlet>{_DOMAIN}|{_BRAND}){_DASH}"),
    # "Jakarta (ANTARA) -", "JAKARTA (Pos kota) –", "Kuta, Bali (ANTARA News) -"
    re.compile(
        rf"^(?P<place>{_PLACE}(?:, {_PLACE})?)\s*"
        rf"\((?P<outlet>[A-Z][A-Za-z.]*(?: [A-Za-z][A-Za-z.]*){{0,2}})\){_DASH}"
    ),
    # ANTARA's copy names any place before its name (s19): "Perserikatan Bangsa-Bangsa/PBB, New
    # York (ANTARA News) -" (IndoSum prints "Bangsa - Bangsa / PBB"), "New York, Boston, (ANTARA
    # News) -", "Jeddah, Saudi Arabia, 27/11 (Antara) -", "Kuala Lumpur, (AntaraKL) -"
    re.compile(
        rf"^(?P<place>[A-Z][\w'’]*(?:(?:\s*[-/,]\s*|\s+)[A-Z][\w'’]*){{0,7}}),?\s*"
        rf"(?:\d{{1,2}}/\d{{1,2}}\s*)?"
        rf"\((?P<outlet>ANTARA(?: News)?|Antara(?: News|KL)?)\){_DASH}(?=[A-Z\"“])"
    ),
    # Wire copy's "KATHMANDU, Nepal (AP) —", "ALLENTOWN, Pa. -", "OSAN AIR BASE, South Korea —",
    # "NEW YORK, May 18 (UPI) --", "FORT WAYNE, Ind. (WANE) The ...": a place in capitals, a
    # comma, then a state, country or date (the place alone is the capitals pattern below).
    re.compile(
        rf"^(?={_WIRE_PLACE},)(?P<place>{_WIRE_PLACE}(?:,\s*(?:{_REGION}))?)(?:,\s*{_MONTH_DAY})?"
        rf"(?:\s*\((?P<outlet>{_WIRE}(?: {_WIRE}){{0,2}})\)(?:{_DASH}|\s+)|{_DASH})"
        r"(?=[A-Z\"“])"
    ),
    # "KONTAN.CO.ID - JAKARTA. Bank sentral ...": the outlet, a dash, the place in capitals and
    # a full stop
    re.compile(
        rf"^(?P<outlet>{_DOMAIN}|{_BRAND}){_DASH}(?P<place>[A-Z][A-Z'.]{{3,}}(?: [A-Z][A-Z'.]*){{0,2}})"
        r"\.\s+(?=[A-Z\"“])"
    ),
    # A wire in capitals opening the copy, with or without a place in Title Case before it and a
    # dash after it: "(CNN) —", "(CNN) The Department ...", "Washington (CNN) Sarah ...", and
    # CNN's page as text ("Hong Kong CNN —", its place and name in two spans).
    # (With no dash only a known wire: "Aliansi Jurnalis Independen (AJI) Kota Jayapura ..." and
    # "Komisi Pemilihan Umum (KPU) RI ..." open with a name and its acronym.)
    re.compile(
        rf"^(?:(?P<place>{_TITLE_PLACE})\s*)?\((?P<outlet>[A-Z]{{2,}}(?: [A-Z][A-Za-z]+)?)\){_DASH}"
        r"(?=[A-Z\"“])"
    ),
    re.compile(rf"^(?:(?P<place>{_TITLE_PLACE})\s*)?\((?P<outlet>{_KNOWN_WIRES})\)\s+(?=[A-Z\"“])"),
    re.compile(
        rf"^(?P<place>{_TITLE_PLACE}(?:, {_TITLE_PLACE})?) (?P<outlet>CNN(?: Business)?)"
        rf"{_DASH}(?=[A-Z\"“])"
    ),
    # "tirto.id -", "Suara.com -", "detikNews -", "VIVA –"
    re.compile(rf"^(?P<outlet>{_DOMAIN}|{_BRAND}){_DASH}"),
    # The place alone, as detik, Okezone and SINDOnews open: "SUKABUMI - ", "WASHINGTON, DC -",
    # "NEW YORK –" (capitals: a place of four letters or more, or several words; an acronym
    # such as "KPK - ..." opens no article this way), and "Jakarta - " for a place in _PLACES.
    re.compile(
        rf"^(?P<place>(?:[A-Z][A-Z'.]{{3,}}|[A-Z][A-Z'.]+(?: [A-Z][A-Z'.]+){{1,2}})(?:, [A-Z]{{2,}})?)"
        rf"{_DASH}(?=[A-Z\"“])"
    ),
    # Reuters copy whose dash was lost on the way: "WASHINGTON The Senate passed ...", "DUBAI A
    # Bahraini court ..." (only before an English article, the one word that cannot be a name's).
    re.compile(r"^(?P<place>[A-Z][A-Z'.]{3,}(?: [A-Z][A-Z'.]+){0,2}) (?=(?:The|A|An) [A-Za-z])"),
    re.compile(rf"^(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?){_DASH}(?=[A-Z\"“])"),
)

# Places that open an article as a Title Case dateline ("Jakarta - "): Indonesia's provincial
# capitals and big cities, and the foreign capitals news datelines name most. Only these, or one
# the sentence names again (_named_again): a Title Case opening followed by a dash is otherwise
# as likely a name ("Persib - Persija ...").
_PLACES = frozenset(
    """
    jakarta bandung surabaya semarang yogyakarta medan makassar palembang denpasar padang
    pekanbaru banjarmasin pontianak samarinda balikpapan manado kupang mataram jayapura ambon
    kendari palu gorontalo mamuju ternate sofifi manokwari bengkulu jambi lampung serang
    tangerang bekasi bogor depok cirebon tasikmalaya sukabumi garut cianjur karawang purwakarta
    solo surakarta malang kediri madiun jember banyuwangi sidoarjo gresik mojokerto pasuruan
    probolinggo magelang salatiga pekalongan tegal purwokerto kudus batam tanjungpinang
    pangkalpinang banda aceh lhokseumawe sabang bukittinggi palangkaraya tarakan bitung
    merauke sorong timika bali lombok labuan bajo papua aceh cilegon
    washington moskow beijing tokyo seoul pyongyang london paris berlin canberra sydney
    singapura kuala lumpur bangkok hanoi manila dubai riyadh teheran kairo ankara jenewa
    brussel roma vatikan madrid new york hong kong taipei doha yerusalem gaza kabul
    """.split()
) | frozenset({"banda aceh", "kuala lumpur", "new york", "hong kong", "labuan bajo"})


_PLACE_ONLY = len(_PATTERNS) - 3  # the last three patterns read a place with no outlet
_TITLE_CASE = len(_PATTERNS) - 1  # ... the last one in Title Case
# A wire story's dateline may name the day instead of a place: "MONDAY, July 2 (HealthDay News) --".
_WEEKDAYS = frozenset("MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY SATURDAY SUNDAY".split())
_VOWEL = re.compile(r"[AEIOUaeiou]")


def _named_again(place: str, rest: str) -> bool:
    """A Title Case opening outside _PLACES is a dateline when the sentence after its dash names
    it again, as a regency's police or office ("Sumedang – Satreskrim Polres Sumedang menangkap
    …"), in a sentence of ten words or more: a name before a dash is not repeated so. Not a
    compound the text writes with a spaced dash ("Mercedes - Benz meluncurkan … pabrik Mercedes -
    Benz …")."""
    name = re.escape(place)
    return (
        len(rest.split()) >= 10
        and bool(re.search(rf"\b{name}\b", rest))
        and not re.search(rf"\b{name}\s*[-–—]", rest)
    )


def _a_place(place: str, title_case: bool) -> bool:
    """Whether an opening before a dash with no outlet names a place: in Title Case, one of
    _PLACES; in capitals, words that each hold a vowel (not an acronym such as "BPJS";
    a state after a comma may be one: "WASHINGTON, DC")."""
    if title_case:
        return place.lower() in _PLACES
    words = place.split(",")[0].split()
    return all(_VOWEL.search(word) for word in words) and not _LABELS.intersection(words)


# Capitals before a dash that label a piece rather than place it: "FILE - In this ... photo",
# "SIMAK JUGA - ...", "OPINI - ...".
_LABELS = frozenset(
    """FILE UPDATE UPDATED BREAKING EXCLUSIVE PHOTO PHOTOS VIDEO WATCH LIVE OPINION EDITORIAL
    ANALYSIS ANALISIS CORRECTION REVIEW SIMAK BACA LIHAT JUGA FOTO INFOGRAFIS KOLOM OPINI TAJUK BERITA
    EKSKLUSIF TERKINI TERBARU VIRAL HOAKS FAKTA CLOSE MORE ADVERTISEMENT""".split()
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


@lru_cache(maxsize=256)
def _own_name(outlet: str, site: str = "") -> re.Pattern[str] | None:
    """An opening that is the article's own outlet before a dash: "Rimanews -" of rimanews,
    "Goal Indonesia -" of goal indonesia, "Poskotanews.com –" of poskotanews.com. Any outlet
    that brands its copy so, listed in BRANDS or not. ``site``: the label of a network's site in
    the page's address, printed with spaces ("WARTA PRIANGAN -" of wartapriangan.pikiran-rakyat.com)."""
    name = outlet.strip().lower().removeprefix("www.")
    stem = canonical_outlet(name).split(".")[0]
    names = sorted(
        {n for n in (name, name.split(".")[0], stem) if len(n) >= 3}, key=lambda n: (-len(n), n)
    )
    if not names:
        return None
    # "pikiran-rakyat" is printed "PIKIRAN RAKYAT -": a hyphen or a space between the words
    alternatives = "|".join(r"[-\s]+".join(map(re.escape, re.split(r"[-\s]+", n))) for n in names)
    if len(site) >= 5 and site.isalpha() and site not in _GENERIC_SITES:
        alternatives += "|" + r"\s?".join(map(re.escape, site))
    # ... before a dash, or before a full stop as RMOL prints it ("RMOL. Dewan Perwakilan …")
    return re.compile(
        rf"^(?P<outlet>(?i:(?:{alternatives})(?:\.[a-z]{{2,}})*))(?:{_DASH}|\.\s+)(?=[A-Z\"“])"
    )


# Labels of an address that name no site of a network ("news.detik.com", "m.kompas.com")
_GENERIC_SITES = frozenset(
    "www amp mobile news berita edition english inggris regional daerah beta video foto".split()
)


def site_label(url: str) -> str:
    """The label of a network's site in a page's address ("wartapriangan" of
    wartapriangan.pikiran-rakyat.com), "" when the address is the outlet's own."""
    host = (urlparse(url).hostname or "").lower().removeprefix("www.")
    registrable = outlet_from_url(url)
    if not host or host == registrable or not host.endswith("." + registrable):
        return ""
    return host[: -len(registrable) - 1].split(".")[0]


# What every pattern of _PATTERNS needs (a dash, a colon, a wire's bracket; or, for Reuters' copy
# that lost its dash, a place in capitals first): a paragraph without it opens with no dateline.
_MAY_OPEN = re.compile(r"[-–—(:]|^[A-Z][A-Z'.]{3,}")


def split_dateline(paragraph: str, outlet: str = "", site: str = "") -> tuple[str, str, str, str]:
    """Return (outlet, place, dateline text, rest) — empty strings when there is no dateline.
    ``outlet``: the article's outlet when known, whose own name may open it before a dash;
    ``site``: a network site's label in the page's address (``site_label``), likewise."""
    if not outlet and not _MAY_OPEN.search(paragraph):
        return "", "", "", paragraph  # what _split_dateline finds (a third of a page's lines)
    return _split_dateline(paragraph, outlet, site)


def _split_dateline(paragraph: str, outlet: str, site: str) -> tuple[str, str, str, str]:
    own = _own_name(outlet, site) if outlet else None
    for k, pattern in enumerate(_PATTERNS):
        if k == _PLACE_ONLY and own:
            # After the datelines that name an outlet ("KONTAN.CO.ID - SURABAYA." names its
            # place too), before those that read a place alone ("PIKIRAN RAKYAT -" is none).
            m = own.match(paragraph)
            if m and len(paragraph) > m.end() + 10:
                return canonical_outlet(outlet), "", m.group(0), paragraph[m.end() :]
        m = pattern.match(paragraph)
        if (
            m
            and k >= _PLACE_ONLY
            and not _a_place(m.group("place"), title_case=k == _TITLE_CASE)
            and not (k == _TITLE_CASE and _named_again(m.group("place"), paragraph[m.end() :]))
        ):
            continue
        if m and len(paragraph) > m.end() + 10:
            place = m.groupdict().get("place") or ""
            if place.split(",")[0].strip() in _WEEKDAYS:
                place = ""
            return (
                canonical_outlet(m.groupdict().get("outlet") or ""),
                place.strip(),
                m.group(0),
                paragraph[m.end() :],
            )
    return "", "", "", paragraph
