"""The assigner's names: currencies and time zones are nobody's name, a possessive is the name
itself, and two same-kind events (a rice price rise in two districts, on the same day) stay two
stories. Invented text."""

from __future__ import annotations

from datetime import date

from ringkas.stories.assign import entities, recluster


def test_currency_and_time_zone_are_not_names() -> None:
    text = (
        "Harga beras naik menjadi Rp 49.600 per kilogram, kata Kartika Nasution pukul 10.00 WIB "
        "di pasar Kecamatan Ngisamulya, atau sekitar 3 USD."
    )
    assert entities(text) == frozenset({"kartika nasution", "kecamatan ngisamulya"})


def test_a_possessive_is_the_name_itself() -> None:
    a = entities("the deal on Carrie Bradshaw's house fell through, said Ethan Kho")
    b = entities("the buyer of Carrie Bradshaw’s brownstone and the Royal Wedding--though")
    assert "carrie bradshaw" in a and "carrie bradshaw" in b
    assert "royal wedding" in b


def _report(place: str, person: str, price: str, opening: int) -> str:
    sentences = [
        f"Harga beras medium di pasar tradisional {place} naik menjadi Rp {price} per kilogram "
        "pada Senin (6/1/2025).",
        "Pedagang menyebut kenaikan harga dipicu pasokan yang berkurang dari sentra produksi.",
        f"Camat {place}, {person}, berjanji menggelar operasi pasar di 12 titik pekan depan.",
        f"Warga {place} mengeluhkan kenaikan harga beras yang sudah berlangsung dua pekan.",
        f"Menurut {person}, stok beras di gudang daerah masih cukup untuk 40 hari.",
    ]
    return " ".join(sentences[opening:] + sentences[:opening])


def test_same_kind_events_in_two_places_stay_two_stories() -> None:
    """Before names left out "Rp", every price report shared it: the no-shared-name veto never
    fired and the template wording merged the two districts' events into one story."""
    day = date(2025, 1, 6)
    one = ("Kecamatan Sukamaju", "Kartika Nasution", "49.600")
    two = ("Kabupaten Lorejaya", "Budi Hidayat", "31.200")
    rows = [
        (f"k{i}", _report(*event, opening=i % 5), day, "id")
        for i, event in enumerate([one, two, one, two, one, two])
    ]
    labels = recluster(rows)
    assert labels[0] == labels[2] == labels[4]
    assert labels[1] == labels[3] == labels[5]
    assert labels[0] != labels[1]


def test_stories_sample_lists_stories_of_three_outlets_with_first_lines() -> None:
    from bench.stories_sample import report

    rows = {
        "a1": {
            "outlet": "kabarsatu",
            "published": "2025-01-06",
            "text": "Banjir di Lorejaya.\nLagi.",
        },
        "a2": {"outlet": "wartanusa", "text": "\n  Banjir merendam Lorejaya <b>lagi</b>."},
        "a3": {"outlet": "harianpagi", "published": "2025-01-07", "text": "Air naik di Lorejaya."},
        "b1": {"outlet": "kabarsatu", "text": "Harga cabai naik."},
        "b2": {"outlet": "kabarsatu", "text": "Harga cabai naik lagi."},
    }
    labels = {"a1": "s1", "a2": "s1", "a3": "s1", "b1": "s2", "b2": "s2"}
    lines = report(labels, rows, show=10)
    assert lines[0].startswith("5 articles stored, 2 stories; the largest 3 articles, 0 over 10;")
    assert "1 stories of ≥ 3 outlets" in lines[0]
    assert lines[2] == "1. story `s1`: 3 articles, 3 outlets"
    assert lines[3:] == [
        "   - kabarsatu, 2025-01-06: Banjir di Lorejaya.",
        "   - harianpagi, 2025-01-07: Air naik di Lorejaya.",
        "   - wartanusa, undated: Banjir merendam Lorejaya <b>lagi</b>.",
    ]
