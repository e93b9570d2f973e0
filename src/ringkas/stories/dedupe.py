"""Exact copies by content hash; near copies (reprints, syndicated wire copy) by MinHash LSH.

Pure functions over text and signatures, so a batch engine can apply the same ones.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

import numpy as np

NUM_PERM = 64
BANDS = 16  # 16 bands x 4 rows: a pair at Jaccard 0.8 shares a band with probability ~1.0,
ROWS = 4  # at 0.3 with probability ~0.12 (1 - (1 - s^4)^16)
SHINGLE = 5  # words per shingle
# Estimated Jaccard over 5-word shingles from which an article is a reprint of an earlier one:
# a syndicated copy with a new lead or a trimmed tail stays above 0.6; two outlets' own reports
# of one event stay under 0.15 (seed cluster: MinHash Jaccard 0.00-0.11, DEPENDENCIES.md).
REPRINT = 0.6
_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"\w+")


def normalize(text: str) -> str:
    """Whitespace runs folded to one space, ends stripped, lower case. ``str.split`` and the
    ``\\s`` of a str pattern split on the same characters (both ``str.isspace``), so this is
    ``_SPACE.sub(" ", text).strip().lower()`` without the regex engine."""
    return " ".join(text.split()).lower()


def content_hash(text: str) -> str:
    """Identity of an article's cleaned text (whitespace and case folded)."""
    return hashlib.blake2b(normalize(text).encode("utf-8"), digest_size=16).hexdigest()


def shingles(text: str, size: int = SHINGLE) -> set[bytes]:
    """The UTF-8 bytes of every run of ``size`` consecutive words (one shingle of all the words
    when there are fewer). The runs come from ``zip`` over shifted token lists: no Python-level
    loop per shingle."""
    tokens = _WORD.findall(text.lower())
    if len(tokens) < size:
        return {" ".join(tokens).encode("utf-8")} if tokens else set()
    runs = zip(*(tokens[i:] for i in range(size)), strict=False)
    return set(map(str.encode, map(" ".join, runs)))


@lru_cache(maxsize=4)
def _permutations(num_perm: int) -> tuple[np.ndarray, np.ndarray]:
    """datasketch's permutations for seed 1, drawn the way its ``MinHash._init_permutations``
    draws them (per MinHash object; here once). Not imported from datasketch: importing it
    imports scipy, ~0.5 s of every `ringkas ingest`'s start (the signature test compares the
    values with datasketch's own)."""
    gen = np.random.RandomState(1)
    pairs = [
        (
            gen.randint(1, int(_MERSENNE), dtype=np.uint64),
            gen.randint(0, int(_MERSENNE), dtype=np.uint64),
        )
        for _ in range(num_perm)
    ]
    a, b = np.array(pairs, dtype=np.uint64).T
    return np.asarray(a, dtype=np.uint64), np.asarray(b, dtype=np.uint64)


_MERSENNE = np.uint64((1 << 61) - 1)  # datasketch's constants
_MAX_HASH = np.uint64((1 << 32) - 1)
_SHIFT = np.uint64(61)
_DIGEST = type(hashlib.sha1()).digest


def signature(text: str, num_perm: int = NUM_PERM) -> np.ndarray:
    """MinHash signature: datasketch's (sha1_hash32 of each shingle, its seed-1 permutations),
    computed here in one pass (no per-shingle Python call into struct), the same values bit for
    bit: the same text gives the same signature anywhere, stores written before included."""
    items = shingles(text)
    values = np.full(num_perm, _MAX_HASH, dtype=np.uint64)
    if not items:
        return values
    a, b = _permutations(num_perm)
    # sha1 of every shingle in C (map), then the first 4 bytes of each 20-byte digest
    digests = np.frombuffer(b"".join(map(_DIGEST, map(hashlib.sha1, items))), dtype=np.uint8)
    hv = digests.reshape(-1, 20)[:, :4].copy().view("<u4").astype(np.uint64)
    # (hv * a + b) % (2**61 - 1), as datasketch computes it (uint64 wrapping on the product),
    # with the Mersenne reduction (y & M) + (y >> 61) instead of numpy's slow 64-bit division:
    # for y < 2**64 the sum is below 2 * M, so one conditional subtraction finishes it.
    y = hv * a
    y += b
    phv = y & _MERSENNE
    y >>= _SHIFT
    phv += y
    np.subtract(phv, _MERSENNE, out=phv, where=phv >= _MERSENNE)
    phv &= _MAX_HASH
    out: np.ndarray = np.minimum(values, phv.min(axis=0))
    return out


def band_keys(sig: np.ndarray, bands: int = BANDS, rows: int = ROWS) -> tuple[str, ...]:
    """One key per band: articles sharing any key are candidate near copies."""
    return tuple(
        f"{b}:{hashlib.blake2b(sig[b * rows : (b + 1) * rows].tobytes(), digest_size=8).hexdigest()}"
        for b in range(bands)
    )


_MIX = np.uint64(0x9E3779B97F4A7C15)  # odd: multiplying by it mixes the bits mod 2**64


def lsh_keys(sigs: np.ndarray) -> np.ndarray:
    """One 64-bit key per LSH band of each signature ((n, 64) → (n, BANDS)): a polynomial hash
    of the band's rows and its number, in numpy (``band_keys`` hashes each band in Python
    with blake2b). Equal bands give equal keys; two different bands colliding (odds ~2**-64) only
    add a candidate that the signature check then rejects."""
    rows = sigs.reshape(len(sigs), BANDS, -1)
    keys = np.zeros(rows.shape[:2], dtype=np.uint64)
    for r in range(rows.shape[2]):
        keys = keys * _MIX + rows[:, :, r]
    out: np.ndarray = keys * _MIX + np.arange(BANDS, dtype=np.uint64)
    return out


# The same polynomial expanded: a band's key is sum(row_i * _MIX**(ROWS - i)) + band (mod 2**64).
_POWERS = np.array([pow(int(_MIX), ROWS - i, 1 << 64) for i in range(ROWS)], dtype=np.uint64)
_BAND_NUMBERS = np.arange(BANDS, dtype=np.uint64)


def lsh_keys_of(sig: np.ndarray) -> tuple[int, ...]:
    """``lsh_keys`` of one signature, as one product and one sum (the step-by-step loop of
    ``lsh_keys`` costs ~2.5x more numpy calls for a single signature; for many, it is faster)."""
    keys = (sig.reshape(BANDS, ROWS) * _POWERS).sum(axis=1, dtype=np.uint64) + _BAND_NUMBERS
    return tuple(keys.tolist())


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures (the share of equal positions; the same
    float as ``np.mean(a == b)``, without its overhead on a 64-value array)."""
    return int(np.count_nonzero(a == b)) / a.size if a.size else float(np.mean(a == b))
