"""The FastAPI app: translate HTTP to the core and back. No summarizing happens here.

Limits (each a Settings field, an environment variable and a `ringkas serve` option):
- request body bytes → 413, checked on Content-Length and again on the bytes actually received;
- number of articles and characters per article → 413;
- processing time per request → 503 (the worker thread or process is abandoned, its result
  dropped).
Digests are computed in the server's threads, or with ``processes`` (``ringkas serve --workers
N``) in a pool of N processes that every connection shares: one process accepts and parses every
request, so how the clients' connections fall can never leave a process idle while another has
all the work (uvicorn's own workers each keep the connections they accepted: wrk's four
connections all landed on one of two workers in 2 of 8 runs, and the server answered 75
requests/s instead of 198). The server feeds each digest process through a socket from its event
loop (``_Processes``), with no thread of its own in between.
Every error is ``{"error": {"code", "message"}}``; a stack trace never leaves the process.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import os
import pickle
import threading
from collections import OrderedDict, deque
from collections.abc import AsyncIterator, Callable, MutableMapping
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from dataclasses import asdict, dataclass, field, fields
from datetime import datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import anyio
from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from ringkas.api.schemas import (
    ArticleIn,
    DiffOut,
    DigestRequest,
    ErrorOut,
    Health,
    IngestRequest,
    IngestResponse,
    MessagesOut,
    StoryOut,
)
from ringkas.errors import ConfigError, InputError, RingkasError

if TYPE_CHECKING:
    from ringkas.model import Article
    from ringkas.stories.service import StoryService

STATIC = Path(__file__).resolve().parents[1] / "web" / "static"
T = TypeVar("T")


@dataclass(frozen=True)
class Settings:
    """Server settings; ``from_env`` reads RINGKAS_<FIELD> (e.g. RINGKAS_MAX_BODY_BYTES)."""

    db: str = ""  # story store file; "" = the user data dir (as the CLI)
    max_body_bytes: int = 5_000_000
    max_articles: int = 200
    max_article_chars: int = 300_000
    timeout_s: float = 30.0
    threads: int = 4  # digests computed at once in the server's threads (processes = 0)
    processes: int = 0  # digest processes shared by every connection; 0 = the server's threads
    cache_size: int = 256  # digests kept by request hash (they are pure: same request, same bytes)
    token: str = field(default="", repr=False)  # bearer token for writes; "" = writes open
    token_for_all: bool = False  # the token guards reads and /v1/digest too

    def __post_init__(self) -> None:
        for name in ("max_body_bytes", "max_articles", "max_article_chars", "threads"):
            if int(getattr(self, name)) < 1:
                raise ConfigError(f"{name} must be at least 1")
        if self.timeout_s <= 0 or self.cache_size < 0 or self.processes < 0:
            raise ConfigError(
                "timeout_s must be positive, and cache_size and processes not negative"
            )

    @classmethod
    def from_env(cls, environ: MutableMapping[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = env.get(f"RINGKAS_{f.name.upper()}")
            if raw is None:
                continue
            kind = type(getattr(cls(), f.name))
            if kind is bool:
                if raw.lower() not in ("1", "0", "true", "false", "yes", "no"):
                    raise ConfigError(f"RINGKAS_{f.name.upper()} must be true or false")
                values[f.name] = raw.lower() in ("1", "true", "yes")
                continue
            try:
                values[f.name] = kind(raw)
            except ValueError:
                raise ConfigError(
                    f"RINGKAS_{f.name.upper()}={raw!r} is not a {kind.__name__}"
                ) from None
        return cls(**values)

    def to_env(self) -> dict[str, str]:
        return {f"RINGKAS_{k.upper()}": str(v) for k, v in asdict(self).items()}


class ApiError(HTTPException):
    """An HTTP error with a stable code; rendered as {"error": {"code", "message"}}."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(status_code=status, detail=message)
        self.code = code


def _error(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status)


