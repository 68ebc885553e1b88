"""Database fixtures: a throw-away SQLite file, and a throw-away PostgreSQL database.

Use them from a test module with ``pytest_plugins = ["tests.db"]`` (or from conftest.py),
and reach the server through the ``postgres_admin`` fixture rather than importing this
module (an import before pytest loads it as a plugin would skip assertion rewriting).

PostgreSQL is the local server on 127.0.0.1:5432 (trust auth, user postgres or root), or
the admin URL in ``CALM_CRADLE_PG_ADMIN_URL``. Each run creates databases named
``calm_cradle_test_<random>`` and drops them afterwards. Without a server the PostgreSQL
tests skip, except under CI (``CI`` set), where they fail: CI must test both databases.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator

import pytest
import sqlalchemy as sa

ADMIN_URLS = (
    "postgresql+psycopg://postgres@127.0.0.1:5432/postgres",
    "postgresql+psycopg://root@127.0.0.1:5432/postgres",
    "postgresql+psycopg://postgres@127.0.0.1:5432/test",
)


def find_postgres_admin() -> tuple[str | None, str]:
    """The first admin URL that connects, and why none did otherwise."""
    override = os.environ.get("CALM_CRADLE_PG_ADMIN_URL")
    reasons = []
    for url in (override,) if override else ADMIN_URLS:
        engine = sa.create_engine(url, connect_args={"connect_timeout": 2}, poolclass=sa.NullPool)
        try:
            with engine.connect() as conn:
                conn.exec_driver_sql("SELECT 1")
            return url, ""
        except sa.exc.DBAPIError as error:
            reasons.append(f"{url}: {str(error.orig).strip().splitlines()[0]}")
        finally:
            engine.dispose()
    return None, "; ".join(reasons)


def admin_execute(admin_url: str, *statements: str) -> None:
    """Run statements outside a transaction (CREATE/DROP/ALTER DATABASE need that)."""
    engine = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT", poolclass=sa.NullPool)
    try:
        with engine.connect() as conn:
            for statement in statements:
                conn.exec_driver_sql(statement)
    finally:
        engine.dispose()


@contextlib.contextmanager
def throwaway_postgres_database(admin_url: str) -> Iterator[str]:
    """A new, empty database for the duration of the block; yields its psycopg URL."""
    name = f"calm_cradle_test_{secrets.token_hex(6)}"
    admin_execute(admin_url, f'CREATE DATABASE "{name}"')
    try:
        yield sa.make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    finally:
        admin_execute(admin_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


class PostgresAdmin:
    """The reachable server, for tests that create databases or make them unreachable."""

    def __init__(self, url: str) -> None:
        self.url = url

    def execute(self, *statements: str) -> None:
        admin_execute(self.url, *statements)

    def database(self) -> contextlib.AbstractContextManager[str]:
        """``with postgres_admin.database() as url:`` a fresh database, dropped after."""
        return throwaway_postgres_database(self.url)


@pytest.fixture(scope="session")
def postgres_admin() -> PostgresAdmin:
    """The local PostgreSQL server (skips locally, fails in CI, when unreachable)."""
    url, reason = find_postgres_admin()
    if url is None:
        message = f"PostgreSQL is not reachable ({reason})"
        if os.environ.get("CI"):
            pytest.fail(message + "; CI must run the PostgreSQL tests")
        pytest.skip(message)
    return PostgresAdmin(url)


@pytest.fixture(scope="session")
def postgres_url(postgres_admin: PostgresAdmin) -> Iterator[str]:
    """A throw-away PostgreSQL database shared by the session's tests (use unique user ids)."""
    with postgres_admin.database() as url:
        yield url


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    """A SQLite file of the test's own."""
    return f"sqlite:///{tmp_path / 'calm-cradle.sqlite'}"


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request) -> str:
    """Each test using this runs once on SQLite and once on PostgreSQL."""
    return request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "postgres_url")
