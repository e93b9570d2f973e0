"""One TF-IDF matrix over a cluster's sentences, shared by every later stage."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer

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


def _identity(terms: Sequence[str]) -> Sequence[str]:
    return terms


def featurize(sentences: Sequence[Sentence], languages: Mapping[str, str]) -> Features:
    """Stem every sentence (in its article's language) and build the TF-IDF matrix."""
    terms = tuple(content_terms(s.text, languages.get(s.article_id, "id")) for s in sentences)
    if not any(terms):
        empty = sparse.csr_matrix((len(terms), 0), dtype=np.float64)
        return Features(terms, empty, ())
    vectorizer = TfidfVectorizer(
        analyzer=_identity, sublinear_tf=True, norm="l2", lowercase=False, dtype=np.float64
    )
    matrix = sparse.csr_matrix(vectorizer.fit_transform(terms))
    vocabulary = tuple(vectorizer.get_feature_names_out().tolist())
    return Features(terms, matrix, vocabulary)
