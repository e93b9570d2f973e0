"""What the store needs of an article before it looks at the store: the cleaned article, its content
hash, its MinHash signature, and the terms and names the story assigner compares. All of it is a pure
function of the raw document, so a long ingest computes it in worker processes while the main process
stores the articles (the store and the assigner stay in one process, in input order).

Results come back in input order whatever the number of workers: the same input gives the same
store with 0, 1 or 2 workers (``tests/test_stories_prepare.py``).
"""

from __future__ import annotations

import collections
import itertools
import os
import pickle
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from multiprocessing.pool import AsyncResult
from typing import TextIO

import numpy as np

from ringkas.errors import InputError
from ringkas.ingest import Problem, clean_document
from ringkas.ingest.readers import (
    RawDocument,
    RecordLine,
    RepeatedIds,
    iter_unparsed,
)
from ringkas.model import Article
from ringkas.stories import dedupe
from ringkas.stories.assign import Parsed, parse
from ringkas.stories.store import removed_json
from ringkas.stories.workers import WorkerPool

# Documents sent to a worker at once, and chunks in flight per worker: 2,000 documents, more than
# the main process stores in one batch (1,000), so a worker never idles while it does (with 4
# chunks it did: synthetic 40k, one worker, 680-718 against 868 articles/s); bounded, so a
# stream of millions never sits in memory.
CHUNK = 200
AHEAD = 10
# Documents prepared in the main process before the workers start: a small ingest (a folder of
# pages, a test) never pays the workers' start-up (each imports ringkas, ~0.3 s).
POOL_AFTER = 2_000


@dataclass(frozen=True, slots=True)
class Prepared:
    """An article with what the store computes of it before looking at the store."""

    article: Article
    key: str  # content hash of the body (duplicates)
    signature: np.ndarray  # MinHash of the body (reprints)
    band_keys: tuple[int, ...]  # the signature's LSH band keys (``dedupe.lsh_keys_of``)
    parsed: Parsed  # the assigner's terms and names of the body
    removed: str  # the store's ``removed`` column (JSON)


def prepare(article: Article) -> Prepared:
    sig = dedupe.signature(article.body)
    return Prepared(
        article,
        dedupe.content_hash(article.body),
        sig,
        dedupe.lsh_keys_of(sig),
        parse(article.body, article.language),
        removed_json(article),
    )


def default_workers() -> int:
    """One worker per core, at most 4; none on one core. The workers run niced
    (``WORKER_NICE``), so the main process (reading, the store, the assigner) keeps a core when
    it needs one and the workers share what is left: on two cores, two niced workers gave
    1,456 / 1,563 articles/s against one worker's 1,294 / 1,437 (synthetic 40k, one run right
    after the other). Without the nice, two workers had been slower than one (590 against 725-775
    articles/s): three busy processes on two cores, and the main process waited its turn."""
    cores = os.cpu_count() or 1
    return 0 if cores < 2 else min(cores, 4)


Input = RawDocument | RecordLine | str  # what ``iter_unparsed`` reads: a str is a problem line
# What one input gives: the id its document was read with (None: no document), and the items.
Outcome = tuple[str | None, list[Prepared | Problem]]


def _prepare_document(doc: Input) -> Outcome:
    """One input → its document's id as read and what ``iter_prepared`` yields for it (the same
    items, in the same order, as ``ingest.iter_load`` gives, prepared)."""
    if isinstance(doc, str):
        return None, [Problem(doc)]
    out: list[Prepared | Problem] = []
    if isinstance(doc, RecordLine):
        found, problem = doc.parse()
        if problem:
            out.append(Problem(problem))
        if found is None:
            return None, out
        doc = found
    try:
        article, warning = clean_document(doc)
    except InputError as exc:
        return doc.id, [*out, Problem(str(exc))]
    if warning:
        out.append(Problem(f"{doc.source}: {warning}", warning=True))
    out.append(prepare(article))
    return doc.id, out


def _prepare_chunk(blob: bytes) -> bytes:
    """A worker's task: a pickled chunk of inputs → its pickled outcomes. Pickled by the main
    thread and the worker themselves, so the pool's own threads only move bytes: unpickling
    200 articles in the pool's result thread took the interpreter lock from the main thread
    (which stores the articles) at every chunk, and with every core busy each hand-over waited
    for the scheduler."""
    docs: list[Input] = pickle.loads(blob)
    return pickle.dumps([_prepare_document(doc) for doc in docs], protocol=pickle.HIGHEST_PROTOCOL)


def _unique_ids(outcomes: Iterable[Outcome]) -> Iterator[Prepared | Problem]:
    """The items in order, each article with its id made unique in reading order
    (``RepeatedIds``, as ``ingest.iter_inputs`` does before cleaning)."""
    ids = RepeatedIds()
    for ident, items in outcomes:
        if ident is not None and (unique := ids(ident)) != ident:
            items = [
                replace(i, article=replace(i.article, id=unique)) if isinstance(i, Prepared) else i
                for i in items
            ]
        yield from items


def _chunks(items: Iterator[Input], size: int) -> Iterator[list[Input]]:
    while chunk := list(itertools.islice(items, size)):
        yield chunk


def prepare_documents(
    docs: Iterable[Input],
    *,
    workers: int = 0,
    pool_after: int = POOL_AFTER,
    pool: WorkerPool | None = None,
) -> Iterator[Prepared | Problem]:
    """What ``iter_unparsed`` reads → prepared articles and problems, in reading order: the first
    ``pool_after`` inputs in this process, the rest by worker processes (``pool``, or a pool of
    ``workers`` made here; none with 0), a bounded number of chunks ahead of the consumer.

    The workers are spawned (a fresh interpreter each, never a fork of a process with threads),
    so a script that asks for workers guards its entry point with ``if __name__ == "__main__":``,
    as every ``multiprocessing`` program must; the ``ringkas`` command does."""
    if pool is not None or workers <= 0:
        return _unique_ids(_outcomes(iter(docs), pool, pool_after))
    return _unique_ids(_own_pool(iter(docs), workers, pool_after))


def _own_pool(items: Iterator[Input], workers: int, pool_after: int) -> Iterator[Outcome]:
    with WorkerPool(workers) as pool:
        yield from _outcomes(items, pool, pool_after)


def _outcomes(
    items: Iterator[Input], pool: WorkerPool | None, pool_after: int
) -> Iterator[Outcome]:
    first = pool_after if pool is not None else None  # None: all of them here
    yield from map(_prepare_document, itertools.islice(items, first))
    if pool is None:
        return
    pending: collections.deque[AsyncResult[bytes]] = collections.deque()
    for chunk in _chunks(items, CHUNK):
        blob = pickle.dumps(chunk, protocol=pickle.HIGHEST_PROTOCOL)
        pending.append(pool.submit(_prepare_chunk, blob))
        if len(pending) >= AHEAD * pool.workers:
            yield from pickle.loads(pool.wait(pending.popleft()))
    while pending:
        yield from pickle.loads(pool.wait(pending.popleft()))


def iter_prepared(
    paths: Sequence[str],
    stdin: TextIO | None = None,
    *,
    workers: int = 0,
    pool_after: int = POOL_AFTER,
    pool: WorkerPool | None = None,
) -> Iterator[Prepared | Problem]:
    """``ingest.iter_load`` for the store: prepared articles and problems in reading order."""
    yield from prepare_documents(
        iter_unparsed(paths, stdin), workers=workers, pool_after=pool_after, pool=pool
    )
