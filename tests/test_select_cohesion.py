"""Sentences that refer back (select.cohesion): never quoted without the sentence they lean on."""

from __future__ import annotations

import numpy as np
import pytest

from ringkas.compose import _reading_order
from ringkas.model import Article
from ringkas.pipeline import Prepared, prepare
from ringkas.select.cohesion import (
    bare_quote,
    dangling,
    inside_quotation,
    introduced,
    leaning,
    opens_with_reference,
    people_named,
    predecessor,
    pronoun_speaker,
    unattributed_speech,
)
from ringkas.select.learned import Ranked
from ringkas.select.more_features import MORE_FEATURES, more_features

# Invented reports. In A, the second sentence only makes sense after the first.
BODY_A = (
    "Gempa magnitudo 5,1 mengguncang Kabupaten Lebakjaya pada Selasa (4/3/2025) pukul 08.15 WIB.\n\n"
    "Data tersebut disampaikan Badan Geofisika Daerah dalam jumpa pers di Lebakjaya siang itu.\n\n"
    "Sebanyak empat rumah warga di Desa Sukamekar dilaporkan rusak ringan akibat guncangan.\n\n"
    "Petugas masih mendata kerusakan di tiga kecamatan yang paling dekat dengan pusat gempa."
)
BODY_B = (
    "Empat rumah di Desa Sukamekar, Lebakjaya, rusak ringan setelah gempa pada Selasa pagi.\n\n"
    "Warga sempat berhamburan keluar rumah ketika guncangan terasa selama beberapa detik.\n\n"
    "Badan Geofisika Daerah meminta warga tetap tenang dan mewaspadai gempa susulan."
)


