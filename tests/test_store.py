"""The store: what it keeps, how it keeps it, and how it behaves when the database is sick."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import sqlite3
import stat
from pathlib import Path

import pytest
import sqlalchemy as sa
from ask_sdk_core.attributes_manager import AttributesManager
from ask_sdk_core.serialize import DefaultSerializer
from flask import Flask

from skill import store as store_module
from skill.store import Store, UserAttributes, init_app, merge

pytest_plugins = ["tests.db"]

SECRET = "test-secret-for-hashing"
USER = "amzn1.ask.account.STORETESTUSER"


def envelope(user_id: str = USER):
    """A real ask-sdk RequestEnvelope, as the skill receives it."""
    body = {
        "version": "1.0",
        "context": {
            "System": {
                "application": {"applicationId": "amzn1.ask.skill.test"},
                "user": {"userId": user_id},
                "device": {"deviceId": "amzn1.ask.device.TEST", "supportedInterfaces": {}},
                "apiEndpoint": "https://api.amazonalexa.com",
                "apiAccessToken": "token",
            }
        },
        "request": {
            "type": "LaunchRequest",
            "requestId": "amzn1.echo-api.request.1",
            "timestamp": "2024-05-01T03:00:00Z",
            "locale": "en-US",
        },
    }
    return DefaultSerializer().deserialize(json.dumps(body), "ask_sdk_model.RequestEnvelope")


@pytest.fixture
def store(database_url):
    built = Store.from_url(database_url, SECRET)
    yield built
    built.dispose()


def store_warnings(caplog) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == "skill.store" and r.levelno >= logging.WARNING]


# --- what is kept ------------------------------------------------------------------------


def test_a_new_user_starts_empty_and_is_remembered_through_ask_sdk(store, request):
    user = f"{USER}.{request.node.name}"
    manager = AttributesManager(envelope(user), persistence_adapter=store)
    attributes = manager.persistent_attributes
    assert attributes["first_seen"] is None
    assert attributes["heard"] == [] and attributes["voice"] == "auto"

    attributes.mark_heard("crying#2")
    attributes["voice"] = "soft"
    assert attributes.count_checkin("2024-05-01") == 1
    attributes.add_reminder("alert-token-1")
    manager.save_persistent_attributes()

    again = AttributesManager(envelope(user), persistence_adapter=store).persistent_attributes
    assert again.has_heard("crying#2")
    assert again["voice"] == "soft"
    assert again.checkins_on("2024-05-01") == 1
    assert again.checkins_on("2024-05-02") == 0
    assert again["reminders"] == ["alert-token-1"]
    assert again["first_seen"] is not None and again["last_seen"] >= again["first_seen"]


def test_the_next_night_starts_a_new_check_in_count(store, request):
    user = f"{USER}.{request.node.name}"
    for _ in range(3):
        attributes = store.load(user)
        attributes.count_checkin("2024-05-01")
        store.save(user, attributes)
    attributes = store.load(user)
    assert attributes.checkins_on("2024-05-01") == 3
    assert attributes.count_checkin("2024-05-02") == 1
    store.save(user, attributes)
    assert store.load(user)["checkin"] == {"date": "2024-05-02", "count": 1}


def test_user_ids_are_stored_only_as_a_keyed_hash(store, database_url, request):
    user = f"{USER}.{request.node.name}"
    attributes = store.load(user)
    attributes.mark_heard("soothing#1")
    assert store.save(user, attributes)

    expected_key = hmac.new(SECRET.encode(), user.encode(), hashlib.sha256).hexdigest()
    with store.engine.connect() as conn:
        rows = conn.execute(sa.select(store_module.user_state)).all()
    assert expected_key in {row.user_key for row in rows}
    assert all(user not in repr(tuple(row)) for row in rows)
    if database_url.startswith("sqlite"):
        path = sa.make_url(database_url).database
        files = [Path(path), Path(path + "-wal")]
        everything = b"".join(file.read_bytes() for file in files if file.exists())
        assert user.encode() not in everything
        assert expected_key.encode() in everything

    other_secret = Store.from_url(database_url, "another-secret")
    try:
        assert other_secret.load(user)["heard"] == []  # a different key finds nothing
    finally:
        other_secret.dispose()


def test_only_the_listed_fields_are_stored(store, request, caplog):
    user = f"{USER}.{request.node.name}"
    attributes = store.load(user)
    attributes["favourite_colour"] = "blue"
    attributes["voice"] = "shouty"  # not a voice we offer
    attributes.mark_heard("repair#1")
    assert store.save(user, attributes)

    loaded = store.load(user)
    assert "favourite_colour" not in loaded
    assert loaded["voice"] == "auto"
    assert loaded["heard"] == ["repair#1"]
    with store.engine.connect() as conn:
        columns = {column["name"] for column in sa.inspect(conn).get_columns("user_state")}
        tables = set(sa.inspect(conn).get_table_names())
    assert columns == {
        "user_key", "voice", "heard", "reminders",
        "checkin_date", "checkin_count", "first_seen", "last_seen",
    }  # fmt: skip
    assert {"user_state", "schema_version"} <= tables


def test_erasing_a_user_removes_their_row(store, request):
    user = f"{USER}.{request.node.name}"
    manager = AttributesManager(envelope(user), persistence_adapter=store)
    manager.persistent_attributes.mark_heard("bonding-timeline#1")
    manager.save_persistent_attributes()

    manager = AttributesManager(envelope(user), persistence_adapter=store)
    manager.delete_persistent_attributes()
    manager.save_persistent_attributes()  # what the response interceptor does afterwards

    with store.engine.connect() as conn:
        count = conn.execute(
            sa.select(sa.func.count()).where(
                store_module.user_state.c.user_key == store.user_key(user)
            )
        ).scalar()
    assert count == 0
    assert store.load(user)["heard"] == []
    assert store.erase_user(user) is True  # erasing nothing is fine too


# --- merging concurrent changes ------------------------------------------------------------


def test_changes_made_by_two_overlapping_requests_both_land(store, request):
    user = f"{USER}.{request.node.name}"
    first = store.load(user)
    first.mark_heard("old#1")
    store.save(user, first)

    a = store.load(user)
    b = store.load(user)  # both requests read the same row
    a.mark_heard("crying#1")
    a.count_checkin("2024-05-01")
    a.forget_heard(["old#1"])
    b.mark_heard("spoiling#3")
    b.count_checkin("2024-05-01")
    b["voice"] = "soft"
    store.save(user, a)
    store.save(user, b)

    result = store.load(user)
    assert sorted(result["heard"]) == ["crying#1", "spoiling#3"]
    assert result.checkins_on("2024-05-01") == 2
    assert result["voice"] == "soft"


def test_a_replaced_dict_overwrites_instead_of_merging(store, request):
    user = f"{USER}.{request.node.name}"
    seen = store.load(user)
    seen.mark_heard("triggers#1")
    store.save(user, seen)
    store.save(user, {"heard": ["separation#2"], "voice": "normal"})
    result = store.load(user)
    assert result["heard"] == ["separation#2"]
    assert result["voice"] == "normal"


def test_merge_rules():
    base = {"heard": ["a"], "checkin": {"date": "2024-05-01", "count": 2}, "voice": "soft"}
    latest = {"heard": ["a", "b"], "checkin": {"date": "2024-05-01", "count": 5}, "voice": "normal"}
    mine = {"heard": ["c"], "checkin": {"date": "2024-05-01", "count": 3}, "voice": "soft"}
    merged = merge(base, mine, latest)
    assert merged["heard"] == ["b", "c"]  # "a" was removed here, "b" arrived meanwhile
    assert merged["checkin"] == {"date": "2024-05-01", "count": 6}
    assert merged["voice"] == "normal"  # untouched here, so the other request's change stands

    stale_day = {"heard": [], "checkin": {"date": "2024-04-30", "count": 1}}
    newer = {"checkin": {"date": "2024-05-01", "count": 4}}
    assert merge({}, stale_day, newer)["checkin"] == {"date": "2024-05-01", "count": 4}
    rolled = {"checkin": {"date": "2024-05-02", "count": 1}}
    assert merge(base, rolled, latest)["checkin"] == {"date": "2024-05-02", "count": 1}


def test_attributes_keep_what_was_loaded_for_merging():
    attributes = UserAttributes({"heard": ["x"], "voice": "soft"})
    attributes.mark_heard("y")
    assert attributes.base["heard"] == ["x"]
    assert attributes["heard"] == ["x", "y"]
    assert json.loads(json.dumps(attributes)) == dict(attributes)


# --- schema ------------------------------------------------------------------------------------


def test_schema_is_created_once_and_later_migrations_run_in_order(database_url, monkeypatch):
    first = Store.from_url(database_url, SECRET)
    first.load("someone")
    with first.engine.connect() as conn:
        version = conn.execute(sa.select(store_module.schema_version.c.version)).scalar_one()
    first.dispose()
    assert version == len(store_module.MIGRATIONS)

    ran = []

    def add_marker_table(conn):
        ran.append("marker")
        conn.exec_driver_sql("CREATE TABLE migration_marker (id INTEGER)")

    monkeypatch.setattr(store_module, "MIGRATIONS", [*store_module.MIGRATIONS, add_marker_table])
    for _ in range(2):  # a restart must not run it again
        later = Store.from_url(database_url, SECRET)
        later.load("someone")
        later.dispose()
    assert ran == ["marker"]
    engine = sa.create_engine(database_url, poolclass=sa.NullPool)
    with engine.begin() as conn:  # check, then put the shared database back as it was
        now = conn.execute(sa.select(store_module.schema_version.c.version)).scalar_one()
        conn.exec_driver_sql("DROP TABLE migration_marker")
        conn.execute(store_module.schema_version.update().values(version=version))
    engine.dispose()
    assert now == version + 1


# --- faults -------------------------------------------------------------------------------


def test_postgres_refusing_connections_degrades_then_recovers(postgres_admin, caplog):
    caplog.set_level(logging.INFO, logger="skill.store")
    with postgres_admin.database() as url:
        name = sa.make_url(url).database
        store = Store.from_url(url, SECRET)
        saved = store.load(USER)
        saved["voice"] = "soft"
        assert store.save(USER, saved)

        postgres_admin.execute(
            f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false',
            f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'",
        )
        try:
            for _ in range(3):
                during = store.load(USER)
                assert during["voice"] == "auto"  # empty attributes, no exception
            during.mark_heard("lost-while-down")
            assert store.save(USER, during) is False
            assert store.erase_user(USER) is False
        finally:
            postgres_admin.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')

        after = store.load(USER)
        assert after["voice"] == "soft"
        assert not after.has_heard("lost-while-down")
        after.mark_heard("after-recovery")
        assert store.save(USER, after)
        assert store.load(USER).has_heard("after-recovery")
        store.dispose()

    warnings = store_warnings(caplog)
    assert len(warnings) == 1, [r.getMessage() for r in warnings]
    assert "database unavailable" in warnings[0].getMessage()
    assert any("available again after 5 failed" in r.getMessage() for r in caplog.records)
    assert USER not in caplog.text


def test_sqlite_file_path_gone_degrades_then_recovers(tmp_path, caplog):
    caplog.set_level(logging.INFO, logger="skill.store")
    folder = tmp_path / "data"
    folder.mkdir()
    store = Store.from_url(f"sqlite:///{folder / 'state.sqlite'}", SECRET)
    saved = store.load(USER)
    saved["voice"] = "soft"
    assert store.save(USER, saved)

    folder.rename(tmp_path / "data-elsewhere")  # e.g. a volume that went away
    folder.write_text("a file where the data folder was")
    try:
        during = store.load(USER)
        assert during["voice"] == "auto"
        during["voice"] = "normal"
        assert store.save(USER, during) is False
        assert store.load(USER)["voice"] == "auto"
    finally:
        folder.unlink()
        (tmp_path / "data-elsewhere").rename(folder)

    after = store.load(USER)
    assert after["voice"] == "soft"
    after.mark_heard("back")
    assert store.save(USER, after)
    assert store.load(USER).has_heard("back")
    store.dispose()
    assert len(store_warnings(caplog)) == 1
    assert USER not in caplog.text


def test_a_restored_sqlite_file_is_read_not_the_one_it_replaced(tmp_path):
    """The connection a thread keeps between statements notices the file was swapped."""
    path = tmp_path / "state.sqlite"
    store = Store.from_url(f"sqlite:///{path}", SECRET)
    saved = store.load(USER)
    saved["voice"] = "soft"
    assert store.save(USER, saved)
    backup = tmp_path / "backup.sqlite"
    with sa.create_engine(f"sqlite:///{path}", poolclass=sa.NullPool).connect() as conn:
        conn.exec_driver_sql(f"VACUUM INTO '{backup}'")
    changed = store.load(USER)
    changed["voice"] = "normal"
    assert store.save(USER, changed)

    for leftover in (Path(f"{path}-wal"), Path(f"{path}-shm")):
        leftover.unlink(missing_ok=True)
    backup.replace(path)  # a restore while the skill runs

    assert store.load(USER)["voice"] == "soft"
    store.dispose()


def test_sqlite_write_lock_held_elsewhere_drops_the_save_but_reads_go_on(tmp_path, caplog):
    path = tmp_path / "state.sqlite"
    store = Store.from_url(f"sqlite:///{path}", SECRET, timeout=0.2)
    saved = store.load(USER)
    saved["voice"] = "soft"
    assert store.save(USER, saved)

    blocker = sqlite3.connect(path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")  # another process holding the write lock
    try:
        during = store.load(USER)
        assert during["voice"] == "soft"  # WAL readers are not blocked
        during["voice"] = "normal"
        assert store.save(USER, during) is False
        assert store.save(USER, during) is False
        assert store.load(USER)["voice"] == "soft"
    finally:
        blocker.rollback()
        blocker.close()

    assert store.save(USER, during)
    assert store.load(USER)["voice"] == "normal"
    store.dispose()
    assert len(store_warnings(caplog)) == 1


def test_database_missing_at_startup_is_created_when_it_appears(tmp_path):
    folder = tmp_path / "not-yet"
    store = Store.from_url(f"sqlite:///{folder / 'state.sqlite'}", SECRET)
    attributes = store.load(USER)
    attributes.mark_heard("crying#1")
    assert store.save(USER, attributes) is False
    folder.mkdir()
    attributes = store.load(USER)
    attributes.mark_heard("crying#1")
    assert store.save(USER, attributes)
    assert store.load(USER).has_heard("crying#1")
    store.dispose()


# --- configuration ---------------------------------------------------------------------------


def test_bad_configuration_is_refused_at_startup(tmp_path):
    with pytest.raises(ValueError, match="USER_ID_SECRET"):
        Store.from_url(f"sqlite:///{tmp_path / 'x.sqlite'}", "")
    with pytest.raises(ValueError, match="SQLite file"):
        Store.from_url("sqlite://", SECRET)
    with pytest.raises(ValueError, match="unsupported"):
        Store.from_url("mysql://localhost/x", SECRET)


def test_init_app_keeps_a_private_secret_for_a_local_sqlite_store(tmp_path):
    def app_with(url, secret=None):
        app = Flask("calm_cradle_test", instance_path=str(tmp_path / "instance"))
        app.config.update(DATABASE_URL=url, USER_ID_SECRET=secret)
        return app

    url = f"sqlite:///{tmp_path / 'local.sqlite'}"
    first = init_app(app_with(url))
    second = init_app(app_with(url))
    secret_file = tmp_path / "instance" / "user-id-secret"
    assert stat.S_IMODE(secret_file.stat().st_mode) == 0o600
    assert first.user_key(USER) == second.user_key(USER)  # stable across restarts
    configured = app_with(url, "configured")
    assert init_app(configured) is configured.extensions["store"]
    assert configured.extensions["store"].user_key(USER) != first.user_key(USER)
    with pytest.raises(RuntimeError, match="USER_ID_SECRET"):
        init_app(app_with("postgresql+psycopg://postgres@127.0.0.1:5432/x"))
    for built in (first, second, configured.extensions["store"]):
        built.dispose()
