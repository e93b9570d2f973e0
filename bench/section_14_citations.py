"""Citations: does an outlet a digest cites state what the quoted sentence states? (against the
pairs labelled by hand in bench/data/support-pairs.tsv; bench.support_pairs)."""

from __future__ import annotations


def run(quick: bool) -> str:
    from bench.support_pairs import measure, read_pairs, report
    from ringkas.config import Config

    return "\n".join(
        [
            "## Citations: does each cited outlet say what the quoted sentence says?",
            "",
            "A digest's sentence cites as its support every sentence of another article at TF-IDF "
            f"cosine `Config.support_threshold` ({Config().support_threshold}) or more "
            f"(`compose._attribute`). `bench/data/support-pairs.tsv` holds {len(read_pairs())} "
            "pairs of a default digest's quoted sentence "
            "and a sentence of another article at cosine 0.30 or more, drawn with seeds from "
            "indosum-multi-dev, multinews-dev, the Indonesian pseudo clusters, the seed and the "
            "example (126 stratified by cosine, then 50 from 0.36 to 0.50 held out to test a rule "
            "the first sample suggested), each labelled by reading: does the other sentence state "
            "what the quoted one states (ids, sentence indices and a hash of each sentence; a "
            "sentence cleaning or splitting has moved is counted as moved, not scored). Per "
            "band, how many are the same statement; then the share of the citations the default's "
            "digests of the three dev sets make that are right, the bands' rates weighed by how "
            "many pairs of each band those digests hold; then other thresholds on the labelled "
            "pairs (the bands were sampled unequally). Reproduce: "
            "`python -m bench.support_pairs [SRC]`.",
            "",
            "```",
            report(*measure()),
            "```",
            "",
            "s34 (new): every pair above cosine 0.5 is the same statement; half of those from 0.36 "
            "to 0.5 are, and the rest share the event, its people or its place and say something "
            "else (a second speaker's view, another quotation of one speaker, another figure). No "
            "threshold and no lexical test tried does better on held-out pairs (docs/design.md, "
            "the s34 citation row): the band needs a test of what a sentence says.",
            "",
        ]
    )
