"""The story store: one story per event, the same digest as summarize, duplicates, reprints,
revisions, digest versions and diffs, recluster, BCubed."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import EXAMPLES, SEED_DIR
from ringkas.cli import app
from ringkas.errors import InputError, StoreError
from ringkas.graph import components
from ringkas.ingest import load
from ringkas.model import Article
from ringkas.pipeline import summarize
from ringkas.render import to_json_dict
from ringkas.stories import service as service_module
from ringkas.stories.assign import Assigner, bcubed
from ringkas.stories.dedupe import content_hash
from ringkas.stories.service import StoryService

UNRELATED = Path(__file__).parent / "fixtures" / "stories" / "unrelated.jsonl"


@pytest.fixture
def service(tmp_path: Path) -> StoryService:
    return StoryService(tmp_path / "s.db")


def _events(service: StoryService) -> dict[str, set[str]]:
    rows = service.conn.execute("SELECT story_id, id FROM articles ORDER BY seq").fetchall()
    out: dict[str, set[str]] = {}
    for story, article in rows:
        out.setdefault(story, set()).add(article)
    return out


def test_one_story_per_event_and_same_digest_as_summarize(service: StoryService) -> None:
    seed = load([str(SEED_DIR)]).articles
    example = load([str(EXAMPLES / "gempa-sukabumi")]).articles
    unrelated = load([str(UNRELATED)]).articles
    report = service.ingest([*seed, *unrelated[:3], *example, *unrelated[3:]], batch_size=4)
    assert report.new == 16 and report.duplicate == 0
    groups = sorted(sorted(g) for g in _events(service).values())
    expected = sorted(
        [
            sorted(a.id for a in seed),
            sorted(a.id for a in example),
            ["kereta-1", "kereta-2"],
            ["cabai-1", "cabai-2"],
            ["timnas-1", "timnas-2"],
        ]
    )
    assert groups == expected
    seed_story = next(s for s, ids in _events(service).items() if "001_304415f2230040b9" in ids)
    assert to_json_dict(service.digest(seed_story)) == to_json_dict(summarize(seed))
    rows = {r.id: r for r in service.stories()}
    assert rows[seed_story].articles == 5 and rows[seed_story].digest_version >= 1
    assert [r.id for r in service.stories(min_outlets=3)] and all(
        len(r.outlets) >= 3 for r in service.stories(min_outlets=3)
    )


def test_reingest_is_a_noop_and_reprints_are_counted(service: StoryService) -> None:
    seed = load([str(SEED_DIR)]).articles
    service.ingest(seed)
    again = service.ingest(seed)
    assert (again.new, again.duplicate) == (0, 5)
    original = seed[2]
    reprint = replace(
        original,
        id="wire-copy",
        outlet="koranlain.id",
        body=original.body.replace("Pemimpin Korea Utara,", "Pemimpin Korut,", 1) + "\n\n(ant)",
    )
    report = service.ingest([reprint])
    assert report.reprint == 1 and report.new == 0
    row = service.conn.execute(
        "SELECT reprint_of, story_id FROM articles WHERE id = 'wire-copy'"
    ).fetchone()
    assert row[0] is not None
    assert "wire-copy" not in {a.id for a in service.articles(row[1])}
    (listed,) = [r for r in service.stories() if r.id == row[1]]
    assert (listed.articles, listed.reprints) == (5, 1)


def test_same_url_new_text_is_a_revision(service: StoryService) -> None:
    (first,) = load([str(UNRELATED)]).articles[:1]
    service.ingest([first])
    updated = replace(first, body=first.body + "\n\nPenambahan jadwal berlaku hingga akhir tahun.")
    report = service.ingest([updated])
    assert report.revised == 1 and report.new == 0
    assert service.conn.execute("SELECT COUNT(*) FROM revisions").fetchone()[0] == 1
    (stored,) = service.articles(report.stories_touched[0])
    assert stored.body.endswith("akhir tahun.")


def test_digest_versions_and_diff(service: StoryService) -> None:
    seed = load([str(SEED_DIR)]).articles
    service.ingest(seed[:2])
    story = service.stories()[0].id
    service.ingest(seed[2:])
    assert service.digest_versions(story) == (1, 2)
    d = service.diff(story)
    assert (d.from_version, d.to_version) == (1, 2)
    assert {"fajar.co.id", "suara.com", "bisnis.com"} <= set(d.new_outlets)
    assert d.new_conflicts  # the date errors arrive with suara.com and bisnis.com
    with pytest.raises(InputError):
        service.diff("s-none")


def test_recluster_keeps_events_together(service: StoryService) -> None:
    service.ingest([*load([str(SEED_DIR)]).articles, *load([str(UNRELATED)]).articles])
    before = sorted(sorted(g) for g in _events(service).values())
    assert service.recluster() == 4
    assert sorted(sorted(g) for g in _events(service).values()) == before


def test_bad_store_file_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match=r"bad\.db"):
        StoryService(bad)


def test_bcubed_and_components() -> None:
    assert bcubed(["a", "a", "b"], ["x", "x", "y"]) == (1.0, 1.0, 1.0)
    p, r, f = bcubed(["a", "a", "a"], ["x", "x", "y"])
    assert r == 1.0 and p == pytest.approx(5 / 9) and f == pytest.approx(2 * p / (p + 1))
    assert components(4, [(0, 1), (2, 3), (1, 3)]) == [0, 0, 0, 0]
    assert content_hash("A  b") == content_hash("a b")


def test_cli_ingest_list_show_diff(tmp_path: Path) -> None:
    db = str(tmp_path / "c.db")
    runner = CliRunner()
    result = runner.invoke(app, ["ingest", str(SEED_DIR), "--db", db])
    assert result.exit_code == 0, result.output
    assert "new 5 · duplicate 0" in result.stdout
    listed = json.loads(
        runner.invoke(app, ["stories", "list", "--db", db, "--format", "json"]).stdout
    )
    (story,) = listed
    shown = runner.invoke(app, ["stories", "show", story["id"], "--db", db, "-f", "json"])
    assert json.loads(shown.stdout)["schema"] == "ringkas.digest/2"
    assert runner.invoke(app, ["stories", "diff", story["id"], "--db", db]).exit_code == 0
    missing = runner.invoke(app, ["stories", "show", "nope", "--db", db])
    assert missing.exit_code == 1 and "no such story" in missing.stderr


def test_a_story_of_untitled_bodies_is_listed_by_its_digests_heading(tmp_path: Path) -> None:
    """s30: a feed of bodies alone (no title, no outlet, as JSONL exports often are) listed no
    story at all (no outlet counted), a titled feed's stories with no title, and a narrow table
    cut the story id a user needs for `stories show`."""
    db = str(tmp_path / "t.db")
    feed = tmp_path / "bodies.jsonl"
    rows = [json.loads(line) for line in UNRELATED.read_text(encoding="utf-8").splitlines()]
    feed.write_text(
        "".join(json.dumps({"id": r["id"], "text": r["text"]}) + "\n" for r in rows[:2]),
        encoding="utf-8",
    )
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(feed), "--db", db]).exit_code == 0
    (story,) = json.loads(
        runner.invoke(app, ["stories", "list", "--db", db, "--format", "json"]).stdout
    )
    with StoryService(db) as service:
        heading = service.digest(story["id"]).title
    assert heading and story["title"] == heading  # the digest's: its summary's first sentence
    assert story["outlets"] == ["kereta-1", "kereta-2"]  # no outlet known: each article its own
    table = runner.invoke(app, ["stories", "list", "--db", db], env={"COLUMNS": "60"}).stdout
    assert story["id"] in table and "…" in table  # the id whole, the heading shortened


def test_cli_ingest_without_digests_computes_them_on_demand(tmp_path: Path) -> None:
    db = str(tmp_path / "n.db")
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(SEED_DIR), "--db", db, "--no-digests"]).exit_code == 0
    with StoryService(db) as service:
        assert service.conn.execute("SELECT COUNT(*) FROM digest_versions").fetchone()[0] == 0
        (row,) = service.stories()
        assert row.digest_version == 0 and service.digest(row.id).sentences


def test_two_writers_on_one_store_share_stories(tmp_path: Path) -> None:
    """An API worker and a CLI (two processes, here two services) writing one store: each
    catches up with the other's articles before assigning, so an event stays one story."""
    seed = sorted(load([str(SEED_DIR)]).articles, key=lambda a: a.id)
    first, second = StoryService(tmp_path / "s.db"), StoryService(tmp_path / "s.db")
    try:
        first.ingest(seed[:3])
        second.ingest(seed[3:])
        assert len(_events(second)) == 1
        first.ingest(load([str(EXAMPLES / "gempa-sukabumi")]).articles)
        assert len(_events(first)) == 2
    finally:
        first.close()
        second.close()


