"""Sentence features added after the first learned model (issue 14), appended to its vector.

Kept apart from select.learned's feature code (which another change speeds up) and computed from
the Candidates alone, in one pass over the sentences:

- ``refers_back``: the sentence opens by referring to the one before it (select.cohesion);
- ``first_eligible``: the first sentence of its article that a summary may quote (the lead when
  the first one is a dateline, a fragment or a disputed date);
- ``eligible_rank``: log(1 + how many quotable sentences of its article come before it);
- ``shared_numbers``: log(1 + the numbers it states, digits or words, that another article of
  the cluster also prints: a toll or a figure several outlets agree on);
- ``shared_names``: capitalized words past its first that another article also prints, per word.
"""

from __future__ import annotations

import math
from collections import Counter

import numpy as np

from ringkas.select.base import Candidates
from ringkas.select.cohesion import dangling

MORE_FEATURES = (
    "refers_back",
    "first_eligible",
    "eligible_rank",
    "shared_numbers",
    "shared_names",
)

_NUMBER_WORDS = frozenset(
    "satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas puluhan ratusan ribuan"
    " one two three four five six seven eight nine ten eleven twelve dozens hundreds thousands".split()
)
_PUNCT = "\"'“”‘’()[],.;:!?"


def more_features(c: Candidates) -> np.ndarray:
    """n_sentences × len(MORE_FEATURES), from the cluster alone."""
    n = c.size
    out = np.zeros((n, len(MORE_FEATURES)))
    if n == 0:
        return out
    eligible = c.eligible().tolist()
    numbers: list[set[str]] = []
    names: list[set[str]] = []
    pooled: dict[str, tuple[set[str], set[str]]] = {}
    first: list[bool] = []
    rank: list[float] = []
    seen: dict[str, int] = {}
    for i, s in enumerate(c.sentences):
        nums: set[str] = set()
        caps: set[str] = set()
        for k, word in enumerate([raw.strip(_PUNCT) for raw in s.text.split()]):
            if not word:
                continue
            initial = word[0]
            if initial.isdigit():
                nums.add(word)
            elif (lower := word.lower()) in _NUMBER_WORDS:
                nums.add(lower)
            elif k and initial.isupper():  # past the first word: a name, not the sentence's capital
                caps.add(word)
        numbers.append(nums)
        names.append(caps)
        mine = pooled.setdefault(s.article_id, (set(), set()))
        mine[0].update(nums)
        mine[1].update(caps)
        before = seen.get(s.article_id, 0)
        first.append(eligible[i] and before == 0)
        rank.append(math.log1p(before))
        if eligible[i]:
            seen[s.article_id] = before + 1
    # How many articles print each number and each name.
    number_articles: Counter[str] = Counter()
    name_articles: Counter[str] = Counter()
    for nums, caps in pooled.values():
        number_articles.update(nums)
        name_articles.update(caps)
    out[:, 0] = dangling(c)
    out[:, 1] = first
    out[:, 2] = rank
    out[:, 3] = [math.log1p(sum(number_articles[v] > 1 for v in nums)) for nums in numbers]
    out[:, 4] = [
        sum(name_articles[v] > 1 for v in caps) / max(words, 1)
        for caps, words in zip(names, c.word_counts, strict=True)
    ]
    return out
