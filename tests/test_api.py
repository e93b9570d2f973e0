"""The HTTP API: same digest as the CLI, every error path answered with the right status and a
JSON error body, the store endpoints, and a trace never leaking. `ringkas serve --workers N`
computes digests in a pool of processes every connection shares: the same bytes and errors as
the server's threads, and a pool that outlives a process that dies."""

from __future__ import annotations

import json
import os
import signal
import threading
import time
from pathlib import Path
from typing import Any

import psutil
import pytest
from fastapi.testclient import TestClient

from ringkas.api import app as api
from ringkas.api.app import Settings, create_app
from ringkas.config import Config
from ringkas.ingest import load
from ringkas.pipeline import summarize
from ringkas.render import render


def seed_articles(seed_dir: Path) -> list[dict[str, Any]]:
    return [
        {"id": p.stem, "text": p.read_text(encoding="utf-8")}
        for p in sorted(seed_dir.glob("*.txt"))
    ]


@pytest.fixture()
def client(tmp_path: Path) -> TestClient:
    settings = Settings(
        db=str(tmp_path / "s.db"), max_body_bytes=400_000, max_articles=8, max_article_chars=60_000
    )
    with TestClient(create_app(settings), raise_server_exceptions=False) as c:
        yield c  # type: ignore[misc]


def assert_error(response: Any, status: int, code: str | None = None) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}
    assert body["error"]["message"]
    assert "Traceback" not in response.text and 'File "' not in response.text
    if code:
        assert body["error"]["code"] == code
    return dict(body["error"])


def test_digest_is_the_cli_json(client: TestClient, seed_dir: Path) -> None:
    response = client.post("/v1/digest", json={"articles": seed_articles(seed_dir), "words": 120})
    assert response.status_code == 200
    expected = render(summarize(load([str(seed_dir)]).articles, Config(words=120)), "json")
    # The CLI names articles by file; the API by the ids posted (the same stems here).
    assert json.loads(response.text)["summary"] == json.loads(expected)["summary"]
    data = response.json()
    assert data["schema"] == "ringkas.digest/2"
    assert data["words"] <= 120
    for sentence in data["summary"]:
        assert sentence["supports"]
        for support in sentence["supports"]:
            body = next(
                s["body"] for s in data["sources"] if s["article_id"] == support["article_id"]
            )
            start, end = support["span"]
            assert 0 <= start < end <= len(body)
    described = " ".join(c["description"] for c in data["conflicts"])
    assert "Kamis (25/2)" in described and "Rabu (24/3/2019)" in described


