"""Titles: is the title a page shows (and a digest is headed by) a headline? Against labels written
by hand (bench.headlines)."""

from __future__ import annotations


def run(quick: bool) -> str:
    from bench.headlines import collect, report

    return "\n".join(
        [
            "## Titles: is what heads a page and a digest a headline?",
            "",
            "The title the cleaner finds in each flat-text page (shown under Sumber / Sources, in "
            "`ringkas stories`, and heading a digest) of multinews-dev (687 pages), "
            "indosum-single-dev (2,694), the seed and the example, labelled by hand "
            "(`bench/data/headlines.tsv`, keyed by page and a hash of the title): headline, "
            "sentence (a deck or a highlight: fair as a heading, not the page's title) or not (a "
            "section's or site's name, a caption's credit, a byline, a prompt, a salutation, a "
            "fragment). Most pages of the two datasets are bodies with no title line, so most "
            "show none. Headings: each multi-document cluster's digest title (seed, example, "
            "indosum-multi-dev, multinews-dev); a cluster whose quoted articles show no title is "
            "headed by the summary's first sentence. Reproduce: `python -m bench.headlines "
            "[OLD/src] [--list]`.",
            "",
            "```",
            report(collect()),
            "```",
            "",
            *HISTORY,
            "",
        ]
    )


# Figures against the code before each session, measured by hand with the same labels
# (`python -m bench.headlines OLD/src`): they name an old commit, so they are written here.
HISTORY = [
    "s30, against s29's last code (36dd87b): titles shown 106 → 60, of which not headlines 51 → "
    "4 and headlines 54 → 51 (three lost: a one-word film title, a review's pun and a blog's "
    'headline whose words the post does not use; "Merdeka.com - La Roja …" now shows without '
    "its outlet); digest headings that are no headline 46 → 3 of 278 clusters "
    '("Getty", "Features", "Photograph by Randy Olson", "Welcome back. Please sign in", "The '
    "seed for this crawl was …\"), headed by the summary's first sentence instead 187 → 227 "
    "(docs/design.md, the s30 row).",
]
