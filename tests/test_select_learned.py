"""The learned sentence scorer: features, the shipped model, cross-validation folds, the oracle."""

from __future__ import annotations

import subprocess
import sys
from importlib.resources import files
from pathlib import Path

import numpy as np
import pytest

from ringkas.evaluate.datasets import Item, load_dataset
from ringkas.evaluate.peers import oracle_indices
from ringkas.evaluate.rouge import score
from ringkas.model import Article
from ringkas.pipeline import prepare
from ringkas.select.learned import (
    ALL_FEATURES,
    FEATURES,
    FOLDS_FILE,
    MODEL_FILE,
    Learned,
    Linear,
    all_features,
    beside_cluster_scale,
    cluster_key,
    load_folds,
    load_model,
    sentence_features,
)
from ringkas.select.registry import get_method
from ringkas.select.train import fit, fold_assignment, item_key

BODY_A = (
    "Banjir merendam 300 rumah di Kecamatan Cibeber, Kabupaten Sukamaju, pada Senin (3/2/2025).\n\n"
    "Kepala BPBD Sukamaju Andi Wirawan mengatakan air mulai naik sejak Minggu malam.\n\n"
    "Warga mengungsi ke balai desa dan masjid terdekat sambil menunggu air surut.\n\n"
    '"Kami sudah mengirim perahu karet dan bahan makanan," kata Andi kepada wartawan.\n\n'
    "Hujan deras diperkirakan masih turun hingga akhir pekan ini di wilayah selatan."
)
BODY_B = (
    "Sebanyak 300 rumah di Cibeber, Sukamaju, terendam banjir pada Senin pagi.\n\n"
    "BPBD Sukamaju mencatat ketinggian air mencapai satu meter di beberapa titik.\n\n"
    "Andi Wirawan dari BPBD meminta warga di bantaran sungai tetap waspada.\n\n"
    "Pemerintah kabupaten menyiapkan dapur umum di halaman kantor kecamatan."
)


def _prepared() -> object:
    return prepare(
        [
            Article(id="a", outlet="satu.id", body=BODY_A),
            Article(id="b", outlet="dua.id", body=BODY_B),
        ]
    )


def test_features_are_finite_and_named() -> None:
    prepared = _prepared()
    c = prepared.candidates  # type: ignore[attr-defined]
    x = sentence_features(c)
    assert x.shape == (c.size, len(FEATURES))
    assert np.isfinite(x).all()
    lead = FEATURES.index("lead")
    assert x[:, lead].sum() == 2  # one first sentence per article
    assert np.array_equal(x, sentence_features(c))
    both = all_features(c)
    assert both.shape == (c.size, len(ALL_FEATURES)) and np.isfinite(both).all()
    assert np.array_equal(both[:, : len(FEATURES)], x)


def test_shipped_model_is_small_and_matches_features() -> None:
    # the run-time model and the packed cross-validation folds together: at most 5 MB shipped
    shipped = sum(
        len(files("ringkas.select").joinpath(name).read_bytes())
        for name in (MODEL_FILE, FOLDS_FILE)
    )
    assert shipped <= 5 * 1024 * 1024
    model = load_model()
    assert model.features == ALL_FEATURES
    assert set(model.full) >= {"id", "en"}
    folds, _ = load_folds()
    assert all(len(models) == 5 for models in folds.values())
    # The model ranks an article's first sentence above its tenth, other things equal.
    prepared = _prepared()
    x = all_features(prepared.candidates)  # type: ignore[attr-defined]
    later = x[:1].copy()
    tenth = (
        ("lead", 0.0),
        ("log_position", np.log1p(9)),
        ("relative_position", 0.9),
        ("first_eligible", 0.0),
        ("eligible_rank", np.log1p(9)),
    )
    for name, value in tenth:
        later[0, ALL_FEATURES.index(name)] = value
    for m in model.full.values():
        if not m.within:  # the English model: test_english_model_prefers_leads
            assert m.decision(x[:1])[0] > m.decision(later)[0]
    assert model.full["en"].within and not model.full["id"].within


def test_english_model_prefers_leads(datasets_dir: Path) -> None:
    """On real English clusters (the first 20 of multinews-dev), the English model, which reads
    each feature beside its within-cluster standardized copy, scores an article's first
    sentence above its tenth and later ones: within-cluster z-scores of the scores, averaged."""
    items = load_dataset(datasets_dir / "multinews-dev.jsonl")[:20]
    by_position: dict[str, list[float]] = {"lead": [], "late": []}
    for item in items:
        c = prepare(item.articles()).candidates
        assert c.language == "en"
        mask = c.eligible()
        scores = Learned()(c)[mask]
        z = (scores - scores.mean()) / (scores.std() + 1e-9)
        for value, i in zip(z, np.flatnonzero(mask), strict=True):
            if c.positions[i] == 0:
                by_position["lead"].append(float(value))
            elif c.positions[i] >= 9:
                by_position["late"].append(float(value))
    assert len(by_position["lead"]) >= 20 and len(by_position["late"]) >= 100
    assert np.mean(by_position["lead"]) > np.mean(by_position["late"]) + 0.5


