"""Conflicts: a weekday the calendar contradicts, or outlets giving different dates or numbers
for the same statement — each with both sides' evidence, best-corroborated side first."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from datetime import date

import numpy as np

from ringkas.facts.dates import MONTH_NAMES, format_day, weekday_name
from ringkas.facts.evidence import evidence
from ringkas.facts.numbers import bounds, same_amount, unit_of
from ringkas.features import Features
from ringkas.graph import components
from ringkas.model import Article, Conflict, ConflictSide, DateMention, Evidence, Mention, Sentence

# Same statement, different value: sentences this similar (cosine over stems) report the same
# event. Higher than the statement threshold because a date or number differing between two
# merely related sentences is normal news ("confirmed on Tuesday", "departed on Wednesday").
SAME_EVENT = 0.45
# For numbers tied to a predicate ("9 orang meninggal" vs "12 orang tewas") looser similarity is
# enough: the shared predicate already pins the slot. 0.2: the example cluster's two lead
# sentences giving the death toll differently score 0.25 (different verbs, same event).
SAME_SLOT = 0.2
_PREDICATES = {
    "tewas": "meninggal", "menewaskan": "meninggal", "meninggal": "meninggal", "korban jiwa": "meninggal", "wafat": "meninggal", "jiwa": "meninggal",
    "luka": "luka", "luka-luka": "luka", "cedera": "luka", "terluka": "luka", "hilang": "hilang",
    "mengungsi": "mengungsi", "pengungsi": "mengungsi", "rusak": "rusak", "roboh": "rusak",
    "ambruk": "rusak", "merusak": "rusak", "terendam": "terendam", "ditangkap": "ditangkap", "tersangka": "tersangka",
}  # fmt: skip
# English (s11): the same predicates as English news writes them, named in English.
_EN_PREDICATES = {
    "killed": "killed", "killing": "killed", "dead": "killed", "died": "killed", "deaths": "killed",
    "death toll": "killed", "fatalities": "killed", "lives": "killed",
    "injured": "injured", "injuring": "injured", "wounded": "injured", "wounding": "injured",
    "hurt": "injured", "injuries": "injured", "missing": "missing", "evacuated": "evacuated",
    "displaced": "evacuated", "homeless": "evacuated", "damaged": "damaged", "destroyed": "damaged",
    "arrested": "arrested",
}  # fmt: skip
_PREDICATES.update(_EN_PREDICATES)
_EN_PREDICATE_NAMES = frozenset(_EN_PREDICATES.values())

_PREDICATE_WORDS = re.compile(
    r"\b(?:" + "|".join(sorted(_PREDICATES, key=len, reverse=True)) + r")\b"
)

Key = tuple[str, int]


def _day(d: date) -> str:
    return f"{d.day} {MONTH_NAMES[d.month]} {d.year}"


def weekday_conflicts(
    dates: Sequence[DateMention], sentences: dict[Key, Sentence], outlet: dict[str, str]
) -> tuple[list[Conflict], set[Key]]:
    """A written weekday that its date does not fall on, with the likely intended date."""
    conflicts: list[Conflict] = []
    blocked: set[Key] = set()
    sound = [d for d in dates if d.weekday_ok and d.value]
    for d in dates:
        if d.weekday_ok or d.value is None:
            continue
        key = (d.article_id, d.sentence_index)
        blocked.add(key)
        wrong = ConflictSide(
            f"{d.text} → {_day(d.value)}, hari {weekday_name(d.value).capitalize()}",
            (evidence(sentences[key], outlet[d.article_id]),),
        )
        # The likely intended day: the same date written with its right weekday elsewhere, or
        # the same day-of-month and weekday in a nearby month that other mentions give.
        # Other sentences only: the one carrying the slip cannot vouch for its own correction.
        others = [m for m in sound if (m.article_id, m.sentence_index) != key]
        same_date = [m for m in others if m.value == d.value and m.weekday_written]
        candidates: dict[date, list[DateMention]] = defaultdict(list)
        for m in others:
            for day in (m.value, m.end):
                if (
                    day
                    and day.day == d.value.day
                    and weekday_name(day) == d.weekday_written
                    and day != d.value
                ):
                    candidates[day].append(m)
        if same_date:
            intended, support = d.value, same_date
        elif candidates:
            intended = max(
                sorted(candidates), key=lambda k: len({m.article_id for m in candidates[k]})
            )
            support = candidates[intended]
        else:
            intended, support = None, []
        sides = [wrong]
        description = (
            f"{outlet[d.article_id] or d.article_id} menulis “{d.text}”, padahal {_day(d.value)} "
            f"jatuh pada hari {weekday_name(d.value).capitalize()}."
        )
        if intended is not None:
            keys = sorted({(m.article_id, m.sentence_index) for m in support})
            right = ConflictSide(
                format_day(intended), tuple(evidence(sentences[k], outlet[k[0]]) for k in keys)
            )
            sides.insert(0, right)
            if any(m.weekday_written for m in support):
                description += f" Sumber lain menyebut {format_day(intended)}."
            else:
                # the other sources give the day, not its weekday ("sekitar 24-25 April"): the
                # weekday is the slip's own, so it is said as the day's, not as theirs (s32)
                description += (
                    f" Sumber lain menyebut {_day(intended)}, yang jatuh pada hari "
                    f"{weekday_name(intended).capitalize()}."
                )
        conflicts.append(
            Conflict(
                "date" if intended else "weekday",
                f"tanggal “{d.text}”",
                description,
                tuple(sides),
                (key,),
            )
        )
    return conflicts, blocked


def _sides(groups: dict[str, list[Evidence]]) -> tuple[ConflictSide, ...]:
    ordered = sorted(groups.items(), key=lambda kv: (-len({e.outlet for e in kv[1]}), kv[0]))
    return tuple(
        ConflictSide(value, tuple(sorted(ev, key=lambda e: (e.article_id, e.sentence_index))))
        for value, ev in ordered
    )


def outliers(sides: tuple[ConflictSide, ...]) -> set[Key]:
    """Sentences on a side with strictly fewer outlets than the leading side."""
    lead = len(sides[0].outlets)
    return {
        (e.article_id, e.sentence_index)
        for side in sides[1:]
        if len(side.outlets) < lead
        for e in side.evidence
    }


# A date moved is a second date of one event, not another outlet's version of it (s18):
# "arraigned July 2" and "Johnson's arraignment was continued to July 6", "sidang ditunda
# hingga Senin (10/7)".
_MOVED = re.compile(
    r"\b(?:continued|postponed|rescheduled|delayed|pushed back|moved up|moved back|adjourned)"
    r" (?:to|until|till|for)\b|\b(?:diundur|ditunda|dimajukan|dijadwalkan ulang)\b",
    re.IGNORECASE,
)
# The day a source said something is the day of the telling, not of the event (s19): two outlets
# quoting one spokesman on two days ('"…," kata Febri Diansyah saat dikonfirmasi, Rabu (3/5).' and
# '"…," kata Febri Diansyah di Jakarta, Jumat (05/05/2017).') do not disagree on a date.
_TOLD = re.compile(
    r"\b(?:kata|ujar|ucap|ungkap|tutur|tegas|terang|papar|imbuh)(?:nya)?\b"
    r"|\bsaat (?:dikonfirmasi|dihubungi|ditemui|dimintai)\b|\bdalam keterangan(?:nya| tertulis)?\b"
)


def _told_on(text: str, day: str) -> bool:
    """Whether the date written ``day`` closes ``text`` as the day its source said it: a speech
    word in the 90 characters before it ("…, kata Febri Diansyah di Jakarta, Jumat (5/5).")."""
    body = text.rstrip(' .!"”’')
    if not body.endswith(day):
        return False
    return bool(_TOLD.search(body, max(0, len(body) - len(day) - 90), len(body) - len(day)))


# A streak is its own count (s18): "tiga gelar berturut-turut" (three titles in a row) and "satu
# gelar" (one title, this tournament) are two facts, not two outlets' versions of one.
_STREAK = re.compile(r"\s+(berturut-turut|beruntun|in a row|consecutively)\b", re.IGNORECASE)


def slot_of(mention: Mention, sentence: Sentence) -> str:
    """What a number counts: its unit plus the nearest predicate ("orang|meninggal"); a streak
    ("3 gelar berturut-turut") is a unit of its own."""
    unit = unit_of(mention)
    start = mention.span.start - sentence.span.start
    end = mention.span.end - sentence.span.start
    streak = _STREAK.match(sentence.text, end)
    if streak:
        unit = f"{unit} {streak.group(1).lower()}"
    best, predicate = 10**9, ""
    for m in _PREDICATE_WORDS.finditer(sentence.text.lower()):
        # Distance to the number; a predicate after the unit ("9 orang tewas") wins ties.
        distance = m.start() - end if m.start() >= end else start - m.end() + 1
        if 0 <= distance <= 40 and distance < best:
            best, predicate = distance, _PREDICATES[m.group(0)]
    return f"{unit}|{predicate}"


def number_slots(sentences: Sequence[Sentence], numbers: Sequence[Mention]) -> tuple[str, ...]:
    """slot_of each number mention, in order (read once per cluster: the conflicts and the key
    numbers both group by it)."""
    by_key = {(s.article_id, s.index): s for s in sentences}
    return tuple(slot_of(m, by_key[(m.article_id, m.sentence_index)]) for m in numbers)


def _one_amount(values: Sequence[str], language: str) -> bool:
    """Whether every two of ``values`` are one amount, one outlet rounding it ("144,5" and
    "144,53 triliun rupiah"; numbers.same_amount)."""
    return all(same_amount(x, y, language) for j, x in enumerate(values) for y in values[j + 1 :])


def _outlets_differ(stated: Sequence[tuple[str, str]]) -> bool:
    """Whether two outlets disagree among these (outlet, value) statements: one states no value
    the other does. An outlet that also states the others' value in a linked sentence is not
    another version of the fact (s19: one FBI report's dates, "February 3, 2009" and "February 2,
    2009", against a second outlet's "February 3, 2009", were a conflict between outlets)."""
    by_outlet: dict[str, set[str]] = defaultdict(set)
    for name, value in stated:
        by_outlet[name].add(value)
    held = [by_outlet[name] for name in sorted(by_outlet)]
    return any(not (a & b) for k, a in enumerate(held) for b in held[k + 1 :])


def _compatible(ranges: Sequence[tuple[float, float]]) -> bool:
    """Whether one amount fits every range ("lebih dari 350" and "lebih dari 600" penerbangan;
    "sedikitnya 9" and "12 orang"): on a line, ranges that meet pairwise all share a point."""
    return max(low for low, _ in ranges) <= min(high for _, high in ranges) * (1 + 1e-9)


def value_conflicts(
    sentences: Sequence[Sentence],
    features: Features,
    outlet: dict[str, str],
    dates: Sequence[DateMention],
    numbers: Sequence[Mention],
    slots: Sequence[str],
    language: dict[str, str] | None = None,
) -> tuple[list[Conflict], set[Key]]:
    """Sentences from different outlets about the same event that give different dates or numbers
    (a number one outlet only rounded, "144,5" against "144,53 triliun rupiah", is the same one:
    numbers.same_amount)."""
    index = {(s.article_id, s.index): i for i, s in enumerate(sentences)}
    language = language or {}
    sim = features.similarity()
    per_sentence: dict[int, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for d in dates:
        i = index[(d.article_id, d.sentence_index)]
        text = sentences[i].text
        if (
            d.value
            and d.end is None
            and d.weekday_ok
            and not _MOVED.search(text)
            and not _told_on(text, d.text)
        ):
            per_sentence[i]["date|"].add(d.value.isoformat())
    # Each sentence's first mention of a slot: the range it allows ("lebih dari 350" is 350 or
    # more) is read only where values differ.
    first_mention: dict[tuple[int, str], Mention] = {}
    for m, slot in zip(numbers, slots, strict=True):
        i = index[(m.article_id, m.sentence_index)]
        per_sentence[i][slot].add(m.value)
        first_mention.setdefault((i, slot), m)

    def allowed(i: int, slot: str) -> tuple[float, float]:
        m = first_mention[i, slot]
        return bounds(m, sentences[i], language.get(m.article_id, "id"))

    # Per slot, the sentences that state one value for it (several values in one sentence are a
    # list, not a claim); two of them from different outlets are linked when similar enough,
    # and the slot is disputed when a link joins different values. One numpy comparison per slot
    # instead of a Python loop over every pair of sentences (quadratic in a large story).
    by_slot: dict[str, list[int]] = defaultdict(list)
    for i in sorted(per_sentence):
        for slot, values in per_sentence[i].items():
            if len(values) == 1:
                by_slot[slot].append(i)
    outlet_ids: dict[str, int] = {}
    disputes: list[tuple[str, list[int]]] = []  # (slot, sentences linked to each other)
    for slot, members in by_slot.items():
        if len(members) < 2:
            continue
        # English predicates pin less (an English report lists several tolls: "27 killed in
        # Damascus on Saturday", "three killed in Aleppo on Sunday"): only Indonesian ones
        # loosen the similarity a link needs.
        predicate = slot.split("|")[1]
        pinned = predicate and predicate not in _EN_PREDICATE_NAMES and not slot.startswith("date")
        needed = SAME_SLOT if pinned else SAME_EVENT
        idx = np.asarray(members)
        labels = np.asarray(
            [
                outlet_ids.setdefault(outlet[sentences[i].article_id], len(outlet_ids))
                for i in members
            ]
        )
        value_ids: dict[str, int] = {}
        stated = np.asarray(
            [
                value_ids.setdefault(next(iter(per_sentence[i][slot])), len(value_ids))
                for i in members
            ]
        )
        link = np.triu((sim[np.ix_(idx, idx)] >= needed) & (labels[:, None] != labels[None, :]), 1)
        a, b = np.nonzero(link)
        if a.size == 0 or not bool(np.any(stated[a] != stated[b])):
            continue
        # One dispute per group of sentences linked to each other (connected components): two
        # pairs of similar sentences about different events ("shot on May 29" twice, "arraigned
        # July 2" against "arraignment continued to July 6") are two statements, not one.
        label = components(len(members), zip(a.tolist(), b.tolist(), strict=True))
        by_root: dict[int, list[int]] = defaultdict(list)
        for k in sorted(set(a.tolist()) | set(b.tolist())):  # the linked members
            by_root[label[k]].append(k)
        for component in by_root.values():
            stated_by = [
                (
                    outlet[sentences[int(idx[k])].article_id],
                    next(iter(per_sentence[int(idx[k])][slot])),
                )
                for k in component
            ]
            said = sorted({value for _, value in stated_by})
            first = sentences[int(idx[component[0]])].article_id
            if (
                len(said) > 1
                and _outlets_differ(stated_by)
                and not (
                    not slot.startswith("date|")
                    and (
                        _one_amount(said, language.get(first, "id"))
                        or _compatible([allowed(int(idx[k]), slot) for k in component])
                    )
                )
            ):
                disputes.append((slot, [int(idx[k]) for k in component]))
    conflicts: list[Conflict] = []
    blocked: set[Key] = set()
    for slot, members in sorted(disputes):
        groups: dict[str, list[Evidence]] = defaultdict(list)
        for i in members:
            (value,) = per_sentence[i][slot]
            groups[value].append(evidence(sentences[i], outlet[sentences[i].article_id]))
        if len(groups) < 2:
            continue
        sides = _sides(groups)
        unit, predicate = slot.split("|")
        kind = "date" if unit == "date" else "number"
        if kind == "date":
            subject = "tanggal peristiwa"
        elif unit == "block":  # an address ("the 3300 block of …"), no count
            subject = f"nomor blok alamat {predicate}".strip()
        else:
            subject = f"jumlah {unit} {predicate}".strip()
        description = (
            "Media menyebut nilai berbeda untuk hal yang sama: "
            + "; ".join(f"{side.value} ({', '.join(side.outlets)})" for side in sides)
            + "."
        )
        suspects = outliers(sides)
        blocked |= suspects
        conflicts.append(Conflict(kind, subject, description, sides, tuple(sorted(suspects))))
    return conflicts, blocked


def find_conflicts(
    articles: Sequence[Article],
    sentences: Sequence[Sentence],
    features: Features,
    dates: Sequence[DateMention],
    numbers: Sequence[Mention],
    slots: Sequence[str],
) -> tuple[tuple[Conflict, ...], frozenset[Key]]:
    """All conflicts in the cluster and the sentences a summary must not quote (``slots``: each
    number's number_slots)."""
    outlet = {a.id: a.label for a in articles}
    by_key = {(s.article_id, s.index): s for s in sentences}
    weekday, blocked_w = weekday_conflicts(dates, by_key, outlet)
    values, blocked_v = value_conflicts(
        sentences, features, outlet, dates, numbers, slots, {a.id: a.language for a in articles}
    )
    conflicts = sorted(weekday + values, key=conflict_order)
    return tuple(conflicts), frozenset(blocked_w | blocked_v)


def conflict_order(c: Conflict) -> tuple[str, tuple[Key, ...], str]:
    """The order a fact sheet lists its conflicts in: by kind, then the sentences they suspect."""
    return (c.kind, c.suspect_sentences, c.subject)