def _assignments(service: StoryService) -> list[tuple[str, str, int | None]]:
    return service.conn.execute(
        "SELECT id, story_id, reprint_of FROM articles ORDER BY seq"
    ).fetchall()


def _two_halves() -> tuple[list[Article], list[Article]]:
    seed = load([str(SEED_DIR)]).articles
    example = load([str(EXAMPLES / "gempa-sukabumi")]).articles
    unrelated = load([str(UNRELATED)]).articles
    return [*seed[:3], *unrelated[:3]], [*seed[3:], *example, *unrelated[3:]]


def _one_run_and_a_first_half(
    tmp_path: Path,
) -> tuple[list[Article], list[tuple[str, str, int | None]]]:
    """Ingest both halves into one.db (the expected assignments) and only the first into
    two.db; returns the second half and the expected assignments."""
    first, rest = _two_halves()
    with StoryService(tmp_path / "one.db") as one:
        one.ingest([*first, *rest], batch_size=4, digests=False)
        expected = _assignments(one)
    with StoryService(tmp_path / "two.db") as two:
        two.ingest(first, batch_size=4, digests=False)
    return rest, expected


def test_reopened_store_starts_from_its_snapshot_and_assigns_as_one_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rest, expected = _one_run_and_a_first_half(tmp_path)
    conn = sqlite3.connect(tmp_path / "two.db")
    seen = conn.execute("SELECT seen FROM assigner_state").fetchone()[0]
    last = conn.execute("SELECT MAX(seq) FROM articles WHERE reprint_of IS NULL").fetchone()[0]
    conn.close()
    assert seen == last

    def replayed(*args: object, **kwargs: object) -> None:
        raise AssertionError("opening a store with a current snapshot replayed an article")

    with monkeypatch.context() as patch:
        patch.setattr(Assigner, "add", replayed)
        reopened = StoryService(tmp_path / "two.db")
    with reopened:
        reopened.ingest(rest, batch_size=4, digests=False)
        assert _assignments(reopened) == expected


