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
            f"Samples {', '.join(samples)}: s28's and s29's rules were written reading a and c, "
            "b is held out. A name no label covers (a rule changed the list) is counted under "
            '"unlabelled" and must be labelled before a figure is claimed. Reproduce: '
            "`python -m bench.entity_kinds [OLD/src] [--wrong a]`.",
            "",
            "```",
            *table,
            "```",
            "",
            *HISTORY,
            "",
        ]
    )


# Each session's figures against the code before it, measured by hand with the same labels
# (`python -m bench.entity_kinds OLD/src`): they name an old commit, so they are written here,
# not computed.
HISTORY = [
    "s28, against s27's last code (e10132b): a 80.5% (198 of 246) → 86.8%, b (held out) 79.2% "
    "(205 of 259) → 84.8%, c 78.7% (170 of 216) → 86.2%; Indonesian names 78.9 / 76.3 / 80.4% → "
    "85.6 / 83.6 / 86.8%, English 84.8 / 86.3 / 74.1% → 90.3 / 87.7 / 84.5% (docs/design.md, the "
    "s28 rows; `python -m bench.same_entities OLD/src`: 1,583 of 3,162 lists differ).",
    "",
    "s29, against s28's last code (b02afdc): a 86.8% → 89.7%, b (held out) 84.8% → 86.3%, c "
    "86.2% → 90.3% (eight names newly in the first ten labelled first): acronyms of terms "
    '("KUHP", "BLBI", "DNA", "UU") are no organisations, platforms ("Instagram") no places, '
    '"Borussia Dortmund", "Bayern Muenchen", "Movistar Yamaha", "Cleveland Cavaliers" no people, '
    '"Blok", "Gudang", "Nota", "Pasal", "PN", "Komnas" open places, documents and offices, '
    '"Serie A" is a league, "Daily Mail" a paper, "aplikasi buatan Microsoft" no person '
    "(docs/design.md, the s29 rows; 890 of 3,162 lists differ). What stays wrong is read with "
    "`--wrong a` or `--wrong c`: football clubs of two words no rule knows, "
    'stadiums named after people and products by their English words ("Gran Turismo Sport"), '
    'glued runs no rule parts ("Agung Laksono Tim Kajian"), acronyms of rating scales in English '
    '("SANS", "SAPS").',
    "",
    "s30, against s29's last code (36dd87b): a 89.7% → 89.6% (a right name merged into another: "
    "242 → 241 names), b 86.3% and c 90.3% unchanged; a country under two names is one entity "
    '("Ceko" / "Republik Ceska", "Rusia" / "Federasi Rusia", "Arab Saudi" / "Saudi"), a verb of '
    'saying after "di" has another subject, an English public body\'s last word ("Division", '
    '"Authority") makes an organisation (docs/design.md, the s30 entity row; `python -m '
    "bench.same_entities OLD/src`: 29 of 3,162 lists differ).",
]
