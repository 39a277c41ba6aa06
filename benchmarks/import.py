"""Import a generated 100,000-policy feed into a fresh SQLite database; print seconds and peak memory.

    python benchmarks/import.py [--policies 100000] [--db URL] [--feed FILE]

Measures the streaming import (bot.importer.import_feed_file, as `employer-assist import` runs it)
and then a second import of the same file, which must change nothing. `--feed` reuses a feed file
(generating one takes about half a minute); peak memory is the process's peak resident set size.
Goal: under 60 s and under 500 MB.
"""
from __future__ import annotations

import sys as _sys
from pathlib import Path as _Path

# run from the repository root, not benchmarks/ (benchmarks/email.py would shadow the stdlib)
_sys.path[0] = str(_Path(__file__).resolve().parents[1])

import argparse
import asyncio
import resource
import sys
import tempfile
import time
from pathlib import Path


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


async def import_twice(feed_path: Path, db_url: str) -> None:
    from bot.importer import import_feed_file
    from bot.storage.db import make_engine, make_sessionmaker, migrate

    engine = make_engine(db_url)
    await migrate(engine)
    before = peak_mb()
    t, cpu = time.perf_counter(), cpu_seconds()
    async with make_sessionmaker(engine).begin() as session:
        summary = await import_feed_file(session, feed_path)
    first, first_cpu = time.perf_counter() - t, cpu_seconds() - cpu
    first_peak = peak_mb()
    t = time.perf_counter()
    async with make_sessionmaker(engine).begin() as session:
        again = await import_feed_file(session, feed_path)
    second = time.perf_counter() - t
    await engine.dispose()
    print(f"policies imported: {summary.inserted['policies']:,}; bill lines: {summary.inserted['bill_lines']:,}")
    # CPU seconds too: the wall clock on a shared machine says as much about the neighbours
    print(f"import: {first:.1f} s ({first_cpu:.1f} s CPU); second import of the same feed: {second:.1f} s, "
          f"changed anything: {again.changed}")
    print(f"peak memory: {first_peak:.0f} MB after the first import, {peak_mb():.0f} MB after the second "
          f"(before importing: {before:.0f} MB)")
    print("goal: under 60 s and under 500 MB")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--policies", type=int, default=100_000)
    ap.add_argument("--db", help="database URL (default: a new SQLite file)")
    ap.add_argument("--feed", type=Path, help="import this feed file instead of generating one")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        feed_path = args.feed
        if feed_path is None:
            # generated in a child process, so its memory is not counted as the import's
            import subprocess
            feed_path = Path(tmp) / "feed.json"
            t = time.perf_counter()
            subprocess.run([sys.executable, "-m", "bot.feedgen", "--seed", "11", "--policies", str(args.policies),
                            "--as-of", "2026-11-01", "-o", str(feed_path)], check=True,
                           cwd=Path(__file__).resolve().parents[1])
            print(f"generated {feed_path.stat().st_size / 1e6:.1f} MB feed in {time.perf_counter() - t:.1f} s")
        asyncio.run(import_twice(feed_path, args.db or f"sqlite:///{tmp}/bench.db"))


if __name__ == "__main__":
    main()