@pytest.mark.parametrize(
    "change",
    [
        "UPDATE assigner_state SET fingerprint = 'other code'",
        "UPDATE assigner_state SET state = X'00112233'",
        "DELETE FROM assigner_state",
    ],
)
def test_a_stale_or_unreadable_snapshot_is_replaced_by_a_replay(
    tmp_path: Path, change: str
) -> None:
    rest, expected = _one_run_and_a_first_half(tmp_path)
    conn = sqlite3.connect(tmp_path / "two.db")
    conn.execute(change)
    conn.commit()
    conn.close()
    with StoryService(tmp_path / "two.db") as reopened:
        reopened.ingest(rest, batch_size=4, digests=False)
        assert _assignments(reopened) == expected


def test_a_reprint_does_not_make_a_new_digest_version(service: StoryService) -> None:
    seed = load([str(SEED_DIR)]).articles
    service.ingest(seed)
    story = service.stories()[0].id
    assert service.digest_versions(story) == (1,)
    original = seed[2]
    reprint = replace(original, id="wire-copy", body=original.body + "\n\n(ant)")
    report = service.ingest([reprint])
    assert report.reprint == 1 and report.stories_touched == (story,)
    assert service.digest_versions(story) == (1,)


def test_reprints_are_looked_for_among_the_recent_articles_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed = load([str(SEED_DIR)]).articles
    unrelated = load([str(UNRELATED)]).articles
    original = seed[2]
    reprint = replace(original, id="wire-copy", body=original.body + "\n\n(ant)")
    monkeypatch.setattr(service_module, "REPRINT_HORIZON", 3)
    with StoryService(tmp_path / "near.db") as near:
        report = near.ingest([original, *unrelated[:2], reprint], batch_size=2, digests=False)
        assert (report.new, report.reprint) == (3, 1)
    with StoryService(tmp_path / "far.db") as far:
        report = far.ingest([original, *unrelated[:6], reprint], batch_size=2, digests=False)
        assert (report.new, report.reprint) == (8, 0)


