"""One Alexa request envelope (already parsed, and authenticated by the caller) to one response.

Shared by every way Alexa reaches the skill: the HTTP endpoint (``skill.alexa_endpoint``,
after its signature check) and AWS Lambda (``skill.lambda_handler``, after its skill id
check). Both refuse the same malformed envelopes before ask-sdk sees them, read past what
ask-sdk's model does not know, and turn a failure outside the handlers into a spoken
apology, so a request that passed the checks never gets a stack trace.
"""

from __future__ import annotations

import decimal
import logging
import re
from collections.abc import Callable
from datetime import date, datetime
from enum import Enum
from functools import partial
from typing import Any

from ask_sdk_core.exceptions import SerializationException
from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_core.skill import CustomSkill
from ask_sdk_model import RequestEnvelope
from ask_sdk_model.request import Request

from skill import content, speech

log = logging.getLogger(__name__)


class _Serializer(DefaultSerializer):
    """ask-sdk's serializer, made cheaper where every request pays (same models out).

    ask-sdk works out how to read a value from its type name each time it meets one: it
    parses ``list[...]`` and ``dict(...)`` names, looks model classes up with ``__import__``
    and rebuilds each class's table of JSON keys. Here that is worked out once per type
    and kept as a reader, and envelopes are read from the parsed dict rather than from
    JSON text. Timestamps are read with the stdlib's ISO 8601 parser (all Alexa sends);
    anything ``fromisoformat`` refuses still goes to dateutil. The overrides name ask-sdk's
    private methods: renamed in a new ask-sdk, they would simply not be called.
    tests/test_envelope_reading.py checks that the models equal ask-sdk's own.
    """

    def __init__(self) -> None:
        super().__init__()
        self._classes: dict[str, Any] = {}
        self._readers: dict[Any, Callable[[Any], Any]] = {}
        self._builders: dict[Any, Callable[[Any], Any]] = {}
        self._writers: dict[type, Callable[[Any], Any]] = {}

    def serialize(self, obj: Any) -> Any:
        """ask-sdk's, with how to write each class (a model's JSON keys) worked out once."""
        writer = self._writers.get(type(obj))
        if writer is None:  # a class ask-sdk cannot write raises, and is not kept
            writer = self._writers[type(obj)] = self._writer(type(obj))
        return writer(obj)

    def _writer(self, kind: type) -> Callable[[Any], Any]:
        """ask-sdk's way of writing a value of class ``kind``, its tests in its order."""
        write = self.serialize
        if kind is type(None) or issubclass(kind, self.PRIMITIVE_TYPES):
            return lambda obj: obj
        if issubclass(kind, list):
            return lambda obj: [write(item) for item in obj]
        if issubclass(kind, tuple):
            return lambda obj: tuple(write(item) for item in obj)
        if issubclass(kind, date):  # datetime too
            return lambda obj: obj.isoformat()
        if issubclass(kind, Enum | decimal.Decimal | dict):
            return partial(DefaultSerializer.serialize, self)
        attribute_map = getattr(kind, "attribute_map", {})
        keys = [(name, attribute_map.get(name, name)) for name in kind.deserialized_types]

        def write_model(obj: Any) -> dict[str, Any]:
            written = {}
            for name, key in keys:
                value = getattr(obj, name)
                if value is not None:
                    written[key] = write(value)
            return written

        return write_model

    def read(self, data: Any, obj_type: Any) -> Any:
        """``data`` (already parsed JSON) as ``obj_type``, like ``deserialize`` of its text."""
        return self._DefaultSerializer__deserialize(data, obj_type)

    def _DefaultSerializer__deserialize(self, payload: Any, obj_type: Any) -> Any:
        if payload is None:
            return None
        return self._reader_of(obj_type)(payload)

    def _reader_of(self, obj_type: Any) -> Callable[[Any], Any]:
        """The kept reader of ``obj_type``, made on first use."""
        reader = self._readers.get(obj_type)
        if reader is None:  # a type that does not resolve raises, and is not kept
            reader = self._readers[obj_type] = self._reader(obj_type)
        return reader

    def _reader(self, obj_type: Any) -> Callable[[Any], Any]:
        """How ask-sdk would read a value of ``obj_type`` (a class or a type name)."""
        read = self._DefaultSerializer__deserialize
        if isinstance(obj_type, str):
            items = re.fullmatch(r"list\[(.*)\]", obj_type)
            if obj_type.startswith("list[") and items and "," not in items.group(1):
                item_type = items.group(1).strip()
                return lambda payload: [read(item, item_type) for item in payload]
            values = re.match(r"dict\(([^,]*), (.*)\)", obj_type)
            if obj_type.startswith("dict(") and values:
                value_type = values.group(2)
                return lambda payload: {key: read(value, value_type)
                                        for key, value in payload.items()}
            if obj_type.startswith(("list[", "dict(")):  # rare forms: ask-sdk's own reading
                original = DefaultSerializer._DefaultSerializer__deserialize
                return partial(original, self, obj_type=obj_type)
            native = self.NATIVE_TYPES_MAPPING.get(obj_type)
            obj_type = native or self._DefaultSerializer__load_class_from_name(obj_type)
        if obj_type in self.PRIMITIVE_TYPES:
            convert = partial(self._DefaultSerializer__deserialize_primitive, obj_type=obj_type)
            return lambda payload: payload if type(payload) is obj_type else convert(payload)
        if obj_type is object:
            return lambda payload: payload
        if obj_type in (date, datetime):
            return partial(self._DefaultSerializer__deserialize_datetime, obj_type=obj_type)
        return self._model_reader(obj_type)

    def _model_reader(self, model: Any) -> Callable[[Any], Any]:
        """ask-sdk's reading of a model class (or an enum, or any other class)."""
        if isinstance(model, type) and issubclass(model, Enum):
            return _as_serialization_error(model)
        if not hasattr(model, "deserialized_types"):
            return lambda payload: payload
        if not hasattr(model, "get_real_child_model"):
            return _as_serialization_error(self._builder(model))

        def by_discriminator(payload: Any) -> Any:
            name = model.get_real_child_model(payload)
            if not name:
                raise SerializationException(f"no {model.__name__} class for this payload")
            return self._builder(self._DefaultSerializer__load_class_from_name(name))(payload)

        return _as_serialization_error(by_discriminator)

    def _builder(self, model: Any) -> Callable[[Any], Any]:
        """Build ``model`` from a payload: known keys read by type, unknown ones kept as sent."""
        found = self._builders.get(model)
        if found is not None:
            return found
        fields = _field_names(model)
        own_way = partial(DefaultSerializer._DefaultSerializer__deserialize_model, self,
                          obj_type=model)
        if fields is None:  # keys ask-sdk reads its own way
            return own_way
        types = model.deserialized_types
        # Each key's reader, found on first use: an envelope has a dozen models and some
        # thirty values, and looking each one's reader up by type name cost a tenth of
        # reading it. A type that does not resolve raises, and is not kept.
        readers: dict[str, Callable[[Any], Any]] = {}

        def build(payload: Any) -> Any:
            if not isinstance(payload, dict):  # not an object: whatever ask-sdk makes of it
                return own_way(payload)
            instance = model()
            extras = []
            for wire, value in payload.items():
                name = fields.get(wire)
                if name is None:
                    extras.append(wire)
                elif value is None:
                    setattr(instance, name, None)
                else:
                    reader = readers.get(name)
                    if reader is None:
                        reader = readers[name] = self._reader_of(types[name])
                    setattr(instance, name, reader(value))
            for wire in extras:  # after the known keys, as ask-sdk does
                setattr(instance, wire, payload[wire])
            return instance

        self._builders[model] = build
        return build

    def _DefaultSerializer__deserialize_datetime(self, payload: Any, obj_type: Any) -> Any:
        try:
            parsed = datetime.fromisoformat(payload)
        except (TypeError, ValueError):
            return super()._DefaultSerializer__deserialize_datetime(payload, obj_type)
        return parsed.date() if obj_type is date else parsed

    def _DefaultSerializer__load_class_from_name(self, class_name: str) -> Any:
        found = self._classes.get(class_name)
        if found is None:  # a name that does not resolve raises, and is not kept
            found = super()._DefaultSerializer__load_class_from_name(class_name)
            self._classes[class_name] = found
        return found


