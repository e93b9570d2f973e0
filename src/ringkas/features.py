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
    _ids: list[tuple[np.ndarray, np.ndarray]] = field(default_factory=list, repr=False)
    _idf: list[np.ndarray] = field(default_factory=list, repr=False)

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

    def term_ids(self) -> tuple[np.ndarray, np.ndarray]:
        """Each sentence's number of stems, and all stems as vocabulary columns in order
        (computed once; ``featurize`` hands over those it built the matrix from)."""
        if not self._ids:
            self._ids.append(term_ids(self.terms, self.vocabulary))
        return self._ids[0]

    def idf(self) -> np.ndarray:
        """Each vocabulary term's inverse document frequency over the cluster's sentences, as the
        matrix weighs it (smoothed: ``log((1 + n) / (1 + df)) + 1``; computed once)."""
        if not self._idf:  # ``featurize`` hands it over; a Features built otherwise computes it
            self._idf.append(_tfidf(self.term_ids(), len(self.vocabulary))[1])
        return self._idf[0]

    def centroid(self) -> np.ndarray:
        """The mean TF-IDF vector of the cluster: ``self.matrix.mean(axis=0)`` without scipy's
        dispatch (about a tenth of a millisecond a digest), bit for bit. scipy scales every stored
        value by 1/n, then sums each column by a CSC matrix-vector product with ones, adding the
        values one by one in storage order; ``np.bincount`` with weights adds them in the same
        order from the same zero."""
        if self.size == 0:
            return np.zeros(len(self.vocabulary))
        m = self.matrix
        return np.bincount(
            m.indices, weights=m.data * (1.0 / self.size), minlength=len(self.vocabulary)
        )


def term_ids(
    terms: Sequence[Sequence[str]], vocabulary: Sequence[str]
) -> tuple[np.ndarray, np.ndarray]:
    """Each document's number of terms, and all its terms as columns of ``vocabulary`` in order."""
    column = {t: j for j, t in enumerate(vocabulary)}
    lengths = np.fromiter((len(doc) for doc in terms), dtype=np.int64, count=len(terms))
    flat = np.fromiter(
        (column[t] for doc in terms for t in doc), dtype=np.int64, count=int(lengths.sum())
    )
    lengths.setflags(write=False)  # shared by every later stage of a digest
    flat.setflags(write=False)
    return lengths, flat


def tfidf(terms: Sequence[Sequence[str]]) -> tuple[sparse.csr_matrix, tuple[str, ...]]:
    """Sublinear, smoothed, L2-normalized TF-IDF: the same formula as scikit-learn's
    ``TfidfVectorizer(sublinear_tf=True)``, computed directly because importing scikit-learn
    costs 1.3-1.9 s here (``python -X importtime``), more than the whole CLI cold-start budget."""
    vocabulary = tuple(sorted({t for doc in terms for t in doc}))
    return _tfidf(term_ids(terms, vocabulary), len(vocabulary))[0], vocabulary


def _tfidf(ids: tuple[np.ndarray, np.ndarray], width: int) -> tuple[sparse.csr_matrix, np.ndarray]:
    """``tfidf``'s matrix from the documents' term columns (``term_ids``), and the inverse
    document frequency of each column it weighed them by."""
    lengths, flat = ids
    n = len(lengths)
    # (row, column) cells in row-major order with their counts: one np.unique, no Python loop.
    cells, tf = np.unique(
        np.repeat(np.arange(n, dtype=np.int64), lengths) * width + flat, return_counts=True
    )
    rows, cols = cells // max(width, 1), cells % max(width, 1)
    df = np.bincount(cols, minlength=width).astype(np.float64)
    idf = np.log((1.0 + n) / (1.0 + df)) + 1.0
    values = (1.0 + np.log(tf.astype(np.float64))) * idf[cols]
    norms = np.sqrt(np.bincount(rows, weights=values * values, minlength=n))
    norms[norms == 0.0] = 1.0
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(rows, minlength=n), out=indptr[1:])
    idf.setflags(write=False)  # shared by every later stage of a digest
    matrix = sparse.csr_matrix((values * (1.0 / norms)[rows], cols, indptr), shape=(n, width))
    return matrix, idf


def featurize(sentences: Sequence[Sentence], languages: Mapping[str, str]) -> Features:
    """Stem every sentence (in its article's language) and build the TF-IDF matrix."""
    terms = tuple(content_terms(s.text, languages.get(s.article_id, "id")) for s in sentences)
    vocabulary = tuple(sorted({t for doc in terms for t in doc}))
    ids = term_ids(terms, vocabulary)
    matrix, idf = _tfidf(ids, len(vocabulary))
    return Features(terms, matrix, vocabulary, _ids=[ids], _idf=[idf])
