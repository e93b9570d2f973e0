"""A seeded synthetic stream of Indonesian-style news articles, with story labels (synthetic!).

Stories are events (a flood in a district, a price jump, a match, a meeting) with their own
places, people, numbers and dates; each is reported by several invented outlets over a few days
in sentences drawn from templates written for this project, mixed with general sentences.
About 10% of articles are reprints of an earlier one with a small edit, as wire copy is.

    python -m bench.synth_stream 100000 stream.jsonl [--seed 0]
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

OUTLETS = tuple(
    f"{name}.{tld}"
    for name in (
        "kabarsatu",
        "wartanusa",
        "harianpagi",
        "beritakita",
        "lintaskota",
        "suaradaerah",
        "jurnalrakyat",
        "sorotnusa",
    )
    for tld in ("id", "com")
)
FIRST = (
    "Ahmad",
    "Budi",
    "Citra",
    "Dewi",
    "Eko",
    "Fitri",
    "Gilang",
    "Hendra",
    "Indah",
    "Joko",
    "Kartika",
    "Lukman",
    "Maya",
    "Nanda",
    "Oki",
    "Putri",
    "Rudi",
    "Sari",
    "Teguh",
    "Wulan",
)
LAST = (
    "Santoso",
    "Wijaya",
    "Lestari",
    "Saputra",
    "Hidayat",
    "Pratama",
    "Siregar",
    "Nasution",
    "Kusuma",
    "Halim",
    "Rahman",
    "Gunawan",
)
ROLES = (
    "Bupati",
    "Wali Kota",
    "Kepala Dinas",
    "Kapolres",
    "Ketua DPRD",
    "Kepala BPBD",
    "Camat",
    "Direktur",
)
WEEKDAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
EVENTS = {
    "banjir": (
        "Banjir merendam {n} rumah warga di {place} pada {day}.",
        "{role} {place}, {person}, mengatakan air mulai naik sejak dini hari setelah hujan deras.",
        "Sebanyak {m} warga mengungsi ke balai desa dan masjid terdekat.",
        "Petugas gabungan mengevakuasi warga lanjut usia menggunakan perahu karet di {place}.",
        "Menurut {person}, ketinggian air mencapai satu meter di beberapa titik.",
        "Pemerintah {place} menyalurkan bantuan makanan siap saji dan air bersih kepada pengungsi banjir.",
    ),
    "harga": (
        "Harga beras medium di pasar tradisional {place} naik menjadi Rp {price} per kilogram pada {day}.",
        "Pedagang menyebut kenaikan harga dipicu pasokan yang berkurang dari sentra produksi.",
        "{role} {place}, {person}, berjanji menggelar operasi pasar di {n} titik pekan depan.",
        "Warga {place} mengeluhkan kenaikan harga beras yang sudah berlangsung dua pekan.",
        "Menurut {person}, stok beras di gudang daerah masih cukup untuk {m} hari.",
    ),
    "kebakaran": (
        "Kebakaran melanda pasar induk {place} pada {day} dan menghanguskan {n} kios.",
        "Sebanyak {m} unit mobil pemadam dikerahkan untuk memadamkan api di pasar {place}.",
        "{role} {place}, {person}, menduga api berasal dari korsleting listrik.",
        "Pedagang pasar {place} berharap pemerintah segera membangun kios sementara.",
        "Tidak ada korban jiwa dalam kebakaran pasar tersebut, kata {person}.",
    ),
    "sidang": (
        "Pengadilan Negeri {place} menggelar sidang perdana kasus korupsi dana desa pada {day}.",
        "Terdakwa didakwa merugikan negara sebesar Rp {price} juta, kata jaksa {person}.",
        "Sidang di {place} dihadiri puluhan warga yang ingin mengikuti jalannya persidangan.",
        "Kuasa hukum terdakwa akan mengajukan eksepsi pada sidang berikutnya, {n} hari lagi.",
        "{role} {place}, {person}, meminta aparat mengusut tuntas aliran dana desa.",
    ),
    "festival": (
        "Festival budaya {place} resmi dibuka pada {day} dan menampilkan {n} kelompok seni.",
        "{role} {place}, {person}, berharap festival menarik wisatawan ke daerahnya.",
        "Panitia festival {place} memperkirakan {m} pengunjung datang selama tiga hari.",
        "Kuliner khas {place} dijajakan di puluhan stan sepanjang jalan utama.",
    ),
}
GENERAL = (
    "Peristiwa ini menjadi perhatian warga dan pemerintah setempat.",
    "Pihak terkait masih melakukan pendataan di lapangan.",
    "Informasi lebih lanjut akan disampaikan dalam konferensi pers berikutnya.",
    "Warga diminta tetap tenang dan mengikuti arahan petugas.",
)


SYLLABLES = (
    "su",
    "ka",
    "ma",
    "ju",
    "ra",
    "ha",
    "ti",
    "wa",
    "ngi",
    "sa",
    "ri",
    "lo",
    "ba",
    "te",
    "gu",
    "na",
    "pu",
    "do",
    "ke",
    "li",
)


def _name(rnd: random.Random) -> str:
    """An invented place name ("Karangsari"): each story happens somewhere of its own."""
    stem = "".join(rnd.choice(SYLLABLES) for _ in range(rnd.randint(2, 3)))
    return (stem + rnd.choice(("jaya", "sari", "rejo", "mulya", "asri", ""))).capitalize()


def _person(rnd: random.Random) -> str:
    return f"{rnd.choice(FIRST)} {rnd.choice(LAST)}"


def generate(n: int, seed: int = 0, start: date = date(2025, 1, 1)) -> Iterator[dict[str, object]]:
    """n articles in stream order: {"id", "story", "outlet", "url", "published", "title", "text"}."""
    rnd = random.Random(seed)
    active: list[dict[str, object]] = []
    history: list[dict[str, object]] = []
    story_count = 0
    for k in range(n):
        if history and rnd.random() < 0.1:
            original = rnd.choice(history[-500:])
            text = str(original["text"]).replace(".", ",", 1) + " (ant)"
            yield {
                **original,
                "id": f"a{k:07d}",
                "outlet": rnd.choice(OUTLETS),
                "url": f"https://synth.example/{k}",
                "text": text,
            }
            continue
        if not active or rnd.random() < 0.25:
            story_count += 1
            kind = rnd.choice(sorted(EVENTS))
            day = start + timedelta(days=story_count // 40)
            active.append(
                {
                    "id": f"story-{story_count:06d}",
                    "kind": kind,
                    "place": f"{rnd.choice(('Kabupaten', 'Kota', 'Kecamatan'))} {_name(rnd)}",
                    "person": _person(rnd),
                    "role": rnd.choice(ROLES),
                    "n": rnd.randint(3, 900),
                    "m": rnd.randint(2, 5000),
                    "price": f"{rnd.randint(10, 99)}.{rnd.randint(0, 9)}00",
                    "day": day,
                }
            )
            active = active[-60:]
        story = rnd.choice(active)
        day = story["day"]
        assert isinstance(day, date)
        published = day + timedelta(days=rnd.randint(0, 2))
        slots = {**story, "day": f"{WEEKDAYS[day.weekday()]} ({day.day}/{day.month}/{day.year})"}
        templates = list(EVENTS[str(story["kind"])])
        rnd.shuffle(templates)
        sentences = [t.format(**slots) for t in templates[: rnd.randint(3, len(templates))]]
        sentences.insert(rnd.randint(1, len(sentences)), rnd.choice(GENERAL))
        text = "\n\n".join(sentences)
        article = {
            "id": f"a{k:07d}",
            "story": story["id"],
            "outlet": rnd.choice(OUTLETS),
            "url": f"https://synth.example/{k}",
            "published": published.isoformat(),
            "title": sentences[0][:60],
            "text": text,
        }
        history.append(article)
        yield article


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("count", type=int)
    parser.add_argument("output", type=Path)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    with args.output.open("w", encoding="utf-8") as out:
        for row in generate(args.count, args.seed):
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
