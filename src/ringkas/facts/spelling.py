"""One name spelled two ways: a typo ("Said Iqabl" beside "Said Iqbal", "Lindsay Graham" beside
"Lindsey Graham") or an outlet's own transliteration ("Moammar Gadhafi", "Muammar Gaddafi").

The entity list counts such spellings as one entity (`misspellings`, called by
`facts.entities.extract_entities`), and where outlets print a person's or a place's name two
ways, the fact sheet says so with the sentences that print each (`name_conflicts`): a
fact-checker wants to know which outlet wrote the name differently before quoting it.

What counts as the same name (`spelled_alike`): as many words; every word the same (letter case
and diacritics aside) or one edit away — a letter missing, added, changed, or two swapped — and
two edits in words of nine letters or more ("Delosantos", "Delossantoso"); a changed word keeps
its first letter, has four letters or more (six when the name is one word), no digit, and is not
an acronym. So "Persib" and "Persija", "Soekarno" and "Soeharto", "Kemenpar" and "Kemenpora",
"SNMPTN" and "SBMPTN", "Legion Y520" and "Legion Y720", "Kim Jong Un" and "Kim Jong Il", "Bill
Clinton" and "Hillary Clinton" stay apart. In English a word that only adds an ending to the other
is another word ("Russia", "Russian"; "Canaanite", "Canaanites").
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from functools import lru_cache

from ringkas.facts.conflicts import outliers
from ringkas.facts.evidence import evidence
from ringkas.graph import components
from ringkas.model import Conflict, ConflictSide, Entity, Evidence, Sentence
from ringkas.text.tokens import indonesian_word

# The kinds whose other spelling the fact sheet reports; a product's or an organisation's is
# only counted as one entity.
REPORTED_KINDS = frozenset({"person", "place"})


def without_accents(name: str) -> str:
    """ "Grünberg" → "Grunberg", "Erdoğan" → "Erdogan" (combining marks dropped after NFKD)."""
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch)
    )


@lru_cache(maxsize=8192)
def _folded(word: str) -> str:
    """Lower case, no diacritics."""
    return without_accents(word).lower()


def _edits(a: str, b: str, most: int) -> int:
    """Optimal string alignment distance (insert, delete, substitute, swap two neighbours), or
    ``most + 1`` once it is certain to exceed ``most``."""
    if abs(len(a) - len(b)) > most:
        return most + 1
    before: list[int] = []
    row = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            value = min(row[j] + 1, current[j - 1] + 1, row[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                value = min(value, before[j - 2] + 1)
            current[j] = value
        if min(current) > most:
            return most + 1
        before, row = row, current
    return row[-1]


def _word_alike(a: str, b: str, fa: str, fb: str, alone: bool, english: bool) -> bool:
    """Whether two differing words (``fa``, ``fb`` folded) are one word spelled two ways."""
    shortest = min(len(fa), len(fb))
    if (
        fa[0] != fb[0]
        or shortest < (6 if alone else 4)
        or not (fa.isalpha() and fb.isalpha())
        or (a.isupper() and len(a) > 1)
        or (b.isupper() and len(b) > 1)
        or (english and (fa.startswith(fb) or fb.startswith(fa)))
    ):
        return False
    most = 2 if shortest >= 9 else 1
    return _edits(fa, fb, most) <= most


def _words(name: str) -> list[str]:
    return name.replace("-", " ").split()


def spelled_alike(
    a: str, b: str, english: bool = False, common: AbstractSet[str] = frozenset()
) -> bool:
    """Whether two names are one name spelled two ways (the module's docstring); two words
    the cluster also prints in lower case (``common``) are two words, and so are two words
    Sastrawi knows in an Indonesian cluster ("Pengadilan Agama", "Peradilan Agama"; "Dewi
    Putri", "Dewi Putra"; a typo is no word: "Kejaksaaan")."""
    wa, wb = _words(a), _words(b)
    if len(wa) != len(wb):
        return False
    differ = False
    for x, y in zip(wa, wb, strict=True):
        fx, fy = _folded(x), _folded(y)
        if fx == fy:
            continue
        if (
            not _word_alike(x, y, fx, fy, len(wa) == 1, english)
            or (fx in common and fy in common)
            or (not english and indonesian_word(fx) and indonesian_word(fy))
        ):
            return False
        differ = True
    return differ


def _house_style(a: str, b: str) -> bool:
    """Whether two English spellings differ only as British and American ones do ("Theatre",
    "Theater"; "Centre", "Center"; "Labour", "Labor")."""
    for x, y in zip(_words(a), _words(b), strict=True):
        fx, fy = _folded(x), _folded(y)
        if fx == fy:
            continue
        short, long = sorted((fx, fy), key=len)
        if not ((fx[-2:], fy[-2:]) in {("re", "er"), ("er", "re")} and fx[:-2] == fy[:-2]) and not (
            long.endswith("our") and short == long[:-3] + "or"
        ):
            return False
    return True


def _bucket(name: str) -> tuple[str, ...]:
    """Names that may be spelled alike share this: their words' first letters."""
    return tuple(_folded(w)[:1] for w in _words(name))


def misspellings(
    counts: Mapping[str, int],
    outlets: Mapping[str, set[str]],
    english: bool = False,
    common: AbstractSet[str] = frozenset(),
    known: Callable[[str], bool] = lambda name: False,
) -> dict[str, str]:
    """Each name another spelling of which the cluster prints more widely → that spelling: the
    one most outlets print, then the one whose words the cluster's names print most often (a
    typo's word is printed once), then in Indonesian the one with more words Sastrawi knows
    ("Kejaksaan Agung", not "Kejaksaaan Agung"; "Jalan Danau Sunter", not "Jalan Dansu Sunter"), then most mentions, then the first in
    sorting order. Names alike in a chain ("Rajekshah", "Rajeckshah",
    "Rajecksah") are one group. A name of one word is another's misspelling only when fewer
    outlets print it and not both are names the gazetteer knows (``known``: "Iceland",
    "Ireland")."""
    buckets: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for name in sorted(counts):
        buckets[_bucket(name)].append(name)

    def alike(a: str, b: str) -> bool:
        one_word = " " not in a and "-" not in a
        if one_word and (len(outlets[a]) == len(outlets[b]) or (known(a) and known(b))):
            return False
        return spelled_alike(a, b, english, common)

    found: list[list[str]] = []  # groups of two spellings or more
    for names in buckets.values():
        if len(names) < 2:
            continue
        pairs = [
            (i, j)
            for i in range(len(names))
            for j in range(i + 1, len(names))
            if alike(names[i], names[j])
        ]
        if pairs:
            label = components(len(names), pairs)
            groups: dict[int, list[str]] = defaultdict(list)
            for k, name in enumerate(names):
                groups[label[k]].append(name)
            found += [group for group in groups.values() if len(group) > 1]
    if not found:
        return {}
    printed: dict[str, int] = defaultdict(int)  # how often the cluster's names print each word
    for name, n in counts.items():
        for word in set(map(_folded, _words(name))):
            printed[word] += n

    def rank(name: str) -> tuple[int, int, int, int, str]:
        folded = set(map(_folded, _words(name)))
        words = sum(printed[w] for w in folded)
        known = 0 if english else sum(map(indonesian_word, folded))
        return (-len(outlets[name]), -words, -known, -counts[name], name)

    out: dict[str, str] = {}
    for group in found:
        target = min(group, key=rank)
        out.update({n: target for n in group if n != target})
    return out


def _printed(spelling: str) -> re.Pattern[str]:
    """A spelling as a sentence prints it: any letter case, a hyphen or spaces between words."""
    words = [re.escape(w) for w in _words(spelling)]
    return re.compile(r"(?<!\w)" + r"[\s-]+".join(words) + r"(?!\w)", re.IGNORECASE)


def name_conflicts(
    entities: Sequence[Entity],
    sentences: Sequence[Sentence],
    outlet: Mapping[str, str],
    english: bool = False,
) -> list[Conflict]:
    """A person or a place the cluster's outlets print in two spellings or more: one side per
    spelling, the outlets that print it and the first sentence of each article that does; the
    spelling most outlets print first. Nothing is blocked: the sentence is as true either way.
    British and American spellings of one English name ("Dolby Theatre", "Dolby Theater") are
    one entity and no conflict."""
    conflicts: list[Conflict] = []
    for entity in entities:
        if not entity.spellings or entity.kind not in REPORTED_KINDS:
            continue
        found: dict[str, list[Evidence]] = {}
        for spelling in (entity.name, *entity.spellings):
            if english and spelling != entity.name and _house_style(entity.name, spelling):
                continue
            pattern = _printed(spelling)
            seen: set[str] = set()
            for s in sentences:
                if s.article_id not in seen and pattern.search(s.text):
                    seen.add(s.article_id)
                    found.setdefault(spelling, []).append(evidence(s, outlet[s.article_id]))
        if len(found) < 2 or len({e.outlet for ev in found.values() for e in ev}) < 2:
            continue
        sides = tuple(
            ConflictSide(
                spelling, tuple(sorted(ev, key=lambda e: (e.article_id, e.sentence_index)))
            )
            for spelling, ev in sorted(
                found.items(), key=lambda kv: (-len({e.outlet for e in kv[1]}), -len(kv[1]), kv[0])
            )
        )
        description = (
            "Media menulis nama yang sama dengan ejaan berbeda: "
            + "; ".join(f"“{side.value}” ({', '.join(side.outlets)})" for side in sides)
            + "."
        )
        suspects = tuple(sorted(outliers(sides)))
        conflicts.append(
            Conflict("name", f"ejaan nama {entity.name}", description, sides, suspects)
        )
    return conflicts
