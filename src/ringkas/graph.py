"""Connected components by union-find: the one graph helper the core and the engines share."""

from __future__ import annotations

from collections.abc import Iterable


def components(n: int, pairs: Iterable[tuple[int, int]]) -> list[int]:
    """Connected components (union-find): label of each of n items = its smallest member."""
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in sorted(pairs):
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return [find(i) for i in range(n)]