class BodyLimit:
    """ASGI middleware: refuse bodies over the limit by Content-Length, and by counting the bytes
    that arrive (a chunked or lying client cannot stream more than the limit into memory)."""

    def __init__(self, app: Any, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length")
        sentence = f"request body over the limit of {self.limit:,} bytes"
        if declared is not None and (not declared.isdigit() or int(declared) > self.limit):
            await _error(413, "body_too_large", sentence)(scope, receive, send)
            return
        received = 0

        async def counted() -> Any:
            nonlocal received
            event = await receive()
            if event["type"] == "http.request":
                received += len(event.get("body", b""))
                if received > self.limit:
                    raise ApiError(413, "body_too_large", sentence)
            return event

        await self.app(scope, counted, send)


class NoSniff:
    """ASGI middleware: every response says X-Content-Type-Options: nosniff (a plain ASGI wrapper;
    Starlette's BaseHTTPMiddleware ran each request through an extra task and stream, ~0.3 ms of
    the server process's 1.2 ms a digest request)."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_header(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers") or [])
                if not any(k.lower() == b"x-content-type-options" for k, _ in headers):
                    headers.append((b"x-content-type-options", b"nosniff"))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_header)


class _Cache:
    """A small thread-safe LRU of rendered digests by request hash."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._data: OrderedDict[str, bytes] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: str) -> bytes | None:
        with self._lock:
            if key in self._data:
                self._data.move_to_end(key)
                return self._data[key]
        return None

    def put(self, key: str, value: bytes) -> None:
        if not self.size:
            return
        with self._lock:
            self._data[key] = value
            self._data.move_to_end(key)
            while len(self._data) > self.size:
                self._data.popitem(last=False)


class _Store:
    """The story store, owned by one thread (SQLite connections stay on the thread that made them);
    opened on first use so a server that never touches stories never builds the assigner."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ringkas-store")
        self._service: StoryService | None = None

    def _open(self) -> StoryService:
        if self._service is None:
            from ringkas.stories.service import StoryService

            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._service = StoryService(self.path)
        return self._service

    async def call(self, fn: Callable[[StoryService], T], timeout: float) -> T:
        loop = asyncio.get_running_loop()
        future = loop.run_in_executor(self._pool, lambda: fn(self._open()))
        try:
            return await asyncio.wait_for(future, timeout)
        except TimeoutError:
            raise ApiError(
                503, "timeout", f"the store did not answer within {timeout:g} s"
            ) from None

    def close(self) -> None:
        """Close the store file (the thread stays: the app may start again, as tests do)."""

        def shut() -> None:
            if self._service is not None:
                self._service.close()
                self._service = None

        self._pool.submit(shut).result()


class _WorkerLost(Exception):
    """A digest process stopped (killed, or out of memory) before it answered."""


@dataclass(eq=False)
class _Worker:
    """One digest process, the server's end of its socket, and the answer awaited from it."""

    process: Any
    reader: asyncio.StreamReader
    writer: asyncio.StreamWriter
    task: asyncio.Task[None] | None = None
    pending: deque[asyncio.Future[tuple[Any, ...]]] = field(default_factory=deque)  # in order
    lost: bool = False
    answered: int = 0


def _message(value: object) -> bytes:
    """A message on a digest process's socket: the value's pickle, after its length (8 bytes,
    big-endian)."""
    data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    return len(data).to_bytes(8, "big") + data


class _Processes:
    """A pool of digest processes, each fed through a socket of its own by the event loop itself:
    a request takes a place at the least busy process, writes the request to it and awaits the
    answer, which a reading task of that process hands back. No thread of the server's takes part
    (a ``ProcessPoolExecutor`` hands every request to two threads of its own and back: under load
    0.90 ms of the server's CPU a request against 0.60 ms here).

    Each process has DEPTH places: under load the request after the one it computes already
    waits in its socket, so it never idles while the server, which shares the two cores, is not
    scheduled (with one place the digests' cores idled ~5% of the time under load); a request
    queues behind another only when every process is busy. Processes are spawned (the server has
    threads, which a fork would copy mid-flight) and compute one digest at a time. A request that
    times out leaves its process to finish, and the answer is dropped; a process that ends fails
    the requests it held with a 500 and is replaced, and one found ended before it took a request
    is passed over."""

    DEPTH = 2

    def __init__(self, size: int) -> None:
        self.size = size
        self._workers: list[_Worker] = []
        self._waiting: deque[asyncio.Future[None]] = deque()  # requests waiting for a place
        self._open = False
        self._failures = 0  # processes in a row that ended before answering anything
        self._respawns: set[asyncio.Task[None]] = set()

    async def start(self) -> None:
        """Spawn every process now (each warms up in ~1 s, in the background: a request that
        reaches it first waits for that)."""
        self._open = True
        for _ in range(self.size):
            await self._spawn()

    async def _spawn(self) -> None:
        import multiprocessing
        import socket

        context = multiprocessing.get_context("spawn")
        ours, theirs = socket.socketpair()
        process = context.Process(target=_serve_digests, args=(theirs,), daemon=True)
        process.start()
        theirs.close()
        reader, writer = await asyncio.open_unix_connection(sock=ours, limit=2**26)
        worker = _Worker(process, reader, writer)
        worker.task = asyncio.create_task(self._read(worker))
        self._workers.append(worker)
        for _ in range(self.DEPTH):
            self._wake()

    def _wake(self) -> None:
        """A place is free: the longest-waiting request may take it."""
        while self._waiting:
            waiter = self._waiting.popleft()
            if not waiter.done():  # done: that request timed out
                waiter.set_result(None)
                return

    async def _read(self, worker: _Worker) -> None:
        """Hand each answer of the worker to the request that awaits it, until the worker ends."""
        try:
            while True:
                size = int.from_bytes(await worker.reader.readexactly(8), "big")
                outcome = pickle.loads(await worker.reader.readexactly(size))
                pending = worker.pending.popleft()
                if not pending.done():  # done: the request timed out
                    pending.set_result(outcome)
                worker.answered += 1
                self._wake()
        except (asyncio.IncompleteReadError, OSError):
            await self._lose(worker)

    async def _lose(self, worker: _Worker) -> None:
        """A process ended: fail the requests it held, forget it, and start another: at once,
        unless processes keep ending before they answer anything (a broken installation ends
        each one at start-up), then after respawn_delay, in the background."""
        if worker.lost:
            return
        worker.lost = True
        self._workers.remove(worker)
        worker.writer.close()
        worker.process.join(1)  # it has ended (its socket closed): this reaps it
        while worker.pending:
            pending = worker.pending.popleft()
            if not pending.done():
                pending.set_exception(_WorkerLost())
        self._failures = 0 if worker.answered else self._failures + 1
        if not self._open:
            return
        delay = respawn_delay(self._failures)
        if not delay:
            await self._spawn()
            return

        async def later() -> None:
            await asyncio.sleep(delay)
            if self._open:
                await self._spawn()

        task = asyncio.create_task(later())
        self._respawns.add(task)
        task.add_done_callback(self._respawns.discard)

    @staticmethod
    def _ended(worker: _Worker) -> bool:
        """Whether the process has ended (its sentinel is readable), without waiting."""
        import select

        return bool(select.select([worker.process.sentinel], [], [], 0)[0])

    async def _place(self) -> tuple[_Worker, asyncio.Future[tuple[Any, ...]]]:
        """A place at the least busy live process (the first of equals), and the answer's future."""
        loop = asyncio.get_running_loop()
        first = True
        while True:
            free = [w for w in self._workers if not w.lost and len(w.pending) < self.DEPTH]
            if free:
                worker = min(free, key=lambda w: len(w.pending))
                if self._ended(worker):  # ended while idle: its replacement takes this request
                    await self._lose(worker)
                    continue
                answer: asyncio.Future[tuple[Any, ...]] = loop.create_future()
                worker.pending.append(answer)
                return worker, answer
            if not self._workers and self._respawns:  # every process ended unanswered
                raise ApiError(
                    503, "unavailable", "the digest processes cannot start; see the server log"
                )
            waiter: asyncio.Future[None] = loop.create_future()
            if first:
                self._waiting.append(waiter)
            else:  # woken, but another request took the place first: still first in line
                self._waiting.appendleft(waiter)
            first = False
            try:
                await waiter
            except asyncio.CancelledError:  # timed out: a place it was given goes to the next
                if waiter.done() and not waiter.cancelled():
                    self._wake()
                raise

    async def digest(self, request: DigestRequest, settings: Settings) -> bytes:
        if not self._open:
            raise ApiError(503, "unavailable", "the server is starting or stopping; try again")
        message = _message((request, settings))
        try:
            async with asyncio.timeout(settings.timeout_s):
                worker, answer = await self._place()
                try:
                    worker.writer.write(message)
                    with contextlib.suppress(ConnectionError):  # it ended: its reader says so
                        await worker.writer.drain()
                    outcome = await answer
                finally:
                    answer.cancel()  # unless answered: its answer, when it comes, is dropped
        except TimeoutError:
            raise ApiError(
                503, "timeout", f"processing took longer than {settings.timeout_s:g} s"
            ) from None
        except _WorkerLost:
            raise ApiError(500, "internal", "a digest process stopped; try again") from None
        if outcome[0] == "ok":
            return bytes(outcome[1])
        _, status, code, text = outcome
        raise ApiError(int(status), code, text)

    async def close(self) -> None:
        """Stop every process: each ends when its socket closes (terminated after 10 s)."""
        self._open = False
        for task in list(self._respawns):
            task.cancel()
        workers, self._workers = self._workers, []
        for worker in workers:
            worker.lost = True
            if worker.task is not None:
                worker.task.cancel()
            worker.writer.close()
        for worker in workers:
            with contextlib.suppress(OSError):
                await worker.writer.wait_closed()
            await asyncio.to_thread(worker.process.join, 10)
            if worker.process.is_alive():
                worker.process.terminate()
                await asyncio.to_thread(worker.process.join, 5)


def respawn_delay(failures: int) -> float:
    """Seconds before a digest process is started in place of one that ended, after ``failures``
    processes in a row ended before answering anything: none for the first (a process killed
    while it warmed up), then 1, 2, 4 … up to 60 s, so a process that can never start is tried
    about once a minute, not in a loop that takes a core."""
    return 0.0 if failures <= 1 else min(60.0, 2.0 ** (failures - 2))


def _read_message(conn: Any) -> Any:
    """The value of one message (``_message``) from a blocking socket; EOFError when it closes
    first."""

    def read(size: int) -> bytes:
        data = bytearray()
        while len(data) < size:
            chunk = conn.recv(min(size - len(data), 1 << 20))
            if not chunk:
                raise EOFError
            data += chunk
        return bytes(data)

    return pickle.loads(read(int.from_bytes(read(8), "big")))


def _serve_digests(conn: Any) -> None:
    """A digest process: warm up, then answer the requests on its socket until it closes."""
    import sys
    import traceback

    _warm_up()
    while True:
        try:
            request, settings = _read_message(conn)
        except (EOFError, OSError):
            return
        try:
            outcome = _digest_outcome(request, settings)
        except Exception:  # a bug: logged here, a plain 500 for the client
            traceback.print_exc(file=sys.stderr)
            outcome = ("error", "500", "internal", "internal error; the server log has the details")
        try:
            conn.sendall(_message(outcome))
        except OSError:  # the server has gone (stopped mid-digest): nothing to answer
            return


def _digest_outcome(request: DigestRequest, settings: Settings) -> tuple[Any, ...]:
    """``_digest_json`` in a digest process: ("ok", UTF-8 bytes) or ("error", status, code,
    message), plain values that always cross back (an exception with its own constructor may not
    unpickle)."""
    try:
        return ("ok", _digest_json(request, settings).encode())
    except ApiError as exc:
        return ("error", str(exc.status_code), exc.code, str(exc.detail))
    except RingkasError as exc:
        return ("error", "422", "invalid_input", str(exc))


def _warm_up() -> None:
    """A digest process's first work: import the pipeline and load its tables and models with two
    tiny clusters of our own, so the first real request is not the slow one. Ctrl-C reaches the
    whole process group: the server stops its digest processes itself, without their tracebacks."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from ringkas.config import Config
    from ringkas.model import Article
    from ringkas.pipeline import summarize

    texts = {
        "id": "Hujan deras mengguyur kota sejak pagi. Warga diminta waspada banjir.",
        "en": "Heavy rain fell on the city all morning. Residents were told to watch for floods.",
    }
    for language, text in texts.items():
        summarize([Article(id="warm-up", body=text)], Config(language=language))
    _steady_gc()


def _steady_gc() -> None:
    """Garbage collection for a long-running server process, once its imports and tables are
    loaded: everything alive so far moves to the permanent generation (``gc.freeze``: the older
    generations' collections stop re-walking the modules, tables and models), and the youngest
    generation is collected every 5,000 net allocations instead of Python's 700 (a digest makes
    tens of thousands of short-lived objects, nearly all freed by reference counting). Cycles are
    still collected. About 2-3% of a digest's CPU (in-process, seed cluster: 8.9 -> 8.7 ms)."""
    import gc

    gc.collect()
    gc.freeze()
    gc.set_threshold(5000, 20, 20)


def _articles(
    items: list[ArticleIn], settings: Settings, *, need_one: bool = False
) -> tuple[list[Article], list[str], list[str]]:
    """Clean the posted articles: the articles, a line per article that cannot be used (not a
    failure; ``need_one``: a 422 when none can be used), and a line per article used although the
    cleaner doubts its body."""
    from ringkas.ingest import RawDocument, clean_document

    if len(items) > settings.max_articles:
        raise ApiError(
            413, "too_many_articles", f"{len(items)} articles; the limit is {settings.max_articles}"
        )
    first_at: dict[str, int] = {}
    docs = []
    # Error messages name an article by its place in the request, never by its id or text (an
    # error never echoes request data); a digest's warnings name it by id, as its sources do.
    for n, item in enumerate(items, start=1):
        article_id = item.id or f"article-{n}"
        if article_id in first_at:
            raise ApiError(
                422,
                "duplicate_id",
                f"articles {first_at[article_id]} and {n} have the same id; ids must differ",
            )
        first_at[article_id] = n
        size = len(item.text or item.html or "")
        if size > settings.max_article_chars:
            raise ApiError(
                413,
                "article_too_large",
                f"article {n} has {size:,} characters; the limit is {settings.max_article_chars:,}",
            )
        docs.append(
            RawDocument(
                id=article_id,
                source=article_id,  # notes name a posted article by its id, as digests do
                text=item.text or "",
                html=item.html or "",
                outlet=item.outlet,
                url=item.url,
                title=item.title,
                published=item.published,
            )
        )
    articles: list[Article] = []
    problems: list[str] = []
    doubts: list[str] = []
    unusable: list[str] = []
    for n, doc in enumerate(docs, start=1):
        try:
            article, doubt = clean_document(doc)
        except InputError as exc:
            problems.append(str(exc))
            unusable.append(f"article {n}: {exc.reason}")
            continue
        articles.append(article)
        if doubt:  # the article is used; the reader is told its body may be furniture
            doubts.append(f"{doc.source}: {doubt}")
    if need_one and not articles:
        raise ApiError(422, "no_usable_article", "; ".join(unusable) or "no article")
    return articles, problems, doubts


def _digest_json(request: DigestRequest, settings: Settings) -> str:
    import json

    from ringkas.config import Config
    from ringkas.pipeline import summarize
    from ringkas.render import render
    from ringkas.select.registry import METHODS

    if request.method != "default" and request.method not in METHODS:  # named, never echoed
        raise ApiError(
            422, "invalid_input", f"unknown method; choose one of {', '.join(sorted(METHODS))}"
        )
    config = Config(
        words=request.words,
        method=request.method,
        language=request.language,
        keep_unrelated=request.keep_unrelated,
    )
    articles, rejected, doubts = _articles(request.articles, settings, need_one=True)
    problems = rejected + doubts
    text = render(summarize(articles, config), "json")
    if not problems:
        return text  # byte for byte what `ringkas summarize --format json` writes
    data = json.loads(text)
    data["warnings"] = [*data["warnings"], *problems]
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


_BEARER = HTTPBearer(
    auto_error=False,
    scheme_name="token",
    description="`ringkas serve --token` (or RINGKAS_TOKEN); guards writes, and every "
    "/v1 endpoint with --token-for-all.",
)


async def _authorized(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_BEARER)],
) -> None:
    """401 unless the request carries the server's bearer token (compared in constant time)."""
    token: str = request.app.state.settings.token
    if not token:
        return
    given = credentials.credentials if credentials is not None else ""
    if not hmac.compare_digest(given.encode(), token.encode()):
        raise ApiError(401, "unauthorized", "this request needs the server's bearer token")


ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorOut, "description": "No bearer token, or not the server's token."},
    413: {"model": ErrorOut, "description": "Body, article count or article size over a limit."},
    422: {"model": ErrorOut, "description": "Invalid JSON, wrong types, or nothing usable."},
    503: {"model": ErrorOut, "description": "Processing took longer than the time limit."},
}


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    from ringkas.stories.commands import default_db

    store = _Store(Path(settings.db) if settings.db else default_db())
    cache = _Cache(settings.cache_size)
    limiter = anyio.CapacityLimiter(settings.threads)
    processes = _Processes(settings.processes) if settings.processes else None
    try:
        release = version("ringkas")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        release = "0"

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if processes is not None:
            await processes.start()
        yield
        store.close()
        if processes is not None:
            await processes.close()

    app = FastAPI(
        lifespan=lifespan,
        title="ringkas",
        version=release,
        description="Cited, conflict-aware digests of Indonesian news clusters. The digest is "
        "the `ringkas.digest/2` object of `ringkas summarize --format json` (docs/json-schema.md).",
    )
    app.add_middleware(BodyLimit, limit=settings.max_body_bytes)
    app.state.store = store
    app.state.processes = processes
    app.state.settings = settings
    write_guard: list[Any] = [Depends(_authorized)] if settings.token else []
    read_guard = write_guard if settings.token_for_all else []

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> JSONResponse:
        if exc.status_code == 400:  # FastAPI's "error parsing the body" (e.g. not UTF-8)
            return _error(422, "invalid_request", "the body is not valid UTF-8 JSON")
        code = exc.code if isinstance(exc, ApiError) else f"http_{exc.status_code}"
        response = _error(exc.status_code, code, str(exc.detail))
        response.headers.update(exc.headers or {})  # e.g. Allow on a 405
        if exc.status_code == 401:
            response.headers["WWW-Authenticate"] = "Bearer"
        return response

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        parts = []
        for e in exc.errors()[:5]:
            if e.get("type") == "json_invalid":
                detail = (e.get("ctx") or {}).get("error", "")
                parts.append(f"the body is not valid JSON ({detail})" if detail else "invalid JSON")
                continue
            loc = [str(x) for x in e.get("loc", ()) if x != "body"]
            if e.get("type") == "extra_forbidden":  # the last step is a name the request made up
                where = ".".join(loc[:-1]) or "body"
                parts.append(f"{where}: a field this endpoint does not take (see /docs)")
                continue
            parts.append(f"{'.'.join(loc) or 'body'}: {e.get('msg', 'invalid')}")
        return _error(422, "invalid_request", "; ".join(parts) or "invalid request")

    @app.exception_handler(RingkasError)
    async def core_error(request: Request, exc: RingkasError) -> JSONResponse:
        return _error(422, "invalid_input", str(exc))

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception) -> JSONResponse:
        return _error(500, "internal", "internal error; the server log has the details")

    async def work(fn: Callable[[], T]) -> T:
        try:
            with anyio.fail_after(settings.timeout_s):
                return await anyio.to_thread.run_sync(fn, abandon_on_cancel=True, limiter=limiter)
        except TimeoutError:
            raise ApiError(
                503, "timeout", f"processing took longer than {settings.timeout_s:g} s"
            ) from None

    @app.get("/healthz", response_model=Health)
    async def healthz() -> Health:
        return Health(status="ok", version=release)

    @app.post(
        "/v1/digest",
        responses={
            200: {
                "description": "The digest (`ringkas.digest/2`, docs/json-schema.md).",
                "content": {"application/json": {"schema": {"type": "object"}}},
            },
            **ERRORS,
        },
        dependencies=read_guard,
    )
    async def digest(request: DigestRequest) -> Response:
        """Summarize one cluster: the same JSON as `ringkas summarize --format json`."""

        async def compute() -> bytes:  # encoded where it is computed, not in the event loop
            if processes is not None:
                return await processes.digest(request, settings)
            return await work(lambda: _digest_json(request, settings).encode())

        if not settings.cache_size:  # no cache: no key to hash
            return Response(await compute(), media_type="application/json")
        key = hashlib.sha256(request.model_dump_json().encode()).hexdigest()
        text = cache.get(key)
        if text is None:
            text = await compute()
            cache.put(key, text)
        return Response(text, media_type="application/json")

    @app.post(
        "/v1/articles", response_model=IngestResponse, responses=ERRORS, dependencies=write_guard
    )
    async def ingest(request: IngestRequest) -> IngestResponse:
        """Add articles to the story store: duplicates skipped, reprints counted, stories updated."""
        articles, rejected, doubts = await work(lambda: _articles(request.articles, settings))
        report = await store.call(lambda s: s.ingest(articles), settings.timeout_s)
        return IngestResponse.model_validate(
            {**asdict(report), "rejected": rejected, "warnings": doubts}
        )

    @app.get(
        "/v1/stories", response_model=list[StoryOut], responses=ERRORS, dependencies=read_guard
    )
    async def stories(
        since: str | None = Query(
            default=None,
            description="Only stories updated since this ISO 8601 time.",
            json_schema_extra={"format": "date-time"},
        ),
        min_outlets: int = Query(default=1, ge=1, le=1000),
    ) -> list[StoryOut]:
        """Stories in the store, most recently updated first."""
        when = None
        if since is not None:
            try:
                when = datetime.fromisoformat(since)
            except ValueError:
                raise ApiError(
                    422,
                    "invalid_request",
                    "since is not an ISO 8601 time (e.g. 2019-04-25T09:00:00+07:00)",
                ) from None
        rows = await store.call(
            lambda s: s.stories(since=when, min_outlets=min_outlets), settings.timeout_s
        )
        return [StoryOut.model_validate(asdict(r)) for r in rows]

    def _story_call(fn: Callable[[StoryService], T]) -> Callable[[StoryService], T]:
        def call(service: StoryService) -> T:
            try:
                return fn(service)
            except InputError as exc:
                raise ApiError(404, "no_such_story", str(exc)) from None

        return call

    @app.get(
        "/v1/stories/{story_id}",
        responses={
            200: {"content": {"application/json": {"schema": {"type": "object"}}}},
            401: ERRORS[401],
            404: {"model": ErrorOut},
            503: ERRORS[503],
        },
        dependencies=read_guard,
    )
    async def story(story_id: str) -> Response:
        """A story's digest from all its outlets (the same JSON as `ringkas stories show`)."""
        from ringkas.render import render

        digest = await store.call(_story_call(lambda s: s.digest(story_id)), settings.timeout_s)
        return Response(render(digest, "json"), media_type="application/json")

    @app.get(
        "/v1/stories/{story_id}/diff",
        response_model=DiffOut,
        responses={401: ERRORS[401], 404: {"model": ErrorOut}, 503: ERRORS[503]},
        dependencies=read_guard,
    )
    async def story_diff(
        story_id: str, from_version: int | None = Query(default=None, ge=1)
    ) -> DiffOut:
        """What changed since the previous digest version (or since ``from_version``)."""
        d = await store.call(
            _story_call(lambda s: s.diff(story_id, from_version)), settings.timeout_s
        )
        return DiffOut.model_validate(asdict(d))

    @app.get("/v1/messages", response_model=MessagesOut)
    async def messages(
        language: str = Query(default="id", pattern="^(id|en)$", description="id or en."),
    ) -> MessagesOut:
        """The web page's words and the digest labels in one language, from the message
        catalogue the renderers use (msgid → text; plurals as [singular, plural])."""
        from ringkas.i18n import CALENDAR, CONFLICT_PATTERNS, NOTE_PATTERNS, NOTE_WORDS, catalogue

        return MessagesOut(
            language=language,
            messages=catalogue(language),
            notes=[[pattern, msgid] for pattern, msgid in NOTE_PATTERNS],
            note_words=list(NOTE_WORDS),
            conflicts=[[pattern, msgid] for pattern, msgid in CONFLICT_PATTERNS],
            calendar={} if language == "id" else dict(CALENDAR),
        )

    @app.get("/", include_in_schema=False)
    async def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", headers=_PAGE_HEADERS)

    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    app.add_middleware(NoSniff)

    return app


# The page runs only its own script: even if article text ever reached the DOM as markup, an
# injected <script> or inline handler would not run.
_PAGE_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; "
    "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    "Referrer-Policy": "no-referrer",
}


def app_from_env() -> FastAPI:
    """uvicorn factory (``ringkas serve`` passes its options through RINGKAS_* variables). The
    server is a long-running process of its own: its garbage collector is tuned here, not in
    ``create_app``, which tests and embedding programs call in their own processes."""
    app = create_app(Settings.from_env())
    _steady_gc()
    return app