def _as_serialization_error(read: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """``read``, raising ask-sdk's SerializationException on any failure, as ask-sdk does."""

    def reading(payload: Any) -> Any:
        try:
            return read(payload)
        except Exception as error:
            raise SerializationException(str(error)) from None

    return reading


def _field_names(model: Any) -> dict[str, str] | None:
    """A model class's attribute names by JSON key; None if two attributes share a key."""
    names = {name: name for name in model.deserialized_types}
    names.update(getattr(model, "attribute_map", {}))
    by_key = {key: name for name, key in names.items()}
    return by_key if len(by_key) == len(names) else None


_serializer = _Serializer()

# BCP 47 as Alexa uses it ("en-US"); anything else is not from Alexa and never reaches a loader.
_LOCALE = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}")
# What the handlers read from a request; enough to answer when ask-sdk refuses the rest.
_CORE_REQUEST_KEYS = ("type", "requestId", "timestamp", "locale")


class BadRequest(Exception):
    """The request is not a well-formed Alexa envelope (message: a short reason for the log)."""


def answer(skill: CustomSkill, context: Any, data: Any) -> dict[str, Any]:
    """The response (a JSON-able dict) of ``skill`` to the envelope ``data``.

    Raises BadRequest, before any skill logic runs, when ``data`` is not an envelope.
    ``context`` is what handlers receive as ``handler_input.context`` (the app's Services).
    """
    check_shape(data)
    envelope = to_model(data)
    try:
        response = skill.invoke(request_envelope=envelope, context=context)
        return _serializer.serialize(response)
    except Exception:
        log.exception("skill failed outside its handlers for a %.60r", data["request"]["type"])
        return apology(data)


