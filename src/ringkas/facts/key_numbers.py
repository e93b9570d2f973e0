"""The counts a digest of a disaster or a crime must state: the toll several outlets agree on.

A reader of a digest about an earthquake asks first how many died; a digest that quotes the
agency's analysis and a witness but not the toll has left out the news. The learned scorer
cannot know that from IndoSum (a few disasters among thousands of articles), so the facts name
these counts and the default's selector (select.covering) makes room for them.

A key number is a count tied to a predicate (conflicts.slot_of: "9 orang" + "meninggal") that at
least two outlets state with one value, more outlets than state any other value for it (a
disputed toll has a leading side: the conflict names the other). They are ordered by what a
reader asks first (the dead, the missing, the injured, the displaced, the damage, arrests),
then by how many outlets agree.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ringkas.model import Mention

# What a reader asks first (Indonesian and English predicates); one not listed comes after these.
IMPORTANCE = (
    ("meninggal", "killed"),
    ("hilang", "missing"),
    ("luka", "injured"),
    ("mengungsi", "evacuated"),
    ("rusak", "damaged"),
    ("terendam",),
    ("ditangkap", "arrested"),
)
_RANK = {predicate: k for k, names in enumerate(IMPORTANCE) for predicate in names}
MIN_OUTLETS = 2


@dataclass(frozen=True, slots=True)
class KeyNumber:
    """A count several outlets agree on, and every sentence that states it."""

    slot: str  # "orang|meninggal": what it counts and the predicate
    value: str  # "9 orang"
    outlets: tuple[str, ...]  # the outlets stating this value, sorted
    sentences: tuple[tuple[str, int], ...]  # (article_id, sentence_index), sorted


def key_numbers(
    numbers: Sequence[Mention], slots: Sequence[str], outlet: Mapping[str, str]
) -> tuple[KeyNumber, ...]:
    """The leading value of every predicate slot at least MIN_OUTLETS outlets agree on
    (``slots``: each number's conflicts.number_slots)."""
    outlets: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    stating: dict[str, dict[str, set[tuple[str, int]]]] = defaultdict(lambda: defaultdict(set))
    for m, slot in zip(numbers, slots, strict=True):
        key = (m.article_id, m.sentence_index)
        if not slot.split("|")[1]:
            continue  # a count with no predicate says nothing a reader asks for
        outlets[slot][m.value].add(outlet.get(m.article_id) or m.article_id)
        stating[slot][m.value].add(key)
    found: list[KeyNumber] = []
    for slot, values in outlets.items():
        ranked = sorted(values.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        value, agreeing = ranked[0]
        runner_up = len(ranked[1][1]) if len(ranked) > 1 else 0
        if len(agreeing) >= MIN_OUTLETS and len(agreeing) > runner_up:
            found.append(
                KeyNumber(slot, value, tuple(sorted(agreeing)), tuple(sorted(stating[slot][value])))
            )

    def rank(k: KeyNumber) -> tuple[int, int, str]:
        predicate = k.slot.split("|")[1]
        return _RANK.get(predicate, len(IMPORTANCE)), -len(k.outlets), k.slot

    return tuple(sorted(found, key=rank))
