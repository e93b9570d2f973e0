"""Entities: how often a name among the first ten of a fact sheet's list is what the list says
it is (person, place, organisation, other), against kinds labelled by hand (bench.entity_kinds)."""

from __future__ import annotations


def run(quick: bool) -> str:
    from bench.entity_kinds import _lists, read_gold, score

    gold = read_gold()
    lists = _lists({listed for listed, _ in gold})
    samples = sorted({sample for sample, _ in gold.values()})
    table = score(lists).splitlines()
    return "\n".join(
        [
            "## Entities: are the listed names what the list says they are?",
            "",
            f'The first ten names of {len(lists)} entity lists ("Tokoh, tempat, lembaga" / '
            '"People, places, organisations"), drawn at random with a seed from the lists '
            "`bench.same_entities` reads (indosum-single-dev articles, indosum-multi-dev and pseudo "
            "clusters, multinews-dev clusters), each name labelled by hand with what it is "
            "(`bench/data/entity-kinds.tsv`: person, place, org, other — an event, a work, a "
            "product, a law —, several where either is right, or none: a fragment, words glued to "
            'a name). A name is right when its kind is one of its labels; "none" is never right. '
            f"Samples {', '.join(samples)}: s28's rules were written reading a and c, b is held "
            "out. A name no label covers (a rule changed the list) is counted under "
            '"unlabelled" and must be labelled before a figure is claimed. Reproduce: '
            "`python -m bench.entity_kinds [OLD/src] [--wrong a]`.",
            "",
            "```",
            *table,
            "```",
            "",
        ]
    )
