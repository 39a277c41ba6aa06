"""`employer-assist` command line (CONTRACT.md "Command line")."""
from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
from dataclasses import replace

from bot.config import Settings

log = logging.getLogger("employer_assist.cli")


def _settings(args) -> Settings:
    overrides = {"database_url": getattr(args, "db", None)}
    return Settings.from_env(**overrides)


# ---------------------------------------------------------------- serve
def cmd_serve(args) -> int:
    from aiohttp import web

    from bot.app import create_app
    from bot.auth import issue_token
    settings = _settings(args)
    if args.smtp_port is not None:
        settings = replace(settings, smtp_listen_port=args.smtp_port, smtp_listen_host=args.host)
    base = f"http://{args.host if args.host not in ('0.0.0.0', '::') else 'localhost'}:{args.port}"
    if not settings.public_url:
        settings = replace(settings, public_url=base)
    app = create_app(settings)

    async def announce(app_: web.Application) -> None:
        from sqlalchemy import select

        from bot.keys import SESSIONS
        from bot.storage.models import Group
        async with app_[SESSIONS]() as session:
            group = await session.scalar(select(Group).order_by(Group.id).limit(1))
        print(f"Employer Assist is serving on {base}", flush=True)
        if group is not None:
            token = issue_token(settings.secret, role="employer", sub="demo@portal.example",
                                group=group.group_number, hours=settings.token_hours)
            print(f"  chat page ({group.name}, {group.group_number}): {base}/chat?token={token}", flush=True)
        admin = issue_token(settings.secret, role="admin", sub="demo-admin", hours=settings.token_hours)
        print(f"  admin console: {base}/admin?token={admin}", flush=True)
        print("  (tokens for other groups or users: employer-assist token --group G… --user …)", flush=True)

    app.on_startup.append(announce)
    web.run_app(app, host=args.host, port=args.port, print=None, access_log=None)
    return 0


# ---------------------------------------------------------------- import
async def _import(settings: Settings, path: str) -> int:
    from bot.feed import FeedError
    from bot.importer import import_feed_file
    from bot.storage.db import make_engine, make_sessionmaker, migrate
    engine = make_engine(settings.database_url)
    try:
        await migrate(engine)
        # read group by group: a bad field anywhere raises FeedError, which rolls back the lot
        async with make_sessionmaker(engine).begin() as session:
            summary = await import_feed_file(session, path, source=str(path))
    except FeedError as exc:
        print(f"{path}: nothing was imported — the feed has errors:", file=sys.stderr)
        for err in exc.errors:
            print(f"  {err.path}: {err.message}", file=sys.stderr)
        return 2
    finally:
        await engine.dispose()
    print(f"{path}: " + ("imported." if summary.changed else "already up to date; nothing changed."))
    for line in summary.lines():
        print("  " + line)
    return 0


def cmd_import(args) -> int:
    return asyncio.run(_import(_settings(args), args.file))


# ---------------------------------------------------------------- classify
def _products_from_db(settings: Settings):
    """The products of the policy data, so PRODUCT values name product codes."""
    from sqlalchemy import select

    from bot.storage.db import make_engine
    from bot.storage.models import Product
    from intents.entities import ProductRef

    async def load():
        engine = make_engine(settings.database_url)
        try:
            async with engine.connect() as conn:
                rows = (await conn.execute(select(Product.code, Product.name, Product.line))).all()
        except Exception:
            rows = []
        finally:
            await engine.dispose()
        return [ProductRef(*r) for r in rows]
    return asyncio.run(load())


def cmd_classify(args) -> int:
    from bot.clock import today
    from intents.nlu import NLU
    nlu = NLU.load()
    products = _products_from_db(_settings(args)) if (args.db or Settings.from_env().database_url) else []
    out = sys.stdout
    for raw in sys.stdin:
        line = raw.rstrip("\n")
        if not line.strip():
            continue
        text = line
        if line.lstrip().startswith("{"):
            try:
                obj = json.loads(line)
                text = obj.get("text", "") if isinstance(obj, dict) else line
                text = text if isinstance(text, str) else str(text)
            except json.JSONDecodeError:
                text = line
        understanding = nlu.parse(text, today=today(), products=products)
        out.write(json.dumps({"text": text, **understanding.to_json()}, ensure_ascii=False) + "\n")
        out.flush()
    return 0


# ---------------------------------------------------------------- token
def cmd_token(args) -> int:
    from bot.auth import issue_token
    settings = _settings(args)
    if args.admin:
        print(issue_token(settings.secret, role="admin", sub=args.admin, hours=args.hours))
    elif args.group and args.user:
        print(issue_token(settings.secret, role="employer", sub=args.user, group=args.group, hours=args.hours))
    else:
        print("token: give --group GROUP --user EMAIL, or --admin NAME", file=sys.stderr)
        return 2
    return 0


# ---------------------------------------------------------------- train / evaluate
def cmd_train(args, rest) -> int:
    from intents.train import main
    return main(rest) or 0


def cmd_replay(args, rest) -> int:
    from bot.admin.replay import main
    return main(rest) or 0


def cmd_evaluate(args, rest) -> int:
    if args.knowledge:
        from knowledge.evaluate import main
    else:
        from intents.evaluate import main
    return main(rest) or 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="employer-assist", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("serve", help="run the service")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8080)
    p.add_argument("--db", help="database URL (default: EA_DATABASE_URL or an embedded SQLite file)")
    p.add_argument("--smtp-port", type=int, help="also accept inbound mail over SMTP on this port")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("import", help="load a policy data feed (JSON)")
    p.add_argument("file")
    p.add_argument("--db")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("classify", help="JSON Lines in, one understanding per line out")
    p.add_argument("--db")
    p.set_defaults(func=cmd_classify)

    p = sub.add_parser("token", help="print a signed token (development and integration tests)")
    p.add_argument("--group")
    p.add_argument("--user")
    p.add_argument("--admin", metavar="NAME")
    p.add_argument("--hours", type=int, default=12)
    p.add_argument("--db")
    p.set_defaults(func=cmd_token)

    # passthrough commands hand every option, --help included, to the module that does the work
    p = sub.add_parser("train", help="rebuild the shipped intent model from data + config + seed",
                       add_help=False)
    p.set_defaults(func=cmd_train, passthrough=True)

    p = sub.add_parser("replay", help="replay demo traffic through the service (fills the console and reports)",
                       add_help=False)
    p.set_defaults(func=cmd_replay, passthrough=True)

    p = sub.add_parser("evaluate", help="evaluate the intent model (or --knowledge retrieval)",
                       add_help=False)
    p.add_argument("--knowledge", action="store_true")
    p.set_defaults(func=cmd_evaluate, passthrough=True)
    return parser


def main(argv: list[str] | None = None) -> int:
    from bot import logs
    logs.setup()
    parser = build_parser()
    args, rest = parser.parse_known_args(argv)
    if getattr(args, "passthrough", False):
        return args.func(args, rest)
    if rest:
        parser.error(f"unrecognized arguments: {' '.join(rest)}")
    try:
        return args.func(args)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        from bot.storage.db import DatabaseURLError
        if isinstance(exc, DatabaseURLError):
            print(f"employer-assist: {exc}", file=sys.stderr)
            return 2
        raise


if __name__ == "__main__":
    sys.exit(main())
