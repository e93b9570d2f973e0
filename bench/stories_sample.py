"""Stories of a real undated-or-URL-dated Indonesian stream, as a reader sees them.

``indosum-single-dev.jsonl`` (2,694 real articles, 10 outlets; dated by the URL where the URL has a
date, the rest undated) is streamed through ``ringkas ingest FEED --db DB --no-digests``; this
prints the story sizes (the largest, how many over 10 articles) and the first ``--show`` stories
reported by at least 3 outlets — ranked by outlets, then size, then story id, not picked by hand —
each with its articles' outlet, date and first line, so a reader can judge whether each is one
event.

    PYTHONPATH=src:. python -m bench.stories_sample [--show 10] [--db indosum.db]
"""

from __future__ import annotations

import argparse
import sqlite3
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

from bench.section_41_story_grouping import indosum_feed, stream_labels


def _first_line(text: str, width: int = 110) -> str:
    line = next((x.strip() for x in text.splitlines() if x.strip()), "")
    return line if len(line) <= width else line[: width - 1].rstrip() + "…"


def datelines(rows: dict[str, dict[str, str]]) -> dict[str, str]:
    """The date the assigner reads from each undated article's dateline ("Rabu (8/11)"), resolved
    against the latest date of the stream so far, as the assigner does (in feed order)."""
    from datetime import date

    from ringkas.stories.assign import dateline

    latest: date | None = None
    found = {}
    for article_id, row in rows.items():  # feed order
        day = date.fromisoformat(row["published"]) if "published" in row else None
        if day is None:
            day = dateline(row["text"], latest)
            if day is not None:
                found[article_id] = day.isoformat()
        if day is not None and (latest is None or day > latest):
            latest = day
    return found


def report(labels: dict[str, str], rows: dict[str, dict[str, str]], show: int) -> list[str]:
    """Markdown lines: the size figures and ``show`` stories of ≥ 3 outlets (an undated
    article's date is its dateline's, "dateline 2017-11-08", where it has one)."""
    read = datelines(rows)
    members: dict[str, list[str]] = defaultdict(list)
    for article_id in sorted(labels):
        members[labels[article_id]].append(article_id)
    sizes = Counter({s: len(m) for s, m in members.items()})
    outlets = {s: len({rows[a].get("outlet", "") for a in m}) for s, m in members.items()}
    multi = sorted(
        (s for s in members if outlets[s] >= 3), key=lambda s: (-outlets[s], -sizes[s], s)
    )
    out = [
        f"{len(labels)} articles stored, {len(members)} stories; the largest "
        f"{max(sizes.values())} articles, {sum(n > 10 for n in sizes.values())} over 10; "
        f"{len(multi)} stories of ≥ 3 outlets. The first {min(show, len(multi))} of them "
        "(by outlets, size, id):",
        "",
    ]
    for k, story in enumerate(multi[:show], 1):
        out.append(f"{k}. story `{story}`: {sizes[story]} articles, {outlets[story]} outlets")
        by_date = sorted(members[story], key=lambda a: (rows[a].get("published", "~"), a))
        for a in by_date:
            row = rows[a]
            when = row.get("published") or (f"dateline {read[a]}" if a in read else "undated")
            out.append(f"   - {row.get('outlet', '?')}, {when}: {_first_line(row['text'])}")
    return out


def main() -> None:
    import json

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", type=int, default=10)
    parser.add_argument("--db", type=Path, help="keep the store here (default: a temporary one)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        feed, _ = indosum_feed(tmp, with_seed=False)
        rows = {}
        for line in feed.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            rows[str(row["id"])] = {str(k): str(v) for k, v in row.items()}
        db = args.db or tmp / "indosum.db"
        if args.db is not None and db.exists():
            with sqlite3.connect(db) as conn:
                labels = {
                    str(a): str(s) for a, s in conn.execute("SELECT id, story_id FROM articles")
                }
        else:
            labels = stream_labels(feed, db)
        print("\n".join(report(labels, rows, args.show)))


if __name__ == "__main__":
    main()
