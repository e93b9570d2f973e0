"""The TF-IDF matrix: identical to scikit-learn's, shared by every later stage."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.feature_extraction.text import TfidfVectorizer

from ringkas.features import featurize, tfidf
from ringkas.model import Sentence, Span

docs = st.lists(
    st.lists(st.sampled_from(["banjir", "rumah", "warga", "bpbd", "tanggul", "2025"]), max_size=8),
    min_size=1,
    max_size=12,
)


@settings(max_examples=60, deadline=None)
@given(docs)
def test_tfidf_matches_scikit_learn(terms: list[list[str]]) -> None:
    matrix, vocabulary = tfidf(terms)
    if not any(terms):
        assert matrix.shape == (len(terms), 0)
        return
    reference = TfidfVectorizer(analyzer=lambda d: d, sublinear_tf=True, lowercase=False)
    expected = reference.fit_transform(terms).toarray()
    assert list(vocabulary) == list(reference.get_feature_names_out())
    np.testing.assert_allclose(matrix.toarray(), expected, atol=1e-12)


def test_similarity_of_paraphrases_beats_unrelated() -> None:
    texts = [
        "Banjir merendam ratusan rumah warga di Kecamatan Sukamaju.",
        "Ratusan rumah warga Sukamaju terendam banjir.",
        "Harga cabai rawit naik menjadi Rp 80.000 per kilogram.",
    ]
    sentences = [Sentence(f"a{i}", 0, Span(0, len(t)), t) for i, t in enumerate(texts)]
    sim = featurize(sentences, {}).similarity()
    assert sim.shape == (3, 3)
    assert sim[0, 1] > 0.3 > sim[0, 2]
    assert np.allclose(np.diag(sim), 1.0)