def test_digest_schema_and_openapi(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert {
        "/v1/digest",
        "/v1/articles",
        "/v1/stories",
        "/v1/stories/{story_id}",
        "/healthz",
    } <= set(spec["paths"])
    post = spec["paths"]["/v1/digest"]["post"]
    assert {"413", "422", "503"} <= set(post["responses"])
    request_schema = spec["components"]["schemas"]["DigestRequest"]
    assert request_schema.get("examples"), "the request body documents an example"
    assert client.get("/healthz").json()["status"] == "ok"


@pytest.mark.parametrize(
    ("payload", "status", "code"),
    [
        (b"{not json", 422, "invalid_request"),
        (b"[]", 422, "invalid_request"),
        (b'{"articles": []}', 422, "invalid_request"),
        (b'{"articles": [{"text": 5}]}', 422, "invalid_request"),
        (b'{"articles": [{"text": "a"}], "words": "many"}', 422, "invalid_request"),
        (b'{"articles": [{"text": "a"}], "words": 3}', 422, "invalid_request"),
        (b'{"articles": [{"text": "a", "html": "<p>b</p>"}]}', 422, "invalid_request"),
        (b'{"articles": [{"text": "   "}]}', 422, "invalid_request"),
        (b'{"articles": [{"text": "a"}], "surprise": 1}', 422, "invalid_request"),
        (b'{"articles": [{"text": "Satu kalimat."}], "method": "nope"}', 422, "invalid_input"),
    ],
)
def test_bad_requests(client: TestClient, payload: bytes, status: int, code: str) -> None:
    response = client.post(
        "/v1/digest", content=payload, headers={"Content-Type": "application/json"}
    )
    assert_error(response, status, code)


def test_limits(client: TestClient) -> None:
    big = {"articles": [{"text": "kata " * 100_000}]}
    assert_error(client.post("/v1/digest", json=big), 413, "body_too_large")
    many = {"articles": [{"text": f"Berita nomor {i} tentang banjir."} for i in range(9)]}
    assert_error(client.post("/v1/digest", json=many), 413, "too_many_articles")
    long = {"articles": [{"text": "Banjir melanda kota. " * 3_000}]}
    assert_error(client.post("/v1/digest", json=long), 413, "article_too_large")
    twice = {"articles": [{"id": "a", "text": "Satu."}, {"id": "a", "text": "Dua."}]}
    assert_error(client.post("/v1/digest", json=twice), 422, "duplicate_id")


def test_error_messages_name_articles_by_place_never_by_request_data(client: TestClient) -> None:
    """An error never echoes what the request sent (ids, dates): it names the article's place."""
    secret = "SECRET-<script>alert(1)</script>"
    twice = {
        "articles": [
            {"id": "x", "text": "Satu."},
            {"id": secret, "text": "Dua."},
            {"id": secret, "text": "Tiga."},
        ]
    }
    error = assert_error(client.post("/v1/digest", json=twice), 422, "duplicate_id")
    assert error["message"] == "articles 2 and 3 have the same id; ids must differ"
    long = {"articles": [{"id": "ok", "text": "Satu."}, {"id": secret, "text": "Banjir. " * 8_000}]}
    error = assert_error(client.post("/v1/digest", json=long), 413, "article_too_large")
    assert error["message"].startswith("article 2 has 64,000 characters; the limit is ")
    junk = {"articles": [{"id": secret, "text": "Baca Juga: Berita lain\nEditor : Budi"}]}
    error = assert_error(client.post("/v1/digest", json=junk), 422, "no_usable_article")
    assert error["message"] == "article 1: no article text left after cleaning"
    for body in (
        {"articles": [{"text": "Satu kalimat."}], "method": secret},
        {"articles": [{"text": "Satu kalimat.", secret: 1}]},
        {"articles": [{"text": "Satu kalimat."}], secret: 1},
    ):
        response = client.post("/v1/digest", json=body)
        assert response.status_code == 422 and "SECRET" not in response.text
    response = client.get("/v1/stories", params={"since": secret})
    error = assert_error(response, 422, "invalid_request")
    for message in (error["message"], response.text):
        assert "SECRET" not in message and "script" not in message


def test_body_counted_when_length_is_not_declared(client: TestClient) -> None:
    def chunks() -> Any:
        for _ in range(50):
            yield b" " * 10_000  # 500 kB, no Content-Length: sent chunked

    response = client.post(
        "/v1/digest", content=chunks(), headers={"Content-Type": "application/json"}
    )
    assert_error(response, 413, "body_too_large")


def test_chunked_over_limit_message_is_a_sentence_not_request_data(client: TestClient) -> None:
    def chunks() -> Any:
        for _ in range(50):
            yield b'{"articles": "SECRET-PAYLOAD"}' + b" " * 10_000  # no Content-Length

    response = client.post(
        "/v1/digest", content=chunks(), headers={"Content-Type": "application/json"}
    )
    error = assert_error(response, 413, "body_too_large")
    assert error["message"] == "request body over the limit of 400,000 bytes"
    assert "SECRET" not in response.text and "http.request" not in response.text
    assert len(response.content) < 200


def test_unusable_articles(client: TestClient, seed_dir: Path) -> None:
    boiler = {"id": "junk", "text": "Baca Juga: Berita lain\nEditor : Budi"}
    response = client.post("/v1/digest", json={"articles": [boiler]})
    assert_error(response, 422, "no_usable_article")
    # One bad article never loses the others: it becomes a warning.
    articles = [*seed_articles(seed_dir)[:2], boiler]
    data = client.post("/v1/digest", json={"articles": articles}).json()
    assert data["summary"] and any("junk" in w for w in data["warnings"])


def test_timeout_is_503(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    gate = threading.Event()
    finished = threading.Event()

    def slow(request: Any, settings: Any) -> str:
        gate.wait()  # until the test lets it go: the work ends only after the answer
        finished.set()
        return "{}"

    monkeypatch.setattr(api, "_digest_json", slow)
    app = create_app(Settings(db=str(tmp_path / "s.db"), timeout_s=0.2))
    with TestClient(app, raise_server_exceptions=False) as c:
        response = c.post("/v1/digest", json={"articles": [{"text": "Banjir melanda kota."}]})
        answered_before_the_work_ended = not finished.is_set()
        gate.set()
    assert_error(response, 503, "timeout")
    assert answered_before_the_work_ended  # answered at the limit, not when the work ended


def test_internal_error_hides_the_trace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(request: Any, settings: Any) -> str:
        raise RuntimeError("secret detail /etc/passwd")

    monkeypatch.setattr(api, "_digest_json", broken)
    with TestClient(
        create_app(Settings(db=str(tmp_path / "s.db"))), raise_server_exceptions=False
    ) as c:
        response = c.post("/v1/digest", json={"articles": [{"text": "Banjir melanda kota."}]})
    error = assert_error(response, 500, "internal")
    assert "secret" not in error["message"]


def test_stories_endpoints(client: TestClient, seed_dir: Path) -> None:
    example = Path(__file__).resolve().parents[1] / "examples" / "gempa-sukabumi"
    posted = [
        *seed_articles(seed_dir),
        *(
            {"id": p.stem, "text": p.read_text(encoding="utf-8")}
            for p in sorted(example.glob("*.txt"))
        ),
    ]
    report = client.post("/v1/articles", json={"articles": posted[:8]}).json()
    assert report["new"] == 8 and report["rejected"] == []
    again = client.post("/v1/articles", json={"articles": posted[:2]}).json()
    assert again["duplicate"] == 2 and again["new"] == 0
    stories = client.get("/v1/stories").json()
    assert len(stories) == 2
    seed_story = next(s for s in stories if s["articles"] == 5)
    digest = client.get(f"/v1/stories/{seed_story['id']}").json()
    assert digest["schema"] == "ringkas.digest/2" and len(digest["sources"]) == 5
    diff = client.get(f"/v1/stories/{seed_story['id']}/diff").json()
    assert diff["story_id"] == seed_story["id"]
    assert client.get("/v1/stories", params={"min_outlets": 4}).json()[0]["id"] == seed_story["id"]
    assert_error(client.get("/v1/stories/no-such-story"), 404, "no_such_story")
    assert_error(client.get("/v1/stories/no-such-story/diff"), 404, "no_such_story")
    assert_error(client.get("/v1/stories", params={"min_outlets": 0}), 422)


def test_page_is_served_with_a_strict_policy(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and "<textarea" in page.text
    policy = page.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert client.get("/static/app.js").status_code == 200
    script = client.get("/static/app.js").text
    assert "innerHTML" not in script.replace("never innerHTML", "")


def test_settings_from_env() -> None:
    settings = Settings.from_env({"RINGKAS_MAX_ARTICLES": "3", "RINGKAS_TIMEOUT_S": "1.5"})
    assert settings.max_articles == 3 and settings.timeout_s == 1.5
    assert Settings.from_env(settings.to_env()) == settings


def _app_with_token(tmp_path: Path, token_for_all: bool = False) -> TestClient:
    settings = Settings(
        db=str(tmp_path / "s.db"), token="s3cret-token", token_for_all=token_for_all
    )
    return TestClient(create_app(settings), raise_server_exceptions=False)


def test_writes_need_the_bearer_token(tmp_path: Path) -> None:
    one = {"articles": [{"id": "a", "text": "Banjir melanda kota Bandung pada Senin pagi ini."}]}
    with _app_with_token(tmp_path) as c:
        for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": "s3cret-token"}):
            response = c.post("/v1/articles", json=one, headers=headers)
            error = assert_error(response, 401, "unauthorized")
            assert "s3cret" not in error["message"] and "wrong" not in error["message"]
            assert response.headers["www-authenticate"] == "Bearer"
        ok = c.post("/v1/articles", json=one, headers={"Authorization": "Bearer s3cret-token"})
        assert ok.status_code == 200 and ok.json()["new"] == 1
        # Reads and the pure digest stay open.
        assert c.get("/v1/stories").status_code == 200
        assert c.post("/v1/digest", json=one).status_code == 200
        assert c.get("/healthz").status_code == 200
        spec = c.get("/openapi.json").json()
    schemes = spec["components"]["securitySchemes"]
    assert {"type": "http", "scheme": "bearer"}.items() <= next(iter(schemes.values())).items()
    assert spec["paths"]["/v1/articles"]["post"]["security"]
    assert "security" not in spec["paths"]["/v1/digest"]["post"]
    assert "401" in spec["paths"]["/v1/articles"]["post"]["responses"]


def test_token_for_all_guards_reads_too(tmp_path: Path) -> None:
    one = {"articles": [{"id": "a", "text": "Banjir melanda kota Bandung pada Senin pagi ini."}]}
    auth = {"Authorization": "Bearer s3cret-token"}
    with _app_with_token(tmp_path, token_for_all=True) as c:
        assert_error(c.get("/v1/stories"), 401, "unauthorized")
        assert_error(c.post("/v1/digest", json=one), 401, "unauthorized")
        assert c.get("/v1/stories", headers=auth).status_code == 200
        assert c.post("/v1/digest", json=one, headers=auth).status_code == 200
        assert c.get("/healthz").status_code == 200
        spec = c.get("/openapi.json").json()
    assert spec["paths"]["/v1/digest"]["post"]["security"]


def test_token_compared_in_constant_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[tuple[bytes, bytes]] = []
    real = api.hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        seen.append((a, b))
        return real(a, b)

    monkeypatch.setattr(api.hmac, "compare_digest", spy)
    with _app_with_token(tmp_path) as c:
        c.post("/v1/articles", json={"articles": []}, headers={"Authorization": "Bearer x"})
    assert seen == [(b"x", b"s3cret-token")]


@pytest.mark.parametrize(
    ("args", "env", "refused"),
    [
        (["--host", "0.0.0.0"], {}, True),
        (["--host", "0.0.0.0", "--insecure"], {}, False),
        (["--host", "0.0.0.0", "--token", "t0ken"], {}, False),
        (["--host", "0.0.0.0"], {"RINGKAS_TOKEN": "t0ken"}, False),
        (["--host", "127.0.0.1"], {}, False),
        (["--host", "localhost"], {}, False),
        (["--host", "::1"], {}, False),
    ],
)
def test_serve_refuses_an_open_host_without_a_token(
    args: list[str], env: dict[str, str], refused: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    import uvicorn
    from typer.testing import CliRunner

    from ringkas.cli import app as cli_app

    started: list[dict[str, Any]] = []
    monkeypatch.setattr(uvicorn, "run", lambda *a, **k: started.append(k))
    monkeypatch.setattr(
        os, "environ", {k: v for k, v in os.environ.items() if k != "RINGKAS_TOKEN"}
    )
    result = CliRunner().invoke(cli_app, ["serve", *args], env=env)
    if refused:
        assert result.exit_code == 2 and not started
        assert "--token" in result.output and "--insecure" in result.output
        assert "Traceback" not in result.output
    else:
        assert result.exit_code == 0, result.output
        assert len(started) == 1


@pytest.fixture()
def pooled(tmp_path: Path) -> Any:
    settings = Settings(db=str(tmp_path / "s.db"), processes=1, cache_size=0)
    with TestClient(create_app(settings), raise_server_exceptions=False) as c:
        yield c


def _digest_processes() -> list[psutil.Process]:
    """This test process's children but multiprocessing's resource tracker."""
    return [
        p
        for p in psutil.Process().children(recursive=True)
        if "resource_tracker" not in " ".join(p.cmdline())
    ]


def test_a_digest_process_answers_as_the_threads_do(
    pooled: TestClient, tmp_path: Path, seed_dir: Path
) -> None:
    body = {"articles": seed_articles(seed_dir), "words": 120}
    threads = Settings(db=str(tmp_path / "t.db"), cache_size=0)
    with TestClient(create_app(threads)) as c:
        expected = c.post("/v1/digest", json=body)
    response = pooled.post("/v1/digest", json=body)
    assert response.status_code == 200 and expected.status_code == 200
    assert response.content == expected.content
    assert response.headers["x-content-type-options"] == "nosniff"
    assert _digest_processes(), "no digest process was started"


def test_errors_cross_back_from_a_digest_process(pooled: TestClient) -> None:
    twice = {"articles": [{"id": "a", "text": "Satu."}, {"id": "a", "text": "Dua."}]}
    error = assert_error(pooled.post("/v1/digest", json=twice), 422, "duplicate_id")
    assert error["message"] == "articles 1 and 2 have the same id; ids must differ"
    english = {"articles": [{"text": "The cat sat on the mat."}], "language": "id"}
    error = assert_error(pooled.post("/v1/digest", json=english), 422, "invalid_input")
    assert "Indonesian" in error["message"]


def test_a_process_that_dies_idle_is_replaced_and_no_request_fails(
    pooled: TestClient, seed_dir: Path
) -> None:
    body = {"articles": seed_articles(seed_dir)[:2], "words": 60}
    first = pooled.post("/v1/digest", json=body)
    assert first.status_code == 200
    (child,) = _digest_processes()
    child.send_signal(signal.SIGKILL)
    child.wait(30)
    again = pooled.post("/v1/digest", json=body)  # the pool saw it end, and started another
    assert again.status_code == 200 and again.content == first.content
    (replacement,) = _digest_processes()
    assert replacement.pid != child.pid


def _serve_or_die(conn: Any) -> None:
    """A digest process that dies holding any request for 13 words (spawned by the pool in place
    of api._serve_digests, from this module)."""
    while True:
        request, settings = api._read_message(conn)
        if request.words == 13:
            os._exit(3)
        conn.sendall(api._message(api._digest_outcome(request, settings)))


def test_a_process_that_dies_holding_a_request_fails_only_that_request(
    tmp_path: Path, seed_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(api, "_serve_digests", _serve_or_die)
    settings = Settings(db=str(tmp_path / "s.db"), processes=1, cache_size=0)
    body = {"articles": seed_articles(seed_dir)[:2], "words": 60}
    with TestClient(create_app(settings), raise_server_exceptions=False) as c:
        first = c.post("/v1/digest", json=body)
        error = assert_error(c.post("/v1/digest", json={**body, "words": 13}), 500, "internal")
        assert error["message"] == "a digest process stopped; try again"
        again = c.post("/v1/digest", json=body)
    assert first.status_code == 200 and again.content == first.content


def _serve_on_signal(conn: Any) -> None:
    """A digest process for the tests below: a request for 13 words is answered "late" only once
    the file named by $RINGKAS_TEST_FLAG exists; any other "quick", at once. No digest."""
    import time

    flag = Path(os.environ["RINGKAS_TEST_FLAG"])
    while True:
        request, _ = api._read_message(conn)
        if request.words == 13:
            while not flag.exists():
                time.sleep(0.01)
            conn.sendall(api._message(("ok", b"late")))
        else:
            conn.sendall(api._message(("ok", b"quick")))


@pytest.fixture()
def signalled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    flag = tmp_path / "go"
    monkeypatch.setenv("RINGKAS_TEST_FLAG", str(flag))
    monkeypatch.setattr(api, "_serve_digests", _serve_on_signal)
    return flag


def test_a_request_never_queues_behind_a_busy_process_while_another_is_free(
    tmp_path: Path, signalled: Path
) -> None:
    settings = Settings(db=str(tmp_path / "s.db"), processes=2, cache_size=0, timeout_s=60)
    body = {"articles": [{"text": "Satu dua tiga."}]}
    app = create_app(settings)
    with TestClient(app) as c:
        slow: list[Any] = []
        thread = threading.Thread(
            target=lambda: slow.append(c.post("/v1/digest", json={**body, "words": 13}))
        )
        thread.start()
        deadline = time.monotonic() + 60  # a bound on a wait, not a timing assertion
        while not any(w.pending for w in app.state.processes._workers):  # the slow one is in
            assert thread.is_alive() and time.monotonic() < deadline
            time.sleep(0.001)
        for _ in range(3):  # each finds the other process free (a 503 after 60 s if not)
            quick = c.post("/v1/digest", json={**body, "words": 14})
            assert quick.status_code == 200 and quick.content == b"quick"
        signalled.touch()
        thread.join(60)
    assert slow[0].status_code == 200 and slow[0].content == b"late"


def test_a_timed_out_answer_is_dropped_and_the_next_request_gets_its_own(
    tmp_path: Path, signalled: Path
) -> None:
    settings = Settings(db=str(tmp_path / "s.db"), processes=1, cache_size=0, timeout_s=3)
    body = {"articles": [{"text": "Satu dua tiga."}]}
    with TestClient(create_app(settings), raise_server_exceptions=False) as c:
        assert_error(c.post("/v1/digest", json={**body, "words": 13}), 503, "timeout")
        signalled.touch()  # the process now answers the abandoned request, then this one
        quick = c.post("/v1/digest", json={**body, "words": 14})
    assert quick.status_code == 200 and quick.content == b"quick"


def _exit_at_once(conn: Any) -> None:
    """A digest process that can never start (a broken installation's)."""
    os._exit(1)


def test_a_process_that_cannot_start_is_retried_ever_more_slowly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert [api.respawn_delay(n) for n in range(10)] == [0, 0, 1, 2, 4, 8, 16, 32, 60, 60]
    monkeypatch.setattr(api, "_serve_digests", _exit_at_once)
    started: list[float] = []
    spawn = api._Processes._spawn

    async def counted(self: Any) -> None:
        started.append(time.monotonic())
        await spawn(self)

    monkeypatch.setattr(api._Processes, "_spawn", counted)
    settings = Settings(db=str(tmp_path / "s.db"), processes=1, cache_size=0, timeout_s=60)
    with TestClient(create_app(settings), raise_server_exceptions=False) as c:
        deadline = time.monotonic() + 60  # a bound on a wait, not a timing assertion
        while len(started) < 3:
            assert time.monotonic() < deadline
            time.sleep(0.01)
        # A request fails at once (500: its process ended; 503: none is running), never waits
        # out the 60 s.
        answer = c.post("/v1/digest", json={"articles": [{"text": "Satu dua tiga."}]})
        assert (answer.status_code, answer.json()["error"]["code"]) in (
            (500, "internal"),
            (503, "unavailable"),
        )
    # The first process that ends unanswered is replaced at once; the next after a second (a
    # lower bound, which a loaded machine can only lengthen).
    assert started[2] - started[1] >= 1.0


def test_every_response_says_nosniff(tmp_path: Path) -> None:
    settings = Settings(db=str(tmp_path / "s.db"), max_body_bytes=1_000)
    with TestClient(create_app(settings), raise_server_exceptions=False) as c:
        responses = [
            c.get("/"),
            c.get("/healthz"),
            c.get("/no-such-page"),
            c.post("/v1/digest", content=b"{", headers={"Content-Type": "application/json"}),
            c.post("/v1/digest", json={"articles": [{"text": "kata " * 500}]}),  # 413
        ]
    assert [r.status_code for r in responses] == [200, 200, 404, 422, 413]
    for response in responses:
        assert response.headers["x-content-type-options"] == "nosniff"


def test_only_the_server_process_tunes_its_garbage_collector(tmp_path: Path) -> None:
    import gc
    import subprocess
    import sys

    before = gc.get_threshold()
    create_app(Settings(db=str(tmp_path / "s.db")))  # an embedding program's process: untouched
    assert gc.get_threshold() == before
    probe = (
        "import gc; from ringkas.api.app import app_from_env; app_from_env(); "
        "print(gc.get_threshold()[0], gc.get_freeze_count() > 0)"
    )
    env = {**os.environ, "RINGKAS_DB": str(tmp_path / "p.db")}
    out = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == ["5000", "True"]