def _prepared() -> Prepared:
    return prepare(
        [
            Article(id="a", outlet="satu.id", body=BODY_A),
            Article(id="b", outlet="dua.id", body=BODY_B),
        ]
    )


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Data tersebut disampaikan BNPB di Jakarta.", "id", True),
        ("Kebijakan itu mendapat sindiran dari lawannya.", "id", True),
        ("Ia mengatakan tim sudah dikirim.", "id", True),
        ("Sementara itu, polisi masih menyelidiki.", "id", True),
        ('"Hal ini kami sesalkan," kata Andi.', "id", True),
        ("Hari ini Presiden membuka pameran.", "id", False),  # a time, not a reference
        ("Jika selama ini warga diam, kini mereka protes.", "id", False),  # "so far"
        ("Pemimpin Korea Utara, Kim Jong Un, tiba di Rusia.", "id", False),
        ("Iasi adalah kota di Rumania.", "id", False),
        ("He said the talks had failed.", "en", True),
        ("However, the vote was delayed.", "en", True),
        ("This week the senate voted.", "en", False),
        ("Hewlett said the firm would grow.", "en", False),
        # s20: "according to him", other connectives, a clause whose subject is a pronoun
        ("Menurutnya, tahap itu harus ditindaklanjuti.", "id", True),
        ("Menurut dia pihaknya masih menyelidiki.", "id", True),
        ("Akibatnya, sepuluh orang dinyatakan hilang di laut.", "id", True),
        ("Meski mereka frustrasi, para pemain siap menerima kembali.", "id", True),
        ("Saat ia tiba di lokasi, api sudah padam.", "id", True),
        ("Menurut data BPS, ekspor naik 3 persen.", "id", False),  # names its source
        ("Saat ini harga beras naik.", "id", False),
        ("Rather, it's more like wearing a seat belt.", "en", True),
        ("Indeed, the vote was close.", "en", True),
        ("In contrast, the pope spoke warmly of his predecessor.", "en", True),
        ("When she and friends checked his apartment, clothes were missing.", "en", True),
        ("After his 1851 coup, Louis-Napoleon pronounced himself emperor.", "en", True),
        ("Rather than wait, the mayor called the governor.", "en", False),
        ("Thus far, no one has claimed the attack.", "en", False),
        ("As a result of the ban, imports fell.", "en", False),
        ("In contrast to last year, sales rose.", "en", False),
        ("Whenever heavy rain falls, the river floods.", "en", False),
        # s21: the present and what follows are no reference
        ("Polisi saat ini masih mengembangkan penyidikan.", "id", False),
        ("Kamis pagi hari ini Pemprov DKI menggusur kawasan itu.", "id", False),
        ("Sepanjang tahun ini Kawah Sileri meletup tiga kali.", "id", False),
        ("Simak daftar lengkapnya berikut ini.", "id", False),
        ("Pada saat itu warga sudah mengungsi.", "id", True),  # that time, said before
        ("Di sana, JK juga memberikan kuliah umum.", "id", True),  # a place said before
        ("Dari situ, gagasan itu pun muncul.", "id", True),
        # s21: a pronoun as the subject right after an opening phrase, unless the phrase names
        # someone it can stand for
        ("In 2012, she lost a primary election to a former Marine.", "en", True),
        ("After surveying her caucus, she implored the speaker to act.", "en", True),
        ("When Heather Sue was a junior, she tried out for the team.", "en", False),
        ("In Washington, it rained all day on Monday.", "en", False),
        ("Sepanjang tahun, ia menjual dua ribu ekor sapi.", "id", True),
        ("Untuk 2017, dia mengatakan, pihaknya masih menunggu.", "id", True),
        ("Menurut Olly, ia menerima Fahri sebagai pejabat negara.", "id", False),
        # s37: connectives that go on from the sentence before, and a pick from its list
        ("Sedangkan warga asing bekerja di sebuah pabrik sepatu.", "id", True),
        ("Sehingga jalan itu ditutup selama dua hari.", "id", True),
        ("Tapi, perjalanan mereka tidak semudah itu.", "id", True),
        ("Dan kini satu-satunya harapan warga adalah hujan.", "id", True),
        ("Pasalnya lima tim masih bersaing di papan atas.", "id", True),
        ("Maka warga diminta tetap waspada.", "id", True),
        ("Salah satunya adalah jembatan gantung di Cibeber.", "id", True),
        ("Danau Toba dikunjungi ribuan wisatawan.", "id", False),  # a name, no "dan"
        ("Salah kalau warga tidak melapor.", "id", False),  # "wrong", no pick
        ("Antara 150 dan 200 atlet ikut berlomba.", "id", False),  # "between"
        ("After all, the senator was notoriously demanding.", "en", True),
        ("That said, the vote was closer than expected.", "en", True),
        ("Since then she has had three surgeries.", "en", True),
        ("Plus, the ferry is cheaper than the bridge toll.", "en", True),
        ("Plus-size models walked the show on Friday.", "en", False),
        ("Since the storm began, the ferry has stopped.", "en", False),
    ],
)
def test_opens_with_reference(text: str, language: str, expected: bool) -> None:
    assert opens_with_reference(text, language) is expected


def test_dangling_and_predecessor() -> None:
    c = _prepared().candidates
    texts = [s.text for s in c.sentences]
    data = texts.index(next(t for t in texts if t.startswith("Data tersebut")))
    mask = dangling(c)
    assert mask[data] and mask.sum() == 1
    assert predecessor(c, data) == data - 1
    first_b = next(i for i, s in enumerate(c.sentences) if s.article_id == "b")
    assert predecessor(c, first_b) is None and predecessor(c, 0) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"I\'m as shocked as you people."', True),
        ("“Obstruction of justice is an impeachable offense.”", True),
        ('"Come on, everybody! All interns!"', True),
        ("“Kami sudah mengirim tim ke lokasi”.", True),
        # the speaker is named in the sentence, or the quotation is part of it
        ('"I\'m as shocked as you people," he said.', False),
        ("“Kedua awak pesawat hanya mengalami luka,” kata Djarot.", False),
        ('"It hurts," she said, "but we will rebuild."', False),
        ('Her hit "Right Now" topped the dance chart.', False),
        ("Warga menyebut banjir itu “yang terbesar”.", False),
    ],
)
def test_bare_quote(text: str, expected: bool) -> None:
    assert bare_quote(text) is expected


