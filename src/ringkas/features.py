"""One TF-IDF matrix over a cluster's sentences, shared by every later stage."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
from scipy import sparse

from ringkas.model import Sentence
from ringkas.text.tokens import content_terms


@dataclass(frozen=True, eq=False)
class Features:
    """Per-sentence stems and their L2-normalized TF-IDF rows (sentences as documents)."""

    terms: tuple[tuple[str, ...], ...]
    matrix: sparse.csr_matrix  # n_sentences x n_terms, rows L2-normalized (zero rows allowed)
    vocabulary: tuple[str, ...]
    _sim: list[np.ndarray] = field(default_factory=list, repr=False)

    @property
    def size(self) -> int:
        return len(self.terms)

    def similarity(self) -> np.ndarray:
        """Dense cosine similarity between every pair of sentences (computed once)."""
        if not self._sim:
            if self.size == 0:
                self._sim.append(np.zeros((0, 0)))
            else:
                sim = (self.matrix @ self.matrix.T).toarray()
                np.clip(sim, 0.0, 1.0, out=sim)
                self._sim.append(sim)
        return self._sim[0]

    def centroid(self) -> np.ndarray:
        """The mean TF-IDF vector of the cluster."""
        if self.size == 0:
            return np.zeros(len(self.vocabulary))
        return np.asarray(self.matrix.mean(axis=0)).ravel()


def tfidf(terms: Sequence[Sequence[str]]) -> tuple[sparse.csr_matrix, tuple[str, ...]]:
    """Sublinear, smoothed, L2-normalized TF-IDF: the same formula as scikit-learn's
    ``TfidfVectorizer(sublinear_tf=True)``, computed directly because importing scikit-learn
    costs 1.3-1.9 s here (``python -X importtime``), more than the whole CLI cold-start budget."""
    vocabulary = tuple(sorted({t for doc in terms for t in doc}))
    column = {t: j for j, t in enumerate(vocabulary)}
    rows: list[int] = []
    cols: list[int] = []
    counts: list[float] = []
    for i, doc in enumerate(terms):
        tf: dict[int, int] = {}
        for t in doc:
            tf[column[t]] = tf.get(column[t], 0) + 1
        for j in sorted(tf):
            rows.append(i)
            cols.append(j)
            counts.append(float(tf[j]))
    n = len(terms)
    shape = (n, len(vocabulary))
    col_index = np.asarray(cols, dtype=np.int64)
    df = np.bincount(col_index, minlength=len(vocabulary)).astype(np.float64)
    idf = np.log((1.0 + n) / (1.0 + df)) + 1.0
    values = (1.0 + np.log(np.asarray(counts, dtype=np.float64))) * idf[col_index]
    matrix = sparse.csr_matrix((values, (np.asarray(rows, dtype=np.int64), col_index)), shape=shape)
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0.0] = 1.0
    return sparse.csr_matrix(sparse.diags(1.0 / norms) @ matrix), vocabulary


def featurize(sentences: Sequence[Sentence], languages: Mapping[str, str]) -> Features:
    """Stem every sentence (in its article's language) and build the TF-IDF matrix."""
    terms = tuple(content_terms(s.text, languages.get(s.article_id, "id")) for s in sentences)
    matrix, vocabulary = tfidf(terms)
    return Features(terms, matrix, vocabulary)
