"""Handler base classes that say which requests they take, and a dispatcher index built on them.

ask-sdk asks every handler in turn whether it can handle a request, so a request for an
intent near the end of the list pays for twenty ``can_handle`` calls. A handler built on
:class:`IntentHandler` or :class:`RequestTypeHandler` declares the intents or request
types it takes, and its ``can_handle`` is that declaration (a subclass may narrow it,
calling ``super().can_handle``, never widen it). :class:`IndexedRequestMapper` then asks,
in the registered order, only the handlers that could take the request: the first whose
``can_handle`` is true still wins, exactly as in ask-sdk.
"""

from __future__ import annotations

from typing import Any, ClassVar

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_runtime.dispatch_components.request_components import GenericRequestMapper


class IntentHandler(AbstractRequestHandler):
    """A handler for IntentRequests naming one of ``intents``."""

    intents: ClassVar[tuple[str, ...]] = ()

    def can_handle(self, handler_input: HandlerInput) -> bool:
        request = handler_input.request_envelope.request
        return request.object_type == "IntentRequest" and request.intent.name in self.intents


class RequestTypeHandler(AbstractRequestHandler):
    """A handler for requests of one of ``request_types``."""

    request_types: ClassVar[tuple[str, ...]] = ()

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return handler_input.request_envelope.request.object_type in self.request_types


def _may_take(
    handler: AbstractRequestHandler, request_type: str | None, intent: str | None
) -> bool:
    """Whether ``handler`` could take a request of this type (and intent), by its declaration."""
    if isinstance(handler, IntentHandler):
        return request_type == "IntentRequest" and intent in handler.intents
    if isinstance(handler, RequestTypeHandler):
        return request_type in handler.request_types
    return True  # declares nothing: always asked


class IndexedRequestMapper(GenericRequestMapper):
    """ask-sdk's request mapper, asking only the handlers that could take the request."""

    def __init__(self, request_handler_chains: list[Any]) -> None:
        super().__init__(request_handler_chains)
        handlers = [chain.request_handler for chain in request_handler_chains]
        intents = {i for h in handlers if isinstance(h, IntentHandler) for i in h.intents}
        types = {t for h in handlers if isinstance(h, RequestTypeHandler) for t in h.request_types}
        self._by_intent = {name: self._candidates("IntentRequest", name) for name in intents}
        self._by_type = {kind: self._candidates(kind, None) for kind in types | {"IntentRequest"}}
        self._undeclared = self._candidates(None, None)

    def _candidates(self, request_type: str | None, intent: str | None) -> list[Any]:
        return [
            chain
            for chain in self.request_handler_chains
            if _may_take(chain.request_handler, request_type, intent)
        ]

    def get_request_handler_chain(self, handler_input: HandlerInput) -> Any:
        request = handler_input.request_envelope.request
        chains = None
        if request.object_type == "IntentRequest":
            chains = self._by_intent.get(getattr(request.intent, "name", None))
        if chains is None:
            chains = self._by_type.get(request.object_type, self._undeclared)
        for chain in chains:
            if chain.request_handler.can_handle(handler_input=handler_input):
                return chain
        return None
