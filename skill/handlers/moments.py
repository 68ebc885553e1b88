"""Soothing moments: the breathing minute, repair and self-care reminders, night-feed check-ins.

Each moment is a pre-rendered prompt, played as audio when Alexa can fetch it and spoken
with its pauses otherwise (see ``speech.prompt_parts``). By day a moment ends with one
gentle offer; at night it ends the session instead, so a parent feeding a baby at 3 a.m.
is not kept talking.
"""

from __future__ import annotations

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name
from ask_sdk_model import Response

from skill import night, speech
from skill.audio_library import PromptAudio
from skill.handlers.guidance import next_unheard, speak_tip
from skill.handlers.reply import OFFER, content_of, say, services_of, session, user_state
from skill.handlers.routing import IntentHandler

BREATHING = "breathing"  # prompt names and families in audio/manifest.json
EMPTY_CUP = "empty-cup"
REPAIR = "repair"
NIGHT_FEED = "night-feed"
CHECKIN_CHOICE = "checkin_choice"  # OFFER while the check-in's one choice is open

_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")


def ordinal(number: int) -> str:
    """The spoken ordinal: "third" for 3, then "12th" and so on, which Alexa reads as words."""
    if 0 < number <= len(_ORDINALS):
        return _ORDINALS[number - 1]
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{'th' if 10 <= number % 100 <= 20 else suffix}"


def next_prompt(handler_input: HandlerInput, stem: str) -> PromptAudio:
    """A variant of a prompt family this parent has not heard yet, remembered across sessions.

    Once every variant was heard the round starts again, never with the one just played.
    """
    services = services_of(handler_input)
    family = {prompt.name: prompt for prompt in services.prompts.family(stem)}
    state = user_state(handler_input)
    name, _ = next_unheard(state, list(family), str, services.rng)  # stored by prompt name
    state.mark_heard(name)
    return family[name]


def _words_of(prompt: PromptAudio) -> str:
    """What a prompt says, for the card (an audio clip shows no words of its own)."""
    return " ".join(segment.text for segment in prompt.segments)


def play_moment(handler_input: HandlerInput, prompt: PromptAudio) -> Response:
    """Play one prompt; then a tip on offer by day, or a soft goodnight that ends at night."""
    words = content_of(handler_input)
    clip = speech.prompt_parts(prompt, services_of(handler_input).public_base_url)
    if night.is_night_now(handler_input):
        goodnight = words.say("night_goodnight")
        return say(handler_input, [*clip, goodnight], card=f"{_words_of(prompt)} {goodnight}")
    offer = words.say("moment_after")
    return say(
        handler_input,
        [*clip, offer],
        reprompt=words.say("offer_reprompt"),
        offer="tip",
        card=f"{_words_of(prompt)} {offer}",
    )


def play_breathing(handler_input: HandlerInput) -> Response:
    """The breathing minute, asked for directly or chosen after a check-in."""
    return play_moment(handler_input, services_of(handler_input).prompts.for_prompt(BREATHING))


class BreathingHandler(IntentHandler):
    """Asked to "breathe with me" or "help me calm down": the breathing minute."""

    intents = ("BreathingIntent",)

    def handle(self, handler_input: HandlerInput) -> Response:
        return play_breathing(handler_input)


class RepairReminderHandler(IntentHandler):
    """Asked for a repair reminder: the next one this parent has not heard yet."""

    intents = ("RepairReminderIntent",)

    def handle(self, handler_input: HandlerInput) -> Response:
        return play_moment(handler_input, next_prompt(handler_input, REPAIR))


class SelfCareReminderHandler(IntentHandler):
    """ "Help me fill my cup": the reminder that a parent needs looking after too."""

    intents = ("SelfCareReminderIntent",)

    def handle(self, handler_input: HandlerInput) -> Response:
        prompt = services_of(handler_input).prompts.for_prompt(EMPTY_CUP)
        return play_moment(handler_input, prompt)


class NightFeedCheckInHandler(IntentHandler):
    """A parent feeding at night checks in: an affirmation, tonight's count, one choice.

    A night is counted under its evening's date, so feeds at 11 p.m. and 3 a.m. are one night.
    """

    intents = ("NightFeedCheckInIntent",)

    def handle(self, handler_input: HandlerInput) -> Response:
        words = content_of(handler_input)
        local = night.local_time(handler_input)
        count = user_state(handler_input).count_checkin(night.night_of(local))
        affirmation = next_prompt(handler_input, NIGHT_FEED)
        lines = []
        if count > 1:
            tally = "night_checkin_count" if night.is_night(local) else "moment_checkin_count"
            lines.append(words.say(tally, ordinal=ordinal(count)))
        lines.append(words.say("moment_checkin_offer"))
        clip = speech.prompt_parts(affirmation, services_of(handler_input).public_base_url)
        return say(
            handler_input,
            [*clip, *lines],
            reprompt=words.say("moment_checkin_reprompt"),
            offer=CHECKIN_CHOICE,
            card=" ".join([_words_of(affirmation), *lines]),
        )


class CheckInChoiceHandler(IntentHandler):
    """The answer to the check-in's choice: yes (breathing), a tip, or no (quiet).

    "Breathe with me" needs no help here: BreathingHandler plays the same moment. At night
    every answer ends the session; by day breathing and the tip keep it open.
    """

    intents = ("AMAZON.YesIntent", "TipIntent", "AMAZON.NoIntent")

    def can_handle(self, handler_input: HandlerInput) -> bool:
        offered = session(handler_input).get(OFFER) == CHECKIN_CHOICE
        return super().can_handle(handler_input) and offered

    def handle(self, handler_input: HandlerInput) -> Response:
        if is_intent_name("AMAZON.YesIntent")(handler_input):
            return play_breathing(handler_input)
        words = content_of(handler_input)
        at_night = night.is_night_now(handler_input)
        if is_intent_name("TipIntent")(handler_input):
            return speak_tip(handler_input, words.say("night_goodnight") if at_night else None)
        return say(handler_input, words.say("night_quiet" if at_night else "moment_quiet"))
