"""GET /audio/<file>: the rendered prompts, served so Alexa and caches can keep them forever.

Only files listed in the manifest are served, so no request can reach any other file. File
names carry their content hash, hence the year-long immutable caching and the strong ETag
(the file's sha256). Range and If-None-Match are answered by Werkzeug's conditional responses.
"""

from __future__ import annotations

from flask import Blueprint, Response, abort, current_app, send_file

from skill.audio_library import AUDIO_URL_PREFIX, library

ONE_YEAR = 31536000

audio_bp = Blueprint("audio", __name__, url_prefix=AUDIO_URL_PREFIX)


@audio_bp.get("/<file>")
def audio_file(file: str) -> Response:
    prompts = library(current_app.config["AUDIO_DIR"])
    prompt = prompts.by_file(file)
    if prompt is None:
        abort(404)
    path = prompts.path_of(prompt)
    if not path.is_file():
        abort(404)
    response = send_file(
        path, mimetype="audio/mpeg", conditional=True, etag=prompt.sha256, max_age=ONE_YEAR
    )
    response.cache_control.immutable = True
    return response
