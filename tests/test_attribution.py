"""Calibration of the support threshold on hand-labelled sentence pairs (example and seed)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from conftest import EXAMPLES, SEED_DIR
from ringkas.config import Config
from ringkas.ingest import load
from ringkas.pipeline import Prepared, prepare, summarize

# Pairs judged by reading them, located by short phrases: the same statement in two outlets'
# words (True), or two different statements (False). Ambiguous pairs are left out.
EXAMPLE_PAIRS = [
    ("mencatat pusat gempa berada di darat", "Pusat gempa berada di darat dengan", True),
    (
        "sembilan orang meninggal dunia akibat tertimpa",
        "mencatat sembilan orang meninggal dunia dan 43",
        True,
    ),
    ("menyebut 312 rumah rusak, 87", "Sebanyak 312 rumah rusak, termasuk 87", True),
    (
        "mengatakan gempa tersebut tidak berpotensi tsunami",
        "sesar lokal dan tidak berpotensi tsunami",
        True,
    ),
    (
        "Gempa susulan tercatat terjadi sebanyak 14 kali",
        "BMKG mencatat 14 kali gempa susulan",
        True,
    ),
    ("Gempa bumi bermagnitudo 5,8 mengguncang", "Gempa berkekuatan magnitudo 5,8 yang", True),
    (
        "Bupati Sukabumi, Hendra Kusuma, menetapkan",
        "Bupati Sukabumi, Hendra Kusuma, meninjau",
        False,
    ),
    (
        "Jawa Barat mengirimkan bantuan logistik",
        "BNPB juga mengirimkan bantuan berupa tenda",
        False,
    ),
    ("menyebut 312 rumah rusak, 87", "Bupati Sukabumi, Hendra Kusuma, meninjau", False),
    (
        "mengatakan gempa tersebut tidak berpotensi tsunami",
        "Relawan dari berbagai organisasi",
        False,
    ),
    ("Guncangan terasa kuat selama beberapa detik", "Jawa Barat menyiapkan dana", False),
    (
        "Gempa susulan tercatat terjadi sebanyak 14 kali",
        "Menurut Dwi, gempa merusak 312 rumah",
        False,
    ),
]
SEED_PAIRS = [
    ("Korea Utara telah mengkonfirmasi", "Pemimpin Tertinggi Korea Utara Kim Jong Un akan", True),
    ("Kim Jong Un bertolak ke Rusia", "Pemimpin Tertinggi Korea Utara Kim Jong Un akan", True),
    ("Kim Jong Un bertolak ke Rusia", "berangkat ke Rusia hari ini", True),
    ("Ajudan Kim, Kim Chang Son", "Kepala Asisten Kim Jong Un", True),
    ("sanksi-sanksi itu dikurangi", "sanksi-sanksi dikurangi, sementara", True),
    ("kepala negara lain sejak kembali", "Apalagi sejak kegagalan", False),
    ("Kim Jong Un bertolak ke Rusia", "Segera setelah pemilihan pertamanya", False),
    ("Kim Jong Un bertolak ke Rusia", "tetap ramah, pertemuan terakhir", False),
    ("kepala negara lain sejak kembali", "Sejak Maret 2018, Pemimpin", False),
]


def _scored(prepared: Prepared, pairs: list[tuple[str, str, bool]]) -> list[tuple[float, bool]]:
    def find(text: str) -> int:
        (i,) = [k for k, s in enumerate(prepared.sentences) if text in s.text]
        return i

    sim = prepared.features.similarity()
    return [(float(sim[find(a), find(b)]), same) for a, b, same in pairs]


@pytest.fixture(scope="module")
def labelled() -> list[tuple[float, bool]]:
    example = prepare(load([str(EXAMPLES / "gempa-sukabumi")]).articles, Config())
    seed = prepare(load([str(SEED_DIR)]).articles, Config())
    return _scored(example, EXAMPLE_PAIRS) + _scored(seed, SEED_PAIRS)


def _accuracy(threshold: float, labelled: list[tuple[float, bool]]) -> float:
    return float(np.mean([(score >= threshold) == same for score, same in labelled]))


def test_threshold_maximizes_agreement_with_the_labels(labelled: list[tuple[float, bool]]) -> None:
    grid = np.arange(0.2, 0.7, 0.005)
    best = max(_accuracy(t, labelled) for t in grid)
    assert _accuracy(Config().support_threshold, labelled) == pytest.approx(best)
    assert best >= 0.9


def test_supports_name_every_outlet_that_says_it() -> None:
    # anchored-ilp quotes the death toll; the learned default's 120 words of this example do not
    # (issue 14 closing note), and this test is about attribution, not selection.
    articles = load([str(EXAMPLES / "gempa-sukabumi")]).articles
    digest = summarize(articles, Config(method="anchored-ilp"))
    toll = next(s for s in digest.sentences if "sembilan orang meninggal" in s.text)
    assert len(toll.outlets) >= 2
    assert "wartanusa.co.id" not in toll.outlets  # it printed 12, a disputed figure


def test_seed_supports(seed_dir: Path) -> None:
    digest = summarize(load([str(seed_dir)]).articles)
    assert max(len(s.outlets) for s in digest.sentences) >= 3