def test_signature_is_datasketchs_minhash_bit_for_bit() -> None:
    """dedupe.signature computes datasketch's MinHash itself (faster); stored signatures and the
    batch engines depend on the values staying the same."""
    from datasketch import MinHash

    from ringkas.stories.dedupe import shingles, signature

    texts = [a.body for a in load([str(SEED_DIR)]).articles] + ["", "satu", "satu dua tiga"]
    for text in texts:
        minhash = MinHash(num_perm=64, seed=1)
        minhash.update_batch(sorted(shingles(text)))
        assert signature(text).tolist() == minhash.hashvalues.tolist()


def test_a_failed_batch_leaves_no_trace_in_the_assigner(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A batch that fails is rolled back in the store; the assigner it had already moved (and a
    snapshot written from it later) must not keep its articles either."""
    first, rest = _two_halves()
    with StoryService(tmp_path / "one.db") as one:
        one.ingest(first, batch_size=100, digests=False)
        one.ingest(rest, batch_size=100, digests=False)
        expected, docs, df = _assignments(one), one.assigner.docs, dict(one.assigner.df)
    real = service_module.dedupe.signature

    def broken(text: str) -> object:
        if text == rest[-1].body:
            raise RuntimeError("disk on fire")
        return real(text)

    with StoryService(tmp_path / "two.db") as two:
        two.ingest(first, batch_size=100, digests=False)
        monkeypatch.setattr(service_module.dedupe, "signature", broken)
        with pytest.raises(RuntimeError):
            two.ingest(rest, batch_size=100, digests=False)
        monkeypatch.setattr(service_module.dedupe, "signature", real)
        two.ingest(rest, batch_size=100, digests=False)
        assert _assignments(two) == expected
        assert (two.assigner.docs, dict(two.assigner.df)) == (docs, df)


def test_ingest_stores_an_uncertain_page_and_does_not_count_it_rejected(tmp_path: Path) -> None:
    """A page whose body the cleaner doubts is stored with a warning, not counted as rejected
    (the count said "rejected 1" while the article was stored)."""
    menu = "\n".join(
        f"Kanal Berita {w}"
        for w in "Nasional Ekonomi Olahraga Hiburan Teknologi Otomotif Wisata Kuliner Hukum".split()
    )
    prose = (
        "Warga desa di lereng gunung bergotong royong membersihkan saluran air yang tersumbat "
        "lumpur sejak Senin pagi."
    )
    page = tmp_path / "page.txt"
    page.write_text(f"{menu}\n{prose}\n{menu}\n{menu}\n{menu}\n", encoding="utf-8")
    db = str(tmp_path / "s.db")
    result = CliRunner().invoke(app, ["ingest", str(page), "--db", db, "--no-digests"])
    assert result.exit_code == 0, result.output
    assert f"warning: {page}: article body uncertain" in result.stderr
    assert "rejected: " not in result.stderr
    assert "new 1 ·" in result.stdout and "rejected 0" in result.stdout
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT body FROM articles").fetchall() == [(prose,)]


def test_ingest_detects_english_for_the_store(tmp_path: Path) -> None:
    """English articles are stored (and grouped) as English, not under the default "id"."""
    en = tmp_path / "en.txt"
    en.write_text(
        "The city council approved a new flood barrier on Monday after weeks of debate among "
        "residents. The barrier will cost twelve million pounds and take two years to build.\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "s.db")
    result = CliRunner().invoke(app, ["ingest", str(en), str(SEED_DIR), "--db", db])
    assert result.exit_code == 0, result.output
    with sqlite3.connect(db) as conn:
        languages = [r[0] for r in conn.execute("SELECT language FROM articles ORDER BY seq")]
    assert languages[0] == "en" and set(languages[1:]) == {"id"}


def test_a_long_ingest_digests_a_growing_story_after_the_lag_and_current_at_the_end(
    service: StoryService, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One article per batch: the story grows in five batches; with a lag of 2 articles it is
    digested once on the way (after the third) and once when ingest returns, not five times."""
    seed = load([str(SEED_DIR)]).articles
    monkeypatch.setattr(service_module, "DIGEST_LAG", 2)
    service.ingest(seed, batch_size=1)
    (story,) = {r.id for r in service.stories()}
    assert service.digest_versions(story) == (1, 2)
    first = service._version(story, 1)
    assert len(first["sources"]) == 3
    assert service._version(story, 2) == to_json_dict(summarize(seed))
    assert service.conn.execute("SELECT COUNT(*) FROM digest_pending").fetchone()[0] == 0


def test_a_digest_left_waiting_by_a_failed_ingest_is_made_by_the_next_one(
    tmp_path: Path,
) -> None:
    seed = load([str(SEED_DIR)]).articles
    calls = []

    def fail_second(outcomes: object) -> None:
        calls.append(outcomes)
        if len(calls) == 2:
            raise RuntimeError("disk on fire")

    with StoryService(tmp_path / "s.db") as first:
        with pytest.raises(RuntimeError):
            first.ingest(seed, batch_size=3, on_batch=fail_second)
        (story,) = {r.id for r in first.stories()}
        assert first.digest_versions(story) == ()  # waiting: the lag is far away
        waiting = first.conn.execute("SELECT story_id FROM digest_pending").fetchall()
        assert waiting == [(story,)]
    with StoryService(tmp_path / "s.db") as second:
        second.ingest([])
        assert second.digest_versions(story) == (1,)
        assert second._version(story, 1) == to_json_dict(summarize(seed[:3]))
        assert second.conn.execute("SELECT COUNT(*) FROM digest_pending").fetchone()[0] == 0


def test_reprint_index_finds_what_the_band_key_log_found() -> None:
    """The in-memory index (numpy keys, recent additions, forgetting) ranks the same candidates
    as the old SQL over ``dedupe.band_keys``: most shared bands first, earliest on ties, only
    originals after ``low``."""
    import random

    import numpy as np

    from ringkas.stories import dedupe

    rng = random.Random(3)
    base = [
        np.array([rng.randrange(1 << 32) for _ in range(64)], dtype=np.uint64) for _ in range(40)
    ]
    sigs = {}
    for seq in range(1, 401):  # variants of a few bases: many sharers per band, some template-like
        sig = base[rng.randrange(len(base))].copy()
        for band in rng.sample(range(dedupe.BANDS), rng.randrange(dedupe.BANDS + 1)):
            sig[band * 4 + rng.randrange(4)] = rng.randrange(1 << 32)
        sigs[seq] = sig
    recent = service_module._RecentOriginals()
    recent.add_many(list(range(1, 201)), [sigs[s].tobytes() for s in range(1, 201)])
    for seq in range(201, 301):
        recent.add(seq, sigs[seq])
    recent.forget(120)
    recent.add_many(list(range(301, 401)), [sigs[s].tobytes() for s in range(301, 401)])
    keys = {seq: set(dedupe.band_keys(sig)) for seq, sig in sigs.items()}

    def check(low: int) -> None:
        for probe in rng.sample(sorted(sigs), 60):
            shared = {s: len(keys[probe] & keys[s]) for s in sigs if s > low}
            expected = sorted((s for s, n in shared.items() if n), key=lambda s: (-shared[s], s))
            assert recent.candidates(sigs[probe], 7) == expected[:7]
            assert recent.candidates(sigs[probe], 500) == expected
        assert sorted(recent.signatures) == list(range(low + 1, 401))

    check(120)
    recent.forget(250)  # originals read back, added one by one, and added after a forget
    check(250)
    recent.forget(400)
    assert not recent.index and not recent.signatures and not recent.band_keys


def test_migration_5_keeps_the_originals_signatures(tmp_path: Path) -> None:
    from ringkas.stories import store

    conn = sqlite3.connect(tmp_path / "old.db", isolation_level=None)
    for script in store.MIGRATIONS[:4]:
        store._run(conn, script)
    conn.execute("PRAGMA user_version = 4")
    row = "INSERT INTO articles (id, content_hash, ingested_at, body, story_id, reprint_of, signature) VALUES (?, ?, '', '', 's1', ?, ?)"
    conn.execute(row, ("a", "h1", None, b"\x01" * 8))
    conn.execute(row, ("b", "h2", 1, b"\x02" * 8))
    conn.execute(row, ("c", "h3", None, b"\x03" * 8))
    conn.execute("INSERT INTO band_keys (key, seq) VALUES ('0:ab', 1)")
    conn.close()
    migrated = store.open_store(tmp_path / "old.db")
    assert migrated.execute(
        "SELECT seq, signature FROM original_signatures ORDER BY seq"
    ).fetchall() == [
        (1, b"\x01" * 8),
        (3, b"\x03" * 8),
    ]
    tables = {r[0] for r in migrated.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "band_keys" not in tables and "digest_pending" in tables
