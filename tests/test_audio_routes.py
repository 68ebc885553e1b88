"""GET /audio/<file>: whole files, ranges, revalidation, and nothing outside the manifest."""

from __future__ import annotations

import shutil

import pytest
from flask import Flask

from skill.audio_library import DEFAULT_AUDIO_DIR, load_manifest
from skill.audio_routes import audio_bp


@pytest.fixture
def audio_dir(tmp_path):
    copy = tmp_path / "audio"
    shutil.copytree(DEFAULT_AUDIO_DIR, copy)
    return copy


@pytest.fixture
def audio_client(audio_dir):
    app = Flask(__name__)
    app.config["AUDIO_DIR"] = audio_dir
    app.register_blueprint(audio_bp)
    return app.test_client()


@pytest.fixture
def entry(audio_dir):
    return next(e for e in load_manifest(audio_dir)["prompts"] if e["name"] == "night-feed-1")


def test_whole_file_with_forever_caching(audio_client, audio_dir, entry):
    reply = audio_client.get(f"/audio/{entry['file']}")
    assert reply.status_code == 200
    assert reply.data == (audio_dir / entry["file"]).read_bytes()
    assert reply.mimetype == "audio/mpeg"
    assert reply.headers["ETag"] == f'"{entry["sha256"]}"'  # strong: no W/ prefix
    cache = reply.cache_control
    assert cache.public and cache.immutable and cache.max_age == 31536000
    assert reply.headers["Accept-Ranges"] == "bytes"


def test_default_audio_dir_is_the_repos_audio_folder(client, entry):
    reply = client.get(f"/audio/{entry['file']}")
    assert reply.status_code == 200
    assert reply.data == (DEFAULT_AUDIO_DIR / entry["file"]).read_bytes()


@pytest.mark.parametrize(
    ("range_header", "start", "end"),
    [("bytes=0-99", 0, 99), ("bytes=1000-", 1000, None), ("bytes=-500", -500, None)],
)
def test_range_request_gets_just_those_bytes(
    audio_client, audio_dir, entry, range_header, start, end
):
    data = (audio_dir / entry["file"]).read_bytes()
    reply = audio_client.get(f"/audio/{entry['file']}", headers={"Range": range_header})
    assert reply.status_code == 206
    expected = data[start : None if end is None else end + 1]
    assert reply.data == expected
    first = start % len(data)
    assert (
        reply.headers["Content-Range"] == f"bytes {first}-{first + len(expected) - 1}/{len(data)}"
    )


def test_range_past_the_end_is_unsatisfiable(audio_client, entry):
    reply = audio_client.get(
        f"/audio/{entry['file']}", headers={"Range": f"bytes={entry['bytes']}-"}
    )
    assert reply.status_code == 416
    assert reply.headers["Content-Range"] == f"bytes */{entry['bytes']}"


def test_known_etag_revalidates_without_a_body(audio_client, entry):
    reply = audio_client.get(
        f"/audio/{entry['file']}", headers={"If-None-Match": f'"{entry["sha256"]}"'}
    )
    assert reply.status_code == 304
    assert reply.data == b""
    other = audio_client.get(f"/audio/{entry['file']}", headers={"If-None-Match": '"stale"'})
    assert other.status_code == 200


@pytest.mark.parametrize(
    "path",
    [
        "/audio/manifest.json",
        "/audio/unknown.mp3",
        "/audio/../pyproject.toml",
        "/audio/..%2Fpyproject.toml",
        "/audio/%2e%2e%2fskill%2f__init__.py",
        "/audio/..",
        "/audio/",
    ],
)
def test_anything_not_in_the_manifest_is_not_found(audio_client, path):
    assert audio_client.get(path).status_code == 404


def test_stray_mp3_in_the_folder_is_not_served(audio_client, audio_dir, entry):
    stray = audio_dir / "stray.mp3"
    shutil.copy(audio_dir / entry["file"], stray)
    assert audio_client.get("/audio/stray.mp3").status_code == 404


def test_listed_file_gone_from_disk_is_not_found(audio_client, audio_dir, entry):
    (audio_dir / entry["file"]).unlink()
    assert audio_client.get(f"/audio/{entry['file']}").status_code == 404