def test_a_bare_quotation_waits_for_the_sentence_that_names_its_speaker() -> None:
    quote = "“Pencarian tidak akan berhenti sebelum semua warga ditemukan.”"
    body = (
        "Tim gabungan mencari tiga warga yang hilang terseret banjir di Desa Sukamekar.\n\n"
        "Kepala Basarnas Lebakjaya, Andi Pratama, mengatakan pencarian berlanjut hingga malam.\n\n"
        f"{quote}\n\n"
        "Banjir merendam sedikitnya dua ratus rumah warga sejak Senin sore."
    )
    _waits_for_the_sentence_before_it(body, quote, 12)


def _waits_for_the_sentence_before_it(
    body: str, text: str, short: int, language: str = "id"
) -> None:
    """``text`` of ``body``, scored best, is never quoted without the sentence before it (scored
    last): not in a digest of ``short`` words, right after it in a long one."""
    prepared = prepare([Article(id="a", outlet="satu.id", body=body, language=language)])
    c = prepared.candidates
    at = [s.text for s in c.sentences].index(text)
    assert leaning(c)[at] and not dangling(c)[at]  # selection holds it back; features unchanged
    scores = _scores_preferring(c, at)
    scores[at - 1] = -9.0
    select = Ranked(expected=False, anchor=False, redundancy=1.0)
    assert at not in select(c, scores, short)  # alone, its speaker unnamed: never
    full = select(c, scores, 200)
    assert at in full and at - 1 in full
    assert (
        _reading_order(prepared, full).index(at) == _reading_order(prepared, full).index(at - 1) + 1
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # s20: the end or the middle of a quotation an earlier sentence opened
        ('To say my family and I are upset would be an understatement," Plaskett added.', True),
        ("Tentu bukan hal mudah bagi kami menghelat kompetisi ini,” ujar Esthy.", True),
        ("And they are able to draw their own conclusions.”", True),
        # a quotation opened here, or none at all
        ('"It hurts," she said, "but we will rebuild."', False),
        ("“Kami sudah mengirim tim,” kata Djarot.", False),
        ('He called the report "fake" and left the room.', False),
        ('Donors get an 11" x 17" print of the poster.', False),  # inches
        ("Warga menyebut banjir itu sebagai bencana terbesar.", False),
    ],
)
def test_inside_quotation(text: str, expected: bool) -> None:
    assert inside_quotation(text) is expected


