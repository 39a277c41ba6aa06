"""Import a generated 100,000-policy feed into a fresh SQLite database; print seconds and peak memory.

    python benchmarks/import.py [--policies 100000] [--db URL]
"""
from __future__ import annotations

import argparse
import asyncio
import resource
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--policies", type=int, default=100_000)
    ap.add_argument("--db")
    args = ap.parse_args()
    from bot.feed import load_feed
    from bot.feedgen import main as feedgen_main
    from bot.importer import import_feed
    from bot.storage.db import make_engine, make_sessionmaker, migrate

    with tempfile.TemporaryDirectory() as tmp:
        feed_path = Path(tmp) / "feed.json"
        t = time.perf_counter()
        feedgen_main(["--seed", "11", "--policies", str(args.policies), "--as-of", "2026-11-01", "-o", str(feed_path)])
        print(f"generated {feed_path.stat().st_size / 1e6:.1f} MB feed in {time.perf_counter() - t:.1f} s")
        before = peak_mb()
        t = time.perf_counter()
        feed = load_feed(feed_path)
        loaded = time.perf_counter() - t
        engine = make_engine(args.db or f"sqlite:///{tmp}/bench.db")
        await migrate(engine)
        async with make_sessionmaker(engine).begin() as session:
            summary = await import_feed(session, feed)
        total = time.perf_counter() - t
        t2 = time.perf_counter()
        async with make_sessionmaker(engine).begin() as session:
            again = await import_feed(session, feed)
        second = time.perf_counter() - t2
        await engine.dispose()
    print(f"policies imported: {summary.inserted['policies']:,}; bill lines: {summary.inserted['bill_lines']:,}")
    print(f"import: {total:.1f} s (validation {loaded:.1f} s); second import of the same feed: {second:.1f} s, "
          f"changed anything: {again.changed}")
    print(f"peak memory: {peak_mb():.0f} MB (before loading the feed: {before:.0f} MB)")
    print("goal: under 60 s and under 500 MB")


if __name__ == "__main__":
    asyncio.run(main())