def warm_up(skill: CustomSkill, context: Any) -> None:
    """Answer a launch and a question for nobody, so what is built on first use is built now.

    Content, the learned models and ask-sdk's model classes are loaded lazily; a server that
    forks workers calls this first, so they share one copy and none pays for it on a
    parent's request. The envelopes carry no user and no device: nothing is stored and no
    Alexa API is called. Its log lines are muted.
    """
    requests = (
        {"type": "LaunchRequest"},
        {"type": "IntentRequest", "intent": {"name": "QuestionIntent", "slots": {
            "Query": {"name": "Query", "value": "why does my baby cry"}}}},
    )
    logging.disable(logging.INFO)
    try:
        for request in requests:
            envelope = {
                "version": "1.0",
                "session": {"new": True, "sessionId": "warm-up", "attributes": {}},
                "context": {"System": {}},
                "request": {"requestId": "warm-up", "timestamp": "2024-01-01T00:00:00Z",
                            "locale": content.DEFAULT_LOCALE, **request},
            }
            answer(skill, context, envelope)
    finally:
        logging.disable(logging.NOTSET)


def application_id(data: dict[str, Any]) -> str | None:
    """The skill id the envelope is addressed to (``context.System``, else the session's)."""
    for path in (("context", "System", "application"), ("session", "application")):
        node: Any = data
        for key in path:
            node = node.get(key) if isinstance(node, dict) else None
        found = node.get("applicationId") if isinstance(node, dict) else None
        if found is not None:
            return found
    return None


def check_shape(data: Any) -> None:
    """Refuse JSON that is not an Alexa request envelope before ask-sdk sees it."""
    if not isinstance(data, dict):
        raise BadRequest("envelope is not an object")
    req = data.get("request")
    if not isinstance(req, dict) or not isinstance(req.get("type"), str) or not req["type"]:
        raise BadRequest("envelope has no request type")
    if not isinstance(req.get("requestId", ""), str) or not isinstance(data.get("version"), str):
        raise BadRequest("envelope fields have the wrong types")
    locale = req.get("locale")
    if locale is not None and not (isinstance(locale, str) and _LOCALE.fullmatch(locale)):
        raise BadRequest("request locale is not a language tag")
    for part in ("session", "context"):
        if data.get(part) is not None and not isinstance(data[part], dict):
            raise BadRequest(f"{part} is not an object")


def to_model(data: dict[str, Any]) -> RequestEnvelope:
    """ask-sdk's model of the envelope, reading past what the model does not know.

    Alexa adds request types and enum values (dialog states, resolution codes) over time,
    and ask-sdk's model refuses any it does not know. The request is then reduced to its
    core; a type ask-sdk has no class for becomes a plain ``Request`` of that type, which
    the skill's catch-all handler answers.
    """
    try:
        return _deserialize(data, RequestEnvelope)
    except Exception as error:  # ask-sdk raises several types on values it does not know
        log.warning(
            "ask-sdk cannot read a %.60r request in full (%s); using its core fields",
            data["request"]["type"],
            type(error).__name__,
        )
    core = _core_request(data["request"])
    try:
        envelope = _deserialize({**data, "request": None}, RequestEnvelope)
        try:
            envelope.request = _deserialize(core, Request)
        except Exception:  # no ask-sdk class for this type: read the common fields only
            known = _deserialize({**core, "type": "LaunchRequest"}, Request)
            envelope.request = Request(
                object_type=core["type"],
                request_id=known.request_id,
                timestamp=known.timestamp,
                locale=known.locale,
            )
    except Exception as error:
        raise BadRequest(f"envelope does not deserialise ({type(error).__name__})") from None
    return envelope


def apology(data: dict[str, Any]) -> dict[str, Any]:
    """A spoken apology built without ask-sdk, for failures outside the skill's own handlers."""
    words = content.for_locale(data["request"].get("locale"))
    return {
        "version": "1.0",
        "response": {
            "outputSpeech": {"type": "SSML", "ssml": speech.to_ssml(words.say("apology"))},
            "shouldEndSession": True,
        },
    }


def _deserialize(data: dict[str, Any], model: type) -> Any:
    return _serializer.read(data, model)


def _core_request(req: dict[str, Any]) -> dict[str, Any]:
    """The request cut down to what handlers read: type, id, time, locale, intent, slot values."""
    core = {key: req[key] for key in _CORE_REQUEST_KEYS if key in req}
    intent = req.get("intent")
    if isinstance(intent, dict):
        slots = intent.get("slots") if isinstance(intent.get("slots"), dict) else {}
        core["intent"] = {
            "name": intent.get("name"),
            "slots": {
                name: {"name": name, "value": slot.get("value")}
                for name, slot in slots.items()
                if isinstance(slot, dict)
            },
        }
    return core
