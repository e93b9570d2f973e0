"""A person's age as outlets print it, and outlets that print different ages for one person.

Indonesian news gives an age in brackets after the name ("Siti Aminah (45), warga Desa …",
"Valentino Rossi (38 tahun)") or after a comma ("Budi Santoso, 45 tahun, …"); English news after
a comma ("Harold Noel, 37, lives next door"). Only a person's full name counts (a name of two
words or more the entity list holds): a surname alone may be a relative's ("Pasztor, 29," is the
mother, not her son Rene Pasztor). The person pins the slot, so no similarity between the
sentences is asked: two outlets giving Siti Aminah two ages disagree about her.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence

from ringkas.facts.conflicts import outliers
from ringkas.facts.evidence import evidence
from ringkas.model import Conflict, ConflictSide, Entity, Evidence, Sentence

Key = tuple[str, int]

# The age right after a name; the name is read back from where it starts.
# Each pattern opens with literal characters, so the regex engine skips to them (an alternation
# of the two Indonesian forms scanned every position: 0.35 ms a seed digest, now 0.09).
_AGE_BRACKET = re.compile(r" \((\d{1,3})(?: tahun| thn\.?)?\)")
_AGE_YEARS = re.compile(r", (\d{1,3}) tahun\b")
_AGE_EN = re.compile(r", (\d{1,3})(?=[,.;)]| years? old\b)")
_NAME_WORD = re.compile(r"[A-ZÀ-Þ][\w'’.-]*")
OLDEST = 120
# Three names with a number each in one sentence are a table ("Bayer Leverkusen (15), Borussia
# Dortmund (18), FC Porto (17)": points), whose numbers change from one day to the next.
TABLE = 3


def find_ages(
    sentences: Sequence[Sentence], entities: Sequence[Entity], languages: Mapping[str, str]
) -> list[tuple[str, int, Sentence]]:
    """(person, age, sentence) for each age a sentence gives right after a person's full name;
    a sentence giving one person two ages gives none, nor one naming three with a number each."""
    full: dict[str, str] = {}
    for e in entities:
        if e.kind == "person":
            for form in (e.name, *e.aliases):
                if " " in form:
                    full.setdefault(form, e.name)
    if not full:
        return []
    out: list[tuple[str, int, Sentence]] = []
    for s in sentences:
        text = s.text
        if languages.get(s.article_id) == "en":
            marks = list(_AGE_EN.finditer(text)) if ", " in text else []
        else:
            marks = list(_AGE_BRACKET.finditer(text)) if " (" in text else []
            if " tahun" in text:
                marks = sorted((*marks, *_AGE_YEARS.finditer(text)), key=lambda m: m.start())
        if not marks:
            continue
        named: list[tuple[list[str], int]] = []  # (the capitalised words before, the age)
        for m in marks:
            words = text[max(0, m.start() - 120) : m.start()].split(" ")[-8:]
            k = len(words)
            while k and _NAME_WORD.fullmatch(words[k - 1]):
                k -= 1
            if k < len(words):
                named.append((words[k:], int(m.group(1))))
        if len(named) >= TABLE:  # a standings table or a score list, not ages
            continue
        found: dict[str, set[int]] = defaultdict(set)
        for words, age in named:
            # the longest full name the run ends with ("Warga Desa Siti Aminah" → Siti Aminah)
            who = next(
                (
                    full[" ".join(words[k:])]
                    for k in range(len(words) - 1)
                    if " ".join(words[k:]) in full
                ),
                None,
            )
            if who and 0 < age <= OLDEST:
                found[who].add(age)
        out += [(who, next(iter(ages)), s) for who, ages in sorted(found.items()) if len(ages) == 1]
    return out


def age_conflicts(
    ages: Sequence[tuple[str, int, Sentence]], outlet: Mapping[str, str]
) -> tuple[list[Conflict], set[Key]]:
    """Per person the outlets give two ages or more: one side per age, the best-printed first;
    the sentences of a side fewer outlets print are blocked, as a disputed number's are."""
    by_person: dict[str, dict[int, list[Evidence]]] = defaultdict(lambda: defaultdict(list))
    for who, age, s in ages:
        by_person[who][age].append(evidence(s, outlet[s.article_id]))
    conflicts: list[Conflict] = []
    blocked: set[Key] = set()
    for who in sorted(by_person):
        said = by_person[who]
        if len(said) < 2 or len({e.outlet for ev in said.values() for e in ev}) < 2:
            continue
        sides = tuple(
            ConflictSide(
                str(age), tuple(sorted(ev, key=lambda e: (e.article_id, e.sentence_index)))
            )
            for age, ev in sorted(
                said.items(), key=lambda kv: (-len({e.outlet for e in kv[1]}), kv[0])
            )
        )
        suspects = outliers(sides)
        blocked |= suspects
        description = (
            f"Media menyebut umur berbeda untuk {who}: "
            + "; ".join(f"{side.value} ({', '.join(side.outlets)})" for side in sides)
            + "."
        )
        conflicts.append(
            Conflict("number", f"umur {who}", description, sides, tuple(sorted(suspects)))
        )
    return conflicts, blocked
