"""Alembic environment: runs on the connection bot.storage.db.migrate hands over,
or (for `alembic` on the command line) on EA_DATABASE_URL through an async engine."""
import asyncio
import os

from alembic import context
from sqlalchemy.pool import NullPool

from bot.storage.models import Base

target_metadata = Base.metadata


def do_run_migrations(connection):
    context.configure(connection=connection, target_metadata=target_metadata,
                      render_as_batch=True, compare_type=True)
    with context.begin_transaction():
        context.run_migrations()


async def run_async_migrations():
    from bot.storage.db import make_engine
    engine = make_engine(os.environ.get("EA_DATABASE_URL"), poolclass=NullPool)
    async with engine.connect() as connection:
        await connection.run_sync(do_run_migrations)
        await connection.commit()
    await engine.dispose()


connection = context.config.attributes.get("connection")
if connection is not None:
    do_run_migrations(connection)
else:
    asyncio.run(run_async_migrations())