def test_a_quotations_later_sentence_waits_for_the_one_that_opens_it() -> None:
    """s20: a multinews digest quoted 'To say my family and I are greatly upset would be a
    tremendous understatement," Plaskett added.', its opening mark in the sentence before."""
    # straight marks, the quotation over two paragraphs (curly marks that do not pair make a
    # sentence no digest quotes: select.base)
    inner = 'Dapur umum juga kami siapkan di balai desa untuk para pengungsi," kata Andi Pratama.'
    body = (
        "Banjir merendam dua ratus rumah warga Desa Sukamekar sejak Senin sore.\n\n"
        f'"Pencarian tidak akan berhenti sebelum semua warga ditemukan.\n\n{inner}\n\n'
        "Tim gabungan masih mencari tiga warga yang hilang terseret arus sungai."
    )
    _waits_for_the_sentence_before_it(body, inner, 16)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # s19: the middle of a quotation over several sentences, a columnist's own voice
        ("I’m not sure that they will come like that.", "en", True),
        ("I met the designer in 1974, when I arrived in New York.", "en", True),
        ("But our goal must be to help people see a more complete picture.", "en", True),
        ("Saya hanya meminta kedua belah pihak untuk duduk bersama.", "id", True),
        ("Nanti akan kami informasikan lebih lanjut kepada wartawan.", "id", True),
        # s20: the reader told what to do, or addressed
        ("Look at the replay from side on.", "en", True),
        ("Keep the un-cracked ones frozen, and move them to the fridge before use.", "en", True),
        ("You just learned you have breast cancer.", "en", True),
        ("Don’t get in strange cars after the game.", "en", True),  # s21: a curly apostrophe
        # quoted and attributed, or no first person at all
        ("“I’m not sure they will come,” he told reporters on Monday.", "en", False),
        ('"Saya hanya meminta kedua pihak duduk bersama," kata Wiranto.', "id", False),
        ("Troops from the US and World War I veterans met in the town.", "en", False),
        ("The US-led coalition said the strikes hit two depots.", "en", False),
        ("Look Sharp Ltd filed for bankruptcy on Monday.", "en", False),  # a name
        ("Start to finish, the meeting lasted about two hours.", "en", False),
        ("Anda bisa memilih keyboard tenkeyless atau tipe 60 persen.", "id", False),
        # s23: a word in quotation marks leaves the writer's own voice around it; a quotation
        # mark left open, or a straight one standing loose, leaves the sentence unjudged
        ("As many of you know, I am interested in “spiritual” experiences.", "en", True),
        ('We first introduced you to "Rocky" back in May.', "en", True),
        ('He called the plan "our last chance" on Monday.', "en", False),
        ('"We will not stop, and I mean it," Reyes said.', "en", False),
        ('To say my family is upset," he added.', "en", False),
        ('Kami heran melihat pemain yang punya Ballon d"Or itu.', "id", False),
        ('"Kondisi tubuh harus kami jaga," aku Liliyana.', "id", False),  # "aku": admitted
    ],
)
def test_unattributed_speech(text: str, language: str, expected: bool) -> None:
    assert unattributed_speech(text, language) is expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # s22: 25 of multinews-dev's digest sentences quoted someone named only "he" or "she"
        ("“Nobody trusts those elevators,” he added.", "en", True),
        ('"There was already shooting in the neighborhood," she said.', "en", True),
        ('"We all may not be able to support it," she told Bloomberg.', "en", True),
        # the speaker named, or no quotation, or Indonesian (its own rules)
        ('"There was already shooting in the neighborhood," Maria Lopez said.', "en", False),
        ("He said the shooting had stopped by midnight.", "en", False),
        ('"Kami sudah siaga," katanya.', "id", False),
    ],
)
def test_pronoun_speaker(text: str, language: str, expected: bool) -> None:
    assert pronoun_speaker(text, language) is expected


def test_a_quotation_attributed_to_a_pronoun_waits_for_the_sentence_naming_the_speaker() -> None:
    quote = "“Nobody trusts those elevators any more, not after last winter,” he added."
    body = (
        "The city closed the harbour tower's elevators on Monday after a cable snapped.\n\n"
        "Building manager Tom Reyes said repairs would take at least three weeks. "
        f"{quote}\n\n"
        "Residents of the upper floors have been offered rooms at a nearby hotel."
    )
    _waits_for_the_sentence_before_it(body, quote, 20, "en")


def test_speech_in_the_first_person_waits_for_the_sentence_before_it() -> None:
    """s19: a digest quoted "I’m not sure that they will come like that." and "My point is,
    okay, listen to me carefully." from inside a long quotation, no speaker anywhere."""
    inner = "Saya sudah meminta semua petugas bersiaga di posko hingga banjir benar-benar surut."
    body = (
        "Banjir merendam dua ratus rumah warga Desa Sukamekar sejak Senin sore.\n\n"
        # as IndoSum's text prints a quotation: a space inside its closing mark
        '"Pencarian tidak akan berhenti sebelum semua warga ditemukan. '
        f'{inner} Kami juga menyiapkan dapur umum, " kata Kepala Basarnas Andi Pratama.\n\n'
        "Tim gabungan masih mencari tiga warga yang hilang terseret arus sungai."
    )
    _waits_for_the_sentence_before_it(body, inner, 14)


def _scores_preferring(c: object, best: int) -> np.ndarray:
    n = c.size  # type: ignore[attr-defined]
    scores = np.linspace(0.0, -1.0, n)
    scores[best] = 5.0
    return scores


