"""Guidance from the article: tips, topic questions, free questions, and their follow-ups."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import get_intent_name, get_locale, is_request_type
from ask_sdk_model import Response

from skill import answering
from skill.content import LocaleContent
from skill.handlers.reply import (
    LAST_TOPIC,
    OFFER,
    TIPS_HEARD,
    content_of,
    say,
    services_of,
    session,
    slot_value,
    user_state,
)
from skill.handlers.routing import IntentHandler
from skill.lead_words import QUERY_SLOT, question_heard, question_intents
from skill.store import UserAttributes


def next_unheard(
    state: UserAttributes,
    choices: list[str],
    stored_as: Callable[[str], str],
    rng: random.Random,
    also_heard: Sequence[str] = (),
) -> tuple[str, bool]:
    """A choice this parent has not heard (stored ids, plus ``also_heard``), and whether the
    round started over because every choice was heard.

    A new round forgets the stored ids of the choices and never begins with the one heard
    last. Tips and prompt families (repair, night-feed) rotate through this one function.
    """
    by_stored_id = {stored_as(choice): choice for choice in choices}
    heard = [by_stored_id[i] for i in state["heard"] if i in by_stored_id] + list(also_heard)
    fresh = [choice for choice in choices if choice not in heard]
    if fresh:
        return rng.choice(fresh), False
    state.forget_heard(list(by_stored_id))
    return rng.choice([c for c in choices if c not in heard[-1:]] or choices), True


def tip_id(topic_id: str) -> str:
    """How a topic the parent heard is remembered across sessions (prompts use their names)."""
    return f"tip:{topic_id}"


def speak_topic(
    handler_input: HandlerInput,
    topic_id: str,
    preface: str | None = None,
    closing: str | None = None,
) -> Response:
    """One topic's short answer, then an offer to hear more (or ``closing``, and the end)."""
    words = content_of(handler_input)
    topic = words.guidance[topic_id]
    answer = services_of(handler_input).rng.choice(topic.answers)
    session(handler_input)[LAST_TOPIC] = topic_id
    user_state(handler_input).mark_heard(tip_id(topic_id))
    if closing:  # e.g. after a night check-in: no more questions, the session ends
        return say(handler_input, [p for p in (preface, answer, closing) if p])
    parts = [p for p in (preface, answer, words.say("offer_more")) if p]
    return say(handler_input, parts, reprompt=words.say("offer_reprompt"), offer="more")


def speak_tip(handler_input: HandlerInput, closing: str | None = None) -> Response:
    """The next tip not heard in this conversation or an earlier one (then ``closing``).

    The session's list keeps the promise within a conversation even when the database is
    down; the stored ids carry it across conversations. Once every tip was heard the round
    starts again, never with the tip just heard.
    """
    words: LocaleContent = content_of(handler_input)
    attributes = session(handler_input)
    this_session = list(attributes.get(TIPS_HEARD, []))
    topic_id, restarted = next_unheard(
        user_state(handler_input),
        list(words.guidance),
        tip_id,
        services_of(handler_input).rng,
        also_heard=this_session,
    )
    attributes[TIPS_HEARD] = [topic_id] if restarted else [*this_session, topic_id]
    preface = words.say("all_tips_heard") if restarted else None
    return speak_topic(handler_input, topic_id, preface, closing)


def speak_more(handler_input: HandlerInput) -> Response:
    """The longer follow-up for the topic just discussed, then a tip on offer."""
    words = content_of(handler_input)
    topic_id = session(handler_input).get(LAST_TOPIC)
    if topic_id not in words.guidance:
        return speak_tip(handler_input)
    more = words.guidance[topic_id].more
    return say(
        handler_input,
        [more, words.say("offer_another_tip")],
        reprompt=words.say("offer_reprompt"),
        offer="tip",
    )


class TipHandler(IntentHandler):
    """ "Give me a tip" and "next": a tip this parent has not heard yet."""

    intents = ("TipIntent", "AMAZON.NextIntent")

    def handle(self, handler_input: HandlerInput) -> Response:
        return speak_tip(handler_input)


class TopicHandler(AbstractRequestHandler):
    """A question the interaction model already matched to one guidance topic."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        if not is_request_type("IntentRequest")(handler_input):
            return False
        return get_intent_name(handler_input) in content_of(handler_input).topic_by_intent

    def handle(self, handler_input: HandlerInput) -> Response:
        words = content_of(handler_input)
        return speak_topic(handler_input, words.topic_by_intent[get_intent_name(handler_input)])


class QuestionHandler(IntentHandler):
    """A free-form question: safety triage first, then the best-matching guidance."""

    intents = question_intents()

    def handle(self, handler_input: HandlerInput) -> Response:
        words = content_of(handler_input)
        intent = get_intent_name(handler_input)
        question = question_heard(intent, slot_value(handler_input, QUERY_SLOT))
        if question is None:
            prompt = words.say("question_prompt")
            return say(handler_input, prompt, reprompt=words.say("help_reprompt"))
        # The request's own locale, not the content folder: crisis numbers differ per country.
        result = answering.answer(question, get_locale(handler_input) or words.locale)
        return speak_answer(handler_input, result)


class HealthQuestionHandler(IntentHandler):
    """A health worry Alexa matched by its words alone ("cough at night again"): the same
    redirect to a clinician a free-form health question gets."""

    intents = ("HealthQuestionIntent",)

    def handle(self, handler_input: HandlerInput) -> Response:
        locale = get_locale(handler_input) or content_of(handler_input).locale
        return speak_answer(handler_input, answering.answer_health(locale))


def speak_answer(handler_input: HandlerInput, result: answering.Answer) -> Response:
    """Say what ``answering`` made of a question: a topic, a crisis, or a redirect."""
    words = content_of(handler_input)
    if result.topic in words.guidance:
        return speak_topic(handler_input, result.topic, preface=result.safety_note)
    if result.end_session:  # a crisis: resources first, then the session ends
        return say(handler_input, result.speech)
    return say(handler_input, result.speech, reprompt=words.say("offer_reprompt"), offer="tip")


class TellMeMoreHandler(IntentHandler):
    intents = ("TellMeMoreIntent",)

    def handle(self, handler_input: HandlerInput) -> Response:
        return speak_more(handler_input)


class YesHandler(IntentHandler):
    """ "Yes" accepts whatever the last response offered."""

    intents = ("AMAZON.YesIntent",)

    def handle(self, handler_input: HandlerInput) -> Response:
        offer = session(handler_input).get(OFFER)
        if offer == "more":
            return speak_more(handler_input)
        if offer == "tip":
            return speak_tip(handler_input)
        words = content_of(handler_input)
        ask = words.say("yes_without_offer")
        return say(handler_input, ask, reprompt=words.say("help_reprompt"))


class NoHandler(IntentHandler):
    """ "No" declines the offer and closes gently."""

    intents = ("AMAZON.NoIntent",)

    def handle(self, handler_input: HandlerInput) -> Response:
        return say(handler_input, content_of(handler_input).say("no_thanks"))
