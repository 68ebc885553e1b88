"""What Calm Cradle remembers about a parent, behind ask-sdk's persistence adapter interface.

Only this is stored, per user: the guidance/prompt ids already heard (so nothing repeats
across sessions), the voice preference, tonight's check-in count with its date, the ids of
reminders we created, and when the user was first and last seen. The user is identified
only by an HMAC-SHA256 of their Alexa user id keyed with ``USER_ID_SECRET``; raw ids are
never stored or logged.

SQLite (one file, WAL mode) is the default; a ``postgresql+psycopg://`` URL lets several
instances share one database.

Concurrency: two requests for one user may race (several devices, retries, several
processes or instances). Handlers mutate the attributes they loaded; on save the store
opens one write transaction, locks the user's row (``SELECT ... FOR UPDATE`` on
PostgreSQL, ``BEGIN IMMEDIATE`` on SQLite), re-reads it and applies only what this
request changed onto that latest row (see :func:`merge`). So "check-ins += 1" and "add
this id to heard" made by concurrent requests all land; a voice change is last-writer-wins.
Pessimistic locking was chosen over a version column because the merge needs the latest
row anyway, and a lock makes that one round trip with no retry loop. The usual case, no
other write since this request's read, skips all that: the save is first tried as one
UPDATE that applies only while the row still holds exactly what was loaded (then the
merge onto it is known without reading it again); only when it does not apply does the
save take the locked path.

Faults: a database that is down or refuses a write never raises into the skill. Reads
return empty attributes, writes are dropped, one warning is logged per failure burst, and
the next call tries again (``pool_pre_ping`` replaces dead connections, the schema is
re-checked), so the store recovers on its own when the database returns.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import secrets
import threading
import weakref
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from ask_sdk_core.attributes_manager import AbstractPersistenceAdapter
from sqlalchemy import event, exc
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.pool import PoolProxiedConnection

log = logging.getLogger(__name__)

VOICES = ("auto", "soft", "normal")
MAX_HEARD = 200  # more than all guidance variants and prompts together; oldest drop first
MAX_REMINDERS = 10
_MAX_ID_LENGTH = 512
# ``last_seen`` only needs to say that, and roughly when, a parent was here: a visit this
# close to the stored one is not written again (see UserAttributes.visit_recorded).
VISIT_RESOLUTION = timedelta(hours=1)

DEFAULT_TIMEOUT = 2.0  # seconds any one database wait may take (connect, lock, statement)

_PG_MIGRATION_LOCK = 0x43414C4D  # pg_advisory_xact_lock key serialising migrations ("CALM")


# --- the attributes handlers see --------------------------------------------------------


def _empty() -> dict[str, Any]:
    return {
        "heard": [],
        "voice": "auto",
        "checkin": {"date": None, "count": 0},
        "reminders": [],
        "first_seen": None,
        "last_seen": None,
    }


class UserAttributes(dict):
    """One user's persistent attributes, a plain JSON-able dict plus what was loaded.

    Keys: ``heard`` (list of ids), ``voice`` ("auto" | "soft" | "normal"), ``checkin``
    ({"date": "YYYY-MM-DD" | None, "count": int}), ``reminders`` (list of alert tokens),
    ``first_seen``/``last_seen`` (ISO 8601 UTC, None for a new user; set by the store).

    Change it in place (directly or with the helpers below). ``base`` keeps a copy of what
    was loaded, which is how saving knows what this request changed. A plain dict saved in
    its place has no base: it replaces everything stored (last writer wins).
    """

    def __init__(self, data: Mapping[str, Any] | None = None) -> None:
        super().__init__(_clean(data or {}))
        self.base: dict[str, Any] = _copy(self)

    def has_heard(self, item_id: str) -> bool:
        return item_id in self["heard"]

    def mark_heard(self, item_id: str) -> None:
        """Remember that ``item_id`` (a guidance variant or prompt id) was played."""
        if item_id not in self["heard"]:
            self["heard"].append(item_id)

    def forget_heard(self, item_ids: list[str]) -> None:
        """Let these ids be played again (e.g. once every variant of a topic was heard)."""
        forget = set(item_ids)
        self["heard"] = [item for item in self["heard"] if item not in forget]

    def checkins_on(self, day: date | str) -> int:
        """How many night check-ins were counted on ``day`` (the device's local date)."""
        checkin = self["checkin"]
        return checkin["count"] if checkin["date"] == _day(day) else 0

    def count_checkin(self, day: date | str) -> int:
        """Count one more check-in on ``day`` and return the new count for that day."""
        count = self.checkins_on(day) + 1
        self["checkin"] = {"date": _day(day), "count": count}
        return count

    def add_reminder(self, alert_token: str) -> None:
        if alert_token not in self["reminders"]:
            self["reminders"].append(alert_token)

    def remove_reminder(self, alert_token: str) -> None:
        self["reminders"] = [token for token in self["reminders"] if token != alert_token]

    def visit_recorded(self) -> bool:
        """Whether the stored ``last_seen`` already counts a visit now (to VISIT_RESOLUTION).

        False for a parent never stored. Compared with the store's own clock, the one that
        wrote ``last_seen``.
        """
        try:
            last_seen = datetime.fromisoformat(self.base["last_seen"])
        except (TypeError, ValueError):
            return False
        if last_seen.tzinfo is None:
            last_seen = last_seen.replace(tzinfo=UTC)
        return abs(datetime.now(UTC) - last_seen) < VISIT_RESOLUTION


def _copy(attributes: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of clean attributes that shares nothing mutable with them.

    One level deep is enough (lists of strings and one small dict), and far cheaper than
    ``copy.deepcopy`` on a path every request takes.
    """
    return {
        key: list(value) if isinstance(value, list) else dict(value) if isinstance(value, dict)
        else value
        for key, value in attributes.items()
    }


def _day(day: date | str) -> str:
    if isinstance(day, datetime):
        day = day.date()
    return day.isoformat() if isinstance(day, date) else date.fromisoformat(day).isoformat()


_warned_keys: set[str] = set()


def _clean(data: Mapping[str, Any]) -> dict[str, Any]:
    """The stored fields of ``data`` with defaults filled in and bad values replaced."""
    unknown = set(data) - set(_empty())
    for key in sorted(unknown - _warned_keys):
        log.warning("not storing unknown persistent attribute %r", key)
        _warned_keys.add(key)
    clean = _empty()
    clean["heard"] = _id_list(data.get("heard"))[-MAX_HEARD:]
    clean["reminders"] = _id_list(data.get("reminders"))[-MAX_REMINDERS:]
    if data.get("voice") in VOICES:
        clean["voice"] = data["voice"]
    checkin = data.get("checkin")
    if isinstance(checkin, Mapping):
        try:
            day = _day(checkin["date"])
            count = int(checkin["count"])
        except (KeyError, TypeError, ValueError):
            pass
        else:
            clean["checkin"] = {"date": day, "count": max(count, 0)}
    for key in ("first_seen", "last_seen"):
        if isinstance(data.get(key), str):
            clean[key] = data[key]
    return clean


def _id_list(value: Any) -> list[str]:
    if not isinstance(value, list | tuple):
        return []
    seen: dict[str, None] = {}
    for item in value:
        if isinstance(item, str) and 0 < len(item) <= _MAX_ID_LENGTH:
            seen[item] = None
    return list(seen)


def merge(base: Mapping[str, Any], mine: Mapping[str, Any], latest: Mapping[str, Any]) -> dict:
    """Apply what changed from ``base`` to ``mine`` onto ``latest``.

    Id lists behave as sets (ids added here are added, ids removed here are removed, the
    rest follows ``latest``); the check-in count adds this request's increment to the
    latest count for the same day (a newer day already in ``latest`` wins); the voice takes
    ``mine`` only if this request changed it. Timestamps are the store's business.
    """
    return _merge(_clean(base), _clean(mine), _clean(latest))


def _merge(base: dict[str, Any], mine: dict[str, Any], latest: dict[str, Any]) -> dict[str, Any]:
    """:func:`merge` of attributes that are already clean."""
    merged = _copy(latest)
    for key, limit in (("heard", MAX_HEARD), ("reminders", MAX_REMINDERS)):
        added = [item for item in mine[key] if item not in base[key]]
        removed = set(base[key]) - set(mine[key])
        kept = [item for item in latest[key] if item not in removed]
        merged[key] = (kept + [item for item in added if item not in kept])[-limit:]
    if mine["voice"] != base["voice"]:
        merged["voice"] = mine["voice"]
    if mine["checkin"] != base["checkin"] and mine["checkin"]["date"] is not None:
        day = mine["checkin"]["date"]
        base_count = base["checkin"]["count"] if base["checkin"]["date"] == day else 0
        increment = mine["checkin"]["count"] - base_count
        latest_day, latest_count = latest["checkin"]["date"], latest["checkin"]["count"]
        if latest_day == day:
            merged["checkin"] = {"date": day, "count": max(latest_count + increment, 0)}
        elif latest_day is None or day > latest_day:
            merged["checkin"] = {"date": day, "count": max(increment, 0)}
    return merged


# --- schema -----------------------------------------------------------------------------

_metadata = sa.MetaData()

schema_version = sa.Table("schema_version", _metadata, sa.Column("version", sa.Integer))

user_state = sa.Table(
    "user_state",
    _metadata,
    sa.Column("user_key", sa.String(64), primary_key=True),  # HMAC-SHA256 hex of the user id
    sa.Column("voice", sa.String(8), nullable=False),
    sa.Column("heard", sa.Text, nullable=False),  # JSON list
    sa.Column("reminders", sa.Text, nullable=False),  # JSON list
    sa.Column("checkin_date", sa.Date),
    sa.Column("checkin_count", sa.Integer, nullable=False),
    sa.Column("first_seen", sa.DateTime(timezone=True), nullable=False),
    sa.Column("last_seen", sa.DateTime(timezone=True), nullable=False),
)


# Statements on one user's row, built once: building and compiling them on every call
# cost more than SQLite's own work. The user's key is the ``key`` parameter.
_BY_KEY = user_state.c.user_key == sa.bindparam("key")
_SELECT_USER = sa.select(user_state).where(_BY_KEY)
_LOCK_USER = _SELECT_USER.with_for_update()  # FOR UPDATE on PostgreSQL; SQLite has no such clause
_UPDATE_USER = user_state.update().where(_BY_KEY)  # SET columns come from the parameters
_DELETE_USER = user_state.delete().where(_BY_KEY)
_SWAP_USER = _UPDATE_USER.where(  # only while the row holds what was loaded (the was_ values)
    user_state.c.voice == sa.bindparam("was_voice"),
    user_state.c.heard == sa.bindparam("was_heard"),
    user_state.c.reminders == sa.bindparam("was_reminders"),
    user_state.c.checkin_date.is_not_distinct_from(sa.bindparam("was_checkin_date")),
    user_state.c.checkin_count == sa.bindparam("was_checkin_count"),
)
_INSERT_USER = {  # a new user's row, unless a concurrent request just inserted it
    "postgresql": postgresql.insert(user_state).on_conflict_do_nothing(),
    "sqlite": sqlite.insert(user_state).on_conflict_do_nothing(),
}


def _create_user_state(conn: Connection) -> None:
    # Frozen DDL of schema version 1; later changes go in new migrations, never here.
    conn.exec_driver_sql(
        "CREATE TABLE user_state ("
        " user_key VARCHAR(64) NOT NULL PRIMARY KEY,"
        " voice VARCHAR(8) NOT NULL,"
        " heard TEXT NOT NULL,"
        " reminders TEXT NOT NULL,"
        " checkin_date DATE,"
        " checkin_count INTEGER NOT NULL,"
        " first_seen TIMESTAMP WITH TIME ZONE NOT NULL,"
        " last_seen TIMESTAMP WITH TIME ZONE NOT NULL)"
    )


# Ordered: MIGRATIONS[n] takes the schema from version n to n + 1. Append, never edit.
MIGRATIONS: list[Callable[[Connection], None]] = [_create_user_state]


def migrate(conn: Connection) -> int:
    """Bring the schema up to date inside the caller's write transaction; return its version."""
    if conn.dialect.name == "postgresql":
        conn.execute(sa.select(sa.func.pg_advisory_xact_lock(_PG_MIGRATION_LOCK)))
    schema_version.create(conn, checkfirst=True)
    current = conn.execute(sa.select(schema_version.c.version)).scalar()
    if current is None:
        current = 0
        conn.execute(schema_version.insert().values(version=0))
    if current > len(MIGRATIONS):
        log.warning("database schema %d is newer than this code (%d)", current, len(MIGRATIONS))
        return current
    for migration in MIGRATIONS[current:]:
        migration(conn)
    if current < len(MIGRATIONS):
        conn.execute(schema_version.update().values(version=len(MIGRATIONS)))
        log.info("database schema migrated from version %d to %d", current, len(MIGRATIONS))
    return len(MIGRATIONS)


def _row_values(attributes: Mapping[str, Any]) -> dict[str, Any]:
    checkin = attributes["checkin"]
    return {
        "voice": attributes["voice"],
        "heard": json.dumps(attributes["heard"]),
        "reminders": json.dumps(attributes["reminders"]),
        "checkin_date": date.fromisoformat(checkin["date"]) if checkin["date"] else None,
        "checkin_count": checkin["count"],
    }


def _from_row(row: Mapping[str, Any]) -> UserAttributes:
    return UserAttributes(
        {
            "voice": row["voice"],
            "heard": json.loads(row["heard"]),
            "reminders": json.loads(row["reminders"]),
            "checkin": {
                "date": row["checkin_date"].isoformat() if row["checkin_date"] else None,
                "count": row["checkin_count"],
            },
            "first_seen": _iso(row["first_seen"]),
            "last_seen": _iso(row["last_seen"]),
        }
    )


def _iso(moment: datetime) -> str:
    # SQLite hands timestamps back without a zone; they were written in UTC. Writing the
    # offset on is what converting to UTC would write, at a third of the cost (every load
    # reads two timestamps).
    if moment.tzinfo is None:
        return moment.isoformat(timespec="seconds") + "+00:00"
    return moment.astimezone(UTC).isoformat(timespec="seconds")


class _HeldConnections:
    """Each thread's pooled DB-API connection, kept checked out between its statements.

    A pool checkout and checkin per statement cost about 5 us of bookkeeping, more than
    half of SQLite's own work for a read. Before each reuse the connection gets what a
    checkout gives it: the pre-ping and the pool's checkout listeners (the SQLite file
    check); one found gone is invalidated and a fresh one checked out. After an error the
    connection goes back to the pool, which resets it. A thread returns its connection
    before it takes another from the pool (:meth:`Store._write`), so none holds two, and a
    thread that ends returns its own when its thread-local data is collected.
    """

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._local = threading.local()

    def connection(self) -> PoolProxiedConnection:
        """This thread's connection, checked as a checkout would check it."""
        held = getattr(self._local, "connection", None)
        if held is not None:
            if self._usable(held):
                return held
            held.invalidate()
            self.release()
        held = self._local.connection = self._engine.raw_connection()
        return held

    def _usable(self, held: PoolProxiedConnection) -> bool:
        pool = self._engine.pool
        try:
            if pool._pre_ping and not self._engine.dialect._do_ping_w_event(held.dbapi_connection):
                return False
            if pool.dispatch.checkout:
                pool.dispatch.checkout(held.dbapi_connection, held._connection_record, held)
        except exc.DisconnectionError:
            return False
        except BaseException:
            self.release()
            raise
        return True

    def release(self) -> None:
        """Return this thread's connection to the pool (which resets it), if it holds one."""
        held = getattr(self._local, "connection", None)
        if held is not None:
            self._local.connection = None
            held.close()

    def after_fork(self) -> None:
        """In a forked child: start afresh. The forking thread's connection is the parent's;
        it stays referenced, so that it is never reset or returned from here, nor used."""
        self._parents = self._local
        self._local = threading.local()


class _RowStatement:
    """One of the two statements nearly every request sends, run on the pool's DB-API connection.

    Reading a parent's row and swapping it in one UPDATE are most of what the store does.
    Through a SQLAlchemy Connection each cost about 40 us of CPU more than the driver's own
    work (on SQLite three times that work; on PostgreSQL too, if less in proportion). Run
    directly, on the thread's held connection, they keep what matters: a checkout's checks
    (pre-ping, the SQLite file check, see :class:`_HeldConnections`) and the end of each
    transaction, SQLAlchemy's SQL for the dialect and its type conversions both
    ways, its exception types (a dead connection is invalidated, as SQLAlchemy would), and
    the engine's ``before_cursor_execute`` listeners, which the tests and the bench count
    statements with (they get no Connection and no execution context: there are none).
    """

    def __init__(
        self,
        connections: _HeldConnections,
        engine: Engine,
        statement: Any,
        column_keys: list[str] | None = None,
    ):
        dialect = engine.dialect
        compiled = statement.compile(dialect=dialect, column_keys=column_keys)
        self._connections = connections
        self._engine = engine
        self._sql = str(compiled)
        self._positions = compiled.positiontup if compiled.positional else None
        self._to_driver = {
            name: convert
            for name, bind in compiled.binds.items()
            if (convert := bind.type.dialect_impl(dialect).bind_processor(dialect)) is not None
        }
        columns = statement.selected_columns if isinstance(statement, sa.Select) else ()
        self._columns = [
            (column.key, column.type.dialect_impl(dialect).result_processor(dialect, None))
            for column in columns
        ]

    def run(self, values: Mapping[str, Any]) -> tuple[dict[str, Any] | None, int]:
        """(The first row selected, or None; the count of rows changed, committed)."""
        params: Any = dict(values)
        for name, convert in self._to_driver.items():
            params[name] = convert(params[name])
        if self._positions is not None:
            params = tuple(params[name] for name in self._positions)
        dialect = self._engine.dialect
        connection = cursor = None
        done = False
        try:
            connection = self._connections.connection()
            cursor = connection.cursor()
            try:
                listeners = self._engine.dispatch.before_cursor_execute
                if listeners:
                    listeners(None, cursor, self._sql, params, None, False)
                cursor.execute(self._sql, params)
                found = cursor.fetchone() if self._columns else None
                if self._columns:
                    connection.rollback()  # ends a read's transaction, as a checkin would
                else:
                    connection.commit()
                count = cursor.rowcount
            finally:
                cursor.close()
            done = True
            return (self._row(found) if found is not None else None), count
        except dialect.loaded_dbapi.Error as error:
            gone = connection is not None and dialect.is_disconnect(
                error, connection.dbapi_connection, cursor
            )
            if gone:
                connection.invalidate(error)
            raise exc.DBAPIError.instance(
                self._sql, params, error, dialect.loaded_dbapi.Error,
                connection_invalidated=gone, dialect=dialect,
            ) from error
        finally:
            if not done:
                self._connections.release()

    def _row(self, values: Sequence[Any]) -> dict[str, Any]:
        return {
            name: value if convert is None else convert(value)
            for (name, convert), value in zip(self._columns, values, strict=True)
        }


# --- the store --------------------------------------------------------------------------


class Store(AbstractPersistenceAdapter):
    """The skill's persistence adapter; build it with :meth:`from_url`.

    ask-sdk calls ``get_attributes``/``save_attributes``/``delete_attributes``; the same
    operations take a raw user id as ``load``/``save``/``erase_user``, and :meth:`update`
    runs a change under the row lock at once. None of them raises on a database fault.
    """

    def __init__(self, engine: Engine, secret: str | bytes) -> None:
        if not secret:
            raise ValueError("USER_ID_SECRET must be set: user ids are stored only as a keyed hash")
        self.engine = engine
        self._secret = secret.encode() if isinstance(secret, str) else bytes(secret)
        self._schema_ready = False
        self._failing = False
        self._failures = 0
        self._state_lock = threading.Lock()
        self._held = _HeldConnections(engine)
        self._read_row = _RowStatement(self._held, engine, _SELECT_USER)
        self._swap_row = _RowStatement(
            self._held, engine, _SWAP_USER, [*_row_values(_empty()), "last_seen"]
        )
        # A forked worker (gunicorn --preload) must not share its parent's connections.
        this = weakref.ref(self)
        os.register_at_fork(after_in_child=lambda: (store := this()) and store._after_fork())

    @classmethod
    def from_url(cls, url: str, secret: str | bytes, *, timeout: float = DEFAULT_TIMEOUT) -> Store:
        """A store for a ``sqlite:///path`` or ``postgresql+psycopg://`` URL.

        ``timeout`` bounds each wait on the database (connecting, a busy lock, one
        statement), so a sick database costs a request seconds, not Alexa's whole budget.
        """
        parsed = sa.make_url(url)
        if parsed.get_backend_name() == "sqlite":
            if parsed.database in (None, "", ":memory:"):
                raise ValueError("the store needs a SQLite file path, not an in-memory database")
            engine = sa.create_engine(
                parsed, pool_pre_ping=True, pool_timeout=timeout, connect_args={"timeout": timeout}
            )
            _configure_sqlite(engine, busy_ms=int(timeout * 1000))
        elif parsed.get_backend_name() == "postgresql":
            ms = int(timeout * 1000)
            engine = sa.create_engine(
                parsed,
                pool_pre_ping=True,
                pool_timeout=timeout,
                pool_size=5,
                max_overflow=10,
                connect_args={
                    "connect_timeout": max(2, round(timeout)),  # libpq's minimum is 2 s
                    "options": f"-c lock_timeout={ms} -c statement_timeout={2 * ms}",
                    "application_name": "calm-cradle",
                },
            )
        else:
            raise ValueError(f"unsupported database URL scheme {parsed.drivername!r}")
        return cls(engine, secret)

    def user_key(self, user_id: str) -> str:
        """The only form in which a user id is stored: HMAC-SHA256 keyed by the secret."""
        return hmac.new(self._secret, user_id.encode(), hashlib.sha256).hexdigest()

    # -- operations by user id

    def load(self, user_id: str) -> UserAttributes:
        """The user's attributes; empty ones for a new user or when the database is down."""
        key = self.user_key(user_id)

        def read() -> UserAttributes:
            found, _ = self._read_row.run({"key": key})
            return _from_row(found) if found else UserAttributes()

        # The empty fallback is built only when needed: building one costs as much as a read.
        found = self._guard("load", read, None)
        return UserAttributes() if found is None else found

    def update(
        self, user_id: str, change: Callable[[UserAttributes], object]
    ) -> UserAttributes | None:
        """Run ``change`` on the latest attributes under the row lock, then store them.

        Returns the stored attributes, or None when the database could not be written.
        """
        key = self.user_key(user_id)
        return self._guard("update", lambda: self._locked_update(key, change), None)

    def save(self, user_id: str, attributes: Mapping[str, Any]) -> bool:
        """Store what this request changed in ``attributes`` (see :func:`merge`).

        Attributes loaded while the database was down have an empty base, so what the
        request added is added to whatever is stored once it is back.
        """
        base = getattr(attributes, "base", None)
        mine = _clean(attributes)
        if base is not None and base["last_seen"] is not None:  # loaded from a stored row
            key = self.user_key(user_id)
            swapped = self._guard("update", lambda: self._swap(key, base, mine), None)
            if swapped is not False:
                return bool(swapped)  # stored, or the database is unavailable

        def apply(latest: UserAttributes) -> None:
            latest.update(_merge(latest if base is None else base, mine, latest))

        return self.update(user_id, apply) is not None

    def erase_user(self, user_id: str) -> bool:
        """Delete everything stored for the user; False if the database could not be reached."""
        key = self.user_key(user_id)

        def delete() -> bool:
            with self._write() as conn:
                conn.execute(_DELETE_USER, {"key": key})
            return True

        return self._guard("erase", delete, False)

    # -- ask-sdk's persistence adapter interface

    def get_attributes(self, request_envelope: Any) -> UserAttributes:
        user_id = _user_id(request_envelope)
        return self.load(user_id) if user_id else UserAttributes()

    def save_attributes(self, request_envelope: Any, attributes: Mapping[str, Any]) -> None:
        user_id = _user_id(request_envelope)
        if user_id:
            self.save(user_id, attributes)

    def delete_attributes(self, request_envelope: Any) -> None:
        """Erase the user. Call it through ``attributes_manager.delete_persistent_attributes()``
        so the response interceptor's save does not write the row back."""
        user_id = _user_id(request_envelope)
        if user_id:
            self.erase_user(user_id)

    # -- internals

    def _locked_update(
        self, key: str, change: Callable[[UserAttributes], object]
    ) -> UserAttributes:
        now = datetime.now(UTC)
        with self._write() as conn:
            row = conn.execute(_LOCK_USER, {"key": key}).first()
            if row is None:
                fresh = {"user_key": key, **_row_values(_empty()), "first_seen": now}
                conn.execute(_INSERT_USER[conn.dialect.name], {**fresh, "last_seen": now})
                row = conn.execute(_LOCK_USER, {"key": key}).one()
            attributes = _from_row(row._mapping)
            change(attributes)
            stored = _clean(attributes)
            conn.execute(_UPDATE_USER, {**_row_values(stored), "last_seen": now, "key": key})
        stored["last_seen"] = _iso(now)
        return UserAttributes(stored)

    def _swap(self, key: str, base: dict[str, Any], mine: dict[str, Any]) -> bool:
        """Store ``mine`` in one UPDATE if the row still holds ``base``; False if it does not.

        Merging onto a row that still is ``base`` needs no read. The row only matches if it
        is stored exactly as the store writes it, so any doubt takes the locked path.
        """
        was = {f"was_{name}": value for name, value in _row_values(base).items()}
        merged = _row_values(_merge(base, mine, base))
        # On SQLite one statement is atomic by itself: no BEGIN is needed.
        _, count = self._swap_row.run({**merged, **was, "last_seen": datetime.now(UTC), "key": key})
        return count == 1

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        """A transaction holding the write lock (BEGIN IMMEDIATE on SQLite).

        SQLite's driver is left in autocommit mode (see ``_configure_sqlite``): a read is
        one statement, atomic by itself, and a write takes the lock up front here, so it
        never fails half-way on a busy database.
        """
        self._held.release()
        with self.engine.connect() as conn, conn.begin():
            if conn.dialect.name == "sqlite":
                conn.exec_driver_sql("BEGIN IMMEDIATE")
            yield conn

    def _ensure_schema(self) -> None:
        """Check the schema version with a plain read; migrate under the write lock if behind."""
        self._held.release()
        with self.engine.connect() as conn:
            current = None
            if sa.inspect(conn).has_table(schema_version.name):
                current = conn.execute(sa.select(schema_version.c.version)).scalar()
        if current is None or current < len(MIGRATIONS):
            with self._write() as conn:
                migrate(conn)
        self._schema_ready = True

    def _guard(self, operation: str, call: Callable[[], Any], fallback: Any) -> Any:
        """Run ``call``; on any failure log once per burst and return ``fallback``."""
        try:
            if not self._schema_ready:
                self._ensure_schema()
            result = call()
        except (exc.DBAPIError, exc.DisconnectionError, exc.TimeoutError) as error:
            self._schema_ready = False  # it may come back empty or restored: check again
            with self._state_lock:
                first = not self._failing
                self._failing, self._failures = True, self._failures + 1
            if first:
                log.warning(
                    "database unavailable during %s (%s); answering without saved state "
                    "until it returns",
                    operation,
                    _describe(error),
                )
            return fallback
        except Exception:
            log.exception("store %s failed", operation)
            return fallback
        with self._state_lock:
            recovered, failures = self._failing, self._failures
            self._failing, self._failures = False, 0
        if recovered:
            log.info("database available again after %d failed calls", failures)
        return result

    def dispose(self) -> None:
        """Close pooled connections (tests, shutdown); other threads return theirs as they end."""
        self._held.release()
        self.engine.dispose()

    def _after_fork(self) -> None:
        self.engine.dispose(close=False)
        self._held.after_fork()
        self._state_lock = threading.Lock()


def _user_id(request_envelope: Any) -> str | None:
    try:
        return request_envelope.context.system.user.user_id or None
    except AttributeError:  # requests without a user (rare system events)
        return None


def _describe(error: Exception) -> str:
    """The error's kind and first line, without the SQL or its parameters."""
    cause = getattr(error, "orig", None) or error
    lines = str(cause).strip().splitlines() or [""]
    return f"{type(cause).__name__}: {lines[0][:200]}"


# --- SQLite specifics -------------------------------------------------------------------


def _configure_sqlite(engine: Engine, busy_ms: int) -> None:
    """WAL, busy timeout and driver autocommit on connect; file identity on checkout.

    A pooled SQLite connection keeps the file it opened even after that file is moved or
    replaced (a restore, a vanished volume), so each checkout checks that the path still
    names the same file and otherwise reconnects - which fails loudly if it is gone.
    Writes begin their own transaction in :meth:`Store._write`, not in a "begin" event: any
    connection event listener on the engine makes every statement dearer (about 30%).
    """
    path = engine.url.database

    def file_identity() -> tuple[int, int]:
        status = os.stat(path)
        return status.st_dev, status.st_ino

    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection: Any, record: Any) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves, see Store._write
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {busy_ms:d}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()
        record.info["file"] = file_identity()

    @event.listens_for(engine, "checkout")
    def on_checkout(dbapi_connection: Any, record: Any, proxy: Any) -> None:
        try:
            same = file_identity() == record.info.get("file")
        except OSError:
            same = False
        if not same:
            raise exc.DisconnectionError("the SQLite file was moved or replaced")


# --- Flask wiring -----------------------------------------------------------------------


def init_app(app: Any) -> Store:
    """Create the app's store from ``DATABASE_URL`` and ``USER_ID_SECRET``.

    Stored as ``app.extensions["store"]``. Without a secret, a SQLite store keeps a random
    one in the instance folder (so local runs just work); PostgreSQL, meaning several
    instances, requires the setting so that every instance hashes ids alike.
    """
    url = app.config["DATABASE_URL"]
    secret = app.config.get("USER_ID_SECRET")
    if not secret:
        if sa.make_url(url).get_backend_name() != "sqlite":
            raise RuntimeError("USER_ID_SECRET must be set when DATABASE_URL is not SQLite")
        secret = _instance_secret(Path(app.instance_path))
    store = Store.from_url(url, secret)
    app.extensions["store"] = store
    return store


def _instance_secret(folder: Path) -> str:
    """The instance folder's random secret, created once (atomically: workers may race)."""
    path = folder / "user-id-secret"
    if not path.exists():
        folder.mkdir(parents=True, exist_ok=True)
        draft = folder / f".user-id-secret-{secrets.token_hex(8)}"
        descriptor = os.open(draft, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w") as handle:
            handle.write(secrets.token_hex(32))
        try:
            os.link(draft, path)  # fails if another worker got there first: use theirs
        except FileExistsError:
            pass
        finally:
            draft.unlink()
    return path.read_text().strip()