def test_a_sentence_referring_back_waits_for_its_predecessor() -> None:
    c = _prepared().candidates
    texts = [s.text for s in c.sentences]
    data = texts.index(next(t for t in texts if t.startswith("Data tersebut")))
    scores = _scores_preferring(c, data)
    scores[data - 1] = -9.0  # its predecessor ranks last
    select = Ranked(expected=False, anchor=False, redundancy=1.0)
    small = select(c, scores, 30)  # room for one sentence: never the dangling one alone
    assert data not in small
    full = select(c, scores, 200)  # room for all: it follows its predecessor in
    assert data in full and data - 1 in full
    assert data in Ranked(expected=False, anchor=False, redundancy=1.0, cohesive=False)(
        c, scores, 30
    )


def test_reading_order_keeps_a_run_of_one_article_together() -> None:
    prepared = _prepared()
    c = prepared.candidates
    first_b = next(i for i, s in enumerate(c.sentences) if s.article_id == "b")
    # a's sentences 0 and 1 (relative positions 0 and 0.25) stay one run, read before b's lead
    # (relative position 0 as well, later in canonical order); apart, they interleave.
    order = _reading_order(prepared, [1, 0, first_b])
    assert order == [0, 1, first_b]
    assert _reading_order(prepared, [first_b, 0, 2]) == [0, first_b, 2]


def test_more_features_are_finite_and_count_what_outlets_share() -> None:
    c = _prepared().candidates
    x = more_features(c)
    assert x.shape == (c.size, len(MORE_FEATURES)) and np.isfinite(x).all()
    col = {name: k for k, name in enumerate(MORE_FEATURES)}
    assert x[:, col["refers_back"]].sum() == 1
    assert x[:, col["first_eligible"]].sum() == 2  # one per article
    texts = [s.text for s in c.sentences]
    houses = texts.index(next(t for t in texts if t.startswith("Sebanyak empat")))
    # "empat" is printed by both articles; the magnitude only by one
    assert x[houses, col["shared_numbers"]] > 0
    assert x[0, col["shared_numbers"]] == 0


STECK = (
    "Rescuers found the bodies of two climbers on a glacier below the peak on Sunday morning.\n\n"
    "Swiss climber Ueli Steck led the search team up from the base camp at dawn.\n\n"
    "The bodies lay in the ice near the foot of the south face, the team said.\n\n"
    '"We knew at once who they were, and we brought them down," Steck said.\n\n'
    "The two had been missing for sixteen years, since an avalanche in October."
)


def test_people_named_by_a_short_form_as_subject_or_speaker() -> None:
    """s21: 'Steck said …' names someone the digest must have named in full before."""
    prepared = prepare([Article(id="a", outlet="satu.com", body=STECK, language="en")])
    c = prepared.candidates
    texts = [s.text for s in c.sentences]
    needs, gives = people_named(c)
    full, short = texts.index(texts[1]), texts.index(texts[3])
    assert gives[full] and not needs[full]
    assert needs[short] == gives[full]
    assert not any(needs[i] for i in (0, 2, 4))
    assert not introduced(c, short, []) and introduced(c, short, [full])
    assert not introduced(c, short, [0, 2])  # no sentence naming him in full


@pytest.mark.parametrize(
    ("text", "needs"),
    [
        ("According to Steck, the bodies lay near the foot of the face.", True),
        ("The team's then-leader Steck found the bodies near the face.", False),  # a title
        ('"The bodies lay near the foot of the face," wrote Steck.', True),
        ("Rescuers told Steck the bodies lay near the foot of the face.", False),  # he listens
        ("Rescuers found the bodies Steck had seen near the face.", False),
    ],
)
def test_people_named_in_english(text: str, needs: bool) -> None:
    body = STECK.replace(STECK.split("\n\n")[3], text)
    c = prepare([Article(id="a", outlet="satu.com", body=body, language="en")]).candidates
    texts = [s.text for s in c.sentences]
    assert bool(people_named(c)[0][texts.index(text)]) is needs


