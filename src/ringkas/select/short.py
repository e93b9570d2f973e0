"""Too little text for the eligibility rules: the best short sentences, so a digest is never empty.

The rules every selector obeys (6..55 words, a terminal mark, ...) are for news articles; an
article of a few short sentences has no eligible sentence at all. It is then summarized by its
best sentences by the method's own scorer, within the budget, never a disputed one nor a question.
When some sentences pass those rules but a selector's cohesion rules held them all back (a
page's only news sentence in its writer's voice: "… our crack video team edited together …"),
only those are quoted: the page's short lines beside them ("You're welcome!") are no digest's
(s37; mn-val-101 quoted both).
"""

from __future__ import annotations

import numpy as np

from ringkas.select.base import Candidates, Method, fits


def best_short_sentences(c: Candidates, method: Method, budget: int) -> tuple[int, ...]:
    """Sentences by descending score (ties: canonical order) while they fit and do not repeat."""
    if c.size == 0:
        return ()
    scores = np.asarray(method.scorer(c), dtype=np.float64)
    usable = [
        i
        for i, s in enumerate(c.sentences)
        if i not in c.blocked
        and c.word_counts[i] >= 1
        and not s.text.rstrip().endswith("?")
        and s.article_id not in c.notices  # a web archive's crawl notice is never news (s22)
    ]
    eligible = c.eligible()
    usable = [i for i in usable if eligible[i]] or usable
    chosen: list[int] = []
    for i in sorted(usable, key=lambda i: (-scores[i], i)):
        if fits(c, chosen, i, budget):
            chosen.append(i)
    return tuple(sorted(chosen))
