"""A dated timeline: one event per day (or range), told by its best-corroborated sentence."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from ringkas.facts.evidence import evidence
from ringkas.model import Article, Conflict, DateMention, Fact, Sentence, TimelineEvent


def build_timeline(
    articles: Sequence[Article],
    sentences: Sequence[Sentence],
    dates: Sequence[DateMention],
    facts: Sequence[Fact],
    conflicts: Sequence[Conflict],
    blocked: frozenset[tuple[str, int]],
) -> tuple[TimelineEvent, ...]:
    """Days sorted; a day some outlet disputes is flagged; wrong dates (blocked) are left out."""
    outlet = {a.id: a.label for a in articles}
    by_key = {(s.article_id, s.index): s for s in sentences}
    corroboration: dict[tuple[str, int], int] = {}
    for fact in facts:
        for e in fact.support:
            corroboration[(e.article_id, e.sentence_index)] = len(fact.outlets)
    disputed_values = {side.value for c in conflicts for side in c.sides[1:]} | {
        side.value for c in conflicts if c.kind == "date" for side in c.sides
    }
    days: dict[tuple[date, date | None], list[DateMention]] = defaultdict(list)
    for d in dates:
        if d.value is None or not d.weekday_ok or (d.article_id, d.sentence_index) in blocked:
            continue
        days[(d.value, d.end)].append(d)
    events: list[TimelineEvent] = []
    for (day, end), mentions in sorted(
        days.items(), key=lambda kv: (kv[0][0], kv[0][1] or kv[0][0])
    ):
        keys = sorted({(m.article_id, m.sentence_index) for m in mentions})
        best = max(keys, key=lambda k: (corroboration.get(k, 1), -keys.index(k)))
        iso = day.isoformat()
        events.append(
            TimelineEvent(
                day=day,
                end=end,
                text=by_key[best].text,
                evidence=tuple(evidence(by_key[k], outlet[k[0]]) for k in keys),
                outlets=tuple(sorted({outlet[k[0]] for k in keys})),
                disputed=iso in disputed_values,
            )
        )
    return tuple(events)
