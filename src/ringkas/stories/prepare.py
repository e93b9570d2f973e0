"""What the store needs of an article before it looks at the store: the cleaned article, its content
hash, its MinHash signature, and the terms and names the story assigner compares. All of it is a pure
function of the raw document, so a long ingest computes it in worker processes while the main process
stores the articles (the store and the assigner stay in one process, in input order).

Results come back in input order whatever the number of workers: the same input gives the same
store with ``workers=0`` and ``workers=4`` (``tests/test_stories_prepare.py``).
"""

from __future__ import annotations

import collections
import itertools
import multiprocessing
import os
import signal
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from multiprocessing.pool import AsyncResult
from typing import TextIO

import numpy as np

from ringkas.errors import InputError, RingkasError
from ringkas.ingest import Problem, clean_document
from ringkas.ingest.readers import RawDocument, iter_inputs
from ringkas.model import Article
from ringkas.stories import dedupe
from ringkas.stories.assign import Parsed, parse

# Documents sent to a worker at once, and chunks in flight per worker: enough to keep the workers
# busy while the main process stores a batch, bounded so a stream of millions never sits in memory.
CHUNK = 200
AHEAD = 4
# Documents prepared in the main process before the workers start: a small ingest (a folder of
# pages, a test) never pays the workers' start-up (each imports ringkas, ~0.3 s).
POOL_AFTER = 2_000


@dataclass(frozen=True, slots=True)
class Prepared:
    """An article with what the store computes of it before looking at the store."""

    article: Article
    key: str  # content hash of the body (duplicates)
    signature: np.ndarray  # MinHash of the body (reprints)
    band_keys: tuple[int, ...]  # the signature's LSH band keys (``dedupe.lsh_keys``)
    parsed: Parsed  # the assigner's terms and names of the body


def prepare(article: Article) -> Prepared:
    sig = dedupe.signature(article.body)
    return Prepared(
        article,
        dedupe.content_hash(article.body),
        sig,
        tuple(dedupe.lsh_keys(sig.reshape(1, -1))[0].tolist()),
        parse(article.body, article.language),
    )


def default_workers() -> int:
    """One worker per core, at most 3; none on one core. The main process (reading, the store, the
    assigner) needs ~0.6 ms an article and a worker ~0.8 ms, so on two cores two workers keep
    both cores busy where one leaves the main process waiting (synthetic stream: ~1,150 against
    ~870 articles/s); past three workers the main process limits the rate."""
    cores = os.cpu_count() or 1
    return 0 if cores < 2 else min(cores, 3)


def _prepare_document(doc: RawDocument | str) -> list[Prepared | Problem]:
    """A raw document (or a reader's problem line) → what ``iter_prepared`` yields for it."""
    if isinstance(doc, str):
        return [Problem(doc)]
    try:
        article, warning = clean_document(doc)
    except InputError as exc:
        return [Problem(str(exc))]
    out: list[Prepared | Problem] = []
    if warning:
        out.append(Problem(f"{doc.source}: warning: {warning}", warning=True))
    out.append(prepare(article))
    return out


def _prepare_chunk(docs: Sequence[RawDocument | str]) -> list[list[Prepared | Problem]]:
    return [_prepare_document(doc) for doc in docs]


class WorkerLost(RingkasError):
    """A worker process ended before it returned its chunk."""


def _quiet_worker() -> None:
    """Ctrl-C reaches the whole process group: the main process stops the workers itself. A
    worker has nothing to tell a person: its errors reach the main process with its result, and
    when the main process is killed it exits on the broken pipe without a traceback."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 (for the process's life)


def _chunks(items: Iterator[RawDocument | str], size: int) -> Iterator[list[RawDocument | str]]:
    while chunk := list(itertools.islice(items, size)):
        yield chunk


def prepare_documents(
    docs: Iterable[RawDocument | str], *, workers: int = 0, pool_after: int = POOL_AFTER
) -> Iterator[Prepared | Problem]:
    """``_prepare_document`` over a lazy stream of raw documents, in order: the first
    ``pool_after`` in this process, the rest (with ``workers`` > 0) by a pool of worker processes,
    a bounded number of chunks ahead of the consumer.

    The workers are spawned (a fresh interpreter each, never a fork of a process with threads),
    so a script that asks for workers guards its entry point with ``if __name__ == "__main__":``,
    as every ``multiprocessing`` program must; the ``ringkas`` command does."""
    items = iter(docs)
    first = pool_after if workers > 0 else None  # None: all of them here
    for doc in itertools.islice(items, first):
        yield from _prepare_document(doc)
    if workers <= 0:
        return
    context = multiprocessing.get_context("spawn")  # no fork of a process with threads
    with context.Pool(workers, initializer=_quiet_worker) as pool:
        started = {p.pid for p in multiprocessing.active_children()}
        pending: collections.deque[AsyncResult[list[list[Prepared | Problem]]]]
        pending = collections.deque()
        for chunk in _chunks(items, CHUNK):
            pending.append(pool.apply_async(_prepare_chunk, (chunk,)))
            if len(pending) >= AHEAD * workers:
                for found in _result(pending.popleft(), started):
                    yield from found
        while pending:
            for found in _result(pending.popleft(), started):
                yield from found


def _result(
    pending: AsyncResult[list[list[Prepared | Problem]]], started: set[int | None]
) -> list[list[Prepared | Problem]]:
    """A chunk's result. A worker that dies (killed, out of memory) takes its chunk with it and
    the pool would wait for it forever: when one of the workers started is gone, stop with an
    error instead (the store keeps every committed batch; the next run resumes)."""
    while not pending.ready():
        pending.wait(1.0)
        alive = {p.pid for p in multiprocessing.active_children()}
        if not pending.ready() and not started <= alive:
            raise WorkerLost(
                "ingest stopped: a worker process ended before returning its articles (killed, "
                "or out of memory?). Every committed batch is kept: run the same command again "
                "to resume, with --workers 0 to use one process."
            )
    return pending.get()


def iter_prepared(
    paths: Sequence[str],
    stdin: TextIO | None = None,
    *,
    workers: int = 0,
    pool_after: int = POOL_AFTER,
) -> Iterator[Prepared | Problem]:
    """``ingest.iter_load`` for the store: prepared articles and problems in reading order."""
    yield from prepare_documents(iter_inputs(paths, stdin), workers=workers, pool_after=pool_after)
