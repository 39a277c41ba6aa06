"""Turns per second and latency: 50 concurrent conversations for 20 s against SQLite,
beside a bare aiohttp endpoint on the same machine as the ceiling.

    python benchmarks/turns.py [--seconds 20] [--conversations 50]
"""
from __future__ import annotations

import sys as _sys
from pathlib import Path as _Path

# run from the repository root, not benchmarks/ (benchmarks/email.py would shadow the stdlib)
_sys.path[0] = str(_Path(__file__).resolve().parents[1])

import argparse
import asyncio
import tempfile
import time


import aiohttp
from aiohttp import web

from bot.app import create_app
from bot.auth import issue_token
from bot.config import Settings

QUESTIONS = [
    "What coverage does {name} have?",
    "hello",
    "what's the premium for {name}?",
    "How many employees are enrolled?",
    "is {name} still active?",
]


async def run_load(base: str, seconds: float, conversations: int, make_request) -> tuple[int, list[float]]:
    latencies: list[float] = []
    deadline = time.perf_counter() + seconds
    async with aiohttp.ClientSession(base) as http:
        async def worker(i: int) -> None:
            state = await make_request(http, i, None)
            n = 0
            while time.perf_counter() < deadline:
                t = time.perf_counter()
                state = await make_request(http, i, state, n)
                latencies.append(time.perf_counter() - t)
                n += 1
        await asyncio.gather(*(worker(i) for i in range(conversations)))
    return len(latencies), latencies


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(p * len(values)))] * 1000


async def serve(app: web.Application) -> tuple[web.AppRunner, str]:
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]
    return runner, f"http://127.0.0.1:{port}"


async def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=20)
    ap.add_argument("--conversations", type=int, default=50)
    args = ap.parse_args()

    # the ceiling: a bare aiohttp endpoint that parses JSON and answers JSON
    async def echo(request: web.Request) -> web.Response:
        body = await request.json()
        return web.json_response({"replies": [{"text": body["text"]}]})
    bare = web.Application()
    bare.router.add_post("/echo", echo)
    runner, base = await serve(bare)

    async def bare_request(http, i, state, n=0):
        if state is None:
            return True
        async with http.post("/echo", json={"text": "hello"}) as r:
            await r.read()
        return state
    n_bare, lat_bare = await run_load(base, args.seconds, args.conversations, bare_request)
    await runner.cleanup()

    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(database_url=f"sqlite:///{tmp}/bench.db", secret="bench", load_demo=True)
        app = create_app(settings)
        runner, base = await serve(app)
        from sqlalchemy import select
        from bot.keys import SESSIONS
        from bot.storage.models import Employee, Group
        async with app[SESSIONS]() as session:
            group = await session.scalar(select(Group).order_by(Group.id).limit(1))
            names = [f"{e.first_name} {e.last_name}" for e in
                     (await session.scalars(select(Employee).where(Employee.group_id == group.id).limit(50))).all()]
        headers = {"Authorization": "Bearer " + issue_token("bench", role="employer", sub="bench@x", group=group.group_number)}

        async def turn(http, i, cid, n=0):
            if cid is None:
                async with http.post("/api/chat/conversations", headers=headers) as r:
                    return (await r.json())["conversation_id"]
            text = QUESTIONS[n % len(QUESTIONS)].format(name=names[(i + n) % len(names)])
            async with http.post(f"/api/chat/conversations/{cid}/messages", headers=headers, json={"text": text}) as r:
                assert r.status == 200, await r.text()
                await r.read()
            return cid
        n_turns, lat = await run_load(base, args.seconds, args.conversations, turn)
        await runner.cleanup()

    bare_rate, rate = n_bare / args.seconds, n_turns / args.seconds
    print(f"bare aiohttp endpoint : {bare_rate:8.1f} req/s   p50 {pct(lat_bare, .5):6.1f} ms   p99 {pct(lat_bare, .99):6.1f} ms")
    print(f"conversation turns    : {rate:8.1f} turns/s p50 {pct(lat, .5):6.1f} ms   p99 {pct(lat, .99):6.1f} ms"
          f"   ({rate / bare_rate:.0%} of the bare rate; {args.conversations} conversations, {args.seconds:.0f} s, SQLite)")
    print("goal: p99 < 50 ms, at least 20% of the bare rate")


if __name__ == "__main__":
    asyncio.run(main())
