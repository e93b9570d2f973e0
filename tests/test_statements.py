"""The support test: another outlet is cited for what it states, not for the names it shares."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ringkas.compose import compose
from ringkas.config import Config
from ringkas.model import Article
from ringkas.pipeline import Prepared, prepare
from ringkas.select.describe import describe
from ringkas.select.registry import get_method
from ringkas.statements import SURE, plain_coverage, says_same
from ringkas.text.tokens import plain_terms

# Written for this test: a governor's aid to flood victims in one outlet; a legislator's criticism
# of the same governor in another (same names, another statement); the aid again in a third
# outlet's own words, with fewer of the names.
AID = (
    "Gubernur Jawa Barat Ridwan Kamil mengirim tenda dan makanan bagi pengungsi banjir di "
    "Kabupaten Sukabumi, Selasa."
)
CRITICISM = (
    "Wakil Ketua DPRD Jawa Barat Asep Wahyu menilai Gubernur Ridwan Kamil lamban menangani "
    "Kabupaten Sukabumi."
)
AID_RETOLD = (
    "Pemerintah provinsi sudah mengirim tenda dan makanan untuk pengungsi di Sukabumi, kata juru "
    "bicara pemprov."
)
FLOOD = "Ribuan warga mengungsi setelah banjir bandang merendam rumah mereka sejak Senin malam."
FLOOD_RETOLD = "Banjir bandang merendam ratusan rumah warga pada Senin malam."
ARTICLES = (
    Article(
        id="a",
        outlet="kabarbarat.example",
        body=f"{AID} {FLOOD} Petugas masih mendata kerugian di tiga kecamatan.",
    ),
    Article(
        id="b",
        outlet="suaradewan.example",
        body=f"{CRITICISM} Menurut dia, dana darurat seharusnya cair sejak pekan lalu. "
        "Ia meminta inspektorat memeriksa penggunaan anggaran bencana.",
    ),
    Article(
        id="c",
        outlet="beritaselatan.example",
        body=f"{AID_RETOLD} {FLOOD_RETOLD} Sekolah di dua desa diliburkan selama sepekan.",
    ),
)


@pytest.fixture(scope="module")
def prepared() -> Prepared:
    return prepare(ARTICLES, Config())


def _at(prepared: Prepared, text: str) -> int:
    (i,) = [k for k, s in enumerate(prepared.sentences) if s.text == text]
    return i


def test_plain_terms_leave_out_names_but_not_the_first_word() -> None:
    assert plain_terms(CRITICISM) == ("wakil", "nilai", "lamban", "tangan")
    assert plain_terms("State police said Pally was struck on Oct. 16.", "en") == (
        "state",
        "polic",
        "struck",
        "16",
    )


def test_shared_names_alone_are_no_support(prepared: Prepared) -> None:
    aid, criticism, retold = (_at(prepared, t) for t in (AID, CRITICISM, AID_RETOLD))
    sim = prepared.features.similarity()
    threshold = Config().support_threshold
    # Cosine ranks the criticism above the retold aid, and the threshold alone cited both.
    assert sim[aid, criticism] > sim[aid, retold] >= threshold
    assert sim[aid, criticism] < SURE
    assert plain_coverage(prepared, aid, criticism) == 0.0
    assert plain_coverage(prepared, aid, retold) > 0.5
    assert not says_same(prepared, aid, criticism, threshold)
    assert not says_same(prepared, criticism, aid, threshold)
    assert says_same(prepared, aid, retold, threshold)


def test_a_sure_cosine_needs_no_coverage(prepared: Prepared) -> None:
    flood, retold = _at(prepared, FLOOD), _at(prepared, FLOOD_RETOLD)
    assert prepared.features.similarity()[flood, retold] >= SURE
    assert says_same(prepared, flood, retold, Config().support_threshold)
    # the support threshold still bounds it from below
    assert not says_same(prepared, flood, retold, 0.99)


def test_the_digest_cites_what_the_test_accepts(prepared: Prepared) -> None:
    chosen = (_at(prepared, AID), _at(prepared, CRITICISM))
    digest = compose(prepared, chosen, describe("default", get_method("default")), Config())
    cited = {s.text: s.outlets for s in digest.sentences}
    assert cited[AID] == ("beritaselatan.example", "kabarbarat.example")
    assert cited[CRITICISM] == ("suaradewan.example",)


_COVERAGE = """
from ringkas.config import Config
from ringkas.pipeline import prepare
from ringkas.statements import plain_coverage
import test_statements as t
p = prepare(t.ARTICLES, Config())
print(repr(plain_coverage(p, t._at(p, t.AID), t._at(p, t.AID_RETOLD))))
"""


def test_coverage_is_the_same_whatever_the_hash_seed() -> None:
    """A sum of floats over a set of strings would follow the hash seed's order."""
    here = Path(__file__).resolve().parent
    path = os.pathsep.join([str(here.parent / "src"), str(here)])
    seen = set()
    for seed in ("0", "1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": path}
        out = subprocess.run(
            [sys.executable, "-c", _COVERAGE], capture_output=True, text=True, check=True, env=env
        )
        seen.add(out.stdout.strip())
    assert len(seen) == 1