def test_a_short_name_waits_for_the_sentence_that_names_in_full() -> None:
    prepared = prepare([Article(id="a", outlet="satu.com", body=STECK, language="en")])
    c = prepared.candidates
    texts = [s.text for s in c.sentences]
    full, short = 1, 3
    assert texts[short].endswith("Steck said.")
    scores = _scores_preferring(c, short)
    scores[full] = -9.0  # the full name ranks last
    select = Ranked(expected=False, anchor=False, redundancy=1.0)
    for budget in (14, 20, 30, 200):
        chosen = select(c, scores, budget)
        assert short not in chosen or full in chosen, budget
    chosen = select(c, scores, 200)
    order = _reading_order(prepared, chosen)
    assert order.index(full) < order.index(short)


@pytest.mark.parametrize(
    ("text", "needs"),
    [
        ("Widya mengatakan pemobil itu menyimpan benda di pinggang.", True),
        ('"Kami masih mendalami kasus ini," kata Widya.', True),
        ('"Kami masih mendalami kasus ini," kata Kompol Widya.', False),  # a title introduces
        ("Warga melapor kepada Widya pada malam itu juga.", False),  # not who acts or speaks
        ("Widya Agustiono meminta warga tenang.", False),  # in full
        ("Kata Widya, pemobil itu sudah diperiksa.", True),  # the verb opens the sentence
        ("Warga menyebut kata-kata Widya kepada wartawan.", False),  # no verb of saying
    ],
)
def test_people_named_in_indonesian(text: str, needs: bool) -> None:
    body = (
        "Kapolsek Kebayoran Lama Kompol Widya Agustiono membenarkan laporan warga pada Sabtu.\n\n"
        f"{text}\n\n"
        "Pemobil itu kini diperiksa di Markas Polsek Kebayoran Lama, Jakarta Selatan."
    )
    c = prepare([Article(id="a", outlet="satu.id", body=body)]).candidates
    texts = [s.text for s in c.sentences]
    assert bool(people_named(c)[0][texts.index(text)]) is needs


def test_of_two_leads_the_one_naming_in_full_is_read_first() -> None:
    """s21: mn-val-019's digest opened 'Trump has often taken credit …' before the other
    outlet's lead that names President Donald Trump; both open their article."""
    short = Article(
        id="a",
        outlet="satu.com",
        language="en",
        body="Steck said the two bodies lay near the foot of the south face of the peak.\n\n"
        "The climbers had been missing for sixteen years since an avalanche.",
    )
    full = Article(
        id="b",
        outlet="dua.com",
        language="en",
        body="Swiss climber Ueli Steck led the search team up from the base camp at dawn.\n\n"
        "Rescuers carried the bodies down to the village on Monday evening.",
    )
    prepared = prepare([short, full])
    c = prepared.candidates
    texts = [s.text for s in c.sentences]
    lead_a, lead_b = texts.index(short.body.split("\n")[0]), texts.index(full.body.split("\n")[0])
    order = _reading_order(prepared, [lead_a, lead_b])
    assert order == [lead_b, lead_a]


SUNGAI = (
    "Banjir merendam tiga desa di tepi Sungai Lariang sejak Minggu pagi.\n\n"
    "Kepala desa Tomi Rumengan memimpin evakuasi warga ke balai desa.\n\n"
    "Air mulai surut pada Senin siang setelah hujan reda.\n\n"
    "Menurut Tomi, sebagian warga masih bertahan di rumah mereka.\n\n"
    "Seperti dikatakan Tomi, bantuan makanan tiba pada Senin sore."
)


@pytest.mark.parametrize("line", [3, 4])
def test_indonesian_according_to_and_said_by_name_a_speaker(line: int) -> None:
    """s23: 'Menurut Olly, ia menerima Fahri …' was quoted before any sentence naming Olly
    Dondokambey in full (invented sentences)."""
    prepared = prepare([Article(id="a", outlet="satu.id", body=SUNGAI, language="id")])
    c = prepared.candidates
    texts = [s.text for s in c.sentences]
    needs, gives = people_named(c)
    full, short = texts.index(SUNGAI.split("\n\n")[1]), texts.index(SUNGAI.split("\n\n")[line])
    assert needs[short] == gives[full] != frozenset()
    assert not introduced(c, short, []) and introduced(c, short, [full])
