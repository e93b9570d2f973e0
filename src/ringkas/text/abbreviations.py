"""Abbreviations after which a period does not end a sentence.

Indonesian list: titles, addresses and administrative units as they appear in Indonesian news
(PUEBI's list of common abbreviations plus police/military ranks and address words seen in
IndoSum); English list: the usual news abbreviations. Lower-cased, without the final period.
"""

from __future__ import annotations

# Police and military ranks as Indonesian news prints them before a name ("Kombes Pol Argo
# Yuwono", "Irjen. Idham Azis"): abbreviations here, titles for the entity reader (facts.entities).
RANKS = frozenset(
    """brigjen mayjen letjen jenderal irjen kombes kompol akbp akp iptu ipda aiptu bripka letkol
    mayor kapt serka sertu pratu""".split()
)

# Never end a sentence: a name, a number or a place follows them.
INDONESIAN = RANKS | frozenset(
    [
        "tn",
        "ny",
        "nn",
        "sdr",
        "sdri",
        "bpk",
        "bp",
        "ibu",
        "yth",
        "dr",
        "drs",
        "dra",
        "prof",
        "ir",
        "h",
        "hj",
        "kh",
        "st",
        "sh",
        "se",
        "mm",
        "mt",
        "mh",
        "mba",
        "msi",
        "jl",
        "jln",
        "no",
        "nomor",
        "gg",
        "kp",
        "kab",
        "kec",
        "kel",
        "kota",
        "prov",
        "rt",
        "rw",
        "ds",
        "blok",
        "kav",
        "kol",
        "a.n",
        "u.p",
        "s.d",
        "d.a",
        "u.b",
        "c.q",
        "a.l",
        "s/d",
        "no",
        "tel",
        "telp",
        "hp",
        "fax",
        "rp",
        "tsb",
        "sbb",
        "spt",
        # in street names, companies, dates and forms of address: "Jalan Jend. Gatot Subroto",
        # "PT. Maju Jaya", "tgl. 5 Mei", "Pdt. Yohanes", "Ust. Abdul", "Moh. Hatta", "Mr. Bean".
        # Units are not here: "... sejauh 30 km. Sistem ini ..." ends a sentence.
        "jend",
        "pt",
        "tgl",
        "pdt",
        "ust",
        "ustaz",
        "ustadz",
        "moh",
        "muh",
        "mr",
        "mrs",
    ]
)

# May end a sentence (a new capitalized sentence often follows them): "dll.", "dsb.".
INDONESIAN_FINAL = frozenset(["dll", "dsb", "dst", "dkk", "dll."])

ENGLISH = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "st",
        "jr",
        "sr",
        "inc",
        "ltd",
        "co",
        "corp",
        "gen",
        "sen",
        "rep",
        "gov",
        "lt",
        "col",
        "sgt",
        "capt",
        "cmdr",
        "adm",
        "u.s",
        "u.k",
        "u.n",
        "e.g",
        "i.e",
        "a.m",
        "p.m",
        "vs",
        "no",
        "nos",
        "fig",
        "approx",
        "dept",
        "est",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mt",
        "ft",
        # plural titles seen breaking sentences in multinews-dev's sources ("Sens. John ...");
        # not US state abbreviations: AP style puts a comma after them ("Ala., the"), and before
        # a capital they mostly do end the sentence ("in Madison, Wis. The ...")
        "rev",
        "sens",
        "reps",
        "gens",
        "messrs",
        # police and military ranks before a name ("LAPD Det. Eric Moore said"), seen ending
        # sentences early in multinews-dev's crime reports
        "det",
        "insp",
        "supt",
        "maj",
        "brig",
        "cpl",
        "pvt",
        "spc",
        "atty",
        "asst",
    ]
)

ENGLISH_FINAL = frozenset(["etc"])


def blocking(language: str) -> frozenset[str]:
    """Abbreviations that never end a sentence in ``language``."""
    return ENGLISH if language == "en" else INDONESIAN
