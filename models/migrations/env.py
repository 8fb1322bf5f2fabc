"""Alembic environment. Runs on the connection handed over by models.db.migrate (which holds the
PostgreSQL advisory lock and makes the SQLite backup), or on a URL from the config when run by hand."""
from alembic import context
from sqlalchemy import create_engine

from models.db import entities  # noqa: F401
from models.db.base import Base

config = context.config
target_metadata = Base.metadata


def run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",  # SQLite cannot ALTER most things
        compare_type=True,
        # SQLite runs DDL in transactions too; without this Alembic commits after each revision,
        # which lets a second workstation's upgrade in between (and would leave a half-upgraded
        # file behind a crash). One transaction: the whole upgrade or none of it.
        transactional_ddl=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run(connection)
else:
    engine = create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.begin() as conn:
        run(conn)
