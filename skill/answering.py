"""A parent's free-form question -> one short, safe answer.

Order matters: safety triage first (a crisis must never be answered with a tip), then the
question is ranked against every guidance topic, and a low-confidence match becomes an
honest "here is what I can help with" rather than a wrong answer.

Ranking is a small learned model (``skill.topic_model``) over the guidance topics, medical
and out-of-scope. When it is unsure, or its best guess is out-of-scope, the parent hears
what Calm Cradle covers; a health question the triage rules did not name gets the same
gentle redirect to a doctor as one they did, and one they named that the ranking is all but
sure is out of scope ("what is forty degrees in fahrenheit") is out of scope. Two things come
before the ranking: a task for the speaker itself or a question about a pet's own behaviour or
health is out of scope, and a question triage found to ask what the article answers is never
ranked as a health question.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, replace

from skill import content, safety, topic_model
from skill.text import normalise
from skill.word_lists import CHILD_WORDS, KEPT_ANIMALS

# Below this chance for the best label, say what Calm Cradle covers instead of guessing.
MIN_CONFIDENCE = 0.4
# A question the health rules named, which the ranking is at least this sure is out of scope,
# is out of scope ("what is forty degrees in fahrenheit"): leaving blind sets JD to JX out of
# the ranking's training, 6 of the 8 such out-of-scope questions reached 0.95 and none of the
# 531 health questions reached 0.8. (0.8 let through a mother's "i lost a lot of blood with a
# haemorrhage last time, is it likely again", at 0.88.) An urgent one is never overruled.
OUT_OF_SCOPE_OVER_HEALTH = 0.95

# A task for the speaker itself ("can you put on radio two", "turn the heating up", "add wipes
# to the shopping list") is out of scope however tired the words around it sound: a parent
# who says "i'm so tired, so how long does it take to drive to bristol" wants the drive.
_DEVICE_TASK = re.compile(
    r"\b(?:can you|could you|will you|would you|please|alexa) (?:\w+ ){0,2}(?:play|put on|read me"
    r"|read out|tell me (?:a joke|the news|the weather|the time|the score|who)|give me a (?:quiz"
    r"|riddle|joke|recipe)|order|book|call|ring|text|message|translate|convert|spell|add)\b"
    r"|\bturn (?:the )?(?:heating|lights?|tv|telly|radio|volume|music|fan|thermostat|heater|sound)"
    r" (?:up|down|on|off)\b|\bturn (?:up|down|on|off) the (?:heating|lights?|tv|telly|radio|volume"
    r"|music|fan|thermostat|heater|sound)\b|\b(?:to|on) (?:the|my) shopping list\b"
    r"|\bhow long does it take to (?:drive|fly|get) (?:from|to)\b"
    r"|^(?:order|reorder|buy) (?:more|some|another|new|a|an)\b"
    r"|\b(?:news headlines|weather (?:forecast|today|tomorrow)|radio (?:one|two|four|\d))\b"
    r"|\b(?:switch|turn|shut) yourself (?:off|down)\b"
)

# A pet doing what a baby does, or a pet's own health, with no child named: "our new puppy
# cries all night in his crate", "my cat follows me everywhere, is she too attached", "the
# sheepdog has gone off his food". (Not "the dog barked and she cried": there the pet only
# sets the scene.)
_A_PETS_OWN_WAYS = re.compile(
    rf"^(?!.*\b{CHILD_WORDS}\b)(?:\w+ ){{0,4}}(?:my|our|the|his|her) (?:\w+ ){{0,2}}"
    rf"{KEPT_ANIMALS}s? (?:\w+ ){{0,3}}?"
    r"(?:cries|cry|crying|whines?|whining|whimpers?|whimpering|howls?|howling|yelps?"
    r"|follows (?:me|us)|(?:is|gets|seems) (?:so |very |really |a bit |too )?(?:clingy|attached"
    r"|anxious|needy|stressed|upset)|has (?:bad )?separation anxiety|(?:will not|does not"
    r"|can not) settle|(?:has |is )?(?:gone|going|went) off (?:his|her|its|their) food"
    r"|(?:is|seems|looks) (?:a bit |really |very )?(?:poorly|sick|ill|off colou?r)"
    r"|(?:is|keeps) (?:limping|scratching|itching|shedding|plucking)"
    r"|plucking (?:\w+ ){0,2}feathers)\b"
)

# ... or a pet answering the baby, asked about the pet: "our husky howls every time the baby
# cries, is he singing along", "why does my dog bark when baby cry, is he stressed".
_A_PET_ANSWERING_THE_BABY = re.compile(
    rf"\b(?:my|our|the) (?:\w+ )?{KEPT_ANIMALS}s? (?:\w+ )?(?:howl|bark|whine|whimper"
    r"|yelp|growl|hiss|meow|miaow|hide|hides|run|runs)\w* (?:every time|each time|whenever|when)"
    rf" (?:the |my |our )?(?:{CHILD_WORDS}|little one) (?:cr\w+|scream\w*|wail\w*|squeal\w*)\b"
    r"(?: \w+){0,3} (?:is|does|was|has) (?:he|she|it|the (?:\w+ )?(?:dog|cat|pup|puppy))\b"
)

# Out of scope before any ranking.
_NOT_FOR_THE_ARTICLE = (_DEVICE_TASK, _A_PETS_OWN_WAYS, _A_PET_ANSWERING_THE_BABY)


@dataclass(frozen=True)
class Answer:
    """What Calm Cradle says to one question, and why."""

    topic: str  # a guidance topic id, or safety.CRISIS / MEDICAL / OUT_OF_SCOPE
    speech: str  # plain text; skill.speech turns it into SSML
    confidence: float  # 0..1: how sure the triage or the ranking is of ``topic``
    end_session: bool = False  # a crisis answer closes the conversation
    more: str | None = None  # the topic's tell-me-more follow-up, for guidance topics
    # Said before a guidance answer when triage was unsure there is no danger (``speech``
    # already starts with it).
    safety_note: str | None = None


def rank(question: str) -> list[tuple[str, float]]:
    """Every topic (and medical, out-of-scope) with its chance for ``question``, best first.

    No safety triage here: this is the ranking alone, for evaluation.
    """
    chances = topic_model.shipped().chances(question)
    return sorted(((t, round(c, 3)) for t, c in chances.items()), key=lambda tc: -tc[1])


def best_kind_of_answer(question: str, ruled_out: tuple[str, ...] = ()) -> tuple[str, float]:
    """The ranking's best label and how sure it is of that kind of answer.

    Topics close in meaning share the chance between them ("i let her cry while i showered,
    have i ruined everything" is repair, availability or perfect-parent), so for a guidance
    topic the sureness is the chance that the question is for the article at all.
    """
    chances = topic_model.shipped().chances_given(question, ruled_out)
    topic = max(chances, key=chances.__getitem__)
    if topic in (safety.OUT_OF_SCOPE, safety.MEDICAL):
        return topic, chances[topic]
    return topic, 1 - chances[safety.OUT_OF_SCOPE] - chances.get(safety.MEDICAL, 0.0)


def answer(
    question: str,
    locale: str = "en-US",
    rng: random.Random | None = None,
    avoid: str | None = None,
) -> Answer:
    """Safety triage, then the best guidance topic, or what Calm Cradle can help with.

    ``locale`` is the request's locale (it picks the emergency numbers); ``avoid`` is speech
    said last time, so asking again can bring a different wording.
    """
    verdict = safety.triage(question)
    ranked = None  # the ranking, asked first for a health question (OUT_OF_SCOPE_OVER_HEALTH)
    if verdict.response == safety.MEDICAL:
        ranked = best_kind_of_answer(question)
        if ranked[0] == safety.OUT_OF_SCOPE and ranked[1] >= OUT_OF_SCOPE_OVER_HEALTH:
            verdict = safety.Triage(safety.NONE)
    if verdict.outcome != safety.NONE:
        return Answer(
            topic=verdict.outcome,
            speech=safety.speech(verdict.response, locale, rng, avoid),
            confidence=1.0,
            end_session=verdict.outcome == safety.CRISIS,
        )
    heard = normalise(question)
    if any(rule.search(heard) for rule in _NOT_FOR_THE_ARTICLE):
        topic, chance = safety.OUT_OF_SCOPE, 1.0
    else:
        ruled_out = (safety.MEDICAL,) if verdict.article_question else ()
        topic, chance = ranked or best_kind_of_answer(question, ruled_out)
    confidence = round(chance, 3)
    if topic == safety.OUT_OF_SCOPE or confidence < MIN_CONFIDENCE:
        return Answer(
            topic=safety.OUT_OF_SCOPE,
            speech=safety.speech(safety.OUT_OF_SCOPE, locale, rng, avoid),
            confidence=confidence if topic == safety.OUT_OF_SCOPE else round(1 - confidence, 3),
        )
    if topic == safety.MEDICAL:  # a health question no rule named
        return answer_health(locale, rng, avoid, confidence)
    result = answer_topic(topic, locale, rng, avoid, confidence)
    if not verdict.near_danger:
        return result
    note = safety.speech(safety.NET, locale, rng)
    return replace(result, speech=f"{note} {result.speech}", safety_note=note)


def answer_health(
    locale: str = "en-US",
    rng: random.Random | None = None,
    avoid: str | None = None,
    confidence: float = 1.0,
) -> Answer:
    """The gentle redirect to the family's clinician, with the offer of a calm tip."""
    speech = safety.speech(safety.MEDICAL, locale, rng, avoid)
    return Answer(topic=safety.MEDICAL, speech=speech, confidence=confidence)


def answer_topic(
    topic_id: str,
    locale: str = "en-US",
    rng: random.Random | None = None,
    avoid: str | None = None,
    confidence: float = 1.0,
) -> Answer:
    """One wording of a known topic (for topic intents), preferring one other than ``avoid``."""
    topic = content.for_locale(locale).guidance[topic_id]
    options = [a for a in topic.answers if a != avoid] or list(topic.answers)
    return Answer(
        topic=topic_id,
        speech=(rng or random).choice(options),
        confidence=confidence,
        more=topic.more,
    )
