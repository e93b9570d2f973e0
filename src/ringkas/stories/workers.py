"""The worker processes of a long ingest: spawned on first use, niced, shared by the two kinds of
work that do not need the store's state, preparing articles (``stories.prepare``) and computing
digests (``StoryService.ingest``). Tasks and results travel as pickled bytes, so the pool's own
threads only move bytes (see ``prepare._prepare_chunk``)."""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
from collections.abc import Callable
from multiprocessing.pool import AsyncResult, Pool
from types import TracebackType

from ringkas.errors import RingkasError

# Workers run at a lower priority than the main process, which holds the state every article
# waits for: on a busy core the scheduler then runs the main process first and the workers
# take what CPU is left.
WORKER_NICE = 10


class WorkerLost(RingkasError):
    """A worker process ended before it returned its task's result."""


def _quiet_worker() -> None:
    """Ctrl-C reaches the whole process group: the main process stops the workers itself. A
    worker has nothing to tell a person: its errors reach the main process with its result, and
    when the main process is killed it exits on the broken pipe without a traceback."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    os.nice(WORKER_NICE)
    sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 (for the process's life)


class WorkerPool:
    """``workers`` processes, started by the first ``submit`` (a small ingest never pays their
    start-up: each imports ringkas, ~0.3 s). Spawned, never forked (no fork of a process with
    threads), so a script that uses one guards its entry point with
    ``if __name__ == "__main__":``, as every ``multiprocessing`` program must."""

    def __init__(self, workers: int) -> None:
        if workers < 1:
            raise ValueError("a worker pool needs at least one worker")
        self.workers = workers
        self._pool: Pool | None = None
        self._started: set[int | None] = set()

    @property
    def started(self) -> bool:
        return self._pool is not None

    def submit(self, task: Callable[[bytes], bytes], blob: bytes) -> AsyncResult[bytes]:
        if self._pool is None:
            context = multiprocessing.get_context("spawn")
            others = {p.pid for p in multiprocessing.active_children()}
            self._pool = context.Pool(self.workers, initializer=_quiet_worker)
            self._started = {p.pid for p in multiprocessing.active_children()} - others
        return self._pool.apply_async(task, (blob,))

    def wait(self, pending: AsyncResult[bytes]) -> bytes:
        """A task's result. A worker that dies (killed, out of memory) takes its task with it and
        the pool would wait for it forever: when one of the workers started is gone, stop with an
        error instead (the store keeps every committed batch; the next run resumes)."""
        while not pending.ready():
            pending.wait(1.0)
            alive = {p.pid for p in multiprocessing.active_children()}
            if not pending.ready() and not self._started <= alive:
                raise WorkerLost(
                    "ingest stopped: a worker process ended before returning its work (killed, "
                    "or out of memory?). Every committed batch is kept: run the same command "
                    "again to resume, with --workers 0 to use one process."
                )
        return pending.get()

    def close(self) -> None:
        """Stop the workers (a task still running is dropped: nothing of it was stored)."""
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
            self._pool = None

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
