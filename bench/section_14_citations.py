"""Citations: does an outlet a digest cites state what the quoted sentence states? (against the
pairs labelled by hand in bench/data/support-pairs.tsv; bench.support_pairs)."""

from __future__ import annotations


def run(quick: bool) -> str:
    from bench.support_pairs import measure, read_pairs, report
    from ringkas.config import Config
    from ringkas.statements import CONTAINED, COVERED, SURE

    return "\n".join(
        [
            "## Citations: does each cited outlet say what the quoted sentence says?",
            "",
            "A digest's sentence cites as its support every sentence of another article that "
            "`ringkas.statements.Statements.says_same` calls the same statement: TF-IDF cosine "
            f"`Config.support_threshold` ({Config().support_threshold}) or more, and below {SURE} "
            f"only if it holds {COVERED:.0%} or more of the quoted sentence's own words, its names "
            f"left out, by weight (`Statements.coverage`), or {CONTAINED:.0%} of its own lie in "
            "the quoted one, and it gives no other figures "
            "(`Statements.other_figures`; before s35 the cosine alone). "
            f"`bench/data/support-pairs.tsv` holds {len(read_pairs())} pairs of a quoted sentence "
            "(a default digest's; for E, an article's opening) and a sentence of another article "
            "at cosine 0.30 or more, "
            "drawn with seeds from indosum-multi-dev, multinews-dev, the Indonesian pseudo "
            "clusters, the seed and the example, in five samples (A stratified by cosine; B, C "
            "and D from 0.36 to 0.5, D with 15 more above: the test was chosen on A to C and run "
            "on D after its labels were written; E 80 Indonesian pairs from 0.36 to 0.5 whose "
            "quoted side is any of an article's first three sentences, labelled before the test "
            "ran on them), each labelled by reading: does the other "
            "sentence state what the quoted one states (ids, sentence indices and a hash of each "
            "sentence; a sentence cleaning or splitting has moved is counted as moved, not "
            "scored). Per band, language and sample: how many are the same statement, how many "
            "the shipped test cites and how many of those are right, and the share of the true "
            "ones it cites; then the citations the default's digests of the three dev sets make "
            "and the share of them that is right, each band's and language's labelled rate "
            "weighed by how many citations of that band and language those digests make. "
            "Reproduce: "
            "`python -m bench.support_pairs [SRC]` (a version before s35 is scored by its "
            "cosine alone).",
            "",
            "```",
            report(*measure()),
            "```",
            "",
            "s35: the test keeps the cosine's citations above 0.5 (every labelled pair there is "
            "the same statement) and drops the band's citations whose quoted sentence's own "
            "words the other sentence lacks (unless it states a part of it) or that give other "
            "figures: the band's precision 54% → 71% on A to E, 72% → 80% on the held-out D and "
            "41% → 68% on the held-out Indonesian E, four in five true citations kept; the "
            "digests' citations about 75% → 88% right. Indonesian pairs stay the weaker part "
            "(38% of the band's pairs the same statement; of those the test cites, 58% are "
            "right): two reports of one case share its long names and its background "
            "(\u201ckasus dugaan korupsi e-KTP\u201d) and differ in who does what. The facts' "
            "statements across outlets group by the same test since s35 "
            "(`facts.evidence.group_statements`; cosine 0.3 alone before) (docs/design.md, the "
            "s35 citation row).",
            "",
        ]
    )
