"""The support test: another outlet is cited for what it states, not for the names it shares."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ringkas.compose import compose
from ringkas.config import Config
from ringkas.facts.evidence import STATEMENT_THRESHOLD
from ringkas.model import Article
from ringkas.pipeline import Prepared, prepare
from ringkas.select.describe import describe
from ringkas.select.registry import get_method
from ringkas.statements import CONTAINED, COVERED, SURE, Statements
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
    assert Statements.of(prepared.candidates).coverage(aid, criticism) == 0.0
    assert Statements.of(prepared.candidates).coverage(aid, retold) > 0.5
    assert not Statements.of(prepared.candidates).says_same(aid, criticism, threshold)
    assert not Statements.of(prepared.candidates).says_same(criticism, aid, threshold)
    assert Statements.of(prepared.candidates).says_same(aid, retold, threshold)


def test_a_sure_cosine_needs_no_coverage(prepared: Prepared) -> None:
    flood, retold = _at(prepared, FLOOD), _at(prepared, FLOOD_RETOLD)
    assert prepared.features.similarity()[flood, retold] >= SURE
    assert Statements.of(prepared.candidates).says_same(flood, retold, Config().support_threshold)
    # the support threshold still bounds it from below
    assert not Statements.of(prepared.candidates).says_same(flood, retold, 0.99)


def test_the_digest_cites_what_the_test_accepts(prepared: Prepared) -> None:
    chosen = (_at(prepared, AID), _at(prepared, CRITICISM))
    digest = compose(prepared, chosen, describe("default", get_method("default")), Config())
    cited = {s.text: s.outlets for s in digest.sentences}
    assert cited[AID] == ("beritaselatan.example", "kabarbarat.example")
    assert cited[CRITICISM] == ("suaradewan.example",)


_COVERAGE = """
from ringkas.config import Config
from ringkas.facts.evidence import STATEMENT_THRESHOLD
from ringkas.pipeline import prepare
from ringkas.statements import Statements
import test_statements as t
p = prepare(t.ARTICLES, Config())
print(repr(Statements.of(p.candidates).coverage(t._at(p, t.AID), t._at(p, t.AID_RETOLD))))
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


def test_facts_group_what_is_stated_not_who_is_named(prepared: Prepared) -> None:
    """A fact's outlets are those a digest would cite for it: the retold aid joins the aid, the
    criticism of the same governor does not (by cosine alone, at 0.3 until s35, it did)."""
    groups = [{e.text for e in f.support} for f in prepared.facts.facts]
    assert any({AID, AID_RETOLD} <= g for g in groups)
    assert not any(CRITICISM in g and (AID in g or AID_RETOLD in g) for g in groups)
    statements = Statements.of(prepared.candidates)
    index = {s.text: k for k, s in enumerate(prepared.sentences)}
    for fact in prepared.facts.facts:
        anchor = index[fact.text]
        for e in fact.support:
            if e.text != fact.text:
                assert statements.says_same(anchor, index[e.text], STATEMENT_THRESHOLD)


TOLL = "Petugas mencatat 120 rumah rusak akibat banjir di Kecamatan Cibadak."


def _flood_pair(first: str, second: str, closing: str) -> tuple[Statements, int, int]:
    """Two outlets' flood reports, ``first`` in one and ``second`` in the other (which ends on
    ``closing``): the support test over them, and the two sentences' indices."""
    articles = (
        Article(
            id="a",
            outlet="kabarbarat.example",
            body=f"Banjir bandang melanda Kabupaten Sukabumi sejak Senin malam. {first} "
            "Warga mengungsi ke masjid.",
        ),
        Article(
            id="b",
            outlet="beritaselatan.example",
            body=f"Hujan deras memicu banjir di Sukabumi. {second} {closing}",
        ),
    )
    prepared = prepare(articles, Config())
    return Statements.of(prepared.candidates), _at(prepared, first), _at(prepared, second)


def _toll_pair(count: str) -> tuple[Statements, int, int]:
    other = (
        f"Hingga Selasa sore, petugas gabungan mencatat {count} rumah warga rusak dan dua sekolah "
        "terendam di Cibadak."
    )
    return _flood_pair(TOLL, other, "Pemerintah daerah menyiapkan dapur umum.")


def test_other_figures_are_another_statement() -> None:
    threshold = Config().support_threshold
    statements, toll, other = _toll_pair("87")
    assert threshold <= statements.features.similarity()[toll, other] < SURE
    assert statements.coverage(toll, other) >= COVERED  # its words alone would cite it
    assert statements.other_figures(toll, other)
    assert not statements.says_same(toll, other, threshold)
    statements, toll, other = _toll_pair("120")
    assert not statements.other_figures(toll, other)
    assert statements.says_same(toll, other, threshold)


def test_a_short_report_of_part_of_a_long_sentence_supports_it() -> None:
    """The other sentence holds too little of the quoted one's words (it details more), but its
    own words all lie in it: it states a part of it (``CONTAINED``)."""
    detailed = (
        "Petugas gabungan mengevakuasi 40 warga, membuka dapur umum, menyalurkan selimut, "
        "memasang pompa air, membagikan obat-obatan, dan mendirikan tenda darurat di lapangan "
        "desa setelah banjir merendam Kecamatan Cibadak."
    )
    short = "Tenda darurat didirikan petugas di lapangan desa."
    statements, long_one, short_one = _flood_pair(
        detailed, short, "Pemerintah daerah menyiapkan bantuan."
    )
    threshold = Config().support_threshold
    assert threshold <= statements.features.similarity()[long_one, short_one] < SURE
    assert statements.coverage(long_one, short_one) < COVERED
    assert statements.coverage(short_one, long_one) >= CONTAINED
    assert statements.says_same(long_one, short_one, threshold)


def test_the_test_reads_each_sentence_as_plain_terms_defines(prepared: Prepared) -> None:
    """``Statements`` reads a sentence's plain terms from its features (no second tokenizing):
    the columns it keeps are those of ``plain_terms``, the shared ones in ``prepare``'s test."""
    statements = Statements.of(prepared.candidates)
    vocabulary = prepared.features.vocabulary
    for k, sentence in enumerate(prepared.sentences):
        kept = {vocabulary[c] for c in statements._read(k).columns}
        assert kept == set(plain_terms(sentence.text, prepared.language)), sentence.text
    assert Statements.of(prepared.candidates) is statements