def test_holdout_uses_the_fold_model_that_did_not_see_the_cluster() -> None:
    model = load_model()
    folds, fold_of = load_folds()
    key, fold = sorted(fold_of.items())[0]
    assert model.for_cluster("id", key) is folds["id"][fold]
    assert model.for_cluster("id", "not-a-training-cluster") is model.full["id"]
    method = get_method("learned", holdout=key)
    assert isinstance(method.scorer, Learned) and method.scorer.holdout == key


def test_folds_keep_clusters_sharing_an_article_together() -> None:
    items = [
        Item("s1", (("doc-1", "", "satu"),), ("x",)),
        Item("s2", (("doc-2", "", "dua"),), ("x",)),
        Item("m", (("doc-1", "", "satu"), ("doc-2", "", "dua")), ("x", "y")),
        Item("s3", (("doc-3", "", "tiga"),), ("x",)),
    ]
    folds = fold_assignment(items)
    assert folds[item_key(items[0])] == folds[item_key(items[1])] == folds[item_key(items[2])]
    assert cluster_key([("a", "x  y"), ("b", "z")]) == cluster_key([("b", "z"), ("a", "x y")])


def test_linear_reproduces_scikit_learn() -> None:
    from sklearn.linear_model import LogisticRegression

    rng = np.random.default_rng(0)
    x = rng.normal(size=(200, 4)) * [1, 5, 0.1, 2]
    y = (x[:, 0] + 0.2 * x[:, 1] > 0).astype(float)
    linear = Linear.from_json(fit(x, y))
    mean, scale = x.mean(axis=0), x.std(axis=0)
    reference = LogisticRegression(C=1.0, max_iter=2000).fit((x - mean) / scale, y)
    expected = reference.decision_function((x - mean) / scale)
    assert np.allclose(linear.decision(x), expected, atol=1e-3)


def test_oracle_stays_in_budget_and_beats_the_lead() -> None:
    prepared = _prepared()
    reference = "Banjir merendam 300 rumah di Cibeber. Warga mengungsi ke balai desa."
    chosen = oracle_indices(prepared, [reference], 25)  # type: ignore[arg-type]
    c = prepared.candidates  # type: ignore[attr-defined]
    assert chosen and sum(c.word_counts[i] for i in chosen) <= 25
    texts = " ".join(prepared.sentences[i].text for i in chosen)  # type: ignore[attr-defined]
    lead = prepared.sentences[0].text  # type: ignore[attr-defined]
    assert score(texts, [reference])["rouge1"][0] > score(lead, [reference])["rouge1"][0]


@pytest.mark.parametrize("method", ["learned", "learned-mmr", "learned-ilp"])
def test_learned_methods_summarize(method: str) -> None:
    prepared = _prepared()
    c = prepared.candidates  # type: ignore[attr-defined]
    chosen = get_method(method).choose(c, 40)
    assert chosen and sum(c.word_counts[i] for i in chosen) <= 40


def test_run_time_never_imports_scikit_learn() -> None:
    code = (
        "import sys\n"
        "from ringkas.cli import app\n"
        "from ringkas.model import Article\n"
        "from ringkas.pipeline import summarize\n"
        "from ringkas.config import Config\n"
        f"a = Article(id='a', body={BODY_A!r})\n"
        f"b = Article(id='b', body={BODY_B!r})\n"
        "summarize([a, b], Config(method='learned'))\n"
        "summarize([a, b])\n"
        "print('sklearn' in sys.modules, 'lightgbm' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "False False"


def test_beside_cluster_scale_standardizes_over_quotable_sentences_only() -> None:
    x = np.array([[1.0, 5.0], [3.0, 5.0], [100.0, 7.0], [5.0, 5.0]])
    mask = np.array([True, True, False, True])
    out = beside_cluster_scale(x, mask)
    assert out.shape == (4, 4)
    assert np.array_equal(out[:, :2], x)  # the features themselves first, unchanged
    z = out[mask, 2]
    assert np.allclose([z.mean(), z.std()], [0.0, 1.0])  # the outlier row 2 is not in the stats
    assert out[2, 2] == 0.0 and np.all(out[:, 3] == 0.0)  # unquotable row; constant feature
    assert np.all(beside_cluster_scale(x, np.array([True, False, False, False]))[:, 2:] == 0.0)


def test_soft_labels_are_rouge_precision_against_the_references() -> None:
    from ringkas.select.train import soft_labels

    prepared = _prepared()
    c = prepared.candidates  # type: ignore[attr-defined]
    reference = c.sentences[0].text
    labels = soft_labels(prepared, [reference, reference], np.array([0, 1]))  # type: ignore[arg-type]
    assert labels[0] == pytest.approx(2.0)  # every unigram and bigram is the reference's
    assert 0.0 <= labels[1] < labels[0]
    assert np.all(labels[2:] == 0.0)  # rows not asked for
