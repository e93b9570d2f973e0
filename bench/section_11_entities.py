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
    "",
    "s32, against s31's last code (2de5582; not re-run, `python -m bench.entity_kinds "
    '[OLD/src]`): a 89.6% → 90.0% (English 90.3 → 91.9%: mn-val-091\'s "MARTIN", the '
    "transcript's host, is a person now), b 86.3% and c 90.3% unchanged: the s32 rules "
    "(docs/design.md) change names past the first ten mostly, one or two mentions each. "
    "`python -m bench.same_entities OLD/src`: an opening noun or conjunction before a name "
    'the cluster prints without it ("Kontrak Alonso", "Kendati Raisa") 149 of 3,162 lists, '
    'and one with "-nya" ("Rencananya PlayGame") 31 more, no kind changed, the mentions join '
    'the name; confix nouns in s27\'s rule ("Peta Perekonomian", "Transaksi Keuangan") 50 '
    'lists, 54 names person → other; "Perum" 4 lists, 5 names person → org; a Roman numeral '
    'closing a name of common words ("Level III", "Final Fantasy XV") 7 lists, 7 names person '
    '→ other; "Al Jazeera", "Al Arabiya" 4 names person → org; a transcript\'s speaker '
    '"MARTIN" org → person; "… Ventures" 6 names → org.',
    "",
    "s33, against s32's last code (f2a3a39; not re-run, `python -m bench.entity_kinds "
    "[OLD/src]`, with the eight names s33's rules brought into the first ten labelled): a "
    '90.0% → 90.5% ("Kelapa Gading" a place, after "kawasan"), b 86.3% → 85.4% (255 → 253 '
    'names, 220 → 216 right: two right names folded into their other spelling, "USS John S '
    'Mccain" and "Federal Reserve"; the fragments "Pusat Pengembangan" and "Pengadilan '
    'Distrik", which an organisation\'s head now kept, and "Earl Thorfinn", a right name, '
    'pushed right names out of first tens), c 90.3% → 90.8% ("Nick Gordon" without the '
    'sentence\'s opening "Nasib"). `python -m bench.same_entities OLD/src`: 390 of 3,162 lists '
    "differ (people 14,009 → 13,932, organisations 9,475 → 9,512, places 11,312 → 11,392; "
    "kinds person → other 48, person → place 20, other → place 20, person → org 1, org → "
    'other 1): one entity however a cluster capitalises or stops a name, "kawasan" before an '
    'area, a vehicle, a street, a possessive inside an Indonesian "person", an opening noun '
    "before a full name whose surname stands alone, faith words, an English given name that "
    "is a word, words Sastrawi knows before an acronym, an organisation's head and last word "
    'kept ("Komisi Pemberantasan Korupsi", not "Komisi Pemberantasan") (docs/design.md, the '
    "s33 rows).",
    "",
    "s39, against s38's last code (f8c64f3; `python -m bench.entity_kinds`): a 90.5% → 90.9%, "
    "b (held out) 85.4% → 85.8%, c 90.8% unchanged: no person's name holds a digit, so a "
    'product, a model or an edition written like a name is "other" ("Jet Black PS4 Pro", "LG '
    'V20", "Tupolev Tu-154"; docs/design.md, the s39 entity row; `python -m '
    "bench.same_entities OLD/src`: 65 of 3,162 lists differ, 98 names person → other and no "
    "other change).",
]
