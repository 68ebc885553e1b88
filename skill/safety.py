"""Safety triage: emergencies and thoughts of harm first, health questions next.

Runs before any guidance is chosen. A crisis gets the locale's emergency number and crisis
line before anything else and ends the conversation; a health question gets a gentle
redirect to the family's clinician and the offer of a calm tip. The rules are phrase
patterns over normalised text (see ``skill.text``), written so that strong feelings alone
("angry", "scared", "crying") never count as a crisis: only an emergency sign, or harm
joined to a person ("I might hurt her", "I want to end my life"), does.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from skill.content import CONTENT_DIR
from skill.text import normalise

CRISIS = "crisis"
MEDICAL = "medical"
OUT_OF_SCOPE = "out-of-scope"
NONE = "none"

# Response kinds (keys of "responses" in safety.json).
EMERGENCY = "emergency"
HARM = "harm"

SAFETY_PATH = CONTENT_DIR / "safety.json"


def _any(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


_PERSON = (
    r"(?:(?:my|the|our|this|that|his|her) )?"
    r"(?:baby|babies|babe|newborn|infant|son|daughter|child|kid|boy|girl|little one|twins?"
    r"|him|her|them|it)\b"
)
_HARM_VERB = (
    r"(?:hurt|hurting|harm|harmed|harming|shake|shaking|shook|shaken|hit|hitting|smack\w*"
    r"|slap\w*|punch\w*|kick\w*|beat|beating|smother\w*|suffocat\w*|kill|killed|killing"
    r"|throw|throwing|threw|thrown|toss\w*|drown\w*|strangl\w*|chok(?:e|ed|ing)|squeez\w*"
    r"|injur\w*|abus\w*|batter\w*)"
)
# Words that may sit between "i" and the harm verb without changing who acts or intends:
# "i am scared i will", "i feel like i could", "i keep having thoughts of".
_BRIDGE = (
    r"(?:am|was|will|would|might|may|could|can|do|did|going|gonna|to|really|just|so|actually"
    r"|almost|nearly|feel|felt|feeling|like|want|wanted|wanting|keep|kept|have|had|been"
    r"|get|getting|having|scared|afraid|worried|terrified|frightened|fear|that|i|think"
    r"|thinking|about|of|thoughts?|urges?|impulses?|tempted|sometimes|seriously|a|an|the"
    r"|literally|honestly)"
)

_EMERGENCY = _any(
    r"\b(?:not|no longer|stopped|can not|could not|struggling to|fighting to|unable to)"
    r"(?: \w+)? breath(?:e|es|ing)?\b",
    r"\bgasping\b",
    r"\bchok(?:e|es|ed|ing)\b",
    r"\b(?:lips|face|skin|mouth|turn(?:s|ed|ing)?|gone|going|went)(?: \w+){0,3}"
    r" (?:blue|grey|gray|purple)\b",
    r"\b(?:baby|is|looks|looking|looked|went|gone|turning|turned)"
    r" (?:really |very |a bit |kind of |so )?(?:blue|grey|gray|purple)\b",
    r"\b(?:unresponsive|unconscious|not responding|non responsive|passed out|knocked out"
    r"|fainted|limp|floppy|lifeless|not moving|stopped moving|will not wake|can not wake"
    r"|not waking|died)\b",
    r"\b(?:is|are|was|were) dying\b",  # not "i am dying for a nap"
    r"\b(?:seizures?|seizing|convuls\w*)\b",
    r"\b(?:is|are|was|started|starts|keeps|been) fitting\b",  # not "the car seat fitting"
    # "a fit" is the everyday British word for a seizure (but "a fit of giggles" is not).
    r"\b(?:having|had|has|have|gone into|went into) (?:a |another )?fits?\b(?! of)",
    r"\b(?:swallow\w*|ate|eaten|drank|drunk|chewed|ingested|got into)\b.{0,40}"
    r"\b(?:batter(?:y|ies)|button cell|coin cell|magnets?|poison\w*|bleach|detergent"
    r"|laundry pods?|pills?|tablets?|medicines?|medication|chemicals?|cleaning|cleaner"
    r"|alcohol|drugs|nicotine|vape|coins?|marbles?|buttons?|beads?|earrings?|rings?|screws?"
    r"|nails|pins?|lego|glass|small (?:object|part|piece|toy)s?|something sharp)\b",
    r"\bpoison(?:ed|ing|ous)?\b",
    r"\b(?:fell|fallen|falls?|dropped|rolled off)\b.{0,40}\b(?:head|unconscious|not responding"
    r"|passed out|knocked|bleeding|vomit\w*|limp|will not wake)\b",
    r"\b(?:hit|banged|bumped|hurt|injured|cracked) (?:his|her|their|its|the|my baby|baby) head\b",
    r"\bhead (?:injury|injuries|wound)\b",
    r"\b(?:not|will not|can not) stop bleeding\b",
    r"\bbleeding (?:a lot|heavily|badly|everywhere|profusely|so much|lots)\b",
    r"\b(?:heavy|severe|serious|lots of|so much|a lot of) (?:bleeding|blood)\b",
    r"\bblood everywhere\b",
    r"\bdrown\w*\b",
    r"\b(?:scald\w*|got burn(?:ed|t)|burn(?:ed|t) (?:his|her|their|itself|himself|herself))\b",
    r"\b(?:anaphyla\w*|allergic reaction)\b",
    r"\bswelling (?:of|in|on) (?:the |his |her |their )?(?:face|lips|tongue|throat)\b",
    r"\b(?:emergency|ambulance|paramedics?)\b",
)

_HARM = _any(
    # Parent's own harm: "i want to shake my baby", "i am scared i will hurt her". The "i"
    # may be gone: Alexa's carrier phrase "i {Query}" leaves "want to shake my baby".
    rf"(?:^|\bi )(?:{_BRIDGE} )*{_HARM_VERB} {_PERSON}",
    rf"\b(?:thoughts?|urges?|impulses?|scared|afraid|worried|terrified|frightened|fear)"
    rf"(?: of| about| to)? {_HARM_VERB} {_PERSON}",
    r"\b(?:kill|killing|hurt|hurting|harm|harming|cut|cutting) myself\b",
    r"\bself harm\w*\b",
    r"\bsuicid\w*",
    r"\b(?:end|ending|take|taking) (?:my|my own) life\b",
    r"\bend(?:ing)? it all\b",
    r"\b(?:want|wanted|wanting|wish) to (?:die|be dead|disappear forever|not exist)\b",
    r"\bwish i (?:was|were) (?:dead|gone)\b",
    r"\bbetter off (?:dead|without me|if i (?:was|were|am) (?:gone|dead|not here|not around))\b",
    r"\bwish i (?:was|were) (?:never born|not here|not alive)\b",
    # Fear of losing control with the baby there: the moment to lay the baby down and step away.
    r"\b(?:might|going to|about to|will|could) (?:completely |totally )?(?:lose it|lose control"
    r"|snap)\b",
    r"\b(?:afraid|scared|worried|terrified) (?:of |that i will |i will |i am going to |i might )"
    r"(?:lose it|losing it|lose control|losing control|snap)\b",
    r"\b(?:do not|not) want to (?:live|be alive|be here anymore|exist|wake up)\b",
    r"\bnothing to live for\b",
    r"\b(?:no|not|never|what|lost) (?:\w+ ){0,3}(?:point|reason|purpose) (?:in|of|to|for)"
    r" (?:living|life|live|going on|being alive|carrying on|being here)\b",
    r"\bnot worth (?:living|being alive)\b",
    r"\b(?:tired|sick) of (?:living|life|being alive)\b",
    r"\bgive up on (?:life|living)\b",
    r"\bsleep and never wake up\b",
    r"\bwant (?:it all|everything|this|my life) to (?:end|stop|be over)\b",
    r"\b(?:going to|want to|about to) end it\b",
    r"\bwant to disappear\b",
    r"\b(?:no way out|see no way out|can not see a way out)\b",
    r"\b(?:nobody|no one) would (?:miss me|care if i (?:died|was gone|were gone))\b",
    r"\boverdos\w*",
    r"\btake all (?:of )?(?:my|the) (?:pills|tablets|medication)\b",
    r"\bjump (?:off|from) (?:a|the) (?:bridge|building|roof|balcony)\b",
    r"\bcan not (?:go on|keep going|do this anymore|do this any more|take (?:it|this) any ?more)\b",
)
# Guilt questions about the past ("did i hurt my baby by letting her cry") are not threats.
_HARM_QUESTION = re.compile(
    r"(?:^|\b(?:did|have|has|could|can|will|would|do|does) i )(?:hurt|harm|damage|ruin|scar)\w*"
    r"(?: \w+){1,3} (?:by|because|emotionally|psychologically|long term|for life|forever)\b"
)

_MEDICAL = _any(
    r"\b(?:fever\w*|febrile|temperature|temp|thermometer|degrees|hot to the touch)\b",
    # The "how" may have been stripped by a carrier phrase ("how {Query}").
    r"(?:\bhow |^)(?:much|many|often|long)\b.{0,40}\b(?:feed\w*|eat|eats|eating|drink\w*|formula"
    r"|milk|ounces?|oz|ml|bottles?|nurs(?:e|es|ing)|breastfe\w*|solids|food)\b",
    # "how much {Query}" reaches us as "milk does she need": a feeding word first is enough.
    r"^(?:milk|formula|food|solids|feeds?|feeding|ounces|oz|ml|bottles?|water|juice)\b",
    r"\b(?:formulas?|breast ?milk|milk supply|cows? milk|whole milk|ounces?|oz|ml|millilit\w*"
    r"|breastfe\w*|bottle ?fe\w*|latch\w*|solids|weaning|puree\w*|baby food|overfe\w*"
    r"|underfe\w*|feeding schedule)\b",
    r"\b(?:medicine|medication|meds|tylenol|acetaminophen|paracetamol|calpol|ibuprofen|motrin"
    r"|advil|nurofen|antibiotics?|dose|dosage|gripe water|probiotics?|vitamins?|supplements?)\b",
    r"\b(?:rash\w*|eczema|hives|spots|blisters?|cradle cap|acne)\b",
    r"\b(?:vomit\w*|throwing up|threw up|throw up|spit\w* up|projectile|reflux|gerd)\b",
    r"\b(?:diarrh\w*|constipat\w*|poop\w*|poo|pooing|stools?|bowel\w*|blood|bleeding)\b",
    r"\b(?:weight|weighs?|weighing|gaining|growth chart|percentile|underweight|overweight)\b",
    r"\b(?:jaundice\w*|yellow)\b",
    r"\b(?:vaccin\w*|immuni[sz]\w*|shots|jabs|injections?)\b",
    r"\b(?:cough\w*|colds?|congest\w*|runny nose|stuffy|sneez\w*|infections?|flu|rsv|covid"
    r"|virus|unwell|wheez\w*|snor\w*|teeth|teething|colic\w*|gassy|gas|burp\w*|allerg\w*"
    r"|dehydrat\w*|tongue tie|thrush|conjunctivitis|pink eye|sticky eye|umbilical|cord stump"
    r"|soft spot|fontanel\w*|flat head|hernia|circumcis\w*|pain)\b",
    r"\b(?:sick|ill)\b(?! (?:and tired|of))",
    r"\bbreathing (?:fast|noisy|funny|weird|strange|rapid\w*|loud\w*)\b",
    r"\b(?:stops?|stopping) breathing\b",
    r"\b(?:sids|cot death|crib death|safe sleep\w*|co ?sleep\w*|bed ?shar\w*|swaddl\w*"
    r"|bumpers?|sleep positions?)\b",
    r"\bsleep\w*(?: \w+){0,2} (?:on (?:his|her|their|its|the) (?:tummy|stomach|side|front)"
    r"|in (?:bed|our bed|my bed|the bed) with|with (?:me|us)\b|on the (?:couch|sofa)"
    r"|in (?:a|the|his|her|their) car seat)",
    r"\bin bed with (?:me|us)\b",
    r"\b(?:in|into) (?:our|my|the family|the parents) bed\b",
    r"\b(?:share|sharing|shares) (?:a|our|my|the) bed\b",
    r"\b(?:postpartum|post partum|postnatal|post natal|ppd|depress\w*)\b",
    # Feeling nothing for the baby can be a sign of postnatal depression: a clinician's question.
    r"\b(?:feel|feeling|felt) (?:so |completely |totally )?numb\b",
    r"\b(?:do not|can not|not) (?:love|feel anything for|feel love for) (?:my |the )?baby\b",
)


@dataclass(frozen=True)
class Triage:
    """What safety makes of a question: the outcome and which response to give."""

    outcome: str  # CRISIS, MEDICAL or NONE
    response: str | None = None  # EMERGENCY or HARM for a crisis, MEDICAL for a health question


@dataclass(frozen=True)
class Resources:
    """Who to call in one locale, as written on a card and as Alexa should say it."""

    locale: str
    emergency: str
    emergency_say: str
    crisis_line: str
    crisis_line_say: str
    bed: str
    clinician: str
    source: str


def triage(question: str) -> Triage:
    """Crisis (emergency, or harm to the baby or oneself), medical, or none."""
    text = normalise(question)
    if _EMERGENCY.search(text):
        return Triage(CRISIS, EMERGENCY)
    if _HARM.search(text) and not _HARM_QUESTION.search(text):
        return Triage(CRISIS, HARM)
    if _MEDICAL.search(text):
        return Triage(MEDICAL, MEDICAL)
    return Triage(NONE)


@cache
def _data() -> dict[str, Any]:
    return json.loads(SAFETY_PATH.read_text(encoding="utf-8"))


def resources(locale: str) -> Resources:
    """The checked resources for ``locale``; never a guessed number for an unknown one."""
    locales = _data()["locales"]
    key = locale if locale in locales else "default"
    entry = locales[key]
    return Resources(
        locale=key,
        emergency=entry["emergency"]["name"],
        emergency_say=entry["emergency"]["say"],
        crisis_line=entry["crisis_line"]["name"],
        crisis_line_say=entry["crisis_line"]["say"],
        bed=entry["bed"],
        clinician=entry["clinician"],
        source=entry["_source"],
    )


def supported_locales() -> list[str]:
    """Locales with checked emergency and crisis numbers."""
    return [key for key in _data()["locales"] if key != "default"]


def out_of_scope_examples() -> list[str]:
    """Requests Calm Cradle does not cover, so ranking can tell "none of my topics" apart."""
    return list(_data()["out_of_scope_examples"]["examples"])


def speech(
    response: str,
    locale: str,
    rng: random.Random | None = None,
    avoid: str | None = None,
) -> str:
    """The words for a response kind (emergency, harm, medical, out-of-scope) in ``locale``."""
    res = resources(locale)
    variants = [
        v.format(
            emergency=res.emergency_say,
            crisis_line=res.crisis_line_say,
            bed=res.bed,
            clinician=res.clinician,
        )
        for v in _data()["responses"][response]
    ]
    return (rng or random).choice([v for v in variants if v != avoid] or variants)
