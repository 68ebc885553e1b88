"""Safety triage: emergencies and thoughts of harm first, health questions next.

Runs before any guidance is chosen. A crisis gets the locale's emergency number and crisis
line before anything else and ends the conversation; a health question gets a gentle
redirect to the family's clinician and the offer of a calm tip. The rules are patterns over
normalised text (see ``skill.text``) that look for signs rather than set phrases: a danger
sign, something dangerous swallowed, a fall with a warning sign after it, two warning signs
together, harm joined to a person ("I might hurt her"), someone else hurting the baby or the
parent, or hopelessness however it is said. Strong feelings alone ("angry", "scared",
"crying") and idioms ("choked up", "drowning in washing") never count. Behind the rules, a
learned check (``skill.danger_model``) weighs what no rule placed. No list is complete, so
the out-of-scope reply names the emergency number too, and a question the check was unsure
of is marked ``near_danger`` for the answer to open with it.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from skill import danger_model
from skill.content import CONTENT_DIR
from skill.text import normalise
from skill.word_lists import CHILD_WORDS, DOG, KEPT_ANIMALS, PETS

CRISIS = "crisis"
MEDICAL = "medical"
OUT_OF_SCOPE = "out-of-scope"
NONE = "none"

# Response kinds (keys of "responses" in safety.json).
EMERGENCY = "emergency"
URGENT = "urgent"  # for a clinician today: a fever under three months, a sunken soft spot
HARM = "harm"
PROTECT = "protect"  # someone else is hurting the baby or the parent
NET = "net"  # one line before a guidance answer that triage was unsure of
DANGER = "danger"  # the learned check's: it cannot tell an emergency from harm, so both

# The learned check's probability at or above which a question no rule placed, or one the
# rules took for a health question, is a crisis. Chosen by leaving each of 36 blind sets (AN
# to BT, BV, BY and BZ; 8,280 questions) out of training in turn, with the rules and data as
# they were: at 0.5, all 2,520 crises caught and 12 of 5,760 other questions taken for one;
# at 0.6, 2,518 and 7; at 0.7, 2,517 and 5. The highest threshold that missed no crisis won.
DANGER_THRESHOLD = 0.5
# Below the threshold but at or above this, the answer still opens with the emergency number:
# a crisis the check was unsure of is then not answered with a tip alone. Leaving each blind
# set out as above, 22 of the 5,760 other questions heard it.
SAFETY_NET = 0.3

SAFETY_PATH = CONTENT_DIR / "safety.json"


# What an emergency that is over becomes (see ``prepare``): the health rule reads it, and so
# does the emergency rule for another one now; the rules for an emergency happening now do not.
_PAST_EVENT_MARK = "pastevent"
_IDIOM_MARK = "idiom"  # what an idiom is replaced with: no rule names it


def _any(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


# What can follow "the baby" or "her" when the words are about a thing ("the baby monitor",
# "the baby's toast", which normalising reads as "the baby toast", and "shook her rattle").
# Everyday objects and meals, which both lists below name.
_OBJECTS = (
    r"phone|remote|toys?|cup|plate|keys|shoes?|dummy|teddy|mug|glass|laptop|tablet|ball|food"
    r"|dinner|lunch|breakfast|tea|porridge|milk|cushions?"
)
_THINGS = (
    rf"(?:{_OBJECTS}|monitor|wipes|bath|bottles?|clothes|gate|seat|carrier|sling|swing|bouncer"
    r"|stuff|things|books?|shampoo|oil|powder|lotion|formula|blanket|mat|chair|walker|bag|shower"
    r"|photos?|pictures?|names?|group|class|classes|pram|buggy|cot|crib|room|toast|puree|sister"
    r"|brother|cousin|doll|rattles?|pacifier|soother|shaker|maracas|tambourine|snow globe|blocks"
    r"|hat|coat)\b"
)
_NOT_THE_BABY = rf"(?! {_THINGS})"
# "An emergency caesarean", "emergency contacts", "the non emergency number": a kind of thing,
# not a call for help. The word is dropped before the rules and the learned check read it.
_EMERGENCY_AS_A_KIND = re.compile(
    r"(?<=\bnon )emergency\b|\bemergency (?=at (?:work|the office)\b)"
    r"|\bemergency (?=(?:contacts?|funds?|kits?|plans?|drills?|numbers? list|savings|c ?section"
    r"|caesarean|cesarean|section|delivery|birth|induction|room visit last|questions?|query"
    r"|placements?|foster\w*|respite|childcare|babysitter|cover|appointments?|dentist|housing"
    r"|accommodation|passport|plumber|locksmith|vet|nurses?|doctors?|medics?|physicians?"
    r"|responders?|workers?|shifts?|exits?|brakes?|lighting|meetings?|landing|alerts?|services"
    r" (?:worker|job|career|training)"
    r"|(?:department|room|ward|dept|unit|medicine|services) (?:nurses?|doctors?|consultants?"
    r"|registrars?|staff|receptionists?|porters?|workers?|physicians?|specialists?|shifts?"
    r"|training|rotation|placement))\b"
    # The number somewhere else: "what is the emergency number in spain".
    r"|numbers? (?:in|for|abroad|overseas) (?!(?:here|this|an ambulance|the baby|my)\b)\w+)"
    # Asked whether something is one: "is it an emergency if the dishwasher is leaking" (what
    # follows is still read).
    r"|(?<=\bis it an )emergency(?= (?:if|that|when|or|to)\b)|(?<=\bis this an )emergency(?= (?:or"
    r"|if)\b)|(?<=\bis it a real )emergency\b|(?<=\bis it a proper )emergency\b"
    r"|(?<=\bcount as an )emergency\b|(?<=\bcounts as an )emergency\b"
    r"|(?<=\bclassed as an )emergency\b|(?<=\bnot an )emergency\b|(?<=\bno )emergency\b"
    r"|(?<=\bnot like it is an )emergency\b"
    # ... or when one would be: "when is it an emergency rather than just a warm baby".
    r"|(?<=\bwhen is it an )emergency\b|(?<=\bwhen does it become an )emergency\b"
    r"|(?<=\bwhen it becomes an )emergency\b|(?<=\bwhen is that an )emergency\b"
)
# Someone's workplace ("my wife is a nurse in the emergency department"): the word is dropped.
_JOB_IN_EMERGENCY = re.compile(
    r"\b((?:nurses?|doctors?|medics?|consultants?|registrars?|receptionists?|porters?|cleaners?"
    r"|paramedics?|physicians?|works?|worked|working|job|shifts?|placement|rotation|volunteers?)"
    r"(?: \w+){0,2} (?:in|at|on|for) (?:the |an |a |our |their )?(?:local )?)emergency "
    r"(?=(?:department|room|ward|dept|unit|medicine)\b)"
)
# "her" before a thing is whose it is, not who is acted on: "throw her mug" reads "throw the mug".
_HER_THING = re.compile(rf"\bher (?={_THINGS})")
# People playing sport: "the keeper got knocked out cold", "the striker took a head knock".
_PLAYERS = (
    r"(?:keepers?|goalkeepers?|goalies?|boxers?|fighters?|players?|strikers?|defenders?"
    r"|quarterbacks?|batsm[ae]n|batters?|bowlers?|jockeys?|referees?|refs?|umpires?|wrestlers?"
    r"|full backs?|props?|hookers?|wingers?|midfielders?|captains?|defen[cs]em[ae]n|forwards?"
    r"|goaltenders?|linebackers?|pitchers?)"
)
_PERSON = (
    r"(?:(?:my|the|our|this|that|his|her|your|a) )?(?:(?:little|wee|tiny|baby|young) )?"
    r"(?:baby|babies|babe|newborn|infant|son|daughter|child|kid|boy|girl|little one|twins?"
    # ("before i chuck it" at the end of a question is a thing ...)
    r"|toddlers?|sprog|him|her|them|it(?! (?:away|out|off|up)\b)(?!$)"
    # (... nor "chuck it in the ditch".)
    r"(?! (?:in|into) (?:the |a )?(?:bin|trash|garbage|rubbish|skip|ditch|dump|recycling|wash"
    r"|washer|closet|cupboard|garage|shed|attic|loft|boot|trunk)\b))\b"
    + _NOT_THE_BABY
)
_HARM_VERB = (
    r"(?:hurt|hurting|harm|harmed|harming|shake|shaking|shook|shaken|hit|hitting|smack\w*"
    r"|slap\w*|punch\w*|kick\w*|beat|beating|smother\w*|suffocat\w*|kill|killed|killing"
    r"|throw|throwing|threw|thrown|toss\w*|drown\w*|strangl\w*|chok(?:e|ed|ing)|squeez\w*"
    r"|injur\w*|abus\w*|batter\w*|whoop\w*|thrash\w*|fling|flung|slam\w*|chuck\w*|stab\w*"
    r"|lob|lobb\w*|hurl\w*"
    # ("launching him into the air" is play: only across, at or against something; Geordie "hoy"
    # is throw.)
    r"|(?:launch|hoy)\w*(?=(?: \w+){1,2} (?:across|against|at|through)\b))"
)
# Children's pain and fever medicines, by their names and brands around the English locales.
_PAIN_RELIEF = (
    r"(?:paracetamol|acetaminophen|ibuprofen|calpol|tylenol|panadol|nurofen|motrin|advil|crocin"
    r"|disprol|pamol|panados?)"
)
# Sleep with an end in view ("not wake up till six", "when i move him", "for her feed") is a
# night's sleep, not dying.
_A_NIGHTS_SLEEP = (
    r"(?! (?:till|until|at|before|when|as soon as|\d|for (?:his|her|their|a|the) (?:\w+ )?"
    r"(?:feeds?|bottle|nappy))\b)"
)
# Words that may sit between "i" and the harm verb without changing who acts or intends:
# "i am scared i will", "i feel like i could", "i keep having thoughts of".
_BRIDGE = (
    r"(?:am|was|will|would|might|may|could|can|do|did|going|gonna|to|really|just|so|actually"
    r"|almost|nearly|feel|felt|feeling|like|want|wanted|wanting|keep|kept|have|had|been"
    r"|get|getting|having|scared|afraid|worried|terrified|frightened|fear|that|i|think"
    r"|thinking|about|of|thoughts?|urges?|impulses?|tempted|sometimes|seriously|a|an|the"
    r"|literally|honestly|close|near|this|dangerously)"
)

# What grows in a garden or a pot, for the idioms of things dying, drowning and wilting.
_PLANTS = (
    r"(?:plants?|houseplants?|peace lily|lily|lilies|fern|ferns|monstera|orchids?|succulents?"
    r"|cact(?:us|i)|basil|herbs?|seedlings?|roses?|tomato(?:e?s)?|flowers?|lawns?|grass|garden|trees?"
    r"|leaves|hedges?|crops|potatoes|veg(?:gies|etables)|fig tree|ficus|fiddle leaf(?: fig)?"
    r"|palms?|bonsai|ivy|pothos|aloe|shrubs?|bushes|vines?|weeds|moss|daffodils|tulips"
    r"|sunflowers?|rosemary|thyme|mint|parsley|coriander|cilantro|lavender|chill(?:i|ies|is)"
    r"|geraniums?|hydrangeas?|begonias?|petunias?|lemon tree|olive tree|clematis|kale"
    r"|sukuma(?: wiki)?|maize|cabbages?|spinach|lettuces?|african violets?|violets?|spider plant"
    r"|snake plant|rubber plant|jade plant|money plant|bamboo|azaleas?|camellias?)"
)
# Wild creatures, for a figure of speech about them ("can a shark drown") and, in _ZOO, for a
# nature question about their young. _ZOO leaves out fish, ducks, birds and animals in general
# ("baby fish oil", "baby animals book").
_SEA_CREATURES = r"(?:sharks?|whales?|dolphins?|penguins?|seals?|turtles?)"
_WILD_ANIMALS = (
    rf"(?:{_SEA_CREATURES}|fish|goldfish|ducks?|birds?|animals?|snakes?|frogs?|octopus\w*)"
)
_ANIMAL_FATES = r"(?:drown|choke|die|breathe|suffocate)\b"
# Wild animals and their young, asked about as nature facts: "how do baby elephants learn to
# use their trunks", "how many baby teeth does a shark lose".
_ZOO = (
    rf"(?:{_SEA_CREATURES}|elephants?|lions?|tigers?|bears?|pandas?|giraffes?|zebras?|monkeys?"
    r"|gorillas?|kangaroos?|koalas?|possums?|crocodiles?|hippos?|rhinos?|foxes|wolves|owls?)"
)
# Pests a household poison is for: "the sniper we use to kill cockroach".
_PESTS = (
    r"(?:cockroach\w*|roach\w*|rats?|mice|mouse|ants?|insects?|bugs?|flies|fleas|mosquito\w*"
    r"|termites?|pests?|weeds?|slugs?|snails?|vermin|lice|nits|bedbugs?|moths?)"
)
# Animals of a farm or a yard, for their own troubles.
_FARM_ANIMALS = (
    r"(?:chickens?|chooks?|hens?|ducklings?|chicks?|lambs?|calves|sheep|goats?|cows?|pigs?)"
)

# Threats against grown-ups said in exasperation ("i could kill my husband", "he will kill me
# if i buy another gadget", "if one more person tells me that i will strangle them"), set aside
# like the idioms below unless a weapon is named ("he is going to kill mum and he has got the
# big knife out").
_THREAT_HYPERBOLE = _any(
    r"\b(?:could|would|will|going to|gonna) (?:\w+ )?(?:kill|strangle|murder|throttle)"
    r" (?:my )?(?:husband|wife|partner|hubby|mum|mom|mother|dad|father|mother in law"
    r"|father in law|sister in law|brother in law|in laws|nan|nana|gran|granny|grandma|grandad"
    r"|grandpa|auntie|aunt|uncle|sister|brother|boss|him for|her for)"
    r"(?! (?:and|then) (?:the|my) baby)\b",
    # Irish "himself" and "herself" are the spouse: "i could strangle himself" (not "she could
    # kill herself").
    r"\bi (?:could|would|will|am going to|am gonna) (?:\w+ )?(?:kill|strangle|murder|throttle)"
    r" (?:himself|herself)\b(?! (?:and|then) (?:the|my) baby)",
    # Not "if i leave" or "if i tell anyone", which are threats.
    r"\b(?:kill|murder|strangle) (?:me|us) if (?:i|we) (?:buy|bought|spend|spent|order|forget|eat"
    r"|get another|bring home|break|miss|lose|am late|wake|spoil)\b",
    r"\bif (?:one more|anyone|anybody|someone|somebody)\b.{0,60}\b(?:strangle|kill|murder|throttle"
    r"|punch|slap) (?:them|him|her)\b",
    # Someone outside the family: "the landlord will kill me if he hears the baby again".
    r"\b(?:landlord|landlady|boss|manager|teacher|council|neighbours?|headteacher|head teacher)"
    r" (?:will|would|is going to|is gonna|gonna) (?:kill|murder) me (?:if|when)\b",
    # ... or the family and friends the parent leans on: "my mum's gonna kill me if i ask her to
    # babysit again", "me mate said she'd kill me if i didn't get her a ticket". (Not a partner,
    # and not "if i leave" or "if i tell anyone", which are threats.)
    r"\b(?:mum|mom|mam|mother|dad|father|nan|gran|grandma|grandad|sister|brother|in laws?"
    r"|mother in law|father in law|mate|friend|pal|bestie|best friend|cousin)(?: (?:said|says"
    r"|reckons|swore) (?:she|he|they))? (?:will|would|(?:is )?going to|is gonna|gonna) (?:kill"
    r"|murder) me (?:if|when) (?!(?:i |we )?(?:\w+ )?(?:leave|left|tell|told|go|went|call|ring"
    r"|report|take|took|say|said|speak|talk|run)\b)",
)
_WEAPONS = r"(?:knife|knives|blade|machete|axe|gun|pistol|rifle|shotgun|weapon)"
# A child, or who a question about one would call "he" or "she": a figure of speech about a
# thing, a plant or a pet holds none of these.
_CHILD_OR_PRONOUN = rf"(?:{CHILD_WORDS}|he|she|him|her)"
# A pet that ate something, for the vet, when no child is named: "the dog has eaten a whole
# bar of chocolate" ("... is that an emergency for dogs": the rest of the pet's clause is about
# the pet too, up to the speaker's own next clause).
_PET_ATE = re.compile(
    rf"\b(?:the|our|my|a) (?:\w+ )?{PETS}(?: has| had| just| is| gone and| went and| been and)*"
    r" (?:eaten|ate|swallowed|chewed|drank|drunk|got into|licked)\b"
    r"(?: (?!(?:and |but |so |then )?i\b)\w+)*"
)
_A_CHILD_NAMED = re.compile(rf"\b{_CHILD_OR_PRONOUN}\b")
# Pauses of a few seconds in sleep, then breathing on ("when he sleeps he stops for like five
# seconds then goes fast"), are newborns' periodic breathing: a question for the clinician. A
# longer pause, or a colour or a gasp with it, is still read by the emergency rules.
_PERIODIC_BREATHING = re.compile(
    r"\b(?:stops?|stopped|stopping|pauses?|paused|pausing)(?: breathing)?(?: for)?(?: like| about"
    r"| maybe| just| only)? (?:a few|a couple of|a couple|one|two|three|four|five|a|[1-5])"
    r" (?:seconds?|secs?)\b(?=(?: \w+){0,5} (?:then|and then|and) (?:\w+ ){0,2}(?:goes fast"
    r"|go fast|breathes? (?:fast|again|normal\w*)|starts? (?:again|breathing)|normal again"
    r"|carries on|picks up)\b)"
)
_ASLEEP = re.compile(r"\b(?:asleep|sleeps?|sleeping|naps?|napping)\b")
# A newborn's noises in sleep ("grunts and squeaks a lot in her sleep, is that normal") are a
# question for the clinician, not two warning signs; grunting with every breath still is one.
_SLEEP_NOISES = re.compile(
    r"\b(?:grunts?|grunting|squeaks?|squeaking|snorts?|snorting|snuffl\w*)(?: and (?:grunts?"
    r"|grunting|squeaks?|squeaking|snorts?|snorting|snuffl\w*|whistl\w*))*\b"
    r"(?! with (?:every|each)\b)(?= (?:\w+ ){0,4}(?:in (?:his|her|their|its) sleep|while (?:he|she"
    r"|they) (?:is |are )?(?:asleep|sleeps|sleeping|naps)))"
)
# The weather said as boiling ("boiling hot out") is no scald, unless a child may be in a car or
# van in it ("left him in the car seat at the plaza and it's boiling out"): there the heat is
# the danger.
_HOT_WEATHER = re.compile(r"\bboiling (?:hot )?(?:out|outside|today|in here|weather|day)\b")
_VEHICLES = r"(?:cars?|truck|van|ute|suv|vehicle)"
# Devices a parent might drop in water: "my phone fell in the bath and drowned".
_GADGETS = r"(?:phone|mobile|laptop|tablet|ipad|camera|headphones|earbuds|watch|kindle|remote)"
_VEHICLE = re.compile(rf"\b(?:{_VEHICLES}|parking lot|car park)\b")
_WEAPON = re.compile(rf"\b(?:{_WEAPONS}|guns|baseball bat)\b")
# Too much food at a meal or a feast, over a week, or at a relative's: "i overdose on cou cou
# and flying fish at lunch", "i overdose on kaya toast this week", "i overdosed on pan dulce at
# my tia's"; real with a medicine, a drug or a child named.
_FEAST_OVERDOSE = re.compile(
    r"\boverdos\w* on\b(?=(?: \w+){1,5} (?:(?:at|for|over|during) (?:the |this |last |my |our |a )?"
    r"(?:lunch|dinner|breakfast|brunch|supper|eid|diwali|christmas|thanksgiving|easter|party"
    r"|wedding|cook ?off|bbq|barbecue|buffet|hangi|feast|potluck|festival|fair|weekend"
    r"|holidays?)|(?:this|last|all|the whole) (?:week|weekend|month|summer|holiday|season)"
    r"|(?:at|round|over at) (?:my|our) (?:\w+ )?(?:mum|mom|mam|nan|nana|gran|granny|grandma"
    r"|abuela|abuelita|tia|tio|aunt|auntie|aunty|uncle|cousin|mates?|friends?|in laws|sister"
    r"|brother))\b)"
)
_MEDICINE_OR_CHILD = re.compile(
    rf"\b(?:{CHILD_WORDS}|{_PAIN_RELIEF}|pills?|tablets?|capsules?|meds|medicines?|medication"
    r"|drugs?|insulin|iron|vitamins?|gummies|syrup|sleeping|antidepressants?|painkillers?"
    r"|opioids?|heroin|fentanyl|cocaine|coke|crack|meth|ketamine|mdma|ecstasy|molly|pingers"
    r"|xanax|valium|alcohol|vodka|stuff|something|substances?|he|she|him|her|they|someone"
    r"|somebody|it|them)\b"
)

# Food burnt black: "the lamb on the barbecue is burnt to a crisp" (not a child, or skin).
_BURNT_TO_A_CRISP = re.compile(r"\b(?:burnt|burned|charred) to a (?:crisp|cinder)\b")
_A_CHILD_OR_SKIN = re.compile(
    rf"\b(?:{_CHILD_OR_PRONOUN}|his|their|skin|arms?|hands?|legs?|face|fingers?|feet|foot)\b"
)

# Something that cannot burn said to be "on fire" ("the group chat is on fire", "the boss says
# the project is on fire"), unless a word makes it a real fire.
_FIGURATIVE_FIRE = re.compile(
    r"\b(?:projects?|deadlines?|group ?chats?|chats?|threads?|timelines?|feeds?|comments|inbox"
    r"|notifications|dms|replies|mentions|stocks?|shares|markets?|sales|crowd|dance ?floor"
    r"|internet|twitter|tiktok|socials|whatsapp|pipeline|quarter|economy|portfolio|crypto"
    # A busy shift: "the ward was on fire today", "her work is on fire this week".
    r"|ward|shift|work|rota|week)\b"
    r"(?: \w+){0,4} (?:is |are |was |were |has been |have been |been |going |went )?on fire\b"
)
_REAL_FIRE = re.compile(
    r"\b(?:smoke|smoky|flames?|burn\w*|alarm|trapped|stuck|evacuat\w*|extinguisher|fire ?fighters?"
    r"|fire brigade|fire department|fire engine|house|home|kitchen|room|flat|building|baby)\b"
)
# Blood from gutting a fish or jointing meat ("got blood all over my good shirt gutting fish"),
# unless someone is cut.
_CATCH = (
    r"(?:fish|chickens?|deer|rabbits?|turkey|meat|joint|lamb|pig|beef|catch|trout|salmon"
    r"|mackerel|pheasants?|game|venison|goat|duck|squid|crabs?|liver)"
)
_GUTTING = (
    r"(?:gutting|gutted|filleting|filleted|cleaning|butcher\w*|skinning|skinned|plucking|carving"
    r"|jointing|scaling|cutting up)"
)
_BLOOD_FROM_THE_CATCH = re.compile(
    rf"\bblood\b(?: \w+){{0,8}} (?:from )?{_GUTTING} (?:\w+ )?(?:\w+ )?{_CATCH}\b"
    rf"|\b{_GUTTING} (?:\w+ )?(?:\w+ )?{_CATCH}\b(?: \w+){{0,8}} blood\b"
)
_A_WOUND = re.compile(
    r"\b(?:cut|cuts|sliced|slipped|gash\w*|stitch\w*|deep|stop|stopping|pouring|gushing"
    r"|spurting|hospital|faint\w*|dizzy|fingers?|thumb|hand|wound)\b"
)
# The parent's own breath taken by the load, not by the body: "i feel like i can't breathe
# with everything on me", "i can't breathe for two minutes without him wanting me"; real with a
# sign of the body beside it ("i feel like i can't breathe and my chest is tight").
_SMOTHERED_BY_THE_LOAD = re.compile(
    r"\b(?:feel|feels|felt|feeling) like (?:i|we) (?:can not|could not) (?:even |really )?breathe\b"
    r"|(?:\b(?:i|we) |^)(?:can not|could not) (?:even |really )?breathe (?:for (?:\w+ ){0,2}"
    r"(?:minutes?|seconds?|moment|hour)\b(?: \w+){0,2} without|with (?:everyone|everybody"
    r"|everything|all (?:the|this|that|of)|people|the (?:kids|baby|babies) (?:always|constantly"
    r"|needing|wanting|on))"
    r"|without (?:him|her|them|someone|somebody|anyone|the baby) (?:wanting|needing|calling"
    r"|crying|on))\b"
)
_A_BODY_SIGN = re.compile(
    r"\b(?:chest|lips?|blue|throat|swell\w*|swollen|faint\w*|passing out|pass out|passed out"
    r"|dizz\w*|asthma|inhaler|allerg\w*|tight\w*|wheez\w*|collaps\w*|numb|tingl\w*|heart|smoke"
    r"|ambulance|chok\w*|gasp\w*|pain)\b"
)

# What has a choke; a prize fight's knockout, not a child's.
_MACHINE = (
    r"(?:car|engine|motor|carb\w*|mower|lawnmower|chainsaw|motorbike|strimmer|outboard|tractor"
    r"|quad|generator|truck|ute|jeep|boat)"
)
_PRIZE_FIGHT = re.compile(
    r"\b(?:hockey|boxing|boxer|boxers|ufc|mma|bout|fight night|title fight|heavyweight|wrestl\w*"
    r"|cage fight\w*|the fight last night)\b.{0,60}\bknocked (?:\w+ )?out(?: cold)?\b"
    r"|\bknocked (?:\w+ )?out(?: cold)?\b.{0,60}\b(?:hockey|boxing|ufc|mma|bout|fight|round)\b"
)
_A_CHILD_WORD = re.compile(rf"\b(?:{CHILD_WORDS}|little one|bub|bairn)\b")
# A machine's choke, or a machine choking out: "what does the choke in an old car engine do",
# "pull the choke out on the lawnmower, which one is the choke", "papaw's tractor keeps choking
# out when it's cold". (Only the part has an article: "in the car she started to choke" is not.)
_CHOKE_PART = r"(?:the|a|its|manual|automatic|auto) choke\b"
_MACHINE_CHOKE = re.compile(
    rf"\b{_CHOKE_PART}(?=.{{0,40}}\b{_MACHINE}\b).*\b(?:{_MACHINE}|choke)\b"
    rf"|\b{_MACHINE}\b.{{0,40}}\b{_CHOKE_PART}(?:.*\bchoke\b)?"
    rf"|\b{_MACHINE}s? (?:\w+ ){{0,2}}chok(?:es|ed|ing) (?:out|up|off|and (?:stalls|dies|cuts out"
    r"|conks out))\b"
)

# Figures of speech only while no word makes them real: a threat with no weapon named, hot
# weather with no vehicle, a pet's meal with no child, a feast with no medicine, food burnt with
# no child or skin, a fire with no home or smoke, blood with no wound, a breath taken by the load
# with no sign of the body, a knockout in a fight with no child, a machine's choke with no one
# named (each set aside in turn by ``prepare``).
_IDIOMS_UNLESS = (
    (_THREAT_HYPERBOLE, _WEAPON),
    (_HOT_WEATHER, _VEHICLE),
    (_PET_ATE, _A_CHILD_NAMED),
    (_FEAST_OVERDOSE, _MEDICINE_OR_CHILD),
    (_BURNT_TO_A_CRISP, _A_CHILD_OR_SKIN),
    (_FIGURATIVE_FIRE, _REAL_FIRE),
    (_BLOOD_FROM_THE_CATCH, _A_WOUND),
    (_SMOTHERED_BY_THE_LOAD, _A_BODY_SIGN),
    (_PRIZE_FIGHT, _A_CHILD_WORD),
    (_MACHINE_CHOKE, _A_CHILD_NAMED),
)

# Words that say a figure of speech is meant: "i am at the end of my rope and i mean that
# literally", "bang my head against the wall until everything stops".
_MEANT = (
    r"(?:literally|for real|no joke|not joking|until (?:everything|it all|the noise|the thoughts"
    r"|i pass out|i bleed|i black out) stops?)\b"
)

# What chokes a garden or a pond: "the knotweed", "the convolvulus", "water hyacinth".
_WEEDS = (
    r"(?:weeds|\w+weeds?|ivy|brambles|moss|nettles|algae|roots|vines?|hyacinths?|kudzu|reeds?"
    r"|lily pads|convolvulus|morning glory|creepers?|thistles?|couch grass|kikuyu|lantana"
    r"|blackberr(?:y|ies))"
)
# Everyday idioms built on emergency or health words ("choked up", "drowning in laundry",
# "dying for a nap", "my blood boils"): replaced by a mark before any rule looks (``prepare``).
# Good things one can have too much of, said as an overdose: "i overdosed on croquetas at the
# party", "sugar overdose at the birthday party".
_TREATS = (
    r"(?:coffee|caffeine|tea|chocolate|sugar|cake|biscuits|sweets|candy|meetings|work|emails|admin"
    r"|paperwork|calls|zoom calls|deadlines|homework|revision|snacks|carbs?|junk food|food|pizza"
    r"|crawfish|croquetas|tacos|cookies|ice cream|kai|mithai|desserts|treats|pastries|biryani"
    r"|samosas|curry|cheese|bread|toast|pasta|chips|crisps|fries|burgers|doughnuts|donuts|pancakes"
    r"|cream|clotted cream|scones|cream teas?|pasties|fudge"
    r"|turkey|mince pies|baklava|mangoes|netflix|tv|telly|box sets|cbeebies|screens?|films"
    r"|movies|shows|football|sport|music|gigs|concerts|parades|parties|festivals|carnival"
    r"|christmas|shopping|sun|sunshine|cuddles|love|kisses|hugs|attention|affection|cuteness"
    r"|serials|dramas|soaps)"
)
_IDIOMS = _any(
    # Boiling water for cooking or sterilising: "how long do i sterilise the bottles in boiling
    # water", "cook pierogi in boiling water" (not a child or a hand put in it).
    r"\b(?:cook\w*|boil\w*|blanch\w*|simmer\w*|sterili[sz]\w*|clean\w*|wash\w*|soak\w*|dip\w*"
    r"|rinse\w*|put|puts|putting|drop|drops|dropping|add|adds|adding)"
    rf"(?: (?!(?:{_CHILD_OR_PRONOUN}|them|themselves|himself|herself|myself|me|my|his|their)\b"
    r"(?! (?:bottles?|teats?|dummies|dummy|soothers?|spoons?|cups?|bowls?|toys?|food)\b))"
    r"\w+){0,4} (?:in|into|with) (?:a pan of |a pot of |the |some |fresh )?boiling water\b",
    # Food catching on the pan: "my chicken stew keeps burning at the bottom of the pot" (not
    # milk, nor anything burning hot or burning someone).
    r"\b(?:stew|rice|porridge|soup|sauce|curry|dinner|tea|food|toast|onions|garlic|beans|ugali"
    r"|chapatis?|mince|gravy|custard|jam|caramel|sugar)\b(?: \w+){0,2}"
    r" (?:keeps? |kept |always |is |was |has been |starts? )?(?:burning|catching)\b"
    r"(?! (?:hot|him|her|his|my|me|the baby|them)\b)"
    r"|\bburn\w* (?:at|on|to) the bottom of (?:the|my|a) (?:pot|pan|saucepan|wok|dish|tin|tray)\b",
    # Pests and weeds killed: "fire ants all over the yard, how do i kill them", "the bindweed is
    # strangling my clematis, how do i kill it". (First, so a weed's choking is read with it.)
    rf"\b(?:{_PESTS}|{_WEEDS}|wasps?|spiders|redbacks|aphids|greenfly|moles|ticks)\b.{{0,60}}"
    r"\bkill (?:them|it|the lot|them all|them off)\b",
    # Moved to tears: "his best man speech choked me up", "i got all choked up".
    r"\bchok(?:e|es|ed|ing) (?:(?:me|us|him|her|them|you) )?up\b(?! (?:\w+ )?(?:on|with|from|blood"
    r"|milk|sick|vomit|phlegm|mucus|food|bits?|pieces?)\b)",
    # Weeds choking a garden: "the carrots are being choked by bindweed".
    rf"\b{_WEEDS}\b(?: \w+){{0,2}} (?:chok|strangl|smother)\w*\b"
    rf"|\bchok\w* (?:out )?(?:by|with) (?:the )?(?:\w+ )?(?:{_WEEDS}|grass|brambles|leaves|silt)\b"
    # ... or a weed choking the garden: "the poke weed choking my garden".
    r"|\bchok\w* (?:out )?(?:my|the|our|all the|that) (?:\w+ ){0,2}(?:garden|flower ?beds?|beds"
    r"|borders?|lawn|veg|veggies|vegetables|tomato(?:e?s)?|plants|roses|crops?|allotment"
    r"|vegetable patch|yard|field|paddock|pasture|pond|bayou|creek|stream|ditch|canal|lake"
    r"|silverbeet|chard"
    r"|spinach|lettuces?|beans|carrots|peas|cabbages?|corn|pumpkins?|zucchinis?|courgettes?"
    r"|strawberr\w+|herbs|seedlings|trees|shrubs|hedges?|fence|trellis)\b",
    # Going mad, said of the parent: "i'm going round the bend", "she drives me up the wall".
    r"\b(?:go\w*|gone|went|driv\w*|drove) (?:me |us |him |her )?(?:round|around) the"
    r" (?:bend|twist)\b|\b(?:driv\w*|drove) (?:me|us|him|her) up the wall\b",
    r"\bchok\w* (?:up|back|on (?:\w+ ){0,2}(?:guilt|tears|emotion|words|feelings|advice|laugh"
    r"|laughter|laughing"
    r"|information|info|opinions|rules|paperwork|admin|deadlines?|forms?|tax|taxes|tax returns?"
    r"|bills|emails|workload|spreadsheets?|essays?|assignments?|homework|exams?|reports?"
    r"|invoices|pressure|stress))\b",
    # Work said to choke the parent: "this work deadline got me choking".
    r"\b(?:deadlines?|work|job|boss|bills|emails|exams?|stress|meetings?|tax|taxes|forms?"
    r"|paperwork|workload|overtime)\b(?: \w+){0,3} (?:got|has|have|gets|is getting|keeps) me"
    r" (?:choking|drowning|dying)\b",
    r"\bdrown\w* (?:me |us )?in (?!(?:the |a |his |her )?(?:bath|pool|water|sea|river|lake|pond))",
    r"\b(?:i am|i feel|i felt|like i am|i have been|i was) (?:\w+ )?drowning\b",
    r"\b(?:feels?|felt|feeling) like (?:i|she|he|they|we) (?:am|is|are|was|were) (?:\w+ )?"
    r"drowning\b",
    r"\b(?:we are|we were|and i are|and i were|both of us are) (?:both |all |just |completely "
    r"|totally |absolutely )?drowning\b(?! in (?:the |a )?(?:bath|pool|water|sea|river|lake))",
    # Too much of a good thing: "i have practically overdosed on coffee", "i overdosed on
    # parades this mardi gras".
    r"\b(?:practically|basically|literally|nearly|almost|probably|definitely) overdos\w* on\b"
    rf"|\boverdos\w* (?:on|of) (?:\w+ ){{0,2}}{_TREATS}\b",
    r"\b(?:arms|legs|back|feet|boobs) (?:\w+ ){0,2}(?:about to|going to|gonna|will|could)"
    r" fall off\b",
    r"\bseiz\w* (?:the|this) (?:day|moment|chance)\b",
    # (Not the start at a sound of him coming home: "i jump out of my skin when i hear his key".)
    r"\bjump\w* out of (?:my|her|his|their|your|our) skins?\b(?!.{0,30}\bhear\w* (?:the|his|her)"
    r" (?:gate|door|front door|key|keys|car|truck|van|footsteps)\b)",
    # Forgetting: "before it falls out of my head".
    r"\b(?:falls?|fell|falling|slips?|slipped|slipping) (?:right |straight )?out of (?:my|your"
    r"|his|her|our) (?:head|mind|brain)\b",
    r"\b(?:turn\w*|made|makes|make) the air blue\b",  # swearing
    r"\bbleed\w* (?:the |a |our |my |all the )?(?:radiators?|rads?|brakes?|pipes?|heating"
    r"|system)\b",  # a chore
    # A fire or a crash in the news: "what's the news about the fire in the city centre".
    r"\b(?:news|report|reports|headlines|story|stories|article|updates?) (?:\w+ ){0,2}(?:about|on"
    r"|of) (?:the |a |that |this )?(?:big )?(?:fire|fires|blaze|flood|floods|crash|explosion"
    r"|shooting|stabbing|drowning)\b",
    # Anger felt like heat: "i went red hot with anger like on fire".
    r"\blike (?:i am |i was |i were |i had been )?on fire\b",
    # Asleep in front of the match: "passed out on the chesterfield in the second period".
    r"\bpassed out (?:on|in front of) (?:the |my )?(?:sofa|couch|settee|chesterfield|telly|tv)\b"
    r"(?= (?:watching|during|in the (?:first|second|third|fourth|last) (?:period|half|quarter"
    r"|innings)|before the end|halfway through|after the (?:first|second|third) (?:period|half"
    r"|quarter)))"
    r"|\bpassed out (?:watching|during|halfway through|before the end of) (?:the )?(?:game|match"
    r"|film|movie|show|telly|tv|news|second half|third period)\b",
    # A drowned phone: "my phone drowned in the river", "my phone fell in the bath and drowned"
    # (no one else between: "on my phone and the baby nearly drowned" is read).
    rf"\b(?:{_GADGETS}|car|engine|plants?|seedlings|lawn|tomato(?:e?s)?)"
    rf"(?: (?!(?:{CHILD_WORDS}|he|she|they|i|we|him|her|nearly|almost)\b)\w+){{0,7}}"
    r" (?:drown|drowned|got drowned|has drowned|drowning)\b"
    rf"|\bdrown\w* (?:my|his|her|the|our) {_GADGETS}\b",
    # A fire in the hearth that will not stay lit: "the fire in the woodstove went out overnight".
    r"\bfire\b(?: \w+){0,4} (?:keeps? going out|kept going out|went out|goes out|has gone out"
    r"|died down|burnt out|burned out|will not (?:catch|light|stay lit|draw)|not catching)\b"
    r"(?! (?:of|into|onto|to|through|across|along|from)\b)"
    r"|\b(?:keep|get|getting|keeping) (?:the |a |my |our )?fire (?:going|lit|burning|to catch)\b",
    # The parent's own mouth or legs "on fire" from a chilli or a workout: "this hot sauce got
    # my mouth on fire".
    # (Not beside a real burn: "my legs are on fire, i spilled the boiling oil".)
    r"\b(?:my|me) (?:mouth|tongue|legs|thighs|calves|lungs|muscles|glutes)"
    r"(?: (?:is|are|was|were|feel|feels|felt))? on fire\b(?!.{0,40}\b(?:oil|boiling|bleach|acid"
    r"|chemicals?|kettle|flames|caustic|swallowed|spilled|spilt)\b)",
    # ... or hair set "on fire" by the weather: "this humidity has my hair on fire".
    r"\b(?:humidity|humid|heat|weather|sun|straighteners?|frizz)\b(?: \w+){0,3} (?:has|have|got"
    r"|gets|getting|had) (?:my|me) hair on fire\b",
    # A fire in a game: "the castle is on fire in my grandson's video game", "in minecraft my
    # base on fire".
    r"\b(?:on fire|burning down)\b(?: \w+){0,2} in (?:the |my |a |his |her |this |our )?(?:\w+ )?"
    r"(?:video game|computer game|game|minecraft|fortnite|roblox)\b"
    r"|\bin (?:minecraft|fortnite|roblox|the game|my game|the video game)\b(?: \w+){0,3}"
    r" (?:on fire|burning down)\b",
    # A bad cold: "she's dying with a cold".
    r"\bdying (?:with|of) (?:a|the|her|his|this|my) (?:head )?(?:cold|man flu|hangover|sniffles)\b",
    # A grown-up's sleep apnoea: "my husband snores and sort of stops breathing at night".
    r"\b(?:husband|wife|partner|hubby|boyfriend|girlfriend|dad|father|mum|mother|grandad|i)\b"
    r"(?: \w+){0,5} (?:stops?|stopped|stopping) breathing\b(?=.{0,60}\bapn(?:o)?ea\b)",
    # The parent's own temper spent on a thing: "lost me temper and punched the shed wall" (not
    # a wall next to the baby, nor anyone else's fists, which are a warning).
    r"\b(?:i|lost (?:my|me) (?:temper|rag|head|cool|nut) and) (?:\w+ ){0,2}(?:punched|kicked"
    r"|thumped|hit|smashed|whacked|slammed|punch|kick|thump) (?:the|a|my|me|our) (?:\w+ )?"
    r"(?:wall|door|pillow|cushion|steering wheel|wheel|dashboard|dash|cupboard|fridge|sofa|couch"
    r"|mattress|punch ?bag|bag|bin|table|tree|fence)\b(?! (?:next to|near|beside|by|right by"
    r"|above|behind|over|inches from|close to)\b)",
    r"\bmurder (?:mystery|mysteries|podcast|documentary|drama|series|show|film|movie|book|novel"
    r"|trial|case)\b",
    # Laughing or suspense: "my big girl is choking with laughing at this cat video", "that
    # comedy special had me choking", "that horror movie had me not breathing".
    r"\b(?:chok\w*|dying|died) (?:with |from |of )?(?:laugh\w*|giggl\w*)|\bhad me (?:choking"
    r"|dying|not breathing|gasping|holding my breath)\b",
    # A history question: "what year did the titanic go down and how many drowned".
    r"\bhow many (?:people |passengers |sailors |soldiers |of them )?(?:drowned|died|were killed"
    r"|perished|burned)\b",
    # News of a fire elsewhere, or one that is over: "a bus engine caught fire on the news today",
    # "the burnt smell ... after the popcorn caught fire", "my mate's barbie went up in flames
    # on the weekend".
    r"\b(?:caught fire|on fire|burnt down|burned down|went up in flames)(?= (?:on|in) the news\b)"
    r"|\bafter (?:the |my |our )?(?:\w+ )?(?:popcorn|toast|food|dinner|pan|pot|oil|bacon"
    r"|chip pan|microwave|candle|bbq|barbecue|grill|bin|tea towel)\b (?:caught fire"
    r"|went up in flames)\b"
    r"|\b(?:went|go|gone) up in flames (?:on the weekend|last (?:night|week|weekend|month|year)"
    r"|yesterday|(?:\w+ ){1,2}ago)\b",
    # Tiredness: "i could sleep forever" (not "... and never wake up", nor a wish: "wish i could
    # go sleep forever").
    r"(?<!\bwish )\bi could (?:\w+ )?sleep (?:forever|for ever|for a (?:week|month|year)|for days"
    r"|for weeks)\b"
    r"(?! and (?:never|not)\b)",
    # Too much in a pot: "i put an overdose of chillies in the chakalaka".
    r"\b(?:put|added|add|adding|threw|chucked) (?:an |a bit of an |a real )?overdose of\b",
    # A famous death: "did that singer die of an overdose".
    r"\b(?:singer|actor|actress|rapper|pop star|rock star|star|celebrity|musician|comedian"
    r"|footballer|athlete|artist|drummer|guitarist|frontman|victim|character|villain|hero"
    r"|heroine)\b(?: \w+){0,3} (?:die|died|dies"
    r"|dead) (?:of|from) (?:an |a )?(?:accidental )?(?:drug )?overdose\b",
    # Too much of a sweet thing, as a noun: "sugar overdose at the birthday party".
    rf"\b{_TREATS} overdose\b",
    # Given up on: "looking after myself has gone out the window since the wain came".
    r"\b(?:routine|plans?|sleep|diet|schedule|self care|myself|everything|manners|patience|rules"
    r"|hygiene|tidiness|housework|exercise|gym|budget|social life)\b(?: \w+){0,2} (?:has |have |had"
    r" |just |all )?(?:gone|went|goes|flown|flew) out (?:of )?the window\b",
    # A record or a sport: "who holds the record for the highest cliff jump into water".
    r"\b(?:record|records|highest|longest|biggest|olympic|competition|contest)\b(?: \w+){0,4}"
    r" (?:cliff |high |bungee |ski |base )?(?:jumps?|dives?|diving)\b",
    # An animal's blood: "hog blood all over my work shirt from butcherin".
    r"\b(?:hog|pig|pork|deer|animal|chicken|beef|meat|fish|cow|lamb|venison|turkey|rabbit)"
    r" ?blood\b",
    # A shotgun's choke: "what choke should i run for dove season".
    r"\bchokes? (?:tubes?|for (?:dove|duck|turkey|goose|pheasant|quail|trap|skeet|clays)\b)"
    r"|\b(?:what|which) chokes? (?:should|do|would|for|to)\b",
    # A pan or a stove burnt: "the stove is all burnt and sticky".
    r"\b(?:stove|hob|pan|pot|oven|cooker|kettle|toast|rice|milk|dinner|food|cake|tray|grill"
    r"|saucepan|wok)\b (?:is |are |was |got |has been )?(?:all |totally |completely |badly )?"
    r"burn(?:ed|t)\b",
    # A plan or a market failing: "the stock market crashed and burned today".
    r"\b(?:markets?|stocks?|shares|crypto|bitcoin|business|startup|company|plans?|date|diet"
    r"|relationship|marriage|team|career|project|presentation|interview|pitch|attempt|launch)\b"
    r"(?: \w+){0,2} crash\w* and burn\w*",
    # Traffic choking a city: "traffic on the ring road is choking the whole city".
    r"\b(?:traffic|congestion|smog|pollution|jams?|cars|tourists|crowds)\b(?: \w+){0,5}"
    r" (?:is |are |was )?chok\w* (?:the )?(?:whole )?(?:city|town|roads?|streets?|highway"
    r"|motorway|centre|center)\b"
    r"|\b(?:traffic|congestion|go ?slow|jams?)\b(?: \w+){0,3} (?:is|are|was|were) (?:\w+ )?"
    r"chok\w*\b(?! (?:on|him|her|them|the baby|my|our)\b)",
    # Gore on screen: "zombie show blood everywhere new season when", "that film we watched had
    # so much blood in it".
    r"\b(?:(?:the|that|this|a) )?(?:\w+ ){0,2}(?:film|movie|show|series|episode|game|book|drama"
    r"|programme|documentary|thriller|soap)\b(?: \w+){0,5} (?:had|has|have|got|with"
    r"|was full of|is full of) (?:so much |lots of |loads of |a lot of |too much |tons of )?"
    r"(?:blood|gore|violence|bodies|killing)\b(?! (?:from|on|coming|out|pouring)\b)"
    # ... or said without a verb: "the horror movie last night so much blood".
    rf"|\b(?:film|movie|show|series|episode|drama|thriller|documentary)\b(?: (?!(?:{CHILD_WORDS}"
    r"|he|she|him|her|i|my)\b)\w+){0,3} (?:so much|lots of|loads of|a lot of|too much|tons of)"
    r" (?:blood|gore)\b(?! (?:from|on|coming|came|comes|out|pouring|everywhere)\b)"
    r"|\b(?:zombie|horror|slasher|vampire|gory|crime) (?:show|film|movie|series|game|book)s?\b"
    r"(?: \w+){0,2} (?:blood|gore|bodies|dead bodies|deaths?|killings?|murders?)(?: everywhere)?\b"
    # ... or called gory: "that film last night was bleeding gory blood everywhere".
    r"|\b(?:film|movie|show|series|episode|game|drama|thriller|documentary|programme)\b"
    r"(?: \w+){0,4} (?:gory|gruesome|violent)\b(?: (?:blood|gore|bodies)(?: everywhere)?)?",
    r"\bkill\w* (?:him|her|them|me|us|you) with (?:love|kindness|kisses|cuddles|attention)\b",
    # Plot questions: "who drowned at the end of the titanic film".
    r"\bwho (?:\w+ )?(?:dies|died|drowns|drowned|drown|gets killed|got killed|is killed|was killed"
    r"|burns|burned|burnt)\b(?=.{0,40}\b(?:film|movie|book|show|series|episode|season|finale"
    r"|titanic)\b)",
    # One's own drink gone down the wrong way: "nearly choking on my milk tea watching this".
    r"(?:^|\bi )(?:am |was |just |nearly |almost |literally )*chok\w* on my (?:\w+ )?(?:tea|coffee"
    r"|wine|beer|water|drink|juice|coke|soda|pint|brew|cuppa|latte|smoothie|prosecco)\b",
    # Craving: "i'm choking for a brew" (not for a minute or a while).
    r"\b(?:choking|gagging) for (?:a|an|some) (?!(?:\w+ )?(?:minutes?|mins?|seconds?|secs?"
    r"|moments?|while|bit|few|long|couple|time)\b)",
    # Make-up or dye running: "me eyeliner's bleeding everywhere".
    r"\b(?:eyeliner|mascara|lipstick|ink|dye|colours?|colors?|paint|pens?|print|jeans|socks)"
    r" (?:is |are |keeps |has been |have been )?(?:bleeding|bled|running)\b",
    r"\bblood (?:is |was |starts |started )?boil\w*|\bmakes? my blood boil\b"
    r"|\bblood (?:run cold|runs cold|ran cold|moons?|oranges?)\b",
    r"\b(?:burning|hot|burns?) (?:up )?like (?:a )?fire\b",  # a fever, said as a simile
    # A thing as the killer: "this traffic is going to kill her".
    r"\b(?:traffic|heat|commute|job|work|weather|stress|noise|teething|trip|holiday|flight|drive"
    r"|journey|rent|bills|mortgage|queue|shift|shifts|week|day|night|nights|lack of sleep|exams?"
    r"|homework|assignments?|deadlines?|revision|college|uni|school|course|cold|chill|wind chill"
    r"|winter|snow|rain|humidity)"
    r" (?:is |are )?(?:going to|gonna|will) (?:kill|be the death of) (?:me|her|him|us|them)\b",
    # A plant overwatered or scorched: "my tomato plant is dead, i think i drowned it". (Before
    # the plant dying below, so the whole is read together.)
    rf"\b{_PLANTS}\b(?: (?!{_CHILD_OR_PRONOUN}\b)\w+){{0,8}} (?:drown\w*|kill\w*|overwater\w*"
    r"|smother\w*|scorch\w*|fried|burnt|burned) (?:it|them)\b",
    # ... or with the verb first: "i drowned my flowers with too much water", "drown the rice".
    r"\bdrown\w* (?:the |my |our |all the |all my )?(?:\w+ )?(?:rice|pasta|noodles|salad|chips"
    r"|fries|food|dinner|cake|steak|pancakes|cereal|veg|vegetables|sauce|curry|porridge|oats"
    rf"|{_PLANTS})\b",
    # A pet that nearly chokes on its food: "the dog wolfs his food down that fast he nearly
    # chokes" (no child named in between).
    rf"\b{KEPT_ANIMALS}s?\b(?: (?!(?:{CHILD_WORDS})\b)\w+){{0,10}} (?:nearly|almost|practically"
    r"|always) chok\w*\b",
    # Sap, not blood: "the cactus is bleeding sap everywhere".
    r"\b(?:bleed\w*|ooz\w*|leak\w*) (?:\w+ )?(?:sap|resin)\b",
    # Things and teams, not people: "my phone battery is dying", "the garden is drowning",
    # "liverpool choked in the final", "i nearly choked on my tea when i saw the bill".
    rf"\b(?:batter(?:y|ies)|phone|laptop|tablet|torch|car|engine|wifi|signal|{_PLANTS}"
    r"|headphones|earphones|earbuds|airpods|speaker|smartwatch|controller|camera|drill"
    r"|fish|goldfish|conversation|party|fire|candle|sourdough|starter"
    r"|character|player|avatar|sims?|lemmings?"
    r"|dough|yeast|culture|kombucha|phone charger|charger|boiler|fridge|freezer|router|bulb"
    r"|lightbulb|heater|kettle|hoover|printer|tv|telly|washing machine|dishwasher|remote|arms"
    r"|legs|back|feet|boobs|nipples|wrists"
    r"|team|squad|club|league|season|business|career|taps?|pipes?|drains?|sink|shower ?head"
    r"|filter|gutters?|hoover|vacuum|aircon|air con|air conditioner|fan|motor|mower|lawnmower"
    r"|generator|pump|extractor)"
    rf"(?: (?!{_CHILD_OR_PRONOUN}\b)\w+){{0,5}}"
    r" (?:(?:(?:is|are|was|were|keeps|keep|getting|get|got|being|gone|looks?|looking|seems?)"
    r" (?:\w+ ){0,2}?)?(?:dying|drowning|dead|choking|choked|suffocating|suffocated|lifeless"
    r"|gasping)"
    r"|(?:did|have|has) (?:i|we|you) (?:\w+ )?(?:drown\w*|kill\w*|over ?water\w*))\b"
    r"(?! (?:him|her|them|the baby|my baby|me)\b)",
    r"\bchok\w*(?: again)? (?:in|at|during|under|on|for) (?:the |his |her |their |my |our )?"
    r"(?:\w+ ){0,2}(?:final"
    r"|finals|game|match|semis?|semi final|play ?offs?|(?:first|second|third|fourth|fifth|sixth"
    r"|seventh|eighth|ninth|tenth|eleventh|twelfth|last|final) (?:period|half|quarter|set|round"
    r"|over|innings?|lap|leg|frame|hole)|draft|auction|race"
    r"|run chase|chase|tie ?break|penalties|shoot ?outs?|pressure|big moment|exam|interview"
    r"|test|audition|presentation|speech|pitch meeting|(?:talent )?show|recital|concert|gig"
    r"|competition|contest|karaoke|quiz|spelling bee|debate|dance off)\b",
    r"\bi (?:nearly|almost|literally|practically) choked\b(?! (?:him|her|them|the baby|my baby))",
    r"\bchok\w* (?:on (?:my|our|some) \w+ )?(?:laughing|with laughter|from laughing|on laughter)\b"
    r"|\bchok\w* the life (?:out of|outta) (?:me|us)\b",
    # A toy in a game: "teddy is not breathing, what medicine should he get".
    r"\b(?:teddy|teddies|teddy bear|dolly|doll|dolls|barbie|toy|toys|soft toy"
    r"|stuffed (?:animal|toy)|action figure|puppet)(?: \w+){0,2}"
    r" (?:is not|is|has|have|needs?|stopped|can not|got)"
    r" (?:\w+ ){0,2}(?:breathing|dying|dead|hurt|bleeding|sick|poorly|choking|a fever|broken"
    r"|injured|unconscious|a heart attack)\b(?:(?: \w+){0,3} (?:and )?(?:needs?|gets?|has|in)"
    r" (?:an? |the |to go to )?(?:ambulance|doctor|hospital|operation|medicine|plaster|bandage"
    r"|the hospital|a and e))?",
    # A preference, not a wish to die: "i would rather die than miss her first steps".
    r"\b(?:would|had) (?:much |far )?rather (?:die|be dead) than (?=(?:miss|missing|lose|losing"
    r"|let (?:him|her|them) (?:down|go)|eat|wear|admit|ask|be seen|sing|dance|watch|change|use"
    r"|pay|give (?:up|her up|him up)|leave (?:her|him|them))\b)",
    # Joy, not a faint: "i nearly fainted from joy when she smiled".
    r"\b(?:nearly|almost|practically|could have|about to) (?:fainted|faint|passed out|pass out"
    r"|died|die|had a heart attack)\b(?: \w+){0,2} (?:from|with|of) (?:joy|happiness|shock"
    r"|surprise|excitement|laughing|laughter|pride|love|cuteness|relief)\b",
    # A faint that did not happen, told after: "i nearly fainted at the clinic when they did it".
    # (Not with other signs: "my heart is thumping and i nearly passed out carrying the baby".)
    r"\b(?:i|we) (?:nearly|almost) (?:fainted|passed out|blacked out) (?:at|when|watching|seeing"
    r"|because)\b(?=.{0,40}\b(?:jabs?|needles?|injections?|vaccin\w*|blood tests?|clinic|scan"
    r"|bill|price|news)\b)",
    # A fright, not a heart: "the monitor went off over nothing and i nearly had a heart attack".
    r"\b(?:i|we) (?:nearly|almost|practically|literally) (?:had|died of) (?:a )?heart attack\b"
    r"|\b(?:gave|give|giving) (?:me|us) (?:a |an actual |a mini )?heart attack\b",
    # A grown-up's small burn or cut: "my husband burnt his hand on the barbecue".
    r"\b(?:husband|wife|partner|hubby|boyfriend|girlfriend|mum|mom|dad|nan|gran|grandad|grandma"
    r"|sister|brother|flatmate|neighbour|boss) (?:\w+ )?(?:burnt|burned|scalded|cut|nicked"
    r"|grazed) (?:his|her|their) (?:hand|finger|fingers|thumb|palm|knuckle|toe)\b"
    r"(?! (?:\w+ )?(?:on purpose|deliberately))",
    r"\bscream\w* blue murder\b|\bdying on (?:its|their|his|her|my|our) feet\b",
    # A plant gone limp or grey: "the peace lily in the nursery has gone floppy and grey".
    rf"\b{_PLANTS}\b(?: (?!{_CHILD_OR_PRONOUN}\b)"
    r"\w+){0,5} (?:has |have |is |are )?(?:gone|going|went|turned|looks?|looking|is|are|was|were"
    r"|getting|seems?)(?:(?: and)? (?:all |a bit |really |very |so |quite )?(?:floppy|droopy|limp"
    r"|grey|gray|pale|brown|yellow|wilted|wilting))+\b",
    # Sport: "the keeper got knocked out cold in the match".
    rf"\b{_PLAYERS} (?:\w+ )?(?:got |was |were |been |is |being )?knocked"
    rf" (?:him |her |them |the (?!{CHILD_WORDS}\b)\w+ )?(?:out|unconscious)(?: cold)?\b"
    # ... or in a fight or a bout: "who got knocked out cold in the boxing fight saturday".
    r"|\bknock\w* out (?:cold )?(?:in|during|at) (?:the |a |that |this |his |her )?(?:\w+ ){0,2}"
    r"(?:bout|ring|ufc|mma|boxing|title fight|main event|heavyweight)\b"
    # ... or choking on a shot: "my girls keep choking on their shots at netball".
    r"|\bchok\w* on (?:their|his|her|my|our|your) (?:\w+ )?(?:shots?|free throws?|penalt(?:y|ies)"
    r"|putts?|serves?|kicks?|spot kicks?|solos?)\b"
    rf"|\b{_PLAYERS}\b(?: \w+){{0,3}} chok\w* (?:the |a |some |that )?(?:guy|man|bloke|opponent"
    r"|player|fighter|him) out\b",
    # A pet, with no child named on the way: "the goldfish is floating and not breathing".
    # (The household pets, and the small ones kept in cages and tanks.)
    rf"\b(?:{KEPT_ANIMALS}|{_ZOO}|{_PESTS}|{_FARM_ANIMALS})s?"
    r" (?:(?!(?:baby|he|she|him|her|they|them|son|daughter)\b)"
    r"\w+ ){0,6}(?:not breathing"
    r"|stopped breathing|dying|dead|drowning|drowned|gasping|chok(?:e|es|ed|ing)|fitting|seizing"
    r"|(?:having|has|had|have) (?:\w+ ){0,2}(?:seizures?|fits|convulsions?)"
    r"|suffocating|struggling to breathe|floating upside down|belly up"
    r"|floating(?: (?:at|on) the top)?(?: of (?:the |his |her |its )?(?:tank|bowl|pond|water))?"
    r"(?: and (?:not moving|motionless|not breathing|still))?|not moving|motionless"
    r"|(?:has )?stopped moving|(?:barely|hardly) moving|(?:will not|does not) move"
    r"|lying (?:very )?still"
    r"|is (?:he|she|it) (?:dead|dying|breathing))"
    r"(?:(?: (?!(?:baby|son|daughter)\b)\w+){0,4}? (?:is|has) (?:he|she|it) (?:\w+ )?(?:dead"
    r"|died|dying|breathing|gone))?\b",
    # History and trivia: "how many people drowned on the titanic".
    r"\bhow many (?:people|passengers|men|women|sailors|soldiers|crew)(?: \w+){0,2}"
    r" (?:drowned|died|were killed|perished|survived)\b",
    # Questions about animals, not emergencies: "can sharks drown", "do fish choke".
    rf"\b{_WILD_ANIMALS}(?: \w+)? (?:can|could|do|does|ever) {_ANIMAL_FATES}"
    rf"|\b(?:can|could|do|does) (?:a |an |the )?{_WILD_ANIMALS}(?: \w+)? {_ANIMAL_FATES}",
    # Words asked about: "spell resuscitate", "what does choking mean in golf".
    # ("spell" as the verb only: a heart baby's "tet spell" is no word asked about.)
    r"(?:(?:^|(?<=\byou )|(?<=\bto )|(?<=\bplease ))spell|\b(?:define|definition of|synonyms?"
    r" (?:for|of)|another word for|rhymes? with)) \w+\b"
    r"|\b(?:\w+ letter word (?:for|meaning)|crossword clue(?: for| is)?)(?: \w+){1,3}"
    r"|\bwhat (?:does|do) (?:the word )?(?!(?:that|this|it|he|she|they|all that)\b)\w+ mean"
    r"(?= in \w+|$)",
    # Machines and pets: "the choke lever", "the engine keeps choking", "so the dog won't choke".
    r"\bchoke (?:lever|valve|knob|cable|chain|collar|setting|button)\b"
    # ("quick pet he's choking" is a term of love: a pet word straight before he or she is not
    # the animal. After a machine, anyone named is the one choking: "we were in the car and she
    # started to choke".)
    r"|\b(?:dog|puppy|cat|kitten|pets?|fish)(?! (?:he|she)\b)"
    rf"(?: (?!(?:{CHILD_WORDS}|and (?:he|she))\b)\w+){{0,6}} chok\w*\b"
    r"|\b(?:engine|car|van|motor|mower|lawnmower|strimmer|chainsaw|bike|scooter|washing machine"
    r"|dishwasher|hoover|vacuum|printer|boiler|pipes?|drain|sink|generator|furnace|heater|stove|woodstove|chimney)"
    rf"(?: (?!(?:{CHILD_WORDS}|he|she|him|her|they|them|i|we|you|little one)\b)\w+){{0,6}}"
    r" chok\w*\b"
    # ... or one that chokes and dies: "generator no gree start e dey choke and die".
    r"|\b(?:engine|car|van|motor|mower|lawnmower|strimmer|chainsaw|bike|scooter|generator)\b"
    r".{0,40}\bchok\w* and (?:die|dies|stall\w*|cuts? out|conks? out)\b"
    r"|\blike it (?:is|was) (?:choking|dying|drowning)\b",
    r"\b(?:drowning|choking|death|dying|murder|fight|shooting|stabbing) (?:scenes?|levels?"
    r"|missions?|stages?|episodes?|chapters?|challenges?)\b",
    # ... or dying on one: "keep drowning on the water level in this video game".
    r"\b(?:drown|chok|die|dying|dead|kill)\w* (?:on|in|at) (?:the |this |that |every )?(?:\w+ )?"
    r"(?:level|stage|mission|boss|round|checkpoint)\b(?=.{0,40}\b(?:game|gaming|xbox|playstation"
    r"|switch|controller)\b)",
    # Starting a motor on the choke: "how do you choke an old petrol lawnmower".
    r"\bchok\w* (?:the|a|an|my|your|his|our) (?:\w+ ){0,2}(?:engine|motor|mower|lawnmower|strimmer"
    r"|chainsaw|motorbike|bike|scooter|outboard|generator|quad|carb|carburettor|carburetor)\b",
    rf"\b(?:{_VEHICLES}|engine|lorry|tractor|motorbike|moped|tailpipe|clutch|brakes|motor"
    r"|mower|lawnmower|strimmer|chainsaw|toaster|kettle|microwave|oven"
    r"|hairdryer|dryer|boiler|heater|laptop|charger|exhaust)(?: (?!(?:tipped|fell|fallen|toppled"
    r"|knocked|over|curtains?|blinds?|sofa|couch|bed|cot|rug|carpet|blankets?|duvet|bedding)\b)"
    # (Not "the car is filling up with smoke", which is the inside.)
    r"\w+){0,4} (?<!\bwith )(?<!\bof )(?:smok\w*|burning"
    r" smell|smells of burning)\b(?!.{0,40}\b(?:fire|flames?|alight)\b)",
    # A device or a fuse blown: "the telly's blown up, no picture".
    r"\b(?:telly|tv|television|fuse|bulb|lightbulb|phone|laptop|charger|speaker|router|kettle"
    r"|microwave|toaster|amp|amplifier|modem|fridge|freezer|hairdryer|tyre|tire)\b"
    r" (?:has |have |is |just |went and )?(?:blown|blew)(?: up| out)?\b",
    # A song asked for by its words: "play drowning by the backstreet boys".
    r"^(?:can you |could you |please )?(?:play|put on|queue|shuffle) (?:the song |the track"
    r" |me |some )?(?:\w+ ){1,8}?by (?:the )?\w+",
    # A song asked about by its words: "who sang hit me baby one more time".
    r"^who (?:sang|sings|sung|wrote|recorded) (?:the song |that song )?(?:\w+ ){0,12}?\w+"
    r"(?=$| and | but | because )",
    # Paint or a boat's hull blistering: "stop the fibreglass on the dory from blistering".
    r"\b(?:paint\w*|fib(?:re|er) ?glass|gelcoat|varnish|hull|wallpaper|plaster|render|lacquer"
    r"|veneer|laminate)\b(?: (?!(?:skin|he|she|his|her|him|baby|hands?|arms?|legs?|face|fingers?"
    r")\b)\w+){0,5} blister\w*",
    # Whether something would do harm, asked of an everyday thing: "would it hurt to let the
    # young one dig in the dirt". (What follows is still read.)
    r"\b(?:would|will|could|does) it (?:hurt|harm) (?:to|if we|if i) (?=let|try|skip|leave|give"
    r"|start|wait|put|take|use|have)",
    # The mechanical choke ("the choke on my lawnmower") and a fire in the hearth.
    # ("di baby a choke pon a grape" is Jamaican English for choking: the part needs its machine.)
    r"\bthe choke (?:on|of|lever|valve|knob|cable|button)\b|\b(?:use|using|pull|pulling|push"
    r"|set|fix|free|adjust|open|close) (?:the|a|its) choke\b"
    r"|\bchoke (?:is|was|keeps) (?:stuck|sticking|jammed|broken)\b"
    r"|\bchoke (?:\w+ ){0,3}on (?:an?|the|my|our|his|her) (?:\w+ )?(?:car|engine|motorbike|bike"
    r"|mower|lawnmower|van|truck|carburett?or|scooter)\b",
    # What others might think, and a worry that only feels urgent: "the neighbours think i am
    # hurting him", "every cry feels like an emergency".
    r"\b(?:think|thinks|thought|assume|assumes|believe|believes|wonder if|wondering if) (?:that )?"
    r"(?:i am|we are) (?:hurting|harming|abusing|killing|neglecting) (?:him|her|them|the baby)\b",
    r"\b(?:feels?|felt|seems?|seemed|sounds?|sounded|treat\w*(?: \w+)?) (?:like )?(?:an|a real"
    r"|a total|a full blown) emergency\b",
    # Treats that ran out and noise that hurts: "total emergency, we are out of coffee", "bang
    # pots till my ears bleed".
    r"\b(?:coffee|caffeine|tea|wine|gin|chocolate|snack|biscuit|cake|crisps|pizza|fashion|hair"
    r"|makeup|outfit|wardrobe|laundry|shopping) emergency\b|\bemergency\b(?: \w+){0,3} (?:we|i)"
    r" (?:are |am |have |have got )?(?:run |ran |completely |totally )?out of (?:coffee|tea|wine"
    r"|gin|beer|chocolate|biscuits|snacks|crisps|cake|bread|milk|loo roll|toilet (?:roll|paper)"
    r"|wipes|nappies|diapers|ice cream|pizza|teabags)\b"
    r"|\bout of (?:coffee|tea|teabags|wine|gin|chocolate|biscuits|snacks|crisps)\b(?: \w+){0,5}"
    r" emergency\b",
    r"\b(?:till|until|make|makes|made|making|enough to make) (?:my|your|our) ears (?:\w+ )?bleed\b",
    # Things that fit: "is the car seat fitting right" is about size, not a seizure.
    r"\b(?:car seat|seat|harness|straps?|clothes|nappy|nappies|diapers?|shoes?|onesie|sling"
    r"|carrier|sleeping bag|vest|hat|teat|dummy|lid)(?: \w+){0,2} (?:fitting|fits|fit)\b",
    # Similes: "coughs like he's dying", "screams like a boiling kettle".
    r"\b(?:scream\w*|screech\w*|shriek\w*|squeal\w*|whistl\w*|wail\w*|howl\w*|sounds?|sounding"
    r"|cries|crying|goes off) like (?:a )?(?:boiling |whistling |screaming |boiled )?kettle\b",
    r"\blike (?:he|she|they|i|it|you) (?:is|are|am|was|were) (?:being )?(?:dying|murdered|killed"
    r"|tortured|stabbed|strangled|on fire|burning)\b"
    r"|\blike (?:i|we|you|someone|somebody) (?:am |are |is |was |were )?(?:trying to )?(?:killing"
    r"|murdering|torturing|hurting|kill|murder|torture|hurt) (?:her|him|them|it)\b",
    # Someone else's word for a parent's exhaustion: "my mum says i am killing myself with no
    # sleep" (not "killing myself with pills").
    r"\bkilling (?:myself|yourself|herself|himself) (?:with (?:no sleep|work|worry|stress|night"
    r" feeds|the night feeds|exhaustion)|trying to|over (?:this|it|nothing)|carrying|running"
    r" (?:round|around)|rushing|doing everything|working|cleaning|rocking|wearing|holding|feeding"
    r"|breastfeeding|pumping|expressing|walking|bouncing|juggling|being|getting up|waking up"
    r"|cooking|tidying|chasing)\b",
    r"\blike (?:the |a )?(?:house|world|place|building|room) (?:is |was )?(?:on fire|burning"
    r"|ending|falling down)\b",
    r"\b(?:light|lit|lighting|switch on|switched on|turn on|turned on|put on|start|started|build"
    r"|stoke|make|made) (?:\w+ ){0,3}fire\b|\b(?:electric|gas|log|open|real|coal|wood) fires?\b"
    # (Not one that smells or leaks: "the gas fire smells funny and we all have headaches".)
    r"(?! (?:\w+ ){0,2}(?:smell\w*|stinks?|stinking|fumes|leak\w*))",
    # A team choking again: "the rangers choked again".
    rf"\bthe (?:(?!(?:{CHILD_WORDS}|little|wee|tiny)\b)\w+ )?"
    rf"(?!(?:{CHILD_WORDS}|boys|girls|triplets|little ones)\b)\w+s (?:choked?|bottled it)"
    r" again\b(?! on\b)(?!.*\b(?:blue|breath\w*|cough\w*|gag\w*|help|food|grape|sweet|piece)\b)",
    # Things that fall in: "the scrum collapsed three times", "the cake collapsed in the oven".
    r"\b(?:scrums?|mauls?|rucks?|tent|gazebo|shelf|shelves|cake|souffle|sponge|market|economy"
    r"|deal|talks|defen[cs]e|plans?|negotiations)\b(?: \w+){0,2} (?:collapsed|collapsing"
    r"|collapses)\b",
    # A player or a side playing well or badly: "that striker's been on fire this season", "the
    # offense was choking all game".
    rf"\b(?:{_PLAYERS}|team|squad|offen[cs]e|defen[cs]e|bullpen|lineup|kickers?)"
    r" (?:has |have |is |are |was |were |had )?(?:been )?(?:on fire|chok(?:e|es|ed|ing))\b"
    r"(?! on\b)(?!.*\b(?:blue|breath\w*|cough\w*|gag\w*|help|food|grape|sweet|piece)\b)",
    # ... and a team's choking said with a word no one uses of a choking child: "rangers
    # absolutely choked on sunday".
    r"\b(?:absolutely|totally|completely|properly|proper|massively|bottled it and) choked\b"
    r"(?! on\b(?! (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b))"
    r"(?!.*\b(?:blue|breath\w*|cough\w*|gag\w*|help|food|grape|sweet|piece)\b)",
    # A worry about time apart or a habit, not about a person: "she's worried the nights apart
    # are harming him".
    r"\b(?:nights?|days?|time|weeks?|months?|hours?|screens?|screen time|tv|telly|phone|dummy"
    r"|routine|sleep training|controlled crying|crying it out|separation|apart|divorce|split"
    r"|arguments?|rows|move|moving|shifts|formula|bottles?)\b(?: \w+){0,2} (?:are|is|was|were"
    r"|be|been) (?:\w+ )?(?:harming|hurting|damaging) (?:him|her|them|the baby|my baby|our baby)\b",
    # Food burnt: "the fish fry is totally burnt, can i save it".
    r"\b(?:toast|dinner|tea|rice|curry|dal|daal|fry|roast|cake|bread|pizza|chips|sauce|pan|pot"
    r"|onions|garlic|porridge|sausages?|bacon|food|lunch|breakfast|biscuits|cookies|stew|soup)"
    r"\b(?: \w+){0,2} (?:(?:is|are|got|gone|went|was|were) )?(?:\w+ )?(?:burnt|burned|scorched"
    r"|charred)\b(?! (?:his|her|their|the baby|my baby|him|me)\b)",
    # A kitchen gadget's noises and parts: "the pressure cooker whistle is not coming, is the
    # gasket gone", "the kettle is whistling and screaming".
    r"\b(?:pressure cooker|cooker|kettle|steamer|instant pot|rice cooker|coffee machine)"
    r"(?: \w+){0,3} (?:whistles?|whistling|gaskets?|valves?|seals?|lids?)\b",
    # A machine asleep: "the laptop froze and won't wake up from sleep mode".
    r"\b(?:laptop|computer|pc|mac|macbook|phone|tablet|ipad|kindle|screen|monitor|tv|telly"
    r"|console|xbox|playstation|printer|router|speaker|echo|alexa)(?: \w+){0,6} (?:will not|does"
    r" not|can not|did not|would not|never) (?:wake|turn on|switch on|start|respond)\b"
    r"|\b(?:sleep|standby|hibernat\w*) mode\b",
    # A team choking in its game: "the nationals are choking again, what's the score", "wales
    # choked in the last ten minutes". (Not a person choking on something.)
    # ... or in the last minutes again: "benfica choked in the last minute again".
    r"\b(?!(?:he|she|it|i|we|they|you|baby|babies|son|daughter|twins|kids|children|child|toddler"
    r"|boys|girls|triplets|and|one|lad|lass|boy|girl|wain|mite)\b)\w+"
    r" (?:choked|chokes|(?:are|were|is|keep|keeps) (?:\w+ )?choking|choke(?= again\b))"
    r"\b(?! on\b)(?!.*\b(?:blue|breath\w*|cough\w*|gag\w*|help)\b)(?=.{0,60}\b(?:score|scores"
    r"|game|match|innings|season|play ?offs?|finals?|league|series|cup|tournament"
    r"|(?:last|final|dying) (?:\w+ )?minutes?\b.{0,20}\bagain)\b)",
    # Screens and skies: "the laptop screen went blue".
    r"\b(?:screen|laptop|computer|phone|tv|telly|monitor|sky|walls?|paint|lights?|hair|nails"
    r"|sourdough|starter|dough|bread|mould|mold|meat|chicken|mince|fish|avocado|banana|fruit|food"
    r"|clouds|water|grout|carpet|towels?|sheets|whites|washing)"
    r"(?: (?!(?:and|but|there)\b)\w+){0,2} (?:went|turned|turning|goes|going|is|are|gone)"
    r" (?:\w+ )?(?:blue|grey|gray"
    r"|purple)\b",
    r"\b(?:dying|died) (?:for|to)\b",
    r"\b(?:wallet|bank account|purse|budget|bank balance|bank|portfolio|stocks|shares|savings"
    r"|pension)(?: \w+){0,2} (?:is |are )?"
    r"bleeding\b",
    # A video game: "my brother keeps killing me in minecraft, how do i beat him" (what follows
    # the game is about the game).
    r"\b(?:kill\w*|shoot\w*|shot|murder\w*) (?:me|us|him|her|them|my \w+)(?: \w+){0,2} (?:in|on)"
    r" (?:the |a |this |that )?(?:\w+ )?(?:game|games|minecraft|fortnite|roblox|xbox|playstation"
    r"|switch|ps4|ps5)\b.*",
    r"\bkilling (?:me|my back|my arms)\b",
    r"\b(?:it|that|this|which) (?:really |just |honestly |absolutely )?(?:kills|killed) me\b"
    r"|\bkills me (?:inside|to|when|that|how|every time)\b",
    r"\bkill(?:ing|s)? (?:myself|himself|herself|themselves) (?:trying|to (?:get|be|make|keep|do)"
    r"|at work|with work|working|for (?:this|that|them|us|nothing))\b",
    # A climbing toddler: "he is going to kill himself climbing the sofa one day".
    r"\bkill (?:himself|herself|themselves) (?:climbing|on (?:the|that|those|his|her) (?:sofa"
    r"|couch|furniture|stairs|table|slide|trampoline|climbing frame|scooter|bike|skateboard))\b"
    r"|\b(?:climb\w*|slide|trampoline|scooter|skateboard)\b.{0,60}\b(?:will|hell|shell|going to"
    r"|gonna) kill (?:himself|herself|themselves)\b"
    r"|\b(?:will|hell|shell|going to|gonna) kill (?:himself|herself|themselves) if (?:i|we|you)"
    r" let (?:him|her|them)\b",
    r"\bbatter(?:y|ies) (?:on|in|of) (?:\w+ ){0,3}(?:died|dead|ran out|is flat|went flat)\b",
    r"\b(?:could|would) kill for\b",
    # Toys and food, and sorrows: "drowning his rubber duck", "drowning her chips in ketchup".
    r"\bdrown\w* (?:his|her|the|a|my|their|our) (?:\w+ )?(?:ducks?|toys?|teddy|doll|boat|dinosaurs?"
    r"|sorrows|food|cereal|chips|pancakes|salad|plants?)\b",
    r"\b(?:be|being|is|was) the death of (?:me|us)\b",
    r"\bdrown\w* (?:\w+ )?out\b",  # "something to drown out the screaming"
    r"\b(?:purple|red|blue|puce) (?:in the face )?(?:with|from|when|while) (?:rage|anger|fury"
    r"|temper|screaming|crying|effort|pushing|straining|pooing|pooping|grunting|doing a poo"
    r"|bearing down|trying to poo)\b"
    r"|\b(?:straining|strains|strained|pushing|grunting|bearing down)\b"
    r"(?! (?:to breathe|for (?:breath|air)))(?: \w+){0,3} (?:going|goes|went|turning|turns|gone)"
    r" (?:bright |all |really )?(?:purple|red|puce)\b"
    r"(?! (?:and|with) (?:floppy|limp|not breathing|struggling))",
    # "i want to throw the baby monitor out the window": a thing, in exasperation.
    r"\bthrow\w* (?:the|my|this|that) (?:\w+ ){0,2}(?:monitor|phone|tv|telly|laptop|computer"
    r"|remote|alarm|clock|toys?|machine|pump|app|thing) (?:out (?:of )?(?:the )?window|across"
    r" the room|at the wall)\b",
    # "no point arguing with a toddler"; not "no point going on" or "no point trying anymore".
    r"\bno point (?:in )?(?:arguing|asking|reasoning|telling|explaining|buying|waiting|rushing"
    r"|getting (?:him|her|them|the baby)"
    r"|trying to (?:get|make|put|feed|reason|explain|stop|keep))\b",
    r"\b(?:is|are|was) killing (?:me|us)\b",
    # Homework: "practise my spelling test, the first word is emergency".
    r"\bspelling (?:test|words?|list|homework|bee)\b(?: \w+){0,8}",
    r"\bkill\w* (?:him|her|them|the baby|my baby) with kindness\b",
    r"\bkill\w* (?:his|her|their|my|the) (?:independence|confidence|vibe|mood|buzz|joy|spirit"
    r"|creativity|curiosity|appetite|attachment|bond|routine|sleep)\b",
    # Frustration: "the crying makes me want to bang my head against the wall".
    r"\b(?:want to|wanted to|feel like|felt like|could|like|makes? me want to) (?:just )?"
    r"bang(?:ing)? my head (?:against|on|off) (?:a |the )?(?:brick )?wall\b"
    # (Not one meant: "... until everything stops", "... and i mean literally".)
    rf"(?!(?: \w+){{0,5}} {_MEANT})",
    r"\bsmother\w* (?:\w+ ){0,2}(?:with|in) (?:love|kisses|cuddles|affection|attention|praise"
    r"|hugs)\b|\blove\b.{0,40}\bsmother\w* (?:him|her|them) (?:with|in) (?:it|that)\b",
    # Someone's word for too much closeness: "my aunt says i am smothering her".
    r"\b(?:says?|said|thinks?|told me|tells me|accus\w* me of|am i|are we)(?: that)?(?: i am"
    r"| we are| i| we)? smother(?:ing|s)? (?:her|him|them|the baby)\b(?! with (?:a |the |my )?"
    r"(?:pillow|cushion|blanket|hand))",
    r"\b(?:dying|died|die) of (?:old age|tiredness|exhaustion|hunger|thirst|the heat|embarrassment"
    r"|shame|laughter|fright|guilt|boredom|cringe"
    r"|jealousy|curiosity)\b",
    r"\bdead on (?:my|her|his|their|our) feet\b|\bkilling it\b|\brunning on (?:fumes|empty)\b"
    r"|\b(?:killed|kill|smashed|nailed) it (?:at|in|today|tonight|this|on)\b",
    r"\b(?:die|dying|died) (?:laughing|of cuteness)\b",
    # Crying hard: "he bawled his eyes out", "cried her little heart out".
    r"\b(?:cry|cries|cried|crying|bawl\w*|sob\w*|howl\w*|scream\w*|wail\w*) (?:his|her|their"
    r"|my|me|your|our) (?:little |wee |poor )?(?:eyes|heart|lungs) out\b",
    r"\b(?:paranoid|worried|scared|afraid|anxious|terrified|petrified|frightened|nervous)"
    r" (?:\w+ )?(?:about|of) (?:an |a )?(?:accidental )?overdos\w*",
    # A title: "play that song called emergency on planet earth".
    r"\b(?:song|track|album|tune|film|movie|book|show|programme|program|game|podcast) (?:called"
    r"|named|titled)(?: \w+){1,6}",
    # A child's night fears: "he dreamt a monster was trying to kill him".
    r"\b(?:monsters?|ghosts?|witch(?:es)?|baddies?|dragons?|sharks?|zombies?|bears?|lions?|wolf"
    r"|wolves|dinosaurs?|crocodiles?)(?: \w+){0,2} (?:was |were |is |are )?(?:trying to |going to"
    r" |gonna |wants to |wanted to |coming to )?(?:kill|eat|hurt|get) (?:him|her|them|me|us)\b",
    r"\bunconscious (?:stress|bias|mind|thoughts?|feelings?|habits?|patterns?|level|fears?)\b",
    # Said in jest: "my mother jokes the baby has a demon in her at bedtime".
    r"\b(?:jok\w*|teas\w*|laugh\w*|kidding)\b(?: \w+){0,5} (?:demon|devil|possessed|evil)\b",
    # A game: "how do i beat him at chess".
    r"\b(?:football|game|games|chess|cards|scrabble|monopoly|fifa|fortnite|race|match|quiz"
    r"|fantasy)\b.{0,40}\bbeat (?:him|her|them)\b|\bbeat (?:him|her|them) (?:at|in) \w+",
    # Cooking: "the cake recipe says beat the eggs well, how long do i beat them", "beating them".
    r"\b(?:eggs?|egg whites|yolks|batter|mixture|cream|butter|dough|sugar)\b(?: \w+){0,8}"
    r" (?:beat|whisk|whip)\w* (?:them|it)\b",
    r"\b(?:goes|go|going|went) (?:all )?(?:floppy|limp|boneless) (?:(?:like|as) a (?:wet )?noodle"
    r"|on purpose|in protest)\b",
    r"\bfloppy (?:sun )?hats?\b",
    r"\b(?:goes|go|going|went) (?:all )?(?:floppy|limp|boneless)(?: \w+){0,3} when (?:he|she|they)"
    r" (?:does not|do not|did not) want\b"
    r"|\b(?:goes|go|going|went) (?:all )?(?:floppy|limp|boneless)\b(?: \w+){0,8} when (?:i|we)"
    r" (?:say no|said no|tell (?:him|her|them) no|ask (?:him|her|them) to|try to (?:dress|change"
    r"|get|put|strap|buckle|leave)|want (?:him|her|them) to)\b",
    r"\b(?:different from|difference between (?:\w+ ){1,3}?and|versus|vs|rather than)"
    r" (?:real |actual |proper |true )?chok\w*\b",
    r"\bfits? of (?:giggles|laughter|laughing|the giggles|temper|rage|pique|jealousy)\b",
    r"\beyes (?:are|is|look|looks) (?:so |really |bright )?(?:blue|grey|gray|green|brown|hazel)\b",
    # (Not sick at the sound of him coming home: "i feel sick with nerves when i hear his ute".)
    r"\b(?:feel|feels|feeling|felt) (?:so |really |physically )?sick (?:about|that|with|when|to my"
    r" stomach|inside)\b(?!.{0,60}\bhear\w* (?:his|her|the|their) (?:\w+ )?(?:gate|door|key"
    r"|keys|car|truck|van|ute|footsteps|boots)\b)",
    r"\bsick (?:with|of) (?:worry|guilt|myself)\b",
    r"\b(?:makes?|made|making) me (?:feel )?(?:physically )?sick\b",
)

# A cover held over a face by someone is harm (see _HARM), not an accident in the cot.
_BY_HAND = (
    "put|putting|hold|held|holding|press|presses|pressing|pressed|push|pushes|pushing|pushed"
)
_PUT_THERE_BY_HAND = "".join(
    rf"(?<!\b{verb} {article})"
    for verb in _BY_HAND.split("|")
    for article in ("", "a ", "the ", "my ")
)

# A mother's bleeding weeks after the birth, asked about ("still bleeding loads six weeks after
# having her, is that right") is a question for her clinician, not an emergency now.
_BIRTH_WEEKS_AGO = (
    r"(?:weeks?|days?|months?) (?:after|since|postpartum|post partum)"
    r" (?:having (?:her|him|them|the baby)|giving birth|the birth|birth|delivery|delivering"
    r"|my c section|the c section|my section|labour|labor|(?:she|he) was born)\b"
)
# ... and said to go on ("me girlfriend's still bleeding heavy two weeks after having the
# baby"): bleeding that has lasted since the birth, read without its heaviness (``prepare``).
_STILL_BLEEDING_SINCE_BIRTH = re.compile(
    r"\bstill bleeding(?: (?:heavy|heavily|loads|a lot|lots|quite a bit|so much|really heavy))?"
    rf"(?=(?: \w+){{0,3}} {_BIRTH_WEEKS_AGO})"
)
_WEEKS_AFTER_BIRTH = (
    rf"(?!(?: \w+){{0,3}} {_BIRTH_WEEKS_AGO}.{{0,30}}"
    r"\b(?:is (?:that|this|it) (?:right|normal|ok|okay|usual)|should i still be)\b)"
)
# A sign of danger wherever it appears: breathing, colour, consciousness, fits, water.
_HAEMORRHAGE = r"h(?:a|ae)?emorrhag"  # both spellings
_FEVER = r"(?:fever\w*|febrile|temperature|temp|burning up|shiver\w*|rigor\w*)"
_SEPSIS_SIGN = (
    r"(?:heart rate (?:is |of )?(?:high|fast|racing|over|above|one \w+|a hundred)"
    r"|heart (?:is |has been |keeps )?(?:racing|pounding|hammering|going like|thumping"
    r"|going (?:so |really )?fast|beating (?:so |really )?fast)|racing heart|pounding heart"
    r"|breathless\w*"
    # ("i feel like i am dying" is read as a figure of speech: with a fever it is not.)
    rf"|can not catch my breath|(?:feel|feeling|felt)\s+{_IDIOM_MARK}|worse than i have ever felt"
    r"|can (?:barely|hardly) stand"
    r"|(?:so|really|very) unwell)"
)
# Weeks of a pregnancy before term, and labour under way.
_PRETERM = (
    r"(?:twenty(?: one| two| three| four| five| six| seven| eight| nine)?"
    r"|thirty(?: one| two| three| four| five| six)?|2\d|3[0-6]) weeks"
)
# Heat, or a long time: what makes a child left in a car an emergency.
_HEAT_OR_HOURS = (
    r".*\b(?:hot|boiling|heat|baking|sweltering|sun|sweat\w*|hours|an hour|ages|the whole"
    r"|all (?:day|morning|afternoon))\b"
)
_DOG_VICTIM = (
    r"(?:him|her|them|the baby|my (?:baby|son|daughter|boy|girl|little one|toddler)"
    r"|our (?:baby|son|daughter|little one|toddler))"
)
# How much a colour is there: "a wee bit blue", "kind of grey".
_A_LITTLE = (
    r"(?:really |very |a (?:wee |little |tiny )?bit |kind of |sort of |slightly |a little |quite )"
)
_LABOUR = (
    r"\b(?:waters? (?:has |have |had )?(?:just )?(?:broke|broken|gone|went|breaking|leaking|burst)"
    r"|contractions (?:every|are|coming|started|have started|getting)|in labou?r"
    r"|(?:pains|tightenings|cramps) every (?:few|couple of|\w+) minutes)\b"
)
_DANGER_SIGN = (
    r"\b(?:not|no longer|stopped|stops|can not|could not|struggling to|fighting to|unable to"
    r"|barely|hardly|trouble|difficulty|hard time|labou?red)(?: \w+){0,3} breath(?:e|es|ing)?\b",
    r"\bbreath(?:e|es|ing) (?:is |has )?(?:stopped|stopping)\b",
    r"\b(?:can not|could not|unable to) (?:catch|get) (?:his|her|their|its|a) breath\b",
    r"\b(?:can not|could not|unable to|not) (?:get|getting|gets) (?:any |enough )?air\b",
    r"\b(?:no air|(?:gulping|fighting|struggling|gasping) for (?:air|breath))\b",
    r"\bstops? for (?:ages|a while|seconds|a long time|too long) between breaths\b",
    r"\b(?:stops?|stopping|stopped) breathing (?:for (?:ages|a while|a long time|too long|so long"
    r"|(?:\w+ ){0,2}seconds|(?:\w+ ){0,2}secs)|again)\b",
    r"\b(?:nostrils? (?:are |is |keep )?flar\w*|flaring (?:his |her )?nostrils?)\b",
    # A grunt with every breath is a baby working to breathe; newborns grunt a lot otherwise
    # (see _WARNING_SIGNS).
    r"\bgrunt\w* (?:\w+ ){0,2}(?:with|on|at the end of|after|between) (?:each|every|his|her)"
    r" breaths?\b"
    r"|\bgrunt\w* (?:\w+ ){0,2}(?:when|as|while) (?:he|she|they) (?:breathes?|breathing)\b"
    r"|\bbreath\w*(?: \w+){0,3} grunt\w*\b",
    r"\b(?:gasping|(?:only|one|1|little|big|taking|the odd) gasps?|gasps? (?:every|for air|now and"
    r" then)|ribs? (?:are |is )?sucking|sucking in under"
    r"|sucks? (?:right |all the way )?in (?:under|between|at))\b",
    r"\bchest (?:is |keeps )?(?:sucking|pulling|caving) in\b",
    # The chest not rising, said telegraphically: "watch baby chest long time not go up down".
    r"\bchest\b(?! of\b)(?: \w+){0,4} (?:not|no|never|stopped|stop|does not|is not)"
    r" (?:go\w* |moving )?(?:up (?:and )?down|rising)\b",
    # ... or not seen to move: "i can't see his chest moving".
    r"\b(?:can not|could not) (?:see|feel) (?:his |her |their |the baby |my baby |baby )?chest"
    r" (?:mov\w*|ris\w*|go\w* up)\b",
    # Something boiling pulled or tipped onto the child: "boiling pot handle baby pull water on
    # leg skin white".
    r"\b(?:boiling|scalding)\b.{0,40}\b(?:pull\w*|spill\w*|knock\w*|tip\w*|splash\w*|pour\w*)"
    r"\b.{0,20}\bon (?:his |her |the |baby |its )?(?:legs?|arms?|face|chest|hands?|foot|feet|body"
    r"|skin|head|back|tummy|neck)\b",
    # (Not "so she does not choke".)
    # (The parent choked by someone is abuse: see _HARM_BY_OTHERS.)
    r"(?<!\bnot )(?<!\bnever )(?<!\bwithout )\bchok(?:e|es|ed|ing)\b(?! (?:me|us)\b)",
    r"\b(?:gagging|gags)\b.{0,40}\b(?:can not|could not|unable to|will not) (?:swallow|breathe)\b",
    r"\b(?:lips|face|skin|mouth|tongue|turn(?:s|ed|ing)?|gone|going|went)(?: \w+){0,3}"
    r" (?:blue|grey|gray|purple|dusky|mottled)\b",
    r"\b(?:baby|is|looks|looking|looked|went|gone|turning|turned|(?<!i have )(?<!\bi )been)"
    rf" (?:{_A_LITTLE}|so |(?:quiet|floppy|still|limp|cold|pale|sleepy) and )?(?:blue|grey|gray"
    r"|purple|dusky|mottled)\b",
    # What a carrier phrase leaves of "he's a little bit blue": the colour with no one named.
    # (Not a low mood: "a bit blue today".)
    rf"^(?:{_A_LITTLE}|bit )(?:blue|grey|gray|dusky|mottled)\b"
    r"(?! (?:today|lately|these days|at the moment|recently|this week|since|about|because"
    r"|and (?:tired|teary|low|down|sad|fed up))\b)",
    r"\b(?:gone|turned|turning|going|went) (?:a )?(?:funny|strange|weird|odd) colou?r\b",
    # Too breathless to talk: "i can only get out a couple of words", "can not finish a sentence".
    r"\b(?:can|could) (?:only|barely|hardly) (?:get out|say|speak|manage|talk in|get)"
    r" (?:a |one or two |a few |a couple of |two |three )?words?\b"
    r"|\b(?:can not|could not) (?:finish|speak in|talk in|get out) (?:a |full |whole )?sentences?\b"
    r"|\b(?:inhaler|puffer|nebuli[sz]er)s? (?:is not|are not|not|is no longer) (?:working|helping"
    r"|doing anything)\b|\bworst asthma attack\b",
    # Found white or blue and still: "when i went in she was white and still".
    r"\b(?:white|pale|grey|gray|blue|dusky|mottled) and (?:completely |totally |very |so "
    r"|deathly )?(?:still|lifeless|not moving)\b(?! (?:asleep|sleeping|feeding|crying|hungry"
    r"|awake|warm|there|in|on|at|with|a bit|a little|got|has|have|had|feels?|looks?|seems?)\b)",
    # A wound that has opened right up: "the section scar has split apart and i can see inside".
    r"\b(?:section|caesarean|cesarean|wound|scar|incision|stitches)\b(?: \w+){0,2} (?:has |have "
    r"|is |are )?(?:split|burst|bust|come apart|came apart|opened|open|torn|ripped)\b.{0,40}"
    r"\b(?:see inside|see in|see into|insides?|gaping|wide open|(?:something|stuff) (?:is )?"
    r"(?:coming|poking|hanging) out)\b",
    # Clinical words for the same: "gone cyanotic", "apnoeic".
    r"\b(?:cyanotic|cyanosed|apn(?:o|oe|e)ic)\b",
    # A child lost in a crowd, or gone from home, is for the police now.
    # (Not one found again: "lost her at the shops but she was with my sister the whole time".)
    r"^(?!.*\b(?:the whole time|all along|found (?:her|him|them)|turned up|seconds)\b)"
    rf".*\b(?:lost|can not find|could not find|cannot find|looking for) {_PERSON}"
    r" (?:\w+ ){0,2}(?:in|at) (?:the|a) (?:\w+ )?(?:airport|terminal|shop|shops|supermarket|store"
    r"|mall|shopping centre|park|playground|beach|crowd|festival|station|zoo|fair|market|pool"
    r"|street|car park|parking lot|town|woods|forest)\b"
    # ... or nobody knows where: "my ex was meant to drop the baby back hours ago and nobody
    # knows where they are".
    r"|\b(?:nobody|no one|none of us) (?:knows|know) where (?:they|he|she|the baby|my baby|the kids"
    r"|my son|my daughter|him|her|them) (?:is|are|has gone|have gone|went|took (?:him|her|them))\b"
    # ... or gone from bed with a door open: "he was not in his bed and the front door is open".
    r"|\b(?:not|no longer|was not|is not) in (?:his|her|their|the) (?:bed|cot|room)\b.{0,80}"
    r"\b(?:front|back|garden|patio) (?:door|gate) (?:is |was )?(?:wide )?open\b"
    # ... or run off and not found: "security still have not found him".
    r"|\b(?:(?:ran|run|wandered|went|gone|walked|slipped) (?:off|away)|vanished|disappeared)\b"
    r".{0,80}\b(?:security|staff"
    r"|police|we|i|nobody|no one|they)(?: \w+){0,2} (?:can not|could not|have not|has not|still"
    r" have not|still can not) (?:find|found|seen|located?)\b"
    # ... or searched for past the minutes a hide and seek takes: "been looking for her for half
    # an hour".
    rf"|\b(?:looking|searching|hunting) (?:everywhere |all over )?for {_PERSON}(?: \w+){{0,3}}"
    r" for (?:half an hour|an hour|over an hour|(?:\w+ )?(?:minutes|hours)|ages)\b"
    rf"|\b(?:can not|could not|cannot) find {_PERSON}(?: \w+){{0,3}} (?:anywhere|everywhere"
    r"|for (?:ages|\w+ minutes|an hour|half an hour)|(?:the )?(?:police|security))\b"
    # ... or gone the moment a back was turned: "i turned round and she was not there".
    r"|\b(?:turned|looked|glanced) (?:back |straight )?(?:round|around|away|back|up)\b.{0,40}"
    r"\b(?:she|he|they|the baby|the pram|the buggy|the stroller|the car seat|my son|my daughter)"
    r" (?:was not there|were not there|was nowhere|had vanished|vanished|disappeared"
    r"|(?:was|had) gone(?:$| and\b))"
    rf"|\b{_PERSON} (?:is|has gone|gone|went|has been|been) missing(?=$| (?:and|from|since|for|at"
    r"|in|now|again|we|i|police|the police|help|what|please|call)\b)",
    # (A team knocked out of a cup is no one hurt: "my husband's team got knocked out".)
    r"\b(?:unresponsive|unconscious|not responding|non responsive|passed out"
    r"|(?<!\bteam got )(?<!\bteam were )(?<!\bteam was )(?<!\bteam )(?<!\bside got )knocked"
    r" (?:(?:him|her|them|the baby|my baby) )?out"
    r"(?! (?:of|in) (?:the )?(?:cup|league|tournament|competition|play ?offs|semis?|semi finals?"
    r"|finals?|quarters?|quarter finals?|round|world cup|euros|group)\b)"
    r"|fainted|blacked out|(?<!\bgot a )(?<!\bhas a )(?<!\bhad a )(?<!\bwith a )(?<!\bhave a )"
    r"(?<!\bdeveloped a )limp|floppy|lifeless|not moving|stopped moving|barely moving"
    r"|(?:(?<=\bhe )|(?<=\bshe ))knocks? out (?=cold|for (?:a )?(?:few |couple of )?(?:seconds?"
    r"|moments?|a (?:bit|moment|second|minute)))"
    # (Not a parent keeping quiet: "i tiptoe around so the baby won't wake up".)
    r"|(?<!\bso the baby )(?<!\bso baby )(?<!\bso he )(?<!\bso she )(?<!\bso they )will not wake"
    r"|can not wake|can not rouse|not waking|will not come round"
    r"|(?:hardly|barely) (?:rouse|wake|waking|wakes)|hard to (?:wake|rouse)"
    r"|like a (?:wet noodle|noodle|rag doll|ragdoll))\b",
    r"\b(?:not|barely|hardly|stopped) (?:responding|reacting|answering)\b",
    r"\b(?:can not|could not|will not) be (?:woken|woke|wakened|roused|brought round)\b",
    r"\b(?:nah|nuh) (?:answer|respond|wake|breath|breathe|breathing|move|moving)\w*\b",
    # ("i can not respond to every little noise" is the parent, not the baby.)
    r"(?<!\bi )(?<!\bwe )(?<!\bi can )(?<!\bi do )(?<!\bwe can )(?<!\bwe do )(?<!\bi could )"
    r"\b(?:will not|does not|can not|is not|not|barely|hardly|stopped)"
    # ("she will not respond to her name" is a question for the clinician; "she does not respond
    # to the baby within seconds" is the parent.)
    r" (?:respond|react|answer)\w*(?: (?:to(?! (?:her|his|their|the|my|our) names?\b)"
    rf"(?! (?:the|my|our|her|his|their) (?:little |new )?{CHILD_WORDS}\b)"
    # ("she feels guilty if she does not respond to each and every cry" is the parent.)
    r"(?!(?: (?:each|every|all|and|of|her|his|their|the|baby|little|single|tiny))* (?:cry|cries"
    r"|crying|whimper\w*|grizzl\w*|fuss\w*|cues?|signals?|needs?|squeaks?|peeps?|noises?)\b)|when"
    r"|at all|any ?more)\b|$)",
    # "won't look at me or react to my voice"
    r"\b(?:will not|does not|can not|is not|not|no longer)(?: \w+){1,4} (?:or|nor) (?:respond"
    r"|react)\w* to\b",
    # (Not a baby with a tracheostomy, who makes no sound by design.)
    r"\bcan not (?:even )?(?:cough|make a sound)\b(?! (?:with|because of|through) (?:his|her|the|a"
    r"|their) (?:trach\w*|tracheostomy|tube)\b)",
    # Something stuck in the throat and the child silent or struggling: "there is something
    # stuck in her throat she is making no sound at all".
    # (Not milk or mucus: "milk feels stuck in her throat and she can not burp".)
    r"^(?!.*\b(?:milk|feed|formula|phlegm|mucus|snot|wind|burp\w*|reflux|spit\w*)\b).*"
    r"\b(?:stuck|lodged|caught) in (?:his|her|their|the baby s|baby s) throat\b(?=.{0,60}\b(?:no"
    r" (?:sound|noise)|not (?:making|breathing|crying)|can not (?:breathe|cough|cry|make)|blue"
    r"|purple|grey|gray|gasp\w*|gag\w*|chok\w*)\b)",
    # Waiting for breathing to start again: "how long do i wait for him to start breathing".
    r"\b(?:wait\w*|how long)\b(?: \w+){0,5} (?:him|her|them|the baby|baby|it) to (?:start|restart"
    r"|begin)\w* breathing\b",
    # A tracheostomy out or blocked, or its stoma closing.
    r"\b(?:trach\w*|tracheostomy)\b.{0,40}\b(?:(?:come|came|popped|fallen|fell|pulled|slipped)"
    r" out|blocked|plugged|will not go (?:back )?in|can not get (?:it|the \w+) (?:back )?in)\b"
    r"|\bstoma\b.{0,20}\bclos(?:ing|ed|es)\b",
    # A heart baby's cyanotic spell that does not pass.
    r"\b(?:tet|tetralogy|hypercyanotic|blue|cyanotic) spells?\b.{0,60}\b(?:not passing|is not"
    r" passing|will not pass|will not stop|not stopping|going on|darker|bluer|greyer|worse)\b",
    r"\b(?:can not|could not|unable to) (?:get|make) (?:him|her|them|the baby|baby|my baby)"
    r" (?:to )?(?:respond|react|answer|wake|open (?:his|her|their) eyes|focus|look at me)\b",
    # Awake but absent: "eyes open but he is not there".
    r"\beyes (?:are |wide |still )?open but (?:he|she|they|baby|the baby) (?:is|are|was|were|seems"
    r"|seemed|looks|looked)? ?(?:just |really |totally )?(?:not there|not with (?:me|us|it)"
    r"|not responding|gone|vacant|somewhere else|blank)\b",
    r"\beyes (?:are |keep |keeps |have |had |went |just )?(?:rolling|rolled|not focus\w*"
    r"|will not focus|glazed|fixed)\b"
    r"|\beyes? (?:are |is |keep |keeps |have |had |went |just )?(?:turn\w*|roll\w*) (?:up|back"
    r"|white|upward\w*)\b|\beyes? is turn\b"
    r"|\beyes? (?:are |is |have |has |had )?(?:gone|went|going) (?:back|up) (?:in|into) (?:his|her"
    r"|their|the) head\b",
    # Shut in a car, and scalded: "siti locked inside the car ... very hot", "pulled the pot of
    # hot chai onto himself and his arm is red and peeling" (not a pet, nor the keys).
    r"^(?!.*\b(?:dog|dogs|cat|puppy|pets?)\b).*\b(?:locked|stuck|trapped|shut) (?:in|inside)"
    r" (?:the|a|my|our|his|her) (?:hot )?car\b(?! (?:door|boot|window|seat belt))",
    r"\b(?:hot|boiling|scalding) (?:\w+ ){0,2}(?:tea|chai|coffee|water|soup|milk|oil|porridge"
    r"|noodles|stew)\b.{0,40}\b(?:on|onto|over|all over) (?:himself|herself|themselves|his|her"
    r"|him)\b.{0,40}\b(?:red|peeling|blister\w*|burn\w*|scald\w*|skin)\b",
    r"\bjust lying (?:there|still)\b",
    # ("he is dead easy to settle", "dead on her feet" and "dead to the world" are not.)
    r"\b(?:baby|son|daughter|he|she|newborn|infant) (?:has |is |just )?(?:died|dead)\b(?! (?:easy"
    r"|good|chuffed|funny|cute|proud|happy|nice|quick|simple|keen|lucky|right|serious|set|tired"
    r"|sleepy|heavy|on (?:my|her|his|their|our) feet|to the world|crabby|grumpy|mardy|moody|narky"
    r"|ratty|whingy|whiny|clingy|sweet|lovely|chatty|smiley|giggly|nosy|bonny|canny|cheeky"
    r"|excited|quiet|loud|fussy|hungry|strong|clever|nosey|proper|cold hands|upset|unsettled"
    r"|sad|restless|wriggly|miserable|cross|frustrated|scared|frightened|nervous|shy|cuddly"
    r"|content|settled|chilled|active|alert|needy|attached|tiny|small|little|big|hard|difficult"
    r"|independent|sensitive|stubborn|curious|cranky|teary))",
    r"\b(?:is|are|was|were) dying\b",  # not "i am dying for a nap"
    # (A parent's own seizures named as the reason for something, "my partner does bath time
    # because of my seizures", are a condition, not one happening now.)
    r"(?<!because of my )(?<!due to my )(?<!manage my )(?<!managing my )(?<!control my )"
    r"(?<!controls my )(?<!medication for my )(?<!medicine for my )(?<!tablets for my )"
    r"\b(?:seizures?|seizing|convuls\w*|twitch\w*(?: \w+){0,4} eyes)\b",
    # One side of the body, or minutes on end: "twitching down one side for five minutes".
    r"\b(?:twitch\w*|jerk\w*|shak\w*|trembl\w*)(?: \w+){0,3} (?:down |on |along )?one side\b"
    r"|\b(?:twitch\w*|jerk\w*|shaking|trembling) (?:\w+ ){0,3}for (?:\w+ ){0,2}(?:minutes|mins)\b",
    # ... or after another sign: "burning up and fitting" (not "the car seat fitting", "tight
    # and fitting well", "she is fitting in well at nursery"; but "fitting in the bath" is one).
    r"\b(?:is|are|was|started|starts|keeps|been|and) fitting\b(?! into\b| in (?:better|at|with"
    r"|there|here|socially|so)\b|(?: in)? (?:well|nicely|perfectly|properly|fine|okay|ok"
    r"|together)\b)",
    # Said in few words: "fit happening now", "fit now still going" (not "a good fit right now").
    r"(?<!good )(?<!snug )(?<!better )(?<!proper )(?<!perfect )(?<!great )(?<!tight )"
    r"\bfits? (?:now )?(?:is )?(?:happening|going on|still going|started|starting|right now"
    r"|not stopping|will not stop)\b",
    # Blacking out again and again, or with the baby: "keep blacking out while holding him" (not
    # "passing out on the sofa", which is sleep).
    r"(?:^|\b(?:i|he|she|baby|mum|wife|husband|partner) )(?:just |still )?(?:keep|keeps|kept)"
    r" (?:on )?(?:blacking out|fainting|collapsing)\b"
    r"|\b(?:blacking|passing) out (?:while|when|whilst) (?:i am |i was )?(?:holding|feeding"
    r"|carrying|bathing|driving|changing)\b",
    # "a fit" is the everyday British word for a seizure (but "a fit of giggles" is not).
    r"\b(?:having|had|has|have|gone into|went into|taken|took) (?:a |another |(?:some |a )?(?:kind"
    r"|sort) of (?:a )?|like a )?fits?\b(?! of)",
    r"\b(?:shaking|jerking|twitching|trembling) (?:all over|uncontrollab\w*|and (?:it|he|she)"
    r" (?:will not|can not|does not) stop|and will not stop)\b",
    # Stiffening with jerks: "goes stiff and starts jerking", "jerking and then went rigid".
    r"\b(?:goes|went|gone|going|go|gets|got|getting|is|was|turns|turned) (?:all |really |very"
    r" |completely |suddenly )?(?:stiff|rigid)\b(?: (?!(?:from|after|because|by|with)\b)\w+){0,3}"
    r" (?:jerk\w*|twitch\w*|shaking)\b"
    r"|\b(?:jerk\w*|twitch\w*|shaking)\b(?: (?!(?:from|after|because|by|with)\b)\w+){0,3}"
    r" (?:goes|went|gone|going|gets|got|getting"
    r"|turns|turned) (?:all |really |very |completely |suddenly )?(?:stiff|rigid)\b",
    r"\bdrown\w*\b",
    r"\b(?:under|beneath) (?:the )?water\b",
    r"\bface down in (?:the |a )?(?:\w+ )?(?:bath|bathtub|water|pool|paddling pool|pond|bucket|sea"
    r"|pail|tub|basin|sink|tank|trough|barrel|toilet)\b",
    r"\bfound (?:him|her|them|the baby|my baby|baby) (?:\w+ ){0,2}(?:in|under|at the bottom of)"
    r" (?:the |a )?(?:\w+ )?(?:pool|bath|water|pond|sea|river|lake|bucket)\b",
    r"\b(?:bath|water|pool|pond|sea|river|lake|bucket)\b.{0,60}\b(?:pulled|dragged|fished"
    r"|lifted) (?:him|her|them|the baby|my baby|baby) out\b",
    r"\b(?:pulled|dragged|fished|got|lifted) (?:him|her|them|the baby|my baby|baby) out of"
    r" (?:the |a )?(?:\w+ )?(?:bath|water|pool|pond|sea|river|lake|bucket)\b",
    r"\b(?:bath|pool|water|pond|bucket|sea|river|lake|pail|tub|basin|tank)\b.{0,40}\bface down\b",
    r"\b(?:slipped|went|fell|sank|was) under\b.{0,30}\b(?:bath|water|pool)\b",
    r"\b(?:bath|pool|pond)\b.{0,30}\b(?:slipped|went|fell|sank|was) under\b",
    r"\b(?:cord|string|strap|ribbon|rope|lead|wire)\b.{0,30}\b(?:round|around) (?:his|her|their"
    r"|its|the baby|my baby) neck\b",
    # (One a person holds there is harm, and gets that answer: "i keep picturing putting a
    # pillow over her face".)
    r"\b(?=(?:bag|pillow|blanket|plastic) )" + _PUT_THERE_BY_HAND
    + r"(?:bag|pillow|blanket|plastic) (?:over|on|around) (?:his|her|their|its|the baby|my baby)"
    r" (?:face|head|mouth)\b",
    # Long gaps in breathing: "pausing for ages between breaths", "long stretches without a breath".
    r"\bpaus\w* (?:\w+ ){0,3}between (?:his |her |their )?breaths\b"
    r"|\b(?:long|big|scary) (?:gaps|pauses|stretches) (?:between|without) (?:\w+ )?breath\w*\b"
    r"|\b(?:stretches|ages|seconds|minutes|a while|too long) without (?:taking |a )?(?:a )?"
    r"breath\w*\b",
    # An emergency that is over (see _PAST_EVENT), and now another.
    rf"\b{_PAST_EVENT_MARK}\b.{{0,60}}\b(?:having|has|started|starting|had|gone into) another\b",
    # A sign asked about in general, then said to be so now: "do babies go grey and cold when
    # they sleep, because he feels like that right now".
    r"\b(?:blue|grey|gray|purple|dusky|mottled|floppy|limp|not breathing|stops? breathing"
    r"|will not wake|can not wake)\b.{0,60}\b(?:he|she|they|baby|it) (?:is|feels|looks|seems|are"
    r"|feel|look|is doing|does) (?:\w+ )?(?:like )?(?:that|this|it) (?:right now|now|at the"
    r" moment)\b",
    # A child shut in a car: "locked the keys in the car with the baby inside".
    r"\b(?:lock\w*|keys)\b.{0,30}\bcar\b.{0,30}\b(?:with|and) (?:the baby|my baby|baby|him|her|them"
    r"|my son|my daughter) (?:still )?(?:inside|in (?:it|there|the back))\b"
    r"|\b(?:baby|he|she|him|her|they|them) (?:is |are |got |been |was )?(?:locked|stuck|trapped"
    r"|shut) in (?:the|a|my|our) (?:hot )?car\b"
    # ... or forgotten there in the heat or for a long time.
    rf"|^(?={_HEAT_OR_HOURS}).*\b(?:(?:left|forgot|forgotten|leave)\b.{{0,30}}\b(?:{CHILD_WORDS}"
    r"|him|her|them)\b.{0,20}\b(?:in|still in)|(?:baby|he|she|they|toddler)"
    r" (?:was|is|were|has been|had been) (?:still|left) in) the (?:car|van|truck|ute|suv|pickup"
    r"|vehicle)\b"
    # ... or what a carrier phrase leaves of it: "(i left) her in the car and it is an hour".
    rf"|^(?={_HEAT_OR_HOURS})(?:her|him|them|the baby|baby|my baby|my son|my daughter|the kids?)"
    r" (?:still )?in the car\b(?! seats?\b)"
    r"|\b(?:lock\w*|shut|trapped) (?:the baby|my baby|baby|him|her|them|my son|my daughter)"
    r" (?:\w+ )?in(?:side)? (?:the|a|my|our) (?:hot )?car\b",
    # Furniture that tips onto a child crushes as well as bruises.
    r"\b(?:tv|television|telly|wardrobe|dresser|chest of drawers|drawers|bookcase|bookshelf|shelf"
    r"|shelves|cabinet|furniture|mirror|fridge) (?:\w+ ){0,2}(?:fell|fallen|toppled|tipped|came"
    r" down|crashed down) (?:over |down )?(?:on|onto|on top of) (?:him|her|them|the baby|my baby"
    r"|baby|my son|my daughter)\b",
    r"\b(?:not|will not|can not|does not) stop bleeding\b",
    # A fingertip or toe nearly cut off: "the tip is hanging off".
    r"\b(?:finger|fingertip|tip|toe|ear)\b(?: \w+){0,3} (?:is |was |has been )?(?:hanging off"
    r"|severed|cut off|chopped off|sliced off|half off)\b",
    r"\b(?:smoke|flames?) (?:is |are )?(?:coming|pouring|filling|under|from|everywhere|in the)\b"
    # A home filling with smoke: "the hall is full of smoke" (not from the toast or a barbecue).
    r"|^(?!.*\b(?:toast|cook\w*|bbq|barbecue|frying|incense|vap\w*|cigarettes?|cigars?|bonfire"
    r"|sauna|smokers?)\b).*\b(?:room|hall|hallway|house|home|flat|apartment|kitchen|landing"
    r"|stairs|staircase|bedroom|nursery|upstairs|downstairs|place|caravan|trailer|car|ute|van"
    r"|truck) (?:is |are"
    r" |was )?(?:full of|filling (?:up )?with|filled (?:up )?with|thick with) smoke\b"
    # A brother or sister hurting the baby now: "his older brother is strangling him".
    r"|\b(?:brothers?|sisters?|siblings?|twins?|toddlers?|cousins?)\b(?: \w+){0,2} (?:is |are"
    r" |keeps |was )?(?:strangling|choking|smothering|suffocating|throttling) (?:him|her|them|the"
    r" baby|my baby)\b(?! (?:with|in) (?:love|kisses|cuddles|hugs|attention))"
    # Fire between parent and child: "the smoke alarm is screaming and i can not get to her room".
    r"|^(?=.*\b(?:smoke|fire|flames?|burning)\b(?! (?:alarm|detector)s? (?:\w+ ){0,3}(?:chirp\w*"
    r"|batter\w*)\b)).*\b(?:can not|cannot) (?:get|reach) (?:to |into |through to )?(?:her|his"
    r"|their|him|them|the baby|my baby|the kids|the children|the (?:room|bedroom|nursery|cot))\b"
    r"|\bagonal\b|\b(?:starting|started|doing|giving|begun|began) (?:chest )?compressions\b"
    r"|\b(?:on|caught) fire\b|\bfire in the\b(?! (?:end|grate|hearth|fireplace|fire place"
    r"|wood ?burner|log ?burner|fire ?pit|chiminea)\b)"
    # Two signs of an electrical fire: "i can hear crackling and smell burning from the plug".
    r"|\b(?:crackl\w*|spark\w*)\b.{0,40}\b(?:(?:smell\w*|smelt) (?:of )?burning|burning smell)\b"
    r"|\b(?:(?:smell\w*|smelt) (?:of )?burning|burning smell)\b.{0,40}\b(?:crackl\w*|spark\w*)\b"
    # Catching fire now, or (Singlish) done: "kitchen catch fire already".
    r"|\b(?:is|are) catching fire\b|\bcatch(?:es)? fire (?:already|now|right now)\b"
    # A fire that will not go out: "there's a fire going in the kitchen and i can't put it out".
    r"|^(?=.*\b(?:fire|flames?)\b).*\b(?:can not|cannot|could not|can not seem to) put"
    r" (?:it|the fire|the flames|them) out\b|\b(?:fire|flames?) (?:is |are )?(?:spreading"
    r"|will not go out|not going out)\b"
    # Furnishings or wiring smoking: "the space heater tipped and the curtain's smoking".
    r"|\b(?:curtains?|blinds?|sofa|couch|settee|bed|cot|crib|mattress|carpet|rug|sockets?|plugs?"
    r"|wires?|wiring|extension lead|cables?|blankets?|duvet|pillow|bedding|heater|lamp"
    r"|lampshade)(?: \w+)? (?:is |are |has |have |was |were )?(?:started |starting )?(?:smoking"
    r"|smouldering|smoldering|alight|in flames|melting and smoking)\b"
    r"|\b(?:set|sets|setting) (?:the |my |our |his |her )?(?:\w+ )?(?:alight|on fire)\b",
    # Gas and its fumes: a smell of gas, a carbon monoxide alarm sounding, or an appliance that
    # smells while the family has the signs of its fumes ("the gas fire smells funny and we
    # have all got headaches"). (Not a baby's wind: "his gas smells awful".)
    r"\b(?:smell\w*|stink\w*|reeks?|reeking) (?:\w+ )?(?:of |like )?gas\b(?! (?:from|out of"
    r"|coming from) (?:his|her|the baby|my baby)\b)|\bgas (?:leak\w*|is leaking)\b"
    # An alarm sounding while the whole household has headaches or sickness: "that little alarm
    # keeps chirping and me and the babby have both got banging heads and feel sick".
    r"|\b(?:alarm|detector)s?\b.{0,60}\b(?:both|all|everyone|everybody|whole family"
    r"|me and (?:the )?(?:baby|babby|kids?))\b.{0,40}\b(?:headaches?|banging heads?"
    r"|sore heads?|sick|dizzy|drowsy|vomit\w*|throwing up)\b"
    r"|\b(?:carbon monoxide|co) (?:alarm|detector|monitor|thing)s?(?: \w+){0,4} (?:going off"
    r"|gone off|went off|go off|goes off|going(?! to)|beeping"
    r"|bleeping|screaming|sounding|ringing|shrieking|wailing|blaring|flashing|says high"
    r"|reading high)\b"
    r"|\b(?:alarm|detector)\b (?:\w+ ){0,2}(?:by|near|next to|beside|above|on|in) (?:the )?"
    # (A gas or coal fire is already the hearth idiom's mark, spaced, by now.)
    rf" ?(?:\w+ )?(?:boiler|heater|furnace|stove|gas fire|fireplace|cooker|generator|geyser"
    rf"|{_IDIOM_MARK})\b"
    r"(?= +(?:\w+ ){0,2}(?:going off|gone off|went off|beeping|bleeping|screaming|screeching"
    r"|sounding|ringing|shrieking|wailing|blaring|flashing)\b)"
    r"|\b(?:alarm|detector|screen|display)\b(?: \w+){0,6} (?:says?|saying|shows?|showing|reads?"
    r"|reading|displays?|displaying|flashing) (?:the letters )?co\b"
    r"|\b(?:gas|heater|boiler|furnace|stove|generator|burner|cooker)(?: \w+){0,3} (?:smell\w*"
    r"|stink\w*"
    r"|fumes)\b(?=.{0,80}\b(?:headaches?|head (?:is |was )?(?:pounding|thumping|banging"
    r"|splitting)|dizzy|woozy|drowsy|confused|hard to (?:wake|rouse))\b)",
    # A child struck by a motor vehicle, with or without a mark to show for it.
    rf"\b(?:car|van|truck|lorry|bus|suv|tractor|motorbike|motorcycle)(?: \w+){{0,2}} (?:hit"
    rf"|reversed into|backed into|ran over|run over|knocked (?:down|over)|drove into|went over)"
    rf" {_PERSON}"
    rf"|\b{_PERSON} (?:was |got |has been |been |just got |just been )(?:hit|knocked (?:down|over)"
    r"|run over|struck) by (?:a|the) (?:car|van|truck|lorry|bus|suv|tractor|motorbike"
    r"|motorcycle)\b",
    r"\b(?:can not|could not|cannot) (?:feel|find) (?:a |his |her |their |any )?(?:\w+ )?"
    r"(?:pulse|heartbeat|heart beat)\b|\bno (?:pulse|heartbeat|heart beat)\b",
    # A grown-up's pills fed to the child: "the toddler fed the baby one of nain's heart
    # tablets" (not the child's own: "one of her tablets", "some of the tablets").
    r"\b(?:fed|gave|given|giving|feeding|feeds|gives) (?:the baby|my baby|baby|him|her|them)"
    r" (?:one|some|a few|two|three|half|a couple|a bit) of (?:my|your|our|(?:\w+ )?(?:mum|mam"
    r"|mom|dad|nan|nain|gran|grandma|granny|grandad|grandpa|nana|lola|teta|ambuya|auntie|aunt"
    r"|uncle|husband|wife|partner)) (?:\w+ ){0,2}(?:tablets?|pills?|capsules?|meds|medication)\b",
    # The wrong medicine, or a grown-up's, given by mistake.
    r"\b(?:by mistake|accidentally|mistakenly|by accident|in error|my own|adult|grown up)\b"
    rf".{{0,40}}\b(?:{_PAIN_RELIEF}|medicine|medication|tablets?|pills?)\b"
    rf"|\b(?:{_PAIN_RELIEF}|medicine|medication|tablets?|pills?)\b"
    r".{0,40}\b(?:by mistake|accidentally|mistakenly|by accident|in error|meant for (?:me|adults"
    r"|grown ups))\b",
    # A baby nobody has been able to feed: the grown-up needs help now too.
    r"\b(?:have not|has not|had not|not) fed (?:her|him|them|the baby|my baby|baby) (?:since"
    r"|for|all|in)\b",
    r"\bbleeding (?:real |really |very |so )?(?:bad|badly|loads|heaps|lots)\b" + _WEEKS_AFTER_BIRTH,
    r"\b(?:bringing up|brought up|vomit\w*|sick|throwing up|threw up) (?:\w+ )?green\b"
    r"|\bgreen (?:vomit|sick|bile|puke)\b",
    r"\bbleeding (?:a lot|heavily|badly|everywhere|profusely|so much|lots|from (?:his|her|their"
    r"|its|the) (?:ears?|nose|head|mouth|eyes?))\b" + _WEEKS_AFTER_BIRTH,
    r"\b(?:pouring|gushing|spurting|pumping) (?:with |out )?(?:blood)\b",
    r"\b(?:spurting|gushing|squirting)\b",
    r"\bblood (?:is |keeps )?(?:pour\w*|gush\w*|spurt\w*|pump\w* out)"
    r"|\bblood (?:is )?(?:everywhere|all over)\b",
    r"\b(?:heavy|severe|serious|lots of|loads of|tons of|masses of|so much|(?:a )?lot of)"
    r" (?:bleeding|blood)\b"
    # (Not blood lost at the birth, asked about weeks later.)
    r"(?! (?:at|during|in) (?:the |her |my )?(?:birth|labour|labor|delivery|c section|section)\b)"
    r"|\bbleeding (?:like )?(?:a lot|loads|so much|heavily|badly|everywhere)\b"
    + _WEEKS_AFTER_BIRTH,
    # A deep burn (NHS: white or charred skin is for A&E): "a burn from the curling iron, white
    # and leathery".
    r"\b(?:burn|burns|burnt|burned|scald|scalded)\b.{0,60}\b(?:white|leathery|waxy|charred"
    r"|blackened|no feeling|numb|does not hurt|skin (?:came|has come|is coming|peeled) off)\b",
    # Hot liquid over a child and the skin peeling or blistering: "the kettle water spilled on
    # her arm the skin all red and peeling".
    r"\b(?:kettle|boiling|hot (?:water|tea|coffee|chai|milk|oil|soup|drink|pan))\b(?! bottle)"
    r".{0,80}\bskin\b.{0,30}\b(?:peel\w*|blister\w*|bubbl\w*|(?:came|coming|come) off)\b",
    # A part cut or torn off: "his finger got shut in the door and the tip came off".
    r"\b(?:fingers?|toes?|fingertips?|finger tips?|ears?|earlobes?)(?: \w+){0,3} (?:come|came|comes"
    r"|cut|chopped|sliced|torn|ripped|hanging|has come|is coming) (?:right )?off\b"
    r"|\b(?:fingers?|toes?)\b.{0,60}\b(?:tip|end|top)(?: \w+){0,3} (?:come|came|comes|cut|chopped"
    r"|sliced|torn|ripped|hanging|has come|is coming) (?:right )?off\b",
    # A wound laid open: "her cheek is ripped open and bleeding", "stitches burst open".
    r"\b(?:ripped|torn|split|gashed|sliced|burst|bust|came|come) (?:right )?open\b.{0,40}"
    r"\b(?:bleed\w*|blood)\b|\b(?:bleed\w*|blood)\b.{0,40}\b(?:ripped|torn|gashed|sliced|burst)"
    r" (?:right )?open\b",
    r"\b(?:soak\w*|seep\w*|bled|bleeding) (?:right )?through (?:the |a |his |her |\w+ )?"
    r"(?:towels?|cloths?|bandages?|plasters?|nappy|nappies|diapers?|clothes|tea towels?"
    r"|dressings?|tissues?)\b",
    # (Not a mother's bleeding weeks after the birth: see _STILL_BLEEDING_SINCE_BIRTH.)
    r"^(?!.*\b(?:postpartum|post partum|after (?:the |my |her )?(?:birth|delivery|labour|labor"
    r"|c section|section|having)))"
    r".*\b(?:blood|bleed\w*)\b(?! (?:pressure|tests?|sugars?|type|work|donation|bank))"
    r".{0,60}\b(?:still (?:coming|going|pouring|flowing)|keeps? (?:coming|flowing|pouring)"
    r"|(?:(?:it|blood|bleeding) )?(?:will |can |does |is )?(?:not|no) stop(?:ping)?\b(?! \w+ing\b))"
    r"|\b(?:blood|bleeding) (?:will |can |does |is )?(?:not|no|never) stop(?:ping|s)?\b",
    r"\b(?:deep|gaping|big|bad) (?:cut|gash|wound)\b",
    r"\b(?:(?:is|are|got|been|was|has been) (?:\w+ )?burn(?:ed|t)"
    r"(?! (?:right |totally |completely |absolutely |fully |so )?out\b| (?:toast|food|dinner|tea"
    r"|pizza|bread|chips|cake|rice|pan|pot|sausages?|bacon|onions?|milk|porridge|smell\w*"
    r"|taste\w*|bits|residue|stains?|marks?|crumbs|grease)\b)"
    r"|burn(?:ed|t|s)? (?:really |very |so )?(?:badly|bad)"
    r"|(?:hot|boiling) (?:iron|hob|stove|oven door|radiator|kettle)"
    r"|(?:touch|touches|touched|grab|grabs|grabbed|pull|pulls|pulled|knocked) (?:over )?"
    r"(?:the|my|a) (?:iron|hob|stove|oven door|kettle|hair straighteners?|straighteners?"
    r"|curling (?:iron|tongs|wand))"
    # Skin bubbling up after something hot: "pulled the bowl of hot soup onto himself and the
    # skin on his chest is bubbling up".
    r"|\bskin\b(?: \w+){0,4} (?:is |was |has |started |starting )?(?:bubbling|bubbled|blistering"
    r"|peeling off|coming off|sliding off)\b"
    # (Not care taken: "how hot should the bath be so i do not scald him".)
    r"|(?<!do not )(?<!does not )(?<!to not )(?<!never )(?<!avoid )(?<!prevent )(?<!without )"
    r"(?<!not to )scald\w*|burn(?:ed|t) (?:his|her|their|itself|himself|herself)"
    # (Not "a nappy rash with little blisters" or a newborn's sucking blister, nor a rash that
    # blisters: "his nappy rash has gone really raw and blistery".)
    r"|^(?!.*\b(?:rash|eczema|chicken ?pox|impetigo|cold sores?|hand foot and mouth)\b(?: \w+){0,6}"
    r" blister).*?(?<!little )(?<!tiny )(?<!small )(?<!sucking )(?<!friction )(?<!blood )"
    r"(?<!no )(?<!any )"
    r"(?<!not a )(?<!not )blister\w*"
    r"(?! (?:on|from) (?:\w+ ){0,2}(?:heels?|toes?|feet|foot|shoes|sandals))"
    # (Not the weather: "when it is boiling hot".)
    r"|boiling water|(?<!it is )(?<!it is so )(?<!it was )(?<!it gets )(?<!it has been )"
    r"(?<!weather is )(?<!today is )(?<!outside is )boiling hot(?! (?:out|outside|today|day|days"
    r"|weather|afternoon|night|nights|summer)\b)"
    r"|hot (?:tea|coffee|water|oil|pan|iron|oven)"
    r" (?:on|over|all over))\b",
    r"\b(?:anaphyla\w*|allergic reaction)\b",
    # A bite or sting from something venomous (any snake; the spiders and sea creatures that
    # call for an ambulance in Australia).
    r"\b(?:snake|adder|viper|funnel ?web|redback|red back|box jelly\w*|stonefish|scorpion"
    r"|blue ringed octopus)\b(?: \w+){0,3} (?:bit|bitten|bites|stung|stings|got)\b"
    r"|\b(?:bitten|stung|bit) by (?:a |an |the )?(?:\w+ )?(?:snake|adder|viper|funnel ?web"
    r"|redback|red back|box jelly\w*|stonefish|scorpion)\b",
    # A dog mauling a child, or holding on: "the staffy has her by the arm and will not let go"
    # (a nip is for the doctor; a dog that went for the cat names no child).
    rf"\b{DOG}(?: \w+){{0,2}} (?:(?:(?:went|goes|going) for (?:the|my|our) (?:baby|son|daughter"
    r"|little one|toddler)|(?:attack\w*|maul\w*|savag\w*|latched on to|locked on to|sank (?:its"
    rf"|his|her) teeth into) {_DOG_VICTIM})\b"
    r"(?! (?:\w+ )?(?:ball|toy|sock|lead|dinner|food|shoe|teddy|teddies|bone|stick|chew)s?\b)"
    r"|(?:has(?: got)?(?: hold of)?|got hold of|grabbed|will not let go of|would not let go of)"
    rf" {_DOG_VICTIM} (?:by the|in (?:its|his|her) (?:jaws|mouth|teeth)|and (?:will|would) not"
    r" let go))"
    rf"|\b{DOG}\b.{{0,60}}\b(?:will|would) not let (?:go|her go|him go)\b"
    r"(?! of (?:it|that|this|them|me|us)\b| of (?:the|his|her|its|my|our) (?:\w+ )?(?:toy|ball|sock"
    r"|lead|bone|stick|rope|chew|teddy|dummy|blanket)s?\b)",
    # Using the adrenaline pen is the emergency; owning one, or checking its date, is not.
    r"(?<!how to )(?<!trained to )(?<!training to )(?<!learn to )(?<!how do i )(?<!how do you )"
    r"\b(?:use|used|using|give|gave|given|giving|jab|jabbed|stab\w*|grab\w*|had to use|did)"
    r" (?:the |his |her |their |my |an |another )?(?:second )?epi ?pens?\b"
    r"|\b(?:get|fetch|where is|need) (?:the|his|her|their) epi ?pens? (?:now|quick|fast"
    r"|right now)\b"
    r"|\bepi ?pens? (?:in|into) (?:his|her|their|the) (?:leg|thigh)\b",
    # The mother's own emergencies after birth: heavy bleeding, a clot in the lung, the
    # headache and flashing lights of pre-eclampsia.
    r"\b(?:soak\w*|bleeding|bled|gone|going|went) through (?:a |my |the |another )?(?:\w+ )?"
    r"(?:pads?|towels?)\b|\b(?:huge|massive|big|large|golf ball|plum|fist) ?(?:sized )?clots\b"
    r"|\bclots? (?:the size of|bigger than|as big as)\b"
    # A haemorrhage happening now ("i think she is haemorrhaging"), not one asked about.
    rf"|\b(?:is|am|are|was|were|be|been|started|keeps?|still) {_HAEMORRHAGE}\w*"
    rf"|\bhaving (?:a |another )?(?:\w+ )?{_HAEMORRHAGE}e\b(?! (?:with|last|when|before"
    r"|after (?:my|our|the) (?:first|last|other)))",
    # A pregnancy in danger: labour or waters before 37 weeks ("pains every few minutes and i
    # am only twenty nine weeks", not braxton hicks), and a baby moving less ("i have not felt
    # him kick all day", not "not felt her kick yet").
    rf"^(?!.*\bbraxton\b).*(?:{_LABOUR}.{{0,60}}\b{_PRETERM}|\b{_PRETERM}\b.{{0,60}}{_LABOUR})",
    r"\b(?:not|no|never|barely|hardly) (?:felt|feel|feeling) (?:the baby|baby|her|him|them"
    r"|either of them|any|a single)(?: \w+){0,2} (?:kick\w*|mov\w*)\b(?! yet)"
    r"|\b(?:reduced|fewer|less|no|slower) (?:fetal |foetal |baby )?(?:movements?|kicks?)\b"
    r"|\b(?<!bowel )(?:movements?|kicks?|kicking|moving) (?:have |has |is |are )?(?:slowed|stopped"
    r"|reduced"
    r"|gone quiet)\b"
    r"|\bbaby (?:inside|in my (?:tummy|belly|bump|womb)) (?:has |is )?(?:gone |been |going )?"
    r"(?:really |very |so )?(?:quiet|still)\b",
    # A pad filled within the hour: "soaking a big pad in less than an hour".
    r"\b(?:soak\w*|fill\w*|went through|going through|go through|changing)(?: \w+){0,3} pads?"
    r" (?:\w+ ){0,2}(?:in|every|within) (?:(?:less than |under )?(?:an?|one|half an?|\w+) )?(?:hour"
    r"|minutes|mins)\b",
    r"\bcough\w* (?:up )?(?:some |a bit of |a little |bits of )?blood\b",
    r"\b(?:chest pains?|pain in my chest|chest (?:hurts|is hurting|aches))\b.{0,40}\b(?:breath\w*"
    r"|can not breathe)\b|\bbreath\w*\b.{0,40}\b(?:chest pains?|pain in my chest|chest hurts)\b",
    # A heart attack's chest: crushing or spreading to the arm or jaw ("a tight chest ... going
    # down my left arm").
    r"\b(?:crushing|squeezing|heavy|vice like) (?:pain|pressure|feeling|weight) (?:in|on|across)"
    r" (?:my|her|his|the) chest\b|\bcrushing (?:chest|pain in (?:my|her|his) chest)\b"
    r"|\bchest\b.{0,60}\b(?:crushing|(?:going|spreading|moving|shooting) (?:down|into|up)"
    r" (?:my|her|his) (?:left |right )?(?:arm|jaw|neck))\b",
    # (Not "a dull headache but my vision is fine".)
    r"\b(?:headache|head ache|head is pounding)\b.{0,60}(?<!\bno )\b(?:vision|seeing (?:spots"
    r"|stars|flash\w*)|blurr\w*|flashing lights)\b(?! (?:is |has been |seems |was |is totally "
    r"|is still )?(?:fine|ok|okay|normal|clear|good|alright|all right|perfect|unaffected)\b)",
    # The worst headache ever, out of nowhere: a bleed in the brain until a doctor says not.
    r"\bworst (?:headache|head ache|pain in my head)\b|\b(?:headache|head ache)\b(?: \w+){0,8}"
    r" worst (?:i have|i had|i have ever|i had ever|ever|of my life)\b|\bthunderclap\b"
    r"|\b(?:headache|head ache)\b(?: \w+){0,2} (?:came on|started|hit me|struck)(?: \w+){0,2}"
    r" (?:suddenly|out of nowhere|all of a sudden|in seconds)\b|\bsudden (?:severe|awful|terrible"
    r"|excruciating|splitting|blinding|crushing) (?:headache|head ache|pain in my head)\b",
    # A headache with a stiff neck, light that hurts, or confusion.
    rf"\b(?:headache|head ache|head (?:is )?(?:pounding|splitting)|head\s+{_IDIOM_MARK})\b"
    r".{0,60}\b(?:stiff neck"
    r"|neck (?:is |feels )?stiff|can not (?:stand|bear|look at) (?:the )?light|light (?:hurts|is"
    r" hurting)|confused)\b",
    # A stroke: a face that droops on one side, words that slur, an arm that will not lift.
    r"\b(?:one side of|side of) (?:my|her|his|their) (?:face|mouth)\b(?: \w+){0,3}"
    r" (?:dropped|drooped|droop\w*|sagg\w*|fallen|slipped|gone (?:droopy|numb|floppy|weird))\b"
    r"|\b(?:face|mouth) (?:has |is )?(?:dropped|drooping|droopy|sagging|lopsided)"
    r" (?:on )?one side\b",
    r"\b(?:slurr\w*|slurry) (?:my |her |his |their )?(?:words|speech)\b|\b(?:words|speech)\b"
    r"(?: \w+){0,3} (?:slurr\w*|slurry|jumbled|garbled)\b",
    # A parent's low blood sugar with the signs of a hypo: "i'm diabetic and feel very shaky
    # and confused, i'm on the floor with baby, nobody home".
    r"\b(?:diabetic|diabetes|hypo\w*|blood sugar|insulin)\b.{0,60}\b(?:shaky|shaking|sweaty"
    r"|sweating|dizzy|faint|blurry|slurring)\b.{0,60}\b(?:confused|on the floor|alone|nobody"
    r"|no one|on my own|by myself|can not get up|passing out|can not think)\b",
    # Infection after birth: a fever with a racing heart, the shakes, breathlessness, or
    # feeling worse than ever before, in either order.
    rf"\b{_FEVER}\b.{{0,100}}\b{_SEPSIS_SIGN}\b|\b{_SEPSIS_SIGN}\b.{{0,100}}\b{_FEVER}\b",
    # Blood pressure at the level that needs treating today (160 or more on top), after birth
    # a sign of pre-eclampsia: "my machine says one seventy over one ten".
    r"\b(?:blood pressure|bp)\b(?: \w+){0,6} (?:1[6-9]\d|2\d\d|one (?:sixty|seventy|eighty|ninety)"
    r"|two hundred)\b",
    # Trying to restart a child's breathing: "how do i get him to start breathing again".
    r"\b(?:get|make|help) (?:him|her|them|the baby|baby|my baby) (?:to )?(?:start )?breath\w*"
    r" again\b",
    # Swelling of the face is an allergic reaction unless a knock explains it ("fell face first
    # and has a swollen lip").
    r"^(?!.*\b(?:fell(?! asleep)|fallen|tripped|fall|banged|bumped|knocked|smacked|split"
    r"|walked into|ran into|bit (?:his|her|their) (?:lip|tongue))\b)"
    r"(?:.*?\b(?:face|lips?|tongue|throat|eyes?|mouth)(?: \w+){0,3} (?:swell\w*|swollen|puff\w*)\b"
    r"|.*?\b(?:swell\w*|swollen|puff\w*)(?: \w+){0,2} (?:face|lips?|tongue|throat)\b)",
    r"\b(?:tongue|throat) (?:\w+ ){0,2}(?:fat|thick|huge|enormous|too big)\b",
    # Swelling or hives all over with a breathing sign, or a wheeze after a sting: "him swell
    # up all over and a wheeze after the bee sting".
    r"\b(?:swell\w*|swollen|puff\w*|hives|welts)(?: \w+){0,3} all over\b.{0,60}\b(?:wheez\w*"
    r"|breath\w*|throat|floppy|drowsy)\b|\b(?:wheez\w*|breath\w*)\b.{0,60}\b(?:swell\w*|swollen"
    r"|puff\w*|hives|welts)(?: \w+){0,3} all over\b"
    r"|\b(?:bee|wasp|hornet)(?: \w+)? stings?\b.{0,60}\b(?:wheez\w*|struggl\w* to breathe"
    r"|throat)\b|\b(?:wheez\w*|struggl\w* to breathe)\b.{0,60}\b(?:bee|wasp|hornet)(?: \w+)?"
    r" stings?\b",
    # (A sunken one alone is dehydration, for a clinician today: see _SUNKEN_SOFT_SPOT.)
    r"\bsoft spot (?:\w+ ){0,5}(?:is |looks |has gone |gone )?(?:bulging|swollen)\b",
    r"\bbulging (?:soft spot|fontanel\w*)\b",
    r"\b(?:high pitched|weird|strange) (?:cry|scream|squeal)\b.{0,40}\b(?:drowsy|floppy|bulging"
    r"|will not feed|fever|rash|limp)\b",
    r"\brash (?:that )?(?:does not|will not|did not) (?:fade|go away) (?:under|when)\b",
    r"\b(?:shook|shaken|shaking) (?:the |my |our )?baby\b(?! (?:rattle|toy|case|story|trial|court"
    r"|campaign|video|leaflet|advert|awareness|documentary|news|syndrome|sbs)\b)",
    # Asking for help that comes fast ("a night on the ambulance" is a paramedic's shift).
    r"\bemergency\b",  # not "an emergency section": see _EMERGENCY_AS_A_KIND
    r"\b(?:call|called|calling|ring|rang|ringing|phone|phoned|get|got|need|needs|needed|waiting"
    r" for|wait for|send|sent) (?:for )?(?:an |the )?(?:ambulance|paramedics?)\b"
    r"|\b(?:ambulance|paramedics?) (?:is|are) (?:on (?:its|their) way|coming)\b",
    # Someone is already trying to restart the child's breathing or heart.
    r"\b(?:doing|giving|gave|given|started|starting|performing|needs?|needed|needing|did)"
    r" (?:\w+ ){0,2}(?:cpr|chest compressions|mouth to mouth|rescue breaths)\b"
    r"|\b(?:resuscitat\w*|defibrillat\w*|defib)\b",
    # ... or asking how, now: "tell me how to do baby cpr right now".
    r"\bhow (?:to|do i|do you|can i) (?:do|give|start) (?:\w+ )?(?:cpr|chest compressions"
    r"|rescue breaths|back blows|heimlich)\b(?= (?:\w+ )?(?:right now|now|quick|quickly|fast"
    r"|hurry|please)\b)",
    # Twice the medicine: "we have double dosed her", "gave her the calpol and the bottle is
    # nearly empty".
    r"\b(?:gave|given|giving|had|took|taken|drank|drunk|got into|been into|been in|swallowed)\b"
    rf".{{0,30}}\b(?:medicine|{_PAIN_RELIEF}|pills?|tablets?"
    r"|syrup)\b.{0,50}\b(?:bottle|packet|box|blister pack|pot|tub) (?:is |has |was )?(?:nearly"
    r" |almost |half |all |completely )?(?:empty|gone|finished)\b",
    r"\b(?:two|three|four|five|six|several|multiple|extra) (?:doses|lots|spoons|syringes|sachets)"
    r"\b.{0,25}\b(?:in|within) (?:an|one|half an|the same|the last|the|a) (?:hour|go)\b",
    rf"\b(?:double dos\w*|overdos\w*|too much (?:{_PAIN_RELIEF}|medicine|medication))\b",
    # Working hard to breathe: the skin pulled in at the neck or between the ribs.
    r"\b(?:sucking|pulling|caving|drawing|sinking) in (?:at|under|between|around|above)"
    r" (?:the |his |her |their )?(?:neck|throat|ribs|collarbones?|chest)\b",
    # ... said of the chest itself: "her wee chest is sucking right in".
    r"\b(?:chest|ribs|ribcage|neck|throat)\b (?:\w+ ){0,2}(?:sucking|sucks|pulling|caving|caves"
    r"|sinking|sinks|drawing) (?:right |way |all the way |deep )?in\b",
)

# Something swallowed that can poison, burn or block: the verb and the thing, in any order.
_SWALLOWED = (
    r"(?:swallow\w*|inhal\w*|breathed in|ate|eaten|eating|drank|drunk|drinking|chewed|chewing"
    r"|chew up|chews up"
    # ("drink" for "drank" after the child, in Caribbean English: "de toddler drink de acetone".)
    r"|(?:(?<=\btoddler )|(?<=\bbaby )|(?<=\bhe )|(?<=\bshe )|(?<=\bchild )|(?<=\bkid ))drink"
    r"|ingested|got into|necked|bit (?:open|through)"
    r"|downed|glugged|guzzled|scoffed"
    r"|(?:had|took|taken|got) (?:a|some) (?:\w+ )?(?:suck|lick|bite|sip|drink|mouthful|gulp|swig)s?"
    r" (?:of|on|out of|from)|gulp\w*|swig\w*|sucked on|sucking on|licked"
    r"|bit(?:ten)? into|bites? into|chews?|put (?:\w+ ){0,3}in (?:his|her|their|its) mouth"
    r"|in (?:his|her) mouth"
    r"|(?:took|taken|has taken|had) (?:some|a few|a couple|several|all|the whole|half|one|two"
    r"|three|a handful|loads?|lots)(?: of)?)"
)
_DANGEROUS_THING = (
    r"(?:batter(?:y|ies)|button cells?|coin cells?|magnets?|poison\w*|bleach|detergent"
    r"|laundry (?:pods?|tablets?|capsules?|liquid)|(?:dishwasher|washing) (?:tablets?|pods?"
    r"|liquid|powder)|washing up liquid|pods?|pills?|tablets?|capsules?|medicines?|medication"
    rf"|meds|{_PAIN_RELIEF}|aspirin|methadone|opioids?"
    r"|antidepressants?|sleeping pills|painkillers?|iron|vitamins?|gummies|chemicals?|cleaning"
    # A skin patch of strong painkiller, which a child can chew: "the patches grandad uses
    # for his pain".
    r"|(?:pain|fentanyl|nicotine|morphine|opioid|buprenorphine|butrans|medicine|medicated|hrt)"
    r" patch(?:es)?|patch(?:es)? (?:\w+ ){0,4}for (?:his|her|their|my) (?:pain|back|arthritis)"
    r"|cleaner|disinfectant|dettol|savlon|lysol|domestos|harpic|phenyle?|degreaser|descaler"
    r"|limescale remover|caustic soda|lye|ammonia"
    r"|super ?glue|drugs|weed|cannabis|nicotine|vape\w*"
    r"|(?:rat|mouse|slug|snail) (?:bait|pellets?|poison)|(?:slug|snail) pellets?|weed ?killer"
    r"|pesticides?|insecticides?|fertili[sz]er|sheep dip"
    # A farm or pet medicine: "he got into the horse wormer paste".
    r"|(?:de)?wormers?(?: paste)?|worming (?:paste|tablets?|pills?)|flea (?:treatment|drops|spray"
    r"|collar|shampoo)|tick (?:treatment|drops)"
    r"|(?:sheep |worm )?drench"
    r"|e ?cig\w*|e ?liquid|vape liquid|cigarettes?|cigarette butts?|tobacco|coins?|marbles?"
    r"|(?:insect|mosquito|bug) repellents?|repellents?|mosquito (?:coils?|liquid|refills?|mats?)"
    r"|camphor|naphthalene"
    # Camphor and menthol rubs, poisonous to a small child: "licked off half the tiger balm".
    r"|tiger balm|vap(?:o|ou)r ?rub|vicks|deep heat|muscle rub|medicated oil|eucalyptus oil"
    r"|oil of wintergreen|wintergreen|minyak angin|white flower oil|axe oil|green oil|dau gio"
    r"|moth ?balls?|buttons?|beads?|earrings?|(?<!teething )rings?|screws?|nails|pins?|lego|glass"
    r"|anti ?freeze|petrol"
    r"|diesel|kerosene|lamp oil|lighter fluid|white spirit|turps|turpentine|meths"
    r"|methylated spirits|paraffin|oil|essential oils?|mouthwash|perfume"
    r"|nail (?:polish|varnish)(?: remover)?|acetone"
    r"|steriliser fluid|sterilising"
    r" (?:fluid|solution|tablets?)|milton|small (?:object|part|piece"
    r"|toy)s?|something sharp|the whole bottle|half (?:the|a) bottle)"
)
_ALCOHOL = r"(?:alcohol|vodka|wine|spirits|beer|gin|whisky|whiskey|rum|brandy|prosecco|cider)"
_INGESTION = (
    # A poison named by what it kills: "she drank the stuff we use to kill cockroaches".
    rf"\b{_SWALLOWED}\b.{{0,60}}\b(?:(?:use|used|uses|using)(?: it| them| that| this)?"
    r" (?:to |for )?(?:kill\w* |spray\w* |get\w* rid of )?"
    rf"|for (?:kill\w*|spraying|getting rid of) )(?:the |all the )?{_PESTS}\b",
    # Drink is a danger when the baby had it ("i had two glasses of wine" is a feeding question).
    rf"\b(?:he|she|the baby|my baby|baby|him|her)\b(?: \w+){{0,3}} {_SWALLOWED}\b.{{0,40}}"
    rf"\b{_ALCOHOL}\b",
    rf"\b{_ALCOHOL}\b.{{0,60}}\b(?:he|she|the baby|baby)\b(?: \w+){{0,2}} (?:drank|swallowed"
    r"|had some|got into|drunk)\b",
    # (Not across a new question: "chewing everything, can i rub clove oil on his gums".)
    rf"\b{_SWALLOWED}\b(?:(?!\b(?:can|should|could|is it|is that|is this|do i|what is|what are"
    rf"|how much|how many|how often|which) ).){{0,50}}"
    rf"\b{_DANGEROUS_THING}\b",
    # Given to drink, and unwell since: "ba noi give con the green oil to drink for his tummy now
    # he throw up and so sleepy".
    rf"\b{_DANGEROUS_THING}\b(?: \w+){{0,3}} to (?:drink|swallow)\b.{{0,60}}\b(?:sleepy|drowsy"
    r"|vomit\w*|throw\w* up|threw up|floppy|limp|breath\w*|strange|not right|weird|fitting"
    r"|shaking)\b",
    # A mix-up: "what i thought was her calpol but it was my own methadone".
    r"\b(?:thought|thinking|assumed|sure) (?:\w+ ){0,3}(?:was|were) (?:\w+ ){0,2}"
    rf"(?:{_PAIN_RELIEF}|medicine|vitamins?|drops|gripe water|antibiotics?)\b"
    rf".{{0,30}}\b(?:it|they) (?:was|were|is|turned out to be) (?:actually |really )?(?:my|his|her"
    rf"|their|our|the|an?|\w+ s)(?: \w+){{0,3}} {_DANGEROUS_THING}\b",
    # A childproof cap got off, or no knowing how much went down: "got the cap off the tylenol
    # and i have no idea how much she drank".
    rf"\b(?:got|gets|took|pulled|twisted|prised|unscrewed) (?:the )?(?:child ?proof |safety )?"
    rf"(?:cap|lid|top) off (?:the |a |my |his |her )?(?:\w+ )?{_DANGEROUS_THING}\b"
    rf"|\b{_DANGEROUS_THING}\b.{{0,80}}\b(?:no idea|do not know|not sure|can not tell|unsure)"
    r" how (?:much|many) (?:of (?:it|them) )?(?:she|he|they|the baby) (?:drank|had|has had|took"
    r"|has taken|ate|has eaten|swallowed|got)\b",
    # A what-if about something swallowed that then happened: "is lamp oil bad if a baby
    # drinks a little bit of it, cause he just did".
    rf"\b{_DANGEROUS_THING}\b.{{0,80}}\b(?:cause|because|cos|coz|as) (?:he|she|they|the baby)"
    r" (?:just|already|actually) (?:did|has|have|had)\b",
    # Most of a bottle of medicine: "my girl drink almost all the paracetamol syrup".
    r"\b(?:drink|drinks|drank|drunk|swallow\w*|eat|ate|eaten|had|finished) (?:almost |nearly"
    r" |practically )?(?:all|most|half|the whole|the rest) (?:of )?(?:the|a|her|his|my|their|our)"
    rf" (?:\w+ )?(?:{_PAIN_RELIEF}|medicine|syrup|pills"
    r"|tablets)\b",
    # "baby eat my pill": the plain verb, with the things no one asks a feeding question about.
    r"\b(?:eat|eats|drink|drinks|swallow|swallows)\b.{0,30}\b(?:pills?|tablets?|batter(?:y|ies)"
    r"|magnets?|bleach|poison\w*|detergent|pods?|medicines?|medication)\b",
    rf"\b{_DANGEROUS_THING}\b.{{0,80}}\b(?:swallowed|in (?:his|her|their|its) mouth|eaten"
    r"|lick\w* (?:off |up )?(?:it|some|half|most|all|the lot)"
    rf"|ingested|had (?:it|one|some|them)(?! (?:removed|taken out|out|fished out|pulled out))"
    r"|ate (?:it|one|some|them)|(?:drank|drunk) (?:it|some|a bit|a little|half)"
    r"|chewed (?:it|one|some|them|a bit|on (?:it|one|some|them))"
    # ... or smelt on the breath: "the refill was open and her mouth is smelling of it".
    r"|(?:mouth|breath) (?:is |was )?(?:smell\w*|stink\w*|reek\w*) (?:of|like))\b",
    # An empty or open container of medicine found with the child: "empty bottle of kids
    # panadol on the floor and sticky stuff all over her chin".
    rf"\b(?:empty|emptied|opened|open|half empty)\b (?:\w+ ){{0,2}}(?:bottle|packet|pack|box|tub"
    rf"|blister pack|strip|sachet)s? of (?:\w+ ){{0,2}}(?:{_PAIN_RELIEF}|medicine|pills|tablets"
    rf"|syrup|vitamins|iron)\b(?!.{{0,40}}\b(?:buy|order|get more|refill|restock|shop)\b)"
    r".{0,60}\b(?:she|he|her|his|him|they|the baby|baby)\b"
    # ... said the other way round: "the vitamin d bottle is empty and the lid's off beside cian".
    rf"|\b(?:{_PAIN_RELIEF}|medicine|pills?|tablets?|syrup|vitamins?(?: d)?|iron)"
    r" (?:bottle|packet|pack|box|tub|pot|tube)s? (?:is|was|has been) (?:\w+ )?(?:empty|emptied"
    r"|open|opened)\b(?=.{0,60}\b(?:beside|next to|near|by|lid|cap|top|she|he|her|him"
    r"|the baby)\b)(?!.{0,60}\b(?:buy|order|get more|refill|restock|shop)\b)",
    # Sucking or licking the thing itself: "baby was sucking the mosquito repellent refill".
    # (Only poisons: "chewing on his teething ring" or "sucking the syrup off the spoon" is not.)
    r"\b(?:suck\w*|lick\w*) (?:on |at )?(?:the |a |an |some |my |his |her )?(?:\w+ ){0,3}"
    r"(?:repellents?|refills?|e ?liquid|vape\w*|bleach|detergent|cleaner|poison\w*"
    r"|batter(?:y|ies)|button cells?|nicotine|camphor|naphthalene|moth ?balls?|petrol|diesel"
    r"|kerosene|paraffin|white spirit|anti ?freeze|nail (?:polish|varnish)|acetone|rat bait"
    r"|slug pellets?)\b",
    # A pack of pills found empty: "she got the iron tablets and the whole pack is gone".
    rf"\b{_DANGEROUS_THING}\b.{{0,60}}\b(?:whole|entire|full|half (?:the|a)) (?:pack|packet"
    r"|bottle|box|strip|blister|tub|sheet)s? (?:is |are |was |has |have )?(?:gone|empty|missing"
    r"|finished|disappeared)\b",
    # Wild berries, mushrooms or leaves eaten in the garden or the park: some are poisonous.
    r"\b(?:ate|eaten|eating|eats|chewed|chewing|swallowed|munch\w*|nibbl\w*|had (?:a|some)|got)"
    r"(?: \w+){0,3} (?:berries|berry|mushrooms?|toadstools?|fungus|fungi|leaves|leaf|seeds|plant)"
    r" (?:\w+ ){0,2}(?:off|from|in|on|growing (?:in|on|by)|under) (?:the |a |our |my |that )?"
    r"(?:bush|bushes|hedge|garden|tree|plant|lawn|grass|park|woods|yard|ground|path|verge)\b"
    r"|\b(?:ate|eaten|chewed|swallowed|munch\w*|nibbl\w*) (?:\w+ ){0,2}(?:wild (?:berries"
    r"|mushrooms?)|toadstools?)\b",
    # A missing button battery or magnet may already be inside: no swallow need be seen.
    # (Not keeping them out of reach, with nothing swallowed or missing: "how do i babyproof
    # so he can not get at button batteries".)
    r"^(?!.*\b(?:baby ?proof\w*|child ?proof\w*|out of (?:his |her |their )?reach|(?:can not"
    r"|could not|will not|do not|does not|can never|could never|will never|never) (?:get at|get to"
    r"|reach|get hold of|get into|get one|get them|get any)|safest way to (?:keep|store)"
    r"|stor(?:e|ing) (?:\w+ ){0,3}safely|lock(?:ed)? (?:\w+ ){0,3}away"
    r"|what (?:size|type|kind) (?:of )?(?:button |coin |lithium )?batter(?:y|ies)"
    r"|(?:replace|replacing|change|changing|buy|buying|order|ordering) (?:the |a |new )?(?:button"
    r" |coin |lithium )?batter(?:y|ies))\b"
    r"(?!.*\b(?:swallow\w*|ate|eaten|in (?:his|her|their) mouth|missing|gone|mouth\w*)\b))"
    r".*\b(?:button|coin|lithium|watch|remote) batter(?:y|ies)\b",
    r"\b(?:magnets?|magnetic|(?:balls|beads|bits) that stick together)\b.{0,80}\b(?:swallow\w*"
    r"|mouth|gone|missing|had(?! (?:it|them|one) (?:removed|taken out|out|fished out|pulled out))"
    r"|ate|eaten)\b",
)

# A knock to the head or a fall is an emergency with a warning sign after it; on its own it is
# a question for the family's clinician (see _MEDICAL).
_INJURY = (
    r"(?:fell|fallen|falls?|dropped|rolled off|tumbled|head|car (?:crash|accident)|collision"
    r"|crash(?:ed)? (?:on|into|in) (?:the |a )?(?:motorway|highway|freeway|road|car|tree|wall)"
    r"|(?:hit|knocked down) by a (?:car|bus|van|truck|lorry|bike)|run over"
    r"|(?:pushed|knocked|pulled) (?:\w+ ){0,2}off"
    r"|(?:went|gone|came|come) (?:down|off) (?:the )?(?:whole |entire |full )?(?:flight of )?"
    r"(?:stairs|steps|top bunk|bunk bed|changing table)"
    r"|(?:hit|bang\w*|bump\w*|knock\w*|smack\w*) (?:\w+ ){0,2}head)"
)
_AFTER_INJURY = (
    r"(?:vomit\w*|being sick|been sick|is sick|was sick|throwing up|threw up|not crying"
    r"|pupils? (?:\w+ ){0,4}(?:bigger|smaller|different|uneven|unequal|not the same)"
    r"|(?:clear (?:\w+ )?)?(?:fluid|liquid|stuff|water) (?:\w+ )?(?:from|out|coming|leaking"
    r"|dripping|running)"
    r"|not (?:acting|behaving) (?:right|normal\w*|like (?:himself|herself))|not (?:himself"
    r"|herself)|not making sense|confused|muddled|(?:does not|did not) (?:seem to )?(?:know"
    r"|recogni[sz]e) (?:who|me|us|where)|drowsy|sleepy|lethargic|bleeding|blood|unconscious"
    r"|(?:squishy|soft|boggy|spongy|mushy|squashy|huge|massive|growing) (?:\w+ )?(?:lump|swelling"
    r"|bump)|dent|won't stop crying|will not stop crying|really hard|so hard|concrete"
    r"|tiles|stairs|steps|from (?:a )?height|out of (?:a |the )?window|off (?:a |the )?(?:balcony"
    r"|wall|roof)|bent (?:the )?wrong way|(?:funny|weird|strange|odd|wrong) angle"
    r"|bone (?:\w+ )?(?:sticking|poking) (?:out|through))"
)
_AFTER_INJURY_SIGN = re.compile(rf"\b{_AFTER_INJURY}\b")
_FALL = (
    rf"\b{_INJURY}\b.{{0,60}}\b{_AFTER_INJURY}\b",
    # ... said the other way round: "blood coming out of his ear after he fell from the high
    # chair".
    rf"\b{_AFTER_INJURY}\b.{{0,40}}\b(?:after|since|when) (?:he|she|they|the baby|baby) "
    rf"(?:\w+ )?{_INJURY}\b(?! asleep)",
    rf"\b(?:fell|fallen|falls|falling|tumbled|dropped|rolled)\b(?! asleep)"
    rf"(?! (?:my|the|a|an|his|our|your) {_THINGS}).{{0,60}}\bhead\b",
    r"\b(?:fell|fallen|falling|tumbled) (?:down|from|off) (?:the |a )?(?:whole |entire |full )?"
    r"(?:stairs|staircase|flight of stairs|steps|balcony|window|roof|wall|bunk bed)\b",
)

_EMERGENCY = _any(*_DANGER_SIGN, *_INGESTION, *_FALL)

# Signs that alone may be nothing, but any two together describe a baby in trouble: "gone
# quiet, head flopped forward and so pale", "dazed and spluttering".
# A sunken soft spot is a sign of dehydration: a clinician today (NHS: "ask for an urgent GP
# appointment or call 111"), an emergency only with another sign, such as no wet nappy.
_SUNKEN_SOFT_SPOT = re.compile(
    r"\b(?:soft spot|fontanel\w*)(?: \w+){0,5} (?:sunken|sunk|dipped)\b"
    r"|\bsunken (?:soft spot|fontanel\w*)\b"
)
_WARNING_SIGNS = tuple(
    re.compile(pattern)
    for pattern in (
        rf"{_SUNKEN_SOFT_SPOT.pattern}|\beyes (?:\w+ ){{0,2}}sunken\b|\bsunken eyes\b",
        r"\b(?:pale|ashen|white as a sheet|grey|gray|washed out|colourless|colorless)\b",
        # ("he is still got a cough" and "she is still crying" are not a baby gone still.)
        r"\b(?:gone|went|going|is|so|really|very|totally) (?:\w+ )?(?:quiet|silent|still(?= (?:and"
        r"|but|now|in|on|with|like|as|not)\b|$))\b"
        r"|\bcan not (?:even )?(?:cough|cry|make a sound)\b|\b(?:making|makes|made) no (?:sound"
        r"|noise)\b|\bno (?:sound|noise) (?:at all|is coming|coming)\b",
        # (Not "white patches in his mouth", which is thrush, for the health rule.)
        r"(?<!patches )(?<!spots )(?<!sores )(?<!ulcers )(?<!blisters )(?<!thrush )(?<!teeth )"
        r"(?<!tooth )\bin (?:his|her|their|its) mouth\b"
        r"|\b(?:chunk|piece|bit|lump|whole|slice) (?:of )?(?:raw |hard )?(?:carrot|apple|grapes?"
        r"|sausage|hot dog|popcorn|nuts?|peanuts?|sweets?|candy|meat|cheese|bread|food)\b",
        r"\b(?:stops?|stopping|stopped|paus\w*) (?:\w+ )?(?:breathing|breath)\b",
        r"\b(?:gagging|gags|retching|squeak\w*|stridor\w*|sucks in|sucking in|caving in)\b",
        # (A baby who grunts while pushing out a poo is straining, not working to breathe.)
        r"^(?!.*\b(?:poo\w*|pooed|constipat\w*|strain\w*|bowel\w*|farts?|farting|wind|trump\w*)\b)"
        r".*?\b(?:grunting|grunts|grunt with)\b",
        r"\b(?:flop\w*|droop\w*|slump\w*|lolling)\b",
        r"\b(?:dazed|drowsy|groggy|glassy|vacant|out of it|spaced out|not with it|confused"
        r"|staring|glazed)\b",
        # An arm or leg that will not work, as with a drooping face in a stroke.
        r"\b(?:can not|could not) (?:feel|move|lift|raise) (?:my|her|his) (?:left |right )?"
        r"(?:arm|leg|hand)\b|\b(?:arm|leg|hand) (?:has |is )?(?:gone |suddenly )?(?:weak|numb"
        r"|dead)\b",
        # Lost in her own home: "does not seem to know where she is".
        r"\b(?:does not|did not|can not|could not|do not) (?:seem to |even )?(?:know|tell"
        r"|recogni[sz]e) (?:where (?:she|he|they) (?:is|are|was|were)|what day it is)\b",
        r"\b(?:twitch\w*|jerk\w*|stiff\w*|rigid|trembl\w*|shaking)\b",
        r"\b(?:wheez\w*|splutter\w*|sputter\w*|gasp\w*|rasp\w*|rattl\w*|whistl\w*"
        r"|breath\w* (?:funny|fast|weird|strange|noisy|oddly|shallow))\b",
        r"\b(?:clammy|cold to (?:the )?touch|ice cold|mottled|blotchy)\b",
        r"\bhead (?:is )?bobb\w*|\bbobb\w* (?:his|her|their) head\b",
        r"\b(?:burning (?:up|hot)|boiling hot|roasting hot)\b",
        r"\b(?:not feeding|will not feed|refus\w* (?:all |every |any )?(?:feeds?|food|the bottle)"
        r"|(?:not|no) (?:had a |had any )?wet (?:nappy|nappies|diapers?)"
        r"|will not suck|not sucking|too weak to (?:feed|suck)"
        r"|(?:has not|not) (?:fed|eaten|had a feed) (?:since|for|all)|not fed)\b",
        r"\b(?:can not|could not|not) (?:even )?(?:hold|lift|keep) (?:his|her|their) head up\b",
        r"\b(?:cry|crying) (?:is |sounds |has gone )?(?:so |really |very )?(?:weak|faint|feeble)\b"
        r"|\b(?:weak|faint|feeble) (?:little )?cry\b",
    )
)

# What a toddler flings in protest, rather than a child being flung: "he flung himself on the
# floor", "she threw her breakfast at the wall", "he chucked his dinner on the floor".
_NOT_THROWN_AT_A_CHILD = (
    r"(?!himself|herself|themselves|myself|(?:his|her|their) own head)"
    rf"(?!(?:\w+ ){{0,2}}(?:{_OBJECTS}|bottle|book|pillow|bowl|spoon|controller|snacks?|meals?"
    r"|yogh?urt|pasta|drinks?|beaker|crayons?|blocks?|bricks|lego)\b)"
    # Any one thing of theirs, named by a word no list holds: "she throws her kai on the floor".
    rf"(?!(?:his|her|their|my|our|the) (?!(?:{CHILD_WORDS}|boy|girl|sister|brother"
    r"|sprog)\b)\w+ (?:on|onto|in|into|at|against|across|down)\b)"
)

# Where a picture of pressing is one of harm, and the picture itself (see _HARM).
_SOFT_PARTS = r"(?:soft spot|fontanel\w*|neck|throat|skull|eyes?)"
_IMAGINED_PRESSING = (
    r"(?:imagin\w*|pictur\w*|thoughts? (?:of|about)|urges? to|visions? of|see myself)"
    r" (?:\w+ ){0,3}(?:press\w*|push\w*|squeez\w*|crush\w*|poke|poking|jab\w*|stamp\w*)"
)
# The helplines a parent in a bad place may ask for by name (see _HARM).
_CRISIS_LINE = (
    r"(?:samaritans|suicide (?:hotline|helpline|line)|crisis (?:line|helpline|text line))"
)
# "i keep thinking about", "i thought of", "thinking about".
_THINKING_OF = r"\b(?:i (?:\w+ )?(?:think|thought)|thinking) (?:about|of) "

# Without the parent for a while, not for good: "she will be fine without me at nursery",
# "calmer without me in the room".
_FOR_A_WHILE = (
    r"(?! (?:in the room|at (?:bedtime|night|nursery|daycare|day care|creche|school|work"
    r"|(?:the )?childminders?|(?:grandma|granny|nana|nan|her nan|his nan) s?)"
    r"|for (?:a|an|the (?:day|night|weekend|morning|afternoon|evening))|tonight|today"
    r"|this (?:week|weekend|morning|afternoon|evening)|when i (?:go back|return|start back)"
    r"|on (?:my )?(?:days? off|shifts?|nights))\b)"
)
_HARM = _any(
    # Parent's own harm: "i want to shake my baby", "i am scared i will hurt her". The "i"
    # may be gone: the carrier phrase "i am {Query}" leaves "going to hurt her".
    rf"(?:^|\bi )(?:{_BRIDGE} )*{_HARM_VERB} {_PERSON}",
    # Fear of dropping a baby by accident is a clumsy parent's worry ("a big clumsy bloke
    # scared of dropping her"); a thought or picture of it may be an intrusive one.
    rf"\b(?:thoughts?|urges?|impulses?|pictur\w*|images?|visions?|flash(?:es)?|imagin\w*|fantas\w*"
    rf"|(?P<fear>scared|afraid|worried|terrified|frightened|fear))(?: \w+){{0,5}}"
    rf"(?: of| about| to)?"
    rf" (?:{_HARM_VERB}|(?(fear)(?!)|drop\w*)|letting go of|let go of|push\w*) {_PERSON}"
    # ("terrified of dropping her at creche" is a drop-off; "over the banister" is not.)
    r"(?! (?:at|to|round)\b| with\b(?! (?:the |a |my |his |her |some )?(?:\w+ )?(?:scissors"
    r"|knife|knives|pillow|cushion|blanket|belt|cord|hammer|bottle|fist|hands?)\b)"
    r"| (?:off|over)\b(?! (?:the |a )?(?:banisters?|balcony|edge|side"
    r"|railings?|bridge|stairs|landing|wall|cliff|roof|window)\b))",
    # Whoever says it ("my partner wants to hurt the baby"), harm meant is a crisis.
    # (Not "i have never once wanted to hurt my baby".)
    r"(?<!never )(?<!never once )(?<!never ever )"
    rf"\b(?:wants?|wanted|(?<!that )(?<!it )(?<!this )going|tempted|trying|tried|threaten\w*) to"
    rf" {_HARM_VERB} {_PERSON}",
    rf"\b(?:drop\w*|throw\w*|push\w*|shak\w*) {_PERSON}.{{0,30}}\bon purpose\b",
    r"\b(?:imagin\w*|pictur\w*|thoughts? (?:of|about)|urges? to|tempted to|(?:head|voice|voices"
    r"|brain|mind)(?: \w+){0,2} (?:telling|tells|told|saying|says) me to) (?:\w+ ){0,3}"
    r"(?:(?:letting go|let go) of (?:the |his |her |my )?(?:pram|pushchair|buggy|stroller)\b"
    r"|(?:letting|let) (?:the |his |her |my )?(?:pram|pushchair|buggy|stroller) (?:go|roll|run"
    r"|slide)\b)",
    r"\burges? to\b.{0,40}\b(?:face|pillow|neck|stairs|window|water)\b",
    # Pictures of putting the child somewhere deadly: "pictures of me putting him in the oven".
    rf"\b(?:pictures?|images?|visions?|thoughts?|flash(?:es)?|ideas?) (?:of|about) (?:me |myself )?"
    rf"(?:putting|placing|throwing|dropping|holding|pushing|locking|leaving) {_PERSON} (?:\w+ )?"
    r"(?:in|into|under|off|out of|down) (?:the |a )?(?:chest |deep |big )?(?:oven|fire|bath|water"
    r"|washing machine|dryer|freezer"
    r"|microwave|river|sea|pool|window|balcony|stairs|bin|road|traffic)\b",
    # Letting go on purpose: "some days i feel like i could just let him drop".
    rf"\bi (?:\w+ ){{0,3}}(?:could|might|would|want to|wanted to|feel like|felt like|tempted to"
    rf"|thinking of|thought of|imagin\w*|pictur\w*) (?:just )?(?:let|letting) {_PERSON}"
    r" (?:drop|fall|slip)\b(?! asleep| off to sleep| back to sleep| into sleep| away"
    r"| over(?! (?:the|a|an|into)\b))",
    r"\b(?:pillow|bag|blanket|hand) over (?:his|her|their|its|the baby|my baby) (?:face|mouth)\b",
    # A hand over the mouth to silence: "covered his mouth to stop the noise".
    r"\b(?:cover\w*|held|hold|holds|holding|clamp\w*) (?:his|her|their|the baby|my baby)"
    r"(?: \w+)? (?:mouth|nose|face)\b(?: \w+){0,3} (?:to|so|until|till) (?:(?:he|she|it) )?"
    r"(?:would |will |could |might )?(?:stop\w*|shut\w*|quiet\w*"
    r"|(?:go|goes|went|be|keep|stay) quiet)\b",
    # Asking how to hold back: "how would you stop yourself shaking a baby".
    rf"\bstop (?:myself|yourself|me) (?:from )?{_HARM_VERB} {_PERSON}",
    # "what if i actually do something to him this time"
    rf"\b(?:what if|scared|afraid|worried|terrified|frightened|might|will|could|going to|gonna)"
    rf" (?:that )?(?:i )?(?:\w+ ){{0,2}}(?:do|did) something (?:(?:really |so |very )?(?:bad"
    rf"|terrible|awful|stupid) )?to {_PERSON}",
    # A drop wanted: "is it normal to want to drop her down the stairs".
    rf"\b(?:want|wants|wanted|wanting|urges?|tempted|tempting) to (?:drop|throw|push|chuck|toss"
    rf"|fling) {_PERSON} (?:down|off|over|out of|out|from) (?:the |a )?(?:stairs|balcony|window"
    r"|bridge|edge|cliff|landing|banisters?|railings?|roof)\b",
    # The parent's own hands at the child's neck: "me hands were around his neck for a second".
    r"\b(?:my|me) hands? (?:were|was|are|is|went|got|ended up) (?:\w+ )?(?:around|round|on) (?:his"
    r"|her|their|the baby|my baby) (?:neck|throat)\b",
    # Control given up: "one more night of this and i'm not responsible for what i do".
    r"\b(?:not|never) (?:be )?responsible (?:for|to) what (?:i|me) (?:might |will |would |could "
    r"|may |go )?do\b(?! (?:at|in|on) (?:work|my job|school|college)\b)",
    # Harm only a step away: "i am one more scream away from hurting this baby".
    rf"\bi(?: \w+){{0,6}} (?:away from|verge of|brink of|edge of|point of) (?:{_HARM_VERB}"
    rf"|doing something (?:\w+ )?to) {_PERSON}",
    # "pictures of pressing a blanket over her".
    r"\b(?:press\w*|push\w*|shov\w*|squash\w*) (?:a |the |my )?(?:pillow|cushion|bag|blanket"
    r"|towel|duvet) (?:down )?(?:over|on|onto|against|into) (?:him|her|them|the baby|my baby)\b",
    rf"\b(?:{_BY_HAND}) (?:a |the |my )?(?:pillow|cushion|bag|blanket|plastic) (?:near|on|over"
    r"|against|onto|down on|to|around) (?:his|her|their|its|the baby|my baby) (?:face|mouth|nose"
    r"|head)\b",
    r"\bmake (?:it|this|him|her|them|me) (?:look|seem) like (?:a |an )?(?:(?!happy\b)\w+ )?"
    r"(?:cot death|crib death|sids|accident|he fell|she fell|natural|an illness)\b"
    r"|\b(?:get away with|cover up|hide) (?:\w+ ){0,2}(?:hurting|killing|smothering|shaking)"
    r" (?:him|her|the baby|a baby)\b",
    # A death arranged to pay out: "so the wife gets the insurance", "does life insurance pay
    # out for suicide".
    r"\bso (?:the|my) (?:wife|husband|partner|missus|family|kids|children|baby) (?:gets?|can"
    r" (?:get|have|claim)|would get|will get|could get) (?:the |my )?(?:life )?(?:insurance"
    r"|payout|pay out|money)\b"
    r"|\binsurance (?:\w+ )?(?:pay\w*(?: out)?|covers?) (?:\w+ ){0,3}(?:suicide|if i (?:die|am gone"
    r"|was gone|kill))\b",
    # Holding a baby's face in too long: "i hold her face into my chest a bit too long when she
    # screams just to make it stop" (not chest-to-chest soothing).
    r"\b(?:hold|holds|held|holding|press\w*|push\w*|keep|keeps|kept|keeping) (?:his|her|their"
    r"|the baby|my baby) (?:face|mouth|nose|head) (?:pressed |pushed |squashed |buried |held"
    r" |shoved )?(?:into|against|in|down (?:in|on|into)|on)"
    r" (?:my|the|a) (?:chest|pillow|mattress|shoulder|cushion|blanket|breast|body)\b.{0,40}"
    r"\b(?:too long|longer than|(?:until|till) (?:he|she|it) (?:stop\w*|goes quiet|went quiet)"
    r"|to make (?:it|her|him|them) (?:stop|shut up|be quiet)|so (?:he|she) (?:stops|shuts up"
    r"|can not breathe))\b",
    # An adult's sleeping pill for the baby: "give her a little bit of my sleeping pill so she
    # sleeps through".
    r"\b(?:give|giving|gave|put|slip\w*|crush\w*) (?:her|him|them|the baby|my baby|baby)"
    r" (?:\w+ ){0,5}(?:my|your|mum|dad|adult|grown up|one of my|some of my) (?:own )?(?:sleeping"
    r" (?:pills?|tablets?|meds)|sleep(?:ing)? aids?|valium|xanax|diazepam|zopiclone|ambien"
    r"|temazepam|lorazepam|tramadol|codeine|oxycodone|morphine|antidepressants?|anxiety (?:pills?"
    r"|meds|tablets))\b",
    r"\bget rid of (?:him|her|the baby|my baby|the kids?|my (?:son|daughter))\b(?! (?:cradle"
    r"|rash|spots|colic|wind|hiccups))",
    # What psychosis after birth can sound like: voices, visions, a baby who is "not mine" or
    # who speaks to the parent in sentences.
    r"\b(?:the|my|our) (?:baby|newborn)(?: \w+){0,2} (?:talk|speak|spoke)\w* to me in (?:full"
    r" |whole |real |proper |grown up )?(?:sentences|words|english)\b"
    r"|\b(?:the|my|our) (?:baby|newborn|son|daughter)(?: \w+){0,2} (?:talk|speak|spoke|whisper)"
    r"\w* to (?:me|him|her) in (?:a |an |this )?(?:\w+ )?(?:grown up|adult|man|woman|deep|old"
    r"|different|strange|low)(?: man| woman| mans)? voice\b",
    r"\b(?:baby|newborn)\b(?: \w+){0,5} (?:say\w*|said|tell\w*|told|whisper\w*|talk\w*"
    r"|speak\w*|spoke) (?:\w+ )?(?:mean"
    r"|nasty|horrible|evil|bad|cruel|terrible|awful|wicked) things\b",
    r"\b(?:voices?|god|the devil|satan|angels?|the tv|the telly|the radio)"
    r" (?:is |are |keeps |keep )?(?:telling|told|tells|saying|says|wants|ordering|commanding)"
    r" (?:me|to)\b"
    r"|\b(?:voices?|god|the devil|satan|angels?|the tv|the telly|the radio|the television)"
    r" (?:is |are |keeps |keep )?(?:giv\w*|gave|send\w*|sent) (?:me|her|him|us) (?:orders"
    r"|instructions|commands|messages|signs|signals)\b",
    # ("someone told me to try white noise" is advice: someone only counts inside one's head,
    # or ordering harm.)
    r"\b(?:someone|something) (?:in my head|inside me|inside my head)\b",
    r"\b(?:a|the) voices? (?:in my head )?(?:is |keeps |keep )?(?:saying|says|telling|tells"
    r"|whispering|whispers) (?:do it|me to|to)\b",
    rf"\b(?:someone|something) (?:is |keeps |keep )?(?:telling|tells|told|ordering|commanding)"
    rf" me to (?:{_HARM_VERB}|drop|get rid|end it|do it)\b",
    r"\b(?:that|which|who|what) (?:nobody|no one|no body) else (?:can |could )?(?:see|hear)\b",
    # (Not a new outlook: "i see things differently since the baby".)
    r"\b(?:hear\w*|see|seeing|saw) (?:\w+ )?(?:voices|whisper\w*|people who are not"
    r"|shadows|faces|shapes|figures|things(?=$| (?:that|which|nobody|no one|in the (?:walls?"
    r"|corners?|dark|shadows)|crawling|moving|on the walls?|and|again|everywhere|all (?:day"
    r"|night|the time))\b))\b",
    r"\b(?:talks?|speaks?|talking|speaking|whispers?|whispering) to me (?:inside|in) my (?:head"
    r"|mind)\b",
    r"\b(?:talk\w*|chat\w*|speak\w*|spoke|laugh\w*|whisper\w*|argu\w*|shout\w*) (?:to|with|at)"
    r" (?:people|someone|somebody|a man|a woman|voices|things) (?:who|that|which) (?:are not|is not"
    r"|were not|was not) (?:there|really there|in the room)\b",
    # Psychosis after birth described as behaviour: lost as to who or where she is or whether
    # she has had the baby, and beliefs that the baby is watched, signalled at or replaced.
    # (Not a baby's: "my baby does not know who i am after my deployment"; nor a parent's own
    # lost sense of self: "i do not know who i am any more since the baby".)
    r"(?<!baby )(?<!son )(?<!daughter )(?<!toddler )(?<!newborn )(?<!child )(?<!one )"
    r"(?<!\bi )(?<!\bwe )(?<!\bi just )(?<!\bi really )(?<!\bi honestly )(?<!\bi genuinely )"
    r"\b(?:does not|did not|do not) (?:seem to )?(?:know|recogni[sz]e) (?:who (?:i am|i was|we are"
    r"|we were)|where (?:she|he) (?:is|was)|what day it is)\b"
    r"(?! (?:yet|even|supposed|meant|going|allowed|able|to)\b)"
    r"|\basked (?:me |us )?whose baby (?:that|this|it) (?:is|was)\b"
    r"|\b(?:muddled|confused|not sure|does not know|do not know) (?:about )?(?:whether|if) (?:she"
    r"|he) (?:has|had|has even|even) (?:had|given birth|had the baby)\b"
    r"|\bwhere (?:her|the|my) bump (?:has |is )?(?:gone|went)\b",
    r"\b(?:the watchers|(?:they|people|someone|somebody) (?:are |is )?(?:watch\w*|listen\w* to"
    r"|spy\w* on|track\w*) (?:us|him|her|the baby|me) through\b)"
    r"|\btin ?foil (?:all )?(?:round|around|over|on) (?:the |his |her |our )?(?:cot|crib|windows?"
    r"|walls?|room|nursery|baby|pram|head|bed|door|monitor)\b"
    r"|\bso (?:the )?(?:signals|radiation|waves|rays) (?:can not|cannot|will not|do not)\b",
    r"\breplace\w* (?:our|my|her|his|their) (?:real|own) (?:baby|son|daughter|child|boy|girl)\b",
    # Sudden calm after despair, with everything sorted: "after weeks of crying she is suddenly
    # really calm and says she has sorted everything out".
    r"\b(?:suddenly|all of a sudden|out of nowhere)\b.{0,30}\b(?:calm|peaceful|at peace)\b.{0,60}"
    r"\b(?:sorted (?:everything|it all|things)|at peace|made (?:her|his|my) (?:peace|mind up"
    r"|decision))\b"
    r"|\bsorted (?:everything|it all|all (?:her|his|my) things)(?: out)?\b.{0,40}\b(?:at peace"
    r"|peaceful|ready)\b",
    # Wanting to obey intrusive thoughts or voices, or fearing to act on them: "part of me wants
    # to do what they say", "scared i will act on the thoughts" ("i would never act on them" is
    # neither).
    r"\b(?:thoughts?|voices?|urges?|images?)\b.{0,80}\b(?:part of me|i|i am)(?: \w+){0,2}"
    r"(?<!never)(?<!not) (?:wants?|am tempted|feel tempted|starting to want) to (?:do what"
    r" (?:they|it|the \w+) (?:say|says|tell|tells|want|wants)|obey|act on|give in to|go along"
    r" with)\b",
    # Voices that command harm, heard by the parent or a partner: "my wife hears voices telling
    # her to harm the baby" (not voices in a film or a game).
    r"\bvoices?\b(?: \w+){0,2} (?:tell|tells|telling|told|saying|says|said) (?:her|him|me|them)"
    r" (?:to|that she should|that he should|i should) (?:harm|hurt|kill|drown|smother|shake|stab"
    r"|suffocate|throw|drop|poison) (?:the|my|our|her|his|their|a)? ?(?:baby|child|kids?|children"
    r"|son|daughter|newborn|little one)\b",
    # Searching how a baby would feel harm: "googling whether babies feel it if they are
    # suffocated".
    r"\b(?:feel\w*|felt|suffer\w*|hurt\w*|notice\w*)\b(?: \w+){0,3} (?:if|when|whether) (?:they"
    r"|he|she|a baby|babies|it) (?:are|is|were|was|get|gets|got|have been|has been) (?:suffocated"
    r"|smothered|strangled|drowned|shaken|poisoned|killed|stabbed|crushed)\b",
    # A picture of pressing on the soft spot, neck or throat, in either order: "when i stroke
    # her soft spot i imagine pressing down hard".
    rf"\b{_SOFT_PARTS}\b.{{0,60}}\b{_IMAGINED_PRESSING}\b"
    rf"|\b{_IMAGINED_PRESSING}\b.{{0,60}}\b{_SOFT_PARTS}\b",
    # Unwanted thoughts of touching a child wrongly.
    r"\b(?:thoughts?|images?|urges?|pictures?|visions?)\b (?:\w+ ){0,2}(?:about|of) touching"
    r" (?:him|her|them|the baby|my baby|my son|my daughter)\b (?:\w+ )?(?:wrong\w*"
    r"|inappropriately|sexually|in the wrong way|in a wrong way|down there|there)\b",
    r"\b(?:scared|afraid|worried|terrified|frightened|fear|what if|not sure if|can not tell if"
    r"|do not know if) (?:that )?i (?:will|would|might|could|am going to|may)?(?: \w+)? ?(?:act on"
    r"|give in to|obey|do what) (?:them|it|the (?:thoughts?|voices?|urges?)|these (?:thoughts?"
    r"|urges?)|those (?:thoughts?|urges?)|(?:they|it|the voices?) (?:say|says|tell|tells))\b",
    r"\b(?:(?:swapped|switched|replaced) (?:him|her|them|my baby|the baby|our baby|my son"
    r"|my daughter)(?! (?:to|onto|on to|over to|from|off)\b)|changeling|impostor|imposter"
    r"|(?<!\bbut )not (?:my|our) (?:real|own)"
    r" (?:baby|daughter|son|child))\b",
    r"(?<!like he )(?<!like she )(?<!like it )(?<!as if he )(?<!as if she )(?<!crying )"
    r"(?<!screaming )(?<!teething )(?<!tantrum )(?<!weather )\b(?:is|are|been"
    r"|being) (?:evil|possessed|the devil|a demon|cursed)\b(?! (?:by|with) (?:hunger|greed|energy"
    r"|curiosity|the urge|an urge|the need|a need))",
    r"\bget (?:it|the devil|the demon|the evil|something|the spirit) out of (?:him|her|the baby"
    r"|my baby)\b",
    r"\b(?:drive|driving|cast|casting|beat|beating|force|forcing|starve|starving) (?:it|the"
    r" (?:demon|devil|evil|spirit|evil spirit)|them|the demons|the spirits) out\b",
    rf"\b{_PERSON} (?:has|has got|is carrying) (?:a demon|demons|the devil|an evil spirit"
    r"|a bad spirit|an evil eye)\b",
    rf"\b(?:sacrific\w* {_PERSON}|{_PERSON} (?:\w+ ){{0,3}}(?:be )?sacrificed)",
    # Rough handling, by anyone.
    rf"\b(?:throw\w*|threw|flung|fling\w*|slam\w*|chuck\w*|toss\w*|push\w*|bang\w*)"
    rf" {_NOT_THROWN_AT_A_CHILD}(?:\w+ ){{0,3}}(?:against|into|at) (?:the |a )?(?:wall|floor|door"
    r"|cot|crib)\b",
    rf"\b(?:flung|flings|threw|throws|chucked|chucks|slammed|slams|dropped|tossed|tosses)"
    rf" {_NOT_THROWN_AT_A_CHILD}"
    r"(?:\w+ ){0,3}(?:in|into|on|onto) (?:the |a |her |his )?(?:cot|crib|bed|floor|bassinet)\b",
    rf"\b(?:grab\w*|yank\w*|pull\w*|drag\w*|grabbed) {_PERSON} by (?:the |his |her )?(?:arms?|legs?"
    rf"|neck|hair|head|ankles?)\b",
    rf"(?<!voice )(?<!tone )\b(?:gets?|got|getting|is|was|been|being) (?:really |so |too )?rough"
    rf" with {_PERSON}"
    r"(?! words| tone| voice)",
    rf"\b(?:grab\w*|yank\w*|handl\w*|pull\w*|drag\w*|shov\w*|picks?|picked|lifts?|lifted)"
    rf" {_PERSON}(?: up| out)? (?:real |really |so |too |very |dead )?rough(?:ly)?\b",
    rf"\b(?:hold\w*|held|push\w*|keep\w*|kept) {_PERSON} under\b",
    r"\bshut (?:it|him|her|them|the baby) up (?:for good|forever|permanently)\b",
    r"\b(?:do|does|doing) (?:something )?worse\b(?! (?:than|at|in|on|with)\b)",
    # (Someone else's weapon, "he has got a knife", is read with the threats from others.)
    r"(?<!\bhe )(?<!\bshe )(?<!\bthey )(?<!\bhe has )(?<!\bshe has )(?<!\bthey have )(?<!\bhe is )"
    r"(?<!\bshe is )(?<!\bthey are )"
    r"\b(?:holding|hold|picked up|pick up|grabbed|have|got) (?:a|the|my|this) (?:kitchen )?"
    r"(?:knife|blade|razor|gun)\b",
    r"\b(?:knife|blade|razor|gun) (?:\w+ ){0,2}in my hand\b",
    # "A danger to him", said of oneself.
    r"\bi (?:\w+ ){0,4}(?:a danger|dangerous) to (?:him|her|them|myself|the baby|my baby|my"
    r" (?:son|daughter|kids|children|family))\b",
    r"\bi am not safe (?:around|with|near) (?:him|her|them|the baby|my baby|my (?:son|daughter))\b",
    # Gas left on, or fumes in a closed garage.
    r"\b(?:gas|oven|hob|cooker)\b.{0,20}\b(?:on purpose|deliberately|and (?:lay|lie|lying|sat"
    r"|sit|sitting) (?:down )?(?:next to|by|in front of))\b",
    r"\b(?:engine|car|truck|van|ute|jeep|motor) (?:\w+ ){0,2}running\b.{0,40}\bgarage\b"
    r"|\bgarage\b.{0,40}\b(?:engine|car|truck|van|ute|jeep|motor) (?:\w+ ){0,2}running\b"
    r"|\bhose\w* (?:\w+ ){0,3}exhaust\b",
    # Looking at the means or a place of death "in a different way": "looking at the train times
    # differently", "i've started looking at the thames rather differently", "looking at the
    # kitchen knives different now".
    r"\b(?:look\w* at|thinking about|eyeing|staring at|checking) (?:the |my )?(?:\w+ )?"
    r"(?:trains?|train times|tracks|railway|bridges?|cliffs?|ledge|motorway|traffic|lorries|roof"
    r"|balcony|river|thames|canal|quarry|water|sea|pills|tablets|rope|knives)\b.{0,40}"
    r"\b(?:different(?:ly)?|in a new way|if you know what i mean|you know what i mean"
    r"|for the last time)\b",
    r"\b(?:bridge|cliff|ledge|tracks|train|motorway|roof)\b.{0,60}\bthinking about (?:it|doing it"
    r"|jumping)\b",
    # (Not said as over: "i had really dark thoughts after my first, i am well now" is left to
    # the learned check.)
    r"(?<!\bi had )(?<!\bi had some )(?<!\bi had really )(?<!\bi had such )(?<!\bi had very )"
    r"\bdark thoughts\b",
    r"\b(?:do not|can not|not|no longer) trust\w* (?:myself|what i|what my hands|my hands"
    r"|my own hands)\b",
    r"\b(?:sav\w*|stockpil\w*|hoard\w*|collect\w*|hid\w*|hiding|stash\w*) (?:up )?(?:\w+ ){0,2}"
    r"(?:pills|tablets|meds|medication|painkillers|paracetamol)\b",
    r"\b(?:goodbye|farewell|suicide) (?:letters?|notes?|messages?|videos?)\b|\bnooses?\b"
    r"|\bfinal (?:message|goodbyes?|words)\b(?! (?:from|about|to the|of the|on the|in the)\b)",
    # A rope put up somewhere high (not for a swing or the washing).
    r"\b(?:tied|tie|tying|hung|hang|hanging|put|set|fixed|rigged) (?:up )?(?:a |the |some )?"
    r"(?:rope|cord|belt)(?: up)? (?:in|from|over|to|on) (?:the |a )?(?:garage|loft|attic|shed|beam"
    r"|banister|bannister|rafters?|stairs|staircase|hook|ceiling)\b(?!.{0,40}\b(?:swing|hammock|washing"
    r"|clothes|tyre|tire|climbing|pulley|bike|storage)\b)",
    # Asking how soon a body would be found: "how long would it take for someone to find you
    # in the woods".
    r"\bhow long (?:would|will|does|did|might) it take (?:for )?(?:someone|anyone|somebody|people"
    r"|them|the police|police) to (?:find|notice|miss) (?:me|you|my body|a body|someone)\b",
    # Testing what would hold a body: "working out which beam would take my weight".
    r"\b(?:beams?|rafters?|joists?|hooks?|banisters?|bannisters?|railings?|pipes?|branch(?:es)?"
    r"|door frames?|curtain rails?|light fittings?)\b(?: \w+){0,6} (?:would|will|could|can|might"
    r"|is strong enough to) (?:take|hold|bear|support) (?:my weight|me)\b",
    # Farewells without the word: "i have said my goodbyes", "finish the letters to my kids
    # before i go" (not "said my goodbyes to the ward", "a letter for when she is older").
    r"\b(?:said|saying|made) (?:all )?my (?:last |final )?goodbyes\b(?! to (?:the|my|our|his|her)"
    r" (?:\w+ )?(?:job|office|house|flat|home|colleagues|team|work|hospital|ward|nurses|midwives"
    r"|midwife|staff|class|group|bump|maternity leave)\b)",
    r"\b(?:letters?|notes?|videos?|messages?|cards?) (?:to|for) (?:my|the|our) (?:kids|children"
    r"|baby|babies|family|partner|husband|wife|boyfriend|girlfriend|son|daughter|sons|daughters"
    r"|mum|mam|mom|dad)\b.{0,20}\b(?:before i (?:go|die|leave|am gone)|for (?:when|after) i am"
    r" (?:gone|dead|not here))\b",
    r"\bto remember me by\b",
    # A goodbye that might be the last: "i say goodbye like it's the last time because honestly
    # it might be".
    r"\blast time\b.{0,30}\b(?:because|cause|cos|coz|and) (?:honestly |maybe |really |it )?"
    r"(?:it )?(?:might|may|could|will|probably will|really might|actually might) (?:well )?be\b",
    # Giving one's things away with a goodbye or affairs put in order: "gave my saddle and my
    # dog to my buddy and told him so long just getting things in order".
    r"\b(?:gave|giving|given|give) (?:away )?(?:all )?my (?:\w+ ){1,5}to (?:my |a |the )?\w+\b"
    r".{0,60}\b(?:(?:told|telling|said|saying) (?:\w+ )?(?:so long|goodbye|farewell)|(?:getting"
    r"|get|got|putting|put|sorting) (?:my |all my )?(?:things|affairs|stuff|life) in order)\b",
    # Envy of the dead: "jealous of people who die in their sleep".
    r"\b(?:jealous|envious|envy) of (?:people|those|folk|folks|anyone|someone|everyone|the ones)"
    r" who (?:die|died|get to die|are dead|do not wake up|never wake up|pass away|passed away)\b",
    # How long one would last without water: "how long a bloke last out on the salt pan with no
    # water just wondering".
    r"\bhow long (?:\w+ )?(?:would |will |could |can |does |do |might )?(?:a bloke|a fella|a guy"
    r" like me|a man like me|someone like me|i|me) (?:\w+ )?(?:last|survive|live|hold out)\b"
    r".{0,40}\b(?:without|with no|no) (?:water|food|a drink)\b",
    # Letters tonight with the baby's keeping arranged: "if i write everyone letters tonight who
    # is the best person to leave the baby with".
    r"\b(?:letters?|notes?)\b.{0,30}\btonight\b.{0,60}\b(?:leave|have|take|raise|look after)"
    r" (?:the baby|the kids|my baby|my kids|him|her|them)\b"
    # ... and a morning the parent does not expect to see: "if i am not here in the morning how
    # long will the baby be okay before someone comes".
    r"|\b(?:if|when|once) i am (?:not|no longer) (?:here|around|alive) (?:any ?more|by (?:the )?"
    r"morning|(?:in the morning|tomorrow)\b.{0,60}\b(?:how long|who will|before (?:someone"
    r"|anyone|somebody) (?:comes?|finds?|gets?)))\b",
    # Asking whether a way of dying hurts: "does it hurt much if you take all of them at once".
    r"\b(?:(?:does|would|will|do) (?:it|that) hurt|(?:is|would) it (?:be )?painful)(?: much"
    r"| a lot| at all| badly)? (?:if|when|to) (?:you |i |someone |a person |people )?(?:take|took"
    r"|swallow\w*) (?:all (?:of )?(?:them|it|those|these|(?:my|the) (?:pills|tablets|meds"
    r"|medication|medicine|painkillers|packet|bottle|box))|the lot|(?:the|a) whole (?:lot|packet"
    r"|bottle|box|strip)|every (?:one|pill|tablet)|too many|a handful|a (?:bottle|box|packet|pack"
    r"|strip))\b",
    r"\b(?:swallowed|taken|took|ate|had|drunk|drank) (?:everything|all|the lot|whatever)\b.{0,20}"
    r"\b(?:first aid (?:box|kit)|medicine (?:cabinet|box|cupboard|drawer|bag)|bathroom cabinet"
    r"|pill (?:box|organiser|organizer))\b",
    # Goodbyes sent or set to send: "scheduled emails to my team and my husband saying goodbye".
    r"\bschedul\w* (?:\w+ ){0,4}(?:emails?|texts?|messages?|posts?)\b.{0,80}\bgoodbye\b"
    r"|\b(?:emails?|texts?|messages?|letters?|notes?)\b(?: \w+){0,8} (?:husband|wife|partner"
    r"|family|kids|children|mum|mam|mom|dad|sister|brother)(?: \w+){0,4} saying goodbye\b",
    # "i've taken all my tablets", "i took a whole box of paracetamol", "too many pills".
    r"\b(?:took|taken|swallowed|have taken|have had) (?:all|the lot|every one|the whole|a whole"
    r"|a handful|handfuls|the rest|too many|far too many|way too many)"
    r" (?:of )?(?:them|it|the packet|the bottle|(?:(?:box|packet|bottle|strip|pack|tub)s? of )?"
    r"(?:(?:my|the|his|her|our) )?(?:pills|tablets|meds|medication|painkillers|antidepressants"
    rf"|sleeping pills|{_PAIN_RELIEF}))\b",
    # Bad thoughts about the child, said in few words: "me thinking bad things about baby".
    r"\b(?:thinking|think|thought|thoughts|having|have|getting|get) (?:such |these |some |really )?"
    r"(?:bad|dark|evil|awful|horrible|terrible|scary|nasty) (?:things|thoughts|stuff) about"
    rf" (?:the |my |our )?{CHILD_WORDS}\b(?!.*\bnever (?:ever )?act)",
    # Staring at the means, again and again: "keep looking at pills in cupboard".
    r"(?:^|\bi )(?:\w+ )?(?:keep|kept|been|always) (?:looking|staring|glancing) at (?:the |my"
    r" |all the |all my )?(?:pills|tablets|meds|medication|painkillers|rope)\b(?! (?:swings?"
    r"|ladders?|lights?|course|bridge)\b)",
    # Leaving the child somewhere and vanishing: "leave him at the hospital door and vanish"
    # (not "leave her with my mum and disappear for an hour").
    r"\bleave (?:him|her|them|the baby|my baby|baby)\b(?: \w+){0,6} and (?:just )?(?:vanish"
    r"|disappear(?! for\b)|run away|never come back|never go back|not come back)\b",
    r"\bcan not (?:look after|care for|keep) (?:him|her|them|the baby|my baby) (?:any ?more"
    r"|safe)\b",
    r"\b(?:scared|afraid|worried|terrified|frightened|frighten|fear\w*) (?:of |about )?what i"
    r" (?:might|could|can|will|may|would|am going to) do\b",
    # ... or not knowing it: "if he does not stop crying i dunno what i will do to him".
    r"\b(?:do not know|dunno|did not know|no idea|not sure) what i (?:might|could|will|would|may"
    r"|am going to) do to (?:him|her|them|the baby|my baby|myself|this baby)\b",
    r"\bi (?:feel|am|felt|was) (?:so |really |like )?(?:dangerous|a danger) (?:for|to|around|near)"
    r" (?:my|the|him|her|them)\b",
    # Handled roughly, and scared of it: "grabbed him rougher than i ought to and scared my own
    # self".
    r"\b(?:rough\w*|harder|too hard)\b.{0,40}\b(?:scared|frightened|terrified|shocked) myself\b",
    # Nearly thrown: "i got real close to chucking her in the cot too hard".
    rf"\b(?:close to|nearly|almost) (?:chuck|throw|toss|fling|slamm|hurl)\w* {_PERSON}",

    r"\b(?:in case|before|or) i do something\b",
    r"\b(?:not|never) (?:be )?safe (?:to be )?(?:\w+ ){0,3}(?:around|with|near) (?:me|him|her|them"
    r"|my|the)\b",
    r"\b(?:scared|afraid|frightened|terrified) of myself\b",
    r"\b(?:is|are) not safe with me\b",
    # "i'm no safe with her the night" (Scots), "i am not safe around the baby".
    rf"\b(?:i am|am i|i feel) (?:not|no) safe (?:with|around|near|alone with) {_PERSON}",
    # Kept from being alone with the child by thoughts: "afraid to be left alone with the baby
    # because of the awful things that pop into my head" (not a new parent's nerves alone).
    r"\b(?:scared|afraid|frightened|terrified|do not want|can not|dread\w*)"
    rf" (?:to be|of being|being) (?:left )?alone with {_PERSON}.{{0,60}}"
    r"\b(?:thoughts?|things that (?:pop|come|go|run"
    r"|flash)|pictures|images|ideas|what i (?:might|could|would|will) do|in my head|into my head"
    r"|in my mind)\b",
    # Holding a child under in the bath, in thought: "think about not lifting her out".
    r"\b(?:bath|water|pool)\b.{0,80}\bnot (?:lifting|pulling|taking|getting|bringing) (?:her|him"
    r"|them|the baby) (?:back )?(?:out|up)\b",
    r"\b(?:kill|killing|hurt|hurting|harm|harming|cut|cutting|burn|burning|starve|starving)"
    r" myself\b",
    # Anyone's wish to die: "my fifteen year old just told me she wants to kill herself".
    r"\b(?:kill|killing|kills) (?:herself|himself|themselves)\b",
    r"\bself harm\w*\b",
    # ("i am not suicidal, just exhausted": the rest of the question is still read.)
    r"(?<!\bnot )(?<!\bnever )(?<!\bno )(?<!\bnot really )\bsuicid\w*\b(?! (?:rates?|statistics"
    r"|stats|prevention (?:week|day|training|course|charity)|awareness|figures|research)\b)",
    # What was done, by the parent or anyone: "i lost it and shook him".
    # ("her" only where it cannot be "her rattle": "threw her a ball" is play.)
    r"\b(?:shook|shaken|slapped|smacked|threw|thrown|chucked|flung) (?:(?:him|them|the baby"
    r"|my baby|my son|my daughter)\b(?! (?:hand|head|off|out|up|down)\b)|her(?: (?:on|onto|into"
    r"|against|across|too|so|hard|really|and|while|when|because|at|around|until|till|then"
    r"|violently|roughly)\b|$))",
    # ... or said as a shake given: "i gave the baby a fierce shake" (not a bottle's).
    r"\b(?:gave|give|giving) (?:(?:the |my |our )?(?:baby|son|daughter|little one)|him|her|them)"
    r" a (?:\w+ )?shake\b(?! of)",
    r"\b(?:end|ending|take|taking|finish|finishing) (?:my|my own) life\b",
    # "i feel like finishing everything" (not a list: "... everything on my list before friday").
    r"\b(?:feel like|want to|wanna|going to|gonna|ready to|thinking (?:of|about)) (?:just )?"
    r"finish(?:ing)? (?:everything|it all)\b(?! (?:on|in|before|by|off|up|for|at|from|today"
    r"|tonight|this|that|i|we|so)\b)",
    # ... and ending it, whenever: "i'm making plans to end everything this weekend" (not "end
    # everything with my ex").
    r"\b(?:feel like|want to|wanna|going to|gonna|ready to|thinking (?:of|about)|plans? to"
    r"|planning to) (?:just )?end(?:ing)? everything\b(?! (?:with|between|on|in|for|about|from"
    r"|at|we|i)\b)",
    r"\b(?:(?:tired|sick and tired|sick|weary) (?:to|of)|(?:had|have) enough of|done with"
    r"|fed up (?:of|with)) (?:everything )?(?:live|living|life|being alive|be alive|existing"
    r"|exist)\b(?! (?:admin|insurance|in (?:the|this) (?:city|town|flat|house)))",
    # Ending it now, or before doing more harm: "happen i should end it before i make a mess of
    # this baby" (not "should i end it with him").
    r"\bi (?:should|ought to|might as well|am going to|will|want to) (?:just )?end it(?: all)?\b"
    r"(?=$| (?:before i|now$|tonight|for good|today)\b)",
    # A plan of how to die, said telegraphically: "make plan how die already".
    r"\bplan\w* (?:\w+ ){0,2}how (?:to |i will |i would |i could |i am going to )?(?:die|kill"
    r" myself|end my life)\b",
    # A weapon thought of for oneself: "sat with my rifle thinking about using it on myself".
    rf"\b(?:{_WEAPONS}|guns?|rope|belt)\b.{{0,60}}\b(?:us\w*|turn\w*|point\w*|tak\w*) (?:it|them)"
    r" on myself\b",
    # Care withheld to see what happens: "just stop feeding him and let whatever happen happen".
    r"\b(?:stop|stopped|quit|not|never) (?:feeding|changing|picking up|checking on|going to)"
    r" (?:him|her|them|the baby|my baby)\b.{0,40}\b(?:let (?:whatever|what ever|it|things|nature)"
    r"\b(?: \w+){0,2} (?:happen|take its course)|see what happens)\b",
    # Not to be found in time: "how to do it so nobody find me before it is finish".
    r"\b(?:nobody|no one|no body) (?:will |would |can |could )?finds? me (?:before|until|till"
    r"|in time)\b",
    # A goodbye to Calm Cradle itself: "this is the last time i talk to you".
    r"\b(?:is the|will be the|be my|is my) last (?:time|thing|question) (?:i |i will |i will ever"
    r" |i ever )?(?:talk|speak|ask|say)\w*\b",
    # "this is goodbye really, thank the health visitor for trying with us".
    r"\bthis is (?:goodbye|farewell|my goodbye)\b(?! (?:to|for)\b)"
    r"|\bthank (?:\w+ ){1,3}for (?:trying|all (?:the|your|her|his) trying) (?:with|to help) (?:us"
    r"|me)\b",
    # Ways compared for oneself: "is it quicker with paracetamol or the sleeping tablets asking
    # for myself". (Not a headache or a cold: "which kicks in quicker for my headache".)
    r"^(?!.*\b(?:headaches?|pain|sore|fever|temperature|cold|flu|migraine|period|teeth|teething"
    r"|kicks? in|work)\b)(?=.*\b(?:quicker|quickest|faster|fastest|painless|less painful"
    r"|least painful|surest)\b)(?=.*\b(?:for myself|for me|to die|to end it|not wake up)\b)"
    r".*\b(?:paracetamol|pills|tablets|sleeping \w+|overdose|rope|bridge|exhaust)\b",
    # Prized things given away, and a child handed on for good.
    # ("keep giving her things myself" is play: things go with "away", treasures need not.)
    r"\b(?:giv\w*|gave|given) (?:away (?:all )?(?:my|her|his|the) (?:things|stuff|belongings"
    r"|possessions|savings)|(?:all )?(?:my|her|his|the) (?:things|stuff|belongings|possessions"
    r"|savings) away|(?:away )?(?:all )?my (?:jewellery|jewelry|gold|rings?|savings)"
    r"|(?:all )?(?:her|his|the) (?:jewellery|jewelry|gold|rings?) away)\b"
    r"(?! (?:to|at) (?:the |a )?(?:charity|charity shop|tip|oxfam|goodwill|jumble)\b)"
    r"|\b(?:giv\w*|gave|given|hand\w*) (?:me|us|him|her) (?:my|her|his|the) (?:wedding |engagement"
    r" )?(?:rings?|jewellery|jewelry|gold)\b(?! (?:for the wedding|back)\b)",
    r"\b(?:look after|take care of|care for) (?:her|him|them|my \w+|the baby|my baby)(?: \w+)?"
    r" (?:for always|forever|for good|when i am gone|after i am gone|after i die)\b",
    r"\b(?:dose|doses|tablets|pills|much|many)\b.{0,20}\b(?:would|will|it would take to) (?:do it"
    r"|kill me|end it|be enough)\b",
    r"\bhow (?:many|much)\b.{0,60}\b(?:would it take|does it take|would (?:i|you|someone) need)\b"
    r".{0,40}\b(?:not (?:to )?wake|never wake|to die|stop (?:my|your|a|their) heart)\b",
    r"\bhow (?:many|much)\b.{0,40}\b(?:fatal|deadly|lethal|to overdose|an overdose|to kill"
    r" (?:me|myself|someone|a person))\b|\b(?:fatal|lethal|deadly) (?:dose|amount)\b",
    # A plan hidden in a dose question: "give him some of my sleeping pills and i take the rest".
    r"\b(?:pills?|tablets?|meds|medication|medicines?|capsules|sleepers)\b.{0,80}\bi (?:will |would"
    r" |could |can |might |then |just )*(?:take|swallow|have|down|finish) (?:all )?(?:the rest"
    r"|the remainder|what is left)\b(?! of (?:the |this |my )?(?:day|week|night|evening|morning"
    r"|afternoon|time|year|month|weekend|holiday|leave)\b)",
    # A height asked about for dying: "how high should a building be so that a fall is fatal".
    r"\b(?:how (?:high|tall|far)|what height|how many (?:floors|storeys|stories))\b"
    r"(?=.{0,60}\b(?:falls?|jump\w*|drop|building|bridge|balcony|cliff|roof|window|floors?"
    r"|storeys?|car park|tower)\b).{0,60}"
    r"\b(?:(?:definitely|certainly|surely|always|guaranteed|sure to be|be) (?:fatal|deadly|lethal)"
    r"|high enough to (?:kill|die|be fatal)|(?:would|will|to) (?:definitely |surely )?kill (?:me"
    r"|you|someone|a person)|(?:would|will|to) (?:definitely |surely )?finish (?:me|you|someone"
    r"|a person) off|(?:be )?(?:sure|certain) to die|to (?:die|end it))\b",
    # Drink or drugs with the baby in their care, in the parent's own words.
    r"\b(?:relapsed|(?:used|using|drinking|high|drunk) (?:again|tonight|today|last night|this"
    r" morning))\b.{0,80}\b(?:baby|him|her|kids?|children|on my own)\b",
    rf"\b(?:not|if i am|whether i am) safe to (?:look after|care for|be with|mind|hold) {_PERSON}",
    # A grown-up too drunk or high to care for the baby, however it is said.
    r"\b(?:drunk|drank|smoked) (?:so much|too much|way too much|loads|a lot)\b.{0,60}"
    r"\b(?:only (?:one|grown up|adult)|on my own|alone|by myself|just me|spinning)\b",
    r"\b(?:off (?:her|his|their|my) (?:face|head|tits|trolley)|paralytic|high as a kite|out of"
    r" (?:her|his|my|their) (?:mind|head|tree) on)\b.{0,60}\b(?:baby|feed\w*|holding|with (?:him"
    r"|her|the baby))\b|\b(?:baby|feed\w*|holding (?:him|her|the baby))\b.{0,60}\b(?:off (?:her|his"
    r"|their|my) (?:face|head|tits|trolley)|paralytic|high as a kite)\b",
    r"\b(?:too many|a lot of|lots of|loads of|six|seven|eight|nine|ten|a dozen|a whole bottle of"
    r"|a bottle of) (?:drinks|beers|pints|shots|glasses|wines?|vodka|gin|cans)\b.{0,60}\b(?:only"
    r" one|on my own|alone|by myself|just me)\b",
    r"\b(?:take|took|taking) (?:us|us both|both of us|us all|all of us|her with me|him with me"
    r"|the baby with me|them with me)\b.{0,40}\b(?:for good(?! (?:weather|measure|reasons?|luck"
    r"|food|fun|times|behaviou?r))|forever|away from (?:all )?(?:this|it all))\b",
    # ... or when the parent goes: "if i go i'd take bubba with me so she does not grow up
    # without her mum".
    r"\b(?:if|when|once|before) i (?:go|die|am gone|end it|do it)\b(?! (?:to|back|out|away|home"
    r"|shopping|on|for|in|into|up|down|over|round|around|somewhere|anywhere|there|abroad|with"
    r"|off|and|\w+ing)\b).{0,30}\b(?:take|bring"
    r"|taking|bringing) (?:\w+ ){1,2}with me\b"
    r"|\b(?:take|bring|taking|bringing) (?:\w+ ){1,2}with me\b.{0,40}\b(?:does not|do not|will"
    r" not|would not|never) (?:have to )?grow up without\b",
    r"\b(?:do not|not|never) feel safe (?:in my (?:own )?(?:head|mind|skin)|with myself|around"
    r" myself|from myself)\b",
    r"\b(?:can not|could not|will not be able to|do not think i can|not sure i can) keep myself"
    r" safe\b",
    r"(?:^|\bi )(?:will not|might not|may not) (?:be here|be around|be alive|make it)"
    r" (?:by|tomorrow|much longer|for long)\b",
    # Arranging things for after: "a reminder for my partner every day after, because i
    # will not be here" (not "because i will not be here on tuesday").
    r"\b(?:because|cos|since|as) i (?:will not|am not going to|will no longer|would not) be"
    r" (?:here|around|alive)\b(?! (?:at|for|on|in|tomorrow|next|this|that|until|till|to|when"
    r"|while|during|over)\b)",
    # A way to die weighed up: "the stairs would be quicker for me than another year of this".
    r"\b(?:the )?(?:stairs|bridge|train|tablets|pills|rope|river|cliff|motorway|overdose|jump)"
    r" would be (?:quicker|easier|kinder|simpler|better)\b",
    r"\bnumber (?:for|of) (?:someone|somebody|a person|anyone) (?:i can |to )?talk to\b",
    r"\b(?:end|ending) it(?: all)?\b(?! (?:with|there|here|now|early|on|at|for|before))",
    r"\b(?:wants?|wanted|wanting|wish|would like) to (?:die|be dead|disappear|not exist"
    r"|vanish|not be here"
    r"|(?:go to )?sleep (?:forever|for ever|for good))\b"
    # (Not for an afternoon: "i want to disappear for one afternoon just to sleep".)
    r"(?! for (?:a|an|one|the|just|half|a few|an hour|\w+ (?:hours?|minutes|days?|nights?|weeks?"
    r"|afternoon|morning|evening|weekend))\b)",
    r"\bwish i (?:was|were|had) (?:dead|gone|never|not)\b",
    # Asking for a crisis line: "what's the number for the samaritans i'm in a bad place".
    rf"\b(?:number (?:for|of)|phone|call|ring|text|contact|talk to|speak to)(?: the| a)?"
    rf" {_CRISIS_LINE}\b|\b{_CRISIS_LINE} (?:phone )?number\b",
    # The child better off with someone else: "the baby deserves a better life with someone
    # else than a useless dad like me".
    r"\b(?:deserves?|would be better off|be better off|have a better life|better life)"
    r" (?:\w+ ){0,3}with (?:someone|somebody|anyone|anybody) else\b"
    # (Not childcare: "better off with someone else watching her while i work".)
    r"(?! (?:looking after|watching|minding|caring for|during|while|for (?:the|a|an|some)))",
    # Asking to be taken by God: "i think it is time god took me away from all this".
    r"\bgod (?:would |will |could |should |can |to |just |please |would just )?(?:take|took|takes)"
    r" me(?: away| home| now| already| from (?:this|here|all this))?\b(?! through\b)",
    # Finishing oneself: "reckon i'm gonna finish myself up".
    r"\bfinish\w* myself(?: up| off)?\b",
    # Hoping to go down with the boat: "if the boat don't come back i hope i go down with it".
    r"\bhope (?:that )?i (?:just |simply |quietly |would |will |could |might )?(?:go down with"
    r" (?:it|her|the ship|the boat)|do not wake up"
    r"|never wake up|die|drown)\b",
    # The child handed over, then going for good: "giving bub to aunty then going down the crocs".
    rf"\b(?:giv\w*|hand\w*|leav\w*|drop\w*) {_PERSON} (?:\w+ ){{0,2}}(?:to|with|off (?:at|with))"
    r" (?:\w+ ){1,3}(?:then|and then|before) (?:i )?(?:go\w*|walk\w*|disappear\w*|end\w*|jump\w*"
    r"|head\w*) (?:\w+ ){0,2}(?:crocs|crocodiles|gators|river|sea|bridge|water|cliff|tracks"
    r"|for good|it all|off the)\b",
    # Others better off for one's death: "is it i died better for everybody".
    r"\bi (?:died|was dead|were dead|was gone|were gone|disappeared)\b(?: \w+){0,3} better"
    r" (?:off )?for (?:everybody|everyone|all of them|them all|the family|them|my family)\b",
    # The will to live lost; death as cashing in: "i have rather lost the will to carry on".
    r"\blost (?:\w+ )?(?:the |all )?will to (?:live|exist|be here|(?:carry|go) on|keep going)\b"
    r"(?! with (?!(?:any|all|life|it all)\b))",
    r"\bcash(?:ing|ed)? in (?:my|me) chips\b",
    # A place of death said to call: "third mainland bridge dey call my name".
    r"\b(?:bridge|river|lagoon|railway|tracks|cliffs?|rope|pills|tablets|motorway|canal|dam"
    r"|quarry|ledge|rooftop|balcony)\b (?:\w+ ){0,2}(?:call\w*|calls) (?:my name|me|to me"
    r"|out to me)\b",
    # Not caring if death comes: "the gators could have me for all i care".
    r"\b(?:could|can|may|might|would) (?:have|take|get) me for all i care\b",
    # An idiom said to be meant: "i am at the end of my rope and i mean that literally".
    r"\b(?:end of (?:my|the) rope|end of (?:my|the) tether|bang\w* my head (?:\w+ ){0,3}wall)\b"
    rf"(?: \w+){{0,5}} {_MEANT}",
    # The child pictured dropped into water or off a height: "near the lagoon and for one second
    # i think i should drop him inside".
    r"\b(?:lagoon|river|sea|lake|well|canal|pond|water|bridge|balcony|cliff|edge|ledge|quarry"
    r"|dam)\b.{0,80}\b(?:think|thought|thinking|urge|wanted to|want to|should|could|felt like"
    r"|pictur\w*|imagin\w*) (?:\w+ ){0,2}(?:drop|throw|toss|let go of|push) (?:him|her|them"
    r"|the baby|my baby)\b",
    # Taking the child along into a drop or water: "taking my baby and jumping into the well".
    rf"\b(?:tak\w*|took) {_PERSON} (?:\w+ ){{0,2}}and (?:jump\w*|walk\w*|driv\w*|step\w*"
    r"|throw\w*|run\w*) (?:\w+ ){0,2}(?:into|off|in front of|under) (?:the |a |our |that )?"
    r"(?:\w+ )?(?:well|river|sea|lake|ocean|water|canal|dam|pond|quarry|traffic|bridge|cliff"
    r"|edge|roof|balcony|trains?|bus|lorry|truck|tracks)\b",
    # Putting animals down, and the same for oneself: "i think about doing the same for myself".
    r"\b(?:put (?:\w+ ){0,3}(?:down|to sleep)|euthani[sz]\w*)\b.{0,80}\b(?:same|that)"
    r" (?:thing )?(?:for|to|on) (?:myself|me)\b",
    # Pictures of the child going over a drop when let go: "picture their baby going off the
    # porch because they just let go".
    r"\b(?:picture|pictures|picturing|imagine|imagining|see|seeing)"
    r" (?:my|their|the|our|his|her) (?:baby|son|daughter|child|kid|little one)"
    r" (?:going|falling|flying|tumbling|dropping) (?:off|over|down|out of)\b(?=.{0,60}\b(?:let go"
    r"|letting go|drop|dropped|dropping|throw\w*)\b)",
    # A drop or a train that starts to look peaceful: "the platform when the train's coming in
    # starts to look real peaceful".
    r"\b(?:platform|tracks|railway line|train line|bridge|ledge|cliff edge|cliffs?|motorway"
    r"|traffic|rooftop|balcony)\b.{0,60}\b(?:looks?|looking|seems?|seeming|feels?|starts? to"
    r" (?:look|seem|feel)) (?:\w+ )?(?:peaceful|inviting|tempting|appealing|like (?:a )?(?:relief"
    r"|peace|an escape|a way out|the answer))\b",
    # The strongest poison for a grown-up: "which of the cleaning stuff ... is the most poison,
    # the strongest one for a grown adult".
    r"^(?=.*\b(?:poison\w*|toxic|lethal|deadly|cleaning|chemicals?|bleach)\b).*\b(?:most"
    r"|strongest|deadliest)\b.{0,60}\bfor (?:a |an )?(?:grown (?:adult|up|woman|man)|adult"
    r"|grown up)\b",
    # "i sometimes wish i could quietly disappear and leave him to be raised by his father".
    r"\bwish (?:that )?i (?:could|would|might) (?:just |quietly |simply |somehow |really )?"
    r"(?:disappear|vanish|die|not exist|stop existing|cease to exist|not be here|fade away)\b"
    r"(?! for (?:a|an|one|the|just|half|a few|an hour|\w+ (?:hours?|minutes|days?|nights?|weeks?"
    r"|afternoon|morning|evening|weekend))\b)",
    # Drawn to step in front of traffic: "i feel pulled to step in front of the bus".
    r"\b(?:pulled|drawn|tugged|compelled|tempted|urges?|want|wanted|wanting|wish|feel like|felt"
    r" like|thinking (?:about|of)|thought (?:about|of)|could (?:just )?|imagine|imagining"
    r"|picture|picturing) (?:to )?(?:just )?(?:step|stepping|walk|walking|steer|steering|swerve"
    r"|swerving|drive|driving|push|pushing|jump|jumping|run|running) (?:\w+ ){0,3}(?:out )?in"
    r" front of (?:the |a |an )?(?:\w+ )?(?:bus|buses|train|lorry|truck|car|cars|traffic|tram"
    r"|van)\b",
    # Poisons looked up, perhaps for oneself: "which household products are most poisonous ...
    # not sure whether it's for childproofing or for me".
    r"\b(?:poisonous|lethal|deadly|fatal|toxic)\b.{0,80}\bor (?:if |whether )?(?:it is |it was )?"
    r"for me\b",
    # The reassurance that is itself a warning: "i am not going to do anything stupid but".
    r"\b(?:not going to|will not|would not|promise (?:i will not|not to)|not gonna) do anything"
    r" (?:stupid|silly|daft|drastic)\b(?! like)",
    r"\b(?:standing|stood|sitting|sat|been|walking|walked) (?:\w+ ){0,3}(?:by|at|near|on|along)"
    r" (?:the )?(?:train |railway )?(?:tracks|railway line|rail line|train line)\b",
    r"\bi (?:\w+ )?(?:should|ought to|deserve to|need to|must) (?:just )?(?:die|be dead"
    r"|not be alive|not exist|not be here any ?more)\b",
    r"\brather (?:die|be dead) than (?:go through|do this|live|face|keep|carry on|feel|another"
    r"|wake up|be here|spend)\b",
    r"\b(?:world|everyone|everybody|they|family|baby|kids|he|she) (?:would|will|could)"
    # (Not asked with a stumble: "will she will she be okay without me".)
    r" (?:(?!(?:she|he|they|it)\b)\w+ ){0,2}(?:be )?(?:better|lighter|easier|happier|fine|okay|ok)"
    rf" (?:off )?without me\b{_FOR_A_WHILE}",
    # A world at peace without one: "the world will be peaceful without me".
    r"\b(?:world|everyone|everybody|family|they) (?:would|will|could) (?:\w+ ){0,2}(?:be )?"
    rf"(?:more )?(?:peaceful|at peace|calmer) without me\b{_FOR_A_WHILE}",
    # Deserving a better parent, so going: "my baby deserves a better amma than me so i should
    # go" (not "... so i should go to therapy").
    r"\bdeserves? (?:a )?(?:much |far )?better (?:\w+ ){0,2}than (?:me|i)\b.{0,30}\bi (?:should"
    r"|will|must|might as well|am going to|ought to) (?:just )?(?:go|leave|disappear|vanish"
    r"|not be here|be gone|end it)\b(?! (?:to|and|for|out|back|home|with|away for|on)\b)",
    # A long time alone at a bridge or a ledge, looking at the water or the drop: "i sat at the
    # bridge for a long time looking at the water below".
    r"\bi (?:\w+ )?(?:sat|sitting|stood|standing|stayed|waited) (?:on|at|by|near)"
    r" (?:the |a |that )?(?:bridge|ledge|cliff edge|cliff|railings?|parapet|platform edge)\b"
    r" for (?:a long time|ages|hours|an hour|a long while|a while) (?:just )?(?:looking|staring"
    r"|gazing) (?:down )?"
    r"(?:at|into)? ?(?:the )?(?:water|river|drop|tracks|ground|traffic|sea)\b",
    # ... or a long time by a drop with thoughts left unsaid: "been sitting out by the old mine
    # shaft a right smart lately just thinking" (not "thinking about names for the baby").
    r"\b(?:sat|sitting|stood|standing|parked|parking) (?:out )?(?:on|at|by|near|next to|beside)"
    r" (?:the |a |that |an )?(?:old )?(?:mine ?shaft|quarry|cliff edge|cliff|bridge|ledge"
    r"|railway|train tracks|tracks|overpass|dam|weir)\b(?: \w+){0,8} (?:just )?thinking(?: about"
    r" (?:it|things|everything|stuff))?$",
    # Letting go of the pram on a slope, thought of: "what if i just let go of the stroller on
    # the hill".
    r"\b(?:what if|think\w* (?:about|of)|urge to|want to|wanted to|imagin\w*|pictur\w*) (?:i )?"
    r"(?:just )?(?:let|letting) go of (?:the |his |her |my |our )?(?:pram|stroller|buggy"
    r"|pushchair|car seat|carrier)\b(?=.{0,40}\b(?:hill|slope|road|traffic|stairs|steps|river"
    r"|canal|water|platform|tracks|edge|cliff|kerb|curb)\b)",
    # A plan for "it" said with nothing else: "already have a plan how i am going to do it".
    r"^(?!(?:do|does|did|can|could|should|would|will|what|how|is|are|have you|has)\b)"
    r"(?:\w+ ){0,4}(?:have|got|made|worked out|figured out|planned) (?:a |the |my )?(?:plan )?"
    r"(?:for |of )?how (?:i am going to|i will|i would|i could|i might|to) do it"
    r"(?: (?:tonight|soon|already|now))?$",
    # Looking at a place to hang from and a cloth to hang by: "i was looking at the ceiling fan
    # and my dupatta and thinking things".
    r"\b(?:look\w*|star\w*|eyeing|eyed) at (?:the |my |that )?(?:ceiling fan|fan|hook|beam"
    r"|rafters?|banisters?|loft hatch)\b.{0,40}\b(?:dupatta|scarf|rope|saree|sari|chunni|belt"
    r"|cord|cable|sheet)\b.{0,40}\b(?:think\w*|thought\w*|wonder\w*|ideas?)\b",
    r"\bbetter off (?:dead|without me|with(?:out)? (?:a different|another|a better|someone else"
    r"|a new))\b",
    # The child better with a new parent: "baby better with new dad not broken one like me".
    r"\bbetter (?:off )?with (?:a )?(?:different|another|better|new) (?:dad|daddy|mum|mummy|mom"
    r"|mommy|mother|father|parent|family)\b",
    # "she would be safer growing up without a mum like me around".
    r"\b(?:better|safer|happier|easier) (?:off )?(?:\w+ ){0,3}without (?:me|a (?:mum|mom|mother|dad"
    r"|father|parent) like me)\b",
    # The world better without one in it, asked of oneself or of "you": "have you ever felt
    # like the world would be better with you not in it".
    r"\b(?:better|happier|easier|lighter)(?: off)? (?:with (?:me|you) not|if (?:i|you) (?:was|were"
    r"|am|are) not) (?:in it|in the world|here|around|alive)\b",
    # ("would it matter for her if i am looking after myself" is not.)
    r"\b(?:better|happier|easier|notice|miss me|care|matter)(?: \w+){0,3} if i (?:just )?"
    r"(?:(?:was|were|am)(?: not)? (?:gone|not here|not around|dead|here|around|alive"
    r"|in the picture)|died|disappeared|left|vanished|went away)\b",
    # The same the other way round: "if i disappear the baby will get a better father than me"
    # (not "if i disappear for an hour", "into the shower"). Asked as "ask calm cradle if ...",
    # Alexa drops the "if".
    r"(?:\bif |^)i (?:just )?(?:disappear|disappeared|vanish|vanished|went away|was gone|were gone"
    r"|died|die)(?! (?:for|into|to|from|in|at|off)\b)(?: \w+){1,6} (?:a better (?:mum|mom"
    r"|mother|dad|father|parent|life|family|home)|better off|happier)\b",
    # How a baby would fare without its parent, asked of oneself: "do babies forget their mums
    # if they die, i have been thinking about it a lot".
    r"\b(?:forget|forgets|forgotten|remember|remembers) (?:me|us|their (?:mums?|moms?|mothers?"
    r"|dads?|fathers?|parents?)|(?:his|her) (?:mum|mom|mother|dad|father))\b.{0,30}\bif (?:i|they"
    r"|she|he|we) (?:die|dies|died|was gone|were gone|pass away|passed away)\b",
    r"\bin case i (?:am|was|were)? ?not (?:here|around)\b",
    r"\bif i (?:just )?(?:was|were) (?:not|no longer|not even) (?:here|around|alive"
    # (Not an absence in the past: "too late to bond if i was not around in the first months".)
    r"|in the picture)\b(?! (?:much |a lot |as much )?(?:(?:in|for|during|at|over) (?:the |those"
    r" |her |his |their )?(?:first|early|start|beginning|newborn|last)|back then|at first|when"
    r" (?:she|he|they|the baby) (?:was|were)))",
    r"\bif i (?:just )?(?:was|were) (?:gone|dead)\b",
    r"\b(?:walk\w* away|leave|leaving|left|go away|disappear\w*)(?: from)?(?: \w+){0,3}"
    r" (?:for good|forever|and never come back)\b",
    r"\bwhen i am (?:dead|not here any ?more)\b",
    # Fear of losing control with the baby there: the moment to lay the baby down and step away.
    # ("i'm going to lose it if she doesn't nap" alone is exasperation: the learned check,
    # which has seen both, weighs the rest of the words.)
    r"\b(?:might|going to|about to|will|could) (?:completely |totally )?lose control\b",
    rf"\b(?:might|going to|about to|will|could) (?:completely |totally )?lose it (?:with|around"
    rf"|near) {_PERSON}",
    r"\b(?:afraid|scared|worried|terrified) (?:of |that i will |i will |i am going to |i might )"
    r"(?:lose it|losing it|lose control|losing control|snap)\b",
    r"\b(?:do not|not|never) want to (?:live|be alive|be here|exist|wake up|go on|carry on)\b",
    r"\bnothing (?:left )?to live for\b",
    # Asked to take the baby away first: "take him far away before she hurts him".
    r"\bbefore (?:i|she|he|they) (?:\w+ )?(?:hurts?|harms?|shakes?|kills?|smothers?|drops?"
    r"|(?:do|does) something to) (?:him|her|them|the baby|herself|himself|myself|themselves)\b",
    # Vanishing for good: "just disappear so nobody sees me again".
    r"\bdisappear\w*\b.{0,30}\b(?:nobody|no one|never) (?:\w+ ){0,2}(?:see|sees|find|finds"
    r"|hear from|hears from) me (?:again|ever again)\b",
    # "^": a carrier phrase ("what {Query}") may have taken the first word.
    r"(?:^|\b(?:no|not|never|what|lost) )(?:\w+ ){0,3}(?:point|reason|purpose)"
    r"(?: left)?(?: for me)? (?:in|of|to|for)"
    r" (?:living|life|live|going on|being alive|carrying on|being here|it all|any of it"
    # (Me, but not what for: "no reason for me to go to that class", "the point of me going to
    # the gym".)
    r"|me\b(?! (?:to|going to|going back to|doing|getting|buying|taking|trying to)\b)"
    r"|stay alive|staying alive|keep living|(?:keep going|go on|carry on|be here|wake up)"
    r"(?=$| (?:any ?more|like this|without (?:him|her|them)|every day|each day|day after day)\b))"
    r"\b",
    r"(?:^|\bno )(?:\w+ ){0,2}point (?:living|going on|carrying on|being alive|being here)\b"
    r"(?! (?:about|with)\b)",
    r"\b(?:end|ending) things\b",
    # Something inside the baby that must come out, messages only the parent receives.
    r"\b(?:evil|demon|devil|something bad|shaitan|shaytan|satan|jinn|djinn|evil spirit|bad spirit)"
    r" (?:\w+ )?(?:inside|in) (?:the baby|him|her|my baby|(?:his|her|the baby|my baby) eyes)\b",
    # Food withheld for a reason that is not a feeding one: "not giving him milk till the prayers
    # drive it out".
    r"\b(?:not|stop|stopped|will not|refuse to) (?:giving|give|feeding|feed) (?:him|her|them"
    r"|the baby|my baby) (?:any )?(?:milk|food|feeds?|anything)\b.{0,40}\b(?:prayers?|spirit"
    r"|devil|demon|shaitan|jinn|punish\w*|teach (?:him|her) a lesson)\b",
    r"\b(?:sending|sends|giving|gives) me (?:secret )?(?:messages|signs|signals)\b",
    # Harm to oneself.
    r"\b(?:dig\w*|scratch\w*|cut\w*|burn\w*|pinch\w*|bit\w*) (?:\w+ ){0,3}(?:into )?my (?:own )?"
    r"(?:arms?|legs?|wrists?|skin|thighs?)\b.{0,30}\b(?:bleed\w*|blood|marks?|hurts?)\b",
    # Only one's own skin: "he scratches his eczema till it bleeds" is a health question.
    r"\b(?:i|myself)\b(?: \w+){0,5} (?:till|until) (?:they|it|i) bleeds?\b",
    r"\bnot worth (?:living|being alive|it anymore)\b",
    # Arrangements for after one's death: "tell my husband how to settle her after i'm gone",
    # "i have sorted out who will take the baby", "i will not be needing anything after this week".
    r"\b(?:sorted|arranged|organi[sz]ed|planned|decided|worked) (?:out )?who (?:will|is going to"
    r"|would|should) (?:take|have|raise|bring up|look after|care for) (?:the baby|the kids|him|her"
    r"|them|my \w+)\b",
    r"\b(?:will not|do not|would not) (?:be )?need(?:ing)? (?:anything|any of (?:this|it|my \w+)"
    r"|my (?:things|stuff|clothes)) (?:after|any ?more|where i am going|much longer)\b",
    r"\b(?:giv\w*|gave) (?:\w+ ){0,2}away\b.{0,40}\b(?:will not|won't) (?:be )?need\w*\b",
    # (Not "she cries at drop off but settles once i am gone".)
    r"(?<!settles )(?<!settle )(?<!settled )(?<!calms down )(?<!stops crying )"
    r"\b(?:after|once) i am (?:gone|dead)\b(?! (?:back|to|out|for|away|home|shopping|at))"
    r"|\bwhen i am (?:dead|no longer (?:here|around|alive))\b",
    r"\b(?:will not|not going to|never going to) be (?:around|here) to see (?:him|her|them"
    r"|the baby|my baby|the kids?) grow up\b",
    # Dying said as going to God: "ready to go home to the lord", "jesus take me home".
    r"\b(?:go|going|gone|ready) (?:home )?to (?:the lord|god|jesus|heaven|be with (?:the lord|god"
    r"|jesus))\b|\b(?:lord|god|jesus|allah) (?:please )?(?:take|call) (?:me|us) (?:home|away)\b"
    r"|\b(?:go|going|ready) (?:and |to )?(?:join|be with) (?:my|our) (?:ancestors|forefathers)\b",
    r"\bgive up on (?:life|living|everything)\b",
    r"\b(?:sleep|go to sleep|fall asleep)(?: one night| some night| tonight| one day| some day"
    r"| peacefully)? and (?:never|not) (?:bother )?(?:wake|waking) (?:up|again)\b"
    rf"{_A_NIGHTS_SLEEP}",
    r"\b(?:lay|lie|laying|lying) down and (?:never|not) (?:get|getting) (?:back )?up\b"
    rf"{_A_NIGHTS_SLEEP}",
    # Everything stopping if the parent were gone: "i thought if i crash the car it all stop".
    r"\bif i (?:just )?(?:crash\w*|wreck\w*|died|die|was gone|were gone|disappeared|was not here"
    r"|were not here|ended it|was dead|were dead)\b(?: \w+){0,4}? (?:it|everything|this|all this"
    r"|all of it) (?:would |will |might |could )?(?:all )?(?:stop|end|be over|go away)\b",
    # Not minding one's own death: "would not bother me if i crashed on the way to work".
    r"\b(?:would not|would|do not|does not) (?:even )?(?:bother|mind|care|matter)(?: me| to me)?"
    r" (?:if|when) i (?:crashed|died|did not wake up|never woke up|got hit|was hit|disappeared"
    r"|was gone|was not here|was not around|drove off|stepped out)\b",
    r"\bwant (?:it all|everything|my life) to (?:end|stop|be over)\b",
    # ("i am so angry at the crying, i just want it to stop" is the noise.)
    r"^(?!.*\b(?:cry|crying|cries|scream\w*|noise|racket|whin\w*|wail\w*|shriek\w*|howl\w*"
    r"|bark\w*|alarm|music|drilling|tantrums?|fussing)\b).*(?<!never )\bwant (?:this|it) to (?:end"
    r"|stop|be over)\b",
    # "the quickest way to make it all stop for good" (not "make the crying stop").
    r"\b(?:make|making) (?:it all|everything|this|it|the pain|the thoughts|me) (?:stop|end|go away"
    r"|disappear) (?:for good|forever|permanently)\b|\b(?:quickest|easiest|fastest|painless"
    r"|least painful) way to (?:make it (?:all )?stop|end it|end things|not wake up|die"
    r"|disappear)\b"
    # ... and "to go", in few words or at the end: "me think easy way go" (not "the easiest way
    # to go to the clinic").
    r"|\b(?:easy|easiest|painless|peaceful) way (?:to )?go\b(?! (?:to|from|there|home|about"
    r"|for|round|around|through|into|back|and|with|by|on|in|out|up|down)\b)",
    r"\b(?:going to|want to|about to|thinking about|thinking of|thought about) end(?:ing)? it\b",
    r"\b(?:no way out|see no way out|can not see a way out)\b",
    r"\b(?:disappear|vanish)\w* (?:\w+ ){0,3}(?:for good|forever|for ever|permanently)\b",
    # Endless sleep wished for: "sleeping forever sounds kinda nice right now" (not "i could
    # sleep forever").
    r"\b(?:sleep\w*|rest\w*) (?:forever|for ever|for good|and never wak\w*|and not wak\w*)\b"
    r"(?: \w+){0,2} (?:sounds|seems|feels|would be|is) (?:\w+ )?(?:nice|good|tempting|peaceful"
    r"|easier|lovely|like a relief|better|appealing)\b",
    # The last night, decided: "tonight i think is my last night" (not "friday is my last day").
    r"\b(?:i think|i feel like|i know|i have decided|i decided) (?:this |tonight |today |it )?"
    r"(?:is|will be) my last (?:night|day)$|\bmy last (?:night|day) (?:alive|on earth)\b",
    # Others at rest once one is gone: "everyone will rest if i am gone".
    r"\b(?:will|would|could|can) (?:all )?(?:finally )?(?:rest|be at peace|breathe easier"
    r"|be happier|be better off|relax|be free|move on) (?:if|when|once|after) i (?:am|was|were)"
    r" (?:gone|dead|not here|no longer here|not around)\b",
    # Whether one's absence would count: "would it even matter if i didn't come home tonight".
    # ("^": a carrier phrase, "would {Query}", may have taken the first word.)
    r"(?:^|\bwould )(?:it|anyone|anybody|they|he|she) (?:even |really )?(?:matter|notice|care"
    r"|miss me)"
    r" if i (?:did not|never|was not|were not|was gone|were gone|disappeared|just)\b"
    r"(?! (?:come home|come back|go|get|make|call|ring|answer|reply|text|cook)\b(?! tonight| ever"
    r"| again|$))",
    # Asking for a reason to stay, or why go on: "give me one reason to stay cause i'm running
    # out", "why i should continue nobody need me" (not "why should i continue breastfeeding").
    r"\bgive me (?:one|a|any|some) (?:good )?reasons? (?:to|not to) (?:live|stay alive|keep going"
    r"|go on|carry on|be here|stay|wake up)(?=$| (?:cause|because|cos|i am|i have|any ?more)\b)",
    r"\bwhy (?:should i|i should|would i|do i|must i) (?:even )?(?:continue|go on|carry on"
    r"|keep going|stay|be here|keep living|live)(?=$| (?:nobody|no one|when nobody|when no one"
    r"|if nobody|if no one|any ?more|like this)\b)",
    # The one way out known: "there's only one way out of this for me and i know what it is" (not
    # "the only way out is through").
    r"\bonly (?:one )?way out\b(?: of (?:this|here|it|all this))?(?: for me\b| and i know\b)",
    # Waking up at all questioned: "why do i have to wake up every morning for this".
    r"\bwhy (?:do |must |should )?(?:i|me) (?:even )?(?:have to |need to |got to |gotta |bother to"
    r" |bother )?(?:wake up|open my eyes)(?: (?:every|each) (?:morning|day))? (?:for|to) (?:this"
    r"|it all|all this)$|\bwhy (?:do |did |does )?(?:i|me) (?:even |still |keep )?(?:wake|waking"
    r"|woke) up at all\b",
    # The dead or voices calling: "the ghosts are calling me and i'm ready to go with them".
    r"\b(?:ghosts?|spirits?|the dead|angels|ancestors|voices)\b(?: \w+){0,3} (?:call\w*|want\w*"
    r"|tell\w*) (?:me|my name|for me)\b.{0,40}\b(?:ready|go|join|come)\b",
    r"\b(?:nobody|no one) would (?:even )?(?:miss me|care|notice)\b"
    r"|\b(?:nobody|no one|not one person|not a soul)(?: \w+){0,2} (?:would|will) (?:even |really )?"
    r"miss me\b",
    # A clinician's words for their own risk: "plan and intent all present".
    r"\b(?:plan and intent|intent and plan|plan and means|means and plan)\b",
    r"\boverdos\w*",
    r"\b(?:take|taking|swallow|swallowing) (?:all|the whole|every one) (?:of )?(?:my |the |these"
    r" |those )?(?:pills|tablets|medication|packet|bottle)\b",
    r"\b(?:pills|tablets|paracetamol|medication) (?:lined up|saved up|stockpiled|ready)\b",
    # How much it takes to ruin one's liver: "how much paracetamol does your liver in".
    r"\bhow (?:much|many)\b.{0,40}\b(?:does|do|would|will|to|take to|takes to|it takes to)"
    r" (?:do )?(?:your|my|a person s|someone s|an adult s|a grown up s) (?:liver|kidneys?) (?:in"
    r"|damage\w*|fail\w*|pack\w* up|shut\w* down)\b",
    # A medicine asked about "not for the baby ... for me".
    r"\b(?:paracetamol|pills?|tablets?|painkillers?|medicines?|meds|insulin|overdose|doses?)\b.{0,60}"
    r"\bnot for (?:the baby|him|her|the kids?|my baby)\b(?: \w+){0,2} for me\b",
    # Understanding parents who harm their child, and afraid of it: "i get why those guys on
    # the news snap and do something to their kid".
    r"\bi (?:get|understand|can see|can understand|see) (?:now )?why (?:\w+ ){0,5}(?:snap\w*"
    r"|do something to|does something to|hurt|harm|shake|kill|smother|drown) (?:\w+ ){0,4}(?:their"
    r"|his|her|a) (?:kids?|babies|baby|child|children|son|daughter|little one)\b",
    r"\bhow many (?:\w+ ){0,2}(?:pills|tablets|paracetamol|sleeping pills) (?:it )?(?:would|does"
    r"|will) (?:it )?take\b",
    # (Said of oneself: "toddlers who jump off the sofa" are playing.)
    r"(?<!\bwho )(?<!\bthat )(?<!\bhe )(?<!\bshe )(?<!\bthey )(?<!\bkids )(?<!\btoddlers )"
    r"\b(?:jump|jumping|throw myself|throwing myself) (?:down )?(?:off|from|in front of|under)\b",
    # Thinking of it: not a swim or a game ("... jumping in the pool with him"), nor a thing
    # ended ("thinking about ending breastfeeding"), nor hair dyed.
    rf"{_THINKING_OF}jumping\b(?! (?:in|into) (?:the |a )?(?:pool|puddles?|paddling pool|ball pit"
    r"|bath)\b)(?! (?:on|up|around|for joy|rope|jacks|with (?:him|her|them|the baby))\b)",
    rf"{_THINKING_OF}ending(?= (?:it|things|everything|my life|myself)\b|$)",
    rf"{_THINKING_OF}(?:not waking|dying\b(?! (?:my|her|his|the) hair))",
    rf"{_THINKING_OF}killing(?= (?:myself|me|him|her|them|the baby)\b|$)",
    # Gone for good, said in passing: "play her lullaby for her after i have gone, everything is
    # ready", "i have made my peace with it and the baby is with my mum".
    r"\bafter i (?:have |am )?gone\b(?! (?:to|out|back|home|off|shopping|for|up|down|in|on|into"
    r"|through|over|away for|round|past|and)\b)",
    r"\bmade (?:my )?peace\b(?=.{0,80}\b(?:before i go|baby is (?:with|going to)|goodbye|not be"
    r" (?:here|around))\b)|\b(?:before i go|goodbye)\b.{0,40}\bmade (?:my )?peace\b",
    r"\b(?:the|a|my) rope (?:is |all )?(?:sorted|ready)\b(?! (?:for|to) (?!later\b|tonight\b))",
    # Harm done, in a professional's words: "i know what a non accidental injury looks like and
    # i have just done it to my own son".
    r"\bnon accidental (?:injury|injuries|head injury|trauma)\b.{0,60}\bi (?:have )?(?:just )?"
    r"(?:done|did|caused) (?:it|one|that)\b",
    # A child shut out overnight: "can a baby survive a night in the garden shed".
    r"\b(?:survive|last|be (?:ok|okay|alright|fine)) (?:a |the |one )?(?:whole )?(?:night|overnight"
    r"|all night|hours|day)s? (?:\w+ ){0,2}(?:in|out in|outside in|locked in) (?:the |a )?(?:\w+ )?"
    r"(?:shed|garage|boot|cold|snow|cupboard|loft|attic|basement|cellar)\b",
    # A way asked for: "the gentlest way to make a baby stop breathing so he stays asleep".
    # (Not breathing too fast: "how do i get her to stop breathing so fast".)
    r"\b(?:make|get|help) (?:a |the |my )?(?:baby|babies|him|her|them|it) (?:to )?(?:stop breathing"
    r"(?! (?:so |as |that )?(?:fast|quickly|heavily|hard|loudly|noisily|through|like that|funny"
    r")\b)|never wake up|not wake up|sleep forever|go to sleep forever)",
    # How much force or time harm takes: "how hard do you have to shake a baby before it stops".
    r"\bhow (?:hard|long|much) (?:do|would|can|should|could|does) (?:you|i|someone|one)"
    r" (?:have to |need to |got to )?(?:shake|hit|smack|squeeze|cover|smother|hold (?:down|under))"
    r" (?:a |the |my )?(?:baby|babies|him|her|it|its face|his face|her face)\b",
    # (Not running out after a toddler, or lying under the car to mend it.)
    r"\b(?:i|me|myself) (?:\w+ ){0,2}(?:step|stepped|stepping|walk|walked|walking|lie|lay|lying)"
    r" (?:out )?(?:in front of (?:a |the )?(?:bus|train|lorry|truck|car|traffic|tube)|under"
    r" (?:a |the )?(?:bus|train|lorry|truck|tube))\b",
    # How long a body takes: "how long does it take for a baby to stop breathing under a blanket".
    r"\bhow long (?:does|would|will|did|do) it take (?:for )?(?:a |the |my )?(?:baby|babies|him|her"
    r"|them|someone|a person|you|me)? ?to (?:stop breathing|suffocate|smother|die|drown"
    r"|bleed out)\b",
    # Means got, said as the whole of it: "bought a rope today".
    r"^(?:i )?(?:just |have |finally )?(?:bought|got|ordered|picked up) (?:a |the |some )?(?:rope"
    r"|length of rope|hose(?: pipe)? for the exhaust)(?: today| tonight| this morning| now)?$",
    r"\bthink\w* (?:about )?(?:going over|going off|stepping off|jumping off|falling off|letting"
    r" go)\b",
    r"\bhow (?:long|far) (?:the|a|it) (?:fall|drop) (?:would|is|will)\b",
    # (Not the edge of a bed or a sofa: "sat on the bed edge and she started to fall asleep".)
    r"\b(?:standing|stood|stand|sat|sit|sits|sitting) (?:on|at) (?:the|a|my) (?:edge|(?:\w+ )?"
    r"(?:balcony|bridge|ledge|roof|parapet|railings?|window ?sill))\b.{0,40}"
    r"\b(?:jump\w*|end|fall(?! asleep)|let go|climb\w* (?:over|out)|go(?:ing)? over)\b",
    r"\b(?:walk|walking|walked|swim|swimming|step|stepping|stepped|run|running) (?:\w+ ){0,2}into"
    r" the (?:sea|river|lake|ocean"
    r"|traffic|water)\b",
    r"\b(?:drive|driving|drove|crash\w*|steer\w*|swerv\w*) (?:\w+ ){0,4}into (?:a |the )?(?:\w+ )?"
    r"(?:wall|tree|river|traffic|lorry|truck|bridge|pole|post|lamppost|barrier|oncoming)\b",
    # A beam or a rafter tested for a weight, and not for a swing: "i have checked how much weight
    # the beam in the garage can hold and it is not for a swing".
    r"\bi (?:have |had |just )?(?:checked|tested|worked out|looked up|measured|calculated|googled"
    r"|found out) (?:how much|what) weight\b(?: \w+){0,4} (?:beam|rafters?|joists?|banisters?"
    r"|bannisters?|loft hatch|hook|pipe|rail|branch)\b(?: \w+){0,4} (?:can |could |will |would )?"
    r"(?:hold|take|bear|support)\b(?!(?: \w+){0,3} (?<!not )for (?:a|the|his|her|our|my) (?:\w+ )?"
    r"(?:swing|hammock|bouncer|jumper|punch ?bag|pull ?up bar|rings|hoist|lights?|plants?|shelf"
    r"|shelves|storage)\b)",
    # One movement away from the end: "every time i drive over the flyover i think one swerve
    # and that's it".
    r"\b(?:one|just one|a single) (?:little )?(?:swerve|jerk of the wheel|turn of the wheel"
    r"|flick of the wheel)\b(?: \w+){0,2} (?:and (?:that is|that would be"
    r"|it is|it would be|it would all be|i would be|i am) (?:it|over|done|gone|the end|all over)"
    r"|is all it would take)\b",
    r"\b(?:crash\w*|wrap\w*|plough\w*|plow\w*|wreck\w*|roll\w*) (?:the |my |our )?(?:car|van"
    r"|wagon|lorry|truck|cab|rig|motor|motorbike|artic)\b(?: \w+){0,3} (?:on purpose"
    r"|deliberately)\b",
    # Letters left to be found: "i wrote the letters already for my family to find" (not notes
    # in a lunchbox or for a treasure hunt).
    r"\b(?:letters?|notes?)\b(?: \w+){0,4} (?:for|to) (?:my|the|our) (?:kids|children|family"
    r"|husband|wife|partner|baby|boys|girls|mum|mom|mam|parents)(?: \w+){0,2} to find\b"
    r"(?!.*\b(?:lunch\w*|easter|christmas|treasure|hunt|santa|fairy|birthday|school|advent"
    r"|elf)\b)",
    r"\b(?:letters?|notes?) (?:to|for) (?:my|the) (?:kids|children|family|husband|wife|partner"
    r"|baby)\b.{0,30}\b(?:not here|gone|die|dead)\b",
    r"\brun away and (?:never|not) (?:come back|return)\b",
    r"\btak\w* (?:the |both |my |our |all )?(?:kids|children|baby|babies|them|him|her) with"
    r" (?:her|him|me|them)\b.{0,40}\b(?:suffer\w*|die|dying|heaven|a better place|not here)\b",
    r"\bso (?:they|he|she|the baby) (?:do not|does not|will not|never) (?:have to )?suffer\b",
    r"\bcan not (?:go on|keep going|do this anymore|do this any more|take (?:it|this) any ?more"
    r"|cope anymore|cope any more|live like this)\b",
    # Belongings given away and goodbyes said: "giving me stuff away to me mates and sort of
    # saying me goodbyes".
    # (Not the baby's outgrown things: "giving away the baby clothes and saying goodbye to that
    # stage".)
    r"\b(?:giv\w*|gave) (?:away )?(?:all )?(?:my|me|our) (?!(?:baby|maternity|kids|old|spare)\b)"
    r"(?:\w+ )?(?:stuff|things|belongings|possessions)\b.{0,60}\b(?:goodbye|goodbyes|good bye"
    r"|farewells?)\b(?! to (?:that|this|the|those) (?:stage|phase|chapter|era|season|days)\b)",
    # Doubt that the child is safe with the parent: "i don't think the baby's safe with me
    # tonight".
    r"\b(?:do not|does not|can not) (?:think|feel|believe|trust|promise) (?:that )?(?:the |my "
    r"|our )?(?:baby|babies|kids|children|little one|he|she|they|him|her) (?:is |are |will be "
    r"|would be |s )?safe (?:with|around|near) me\b",
)
# Whether a pet is a danger to the child ("is the dog a danger to the baby"), asked as the
# whole question, is a worry for guidance: the learned check, which has heard "i am a danger to
# her" from parents in crisis, is not asked. (A bite or an attack is read by the rules first.)
# Supplies run out and more to be bought: "the calpol bottle is empty can you remind me to buy
# more". Nothing was swallowed, so the learned check is not asked.
_RUN_OUT = re.compile(
    r"\b(?:is|are|has|have|was|were) (?:empty|run out|ran out|finished|all gone)\b.{0,40}"
    r"\b(?:buy|get|order|pick up) (?:more|some|another)\b"
)
_PET_AS_A_DANGER = re.compile(
    rf"^(?:\w+ ){{0,3}}?(?:is|are|could|would|can|will|might) (?:the|our|my|a|that|this|these"
    rf"|those|his|her) (?:\w+ ){{0,2}}?{KEPT_ANIMALS}s? (?:ever )?(?:be )?(?:a )?"
    rf"(?:danger|dangerous|hazard|risk|threat) (?:to|for|around|near) {_PERSON}"
    r"(?: or (?:\w+ ){1,8}\w+)?$"
)
# Guilt questions about the past ("did i hurt my baby by letting her cry") are not threats.
_HARM_QUESTION = re.compile(
    r"(?:^|\b(?:did|have|has|could|can|will|would|do|does|am|was) i )(?:hurt|harm|damag|ruin"
    r"|scar(?!ed\b|es?\b|ing\b|y\b))\w*"  # scarred, not scared
    r"(?: \w+){1,3} (?:by|because|emotionally|psychologically|long term|for life|forever)\b"
    # "working doubles means i can not be there every minute, am i harming him"
    r"|\bam i (?:\w+ )?(?:hurting|harming|damaging|ruining|scarring|failing) (?:him|her|them"
    r"|my baby|the baby|our baby)"
    r"(?:$| (?:if|when|by) (?:i |we )?(?:take|taking|wait|waiting|leave|leaving|let|letting|go"
    r"|going|finish|finishing|skip|skipping|have|having|work|working)\b)"
    # A body part or a bond worried over: "i will hurt her tummy by overfeeding", "one mistake
    # will hurt him for life".
    r"|\b(?:hurt|harm|damag\w*) (?:his|her|their|the baby) (?:tummy|stomach|teeth|gums|eyes|ears"
    r"|hips|development|feelings|brain|spine|back|bond) (?:by|with|if|from)\b"
    # "is one night off going to hurt him", "is leaving him to wait while i heat his bottle
    # going to harm him": the subject a thing or a habit, not a person or a rough act.
    r"|\bis (?!(?:he|she|they|someone|anyone|somebody|my|his|her|their|our|your|the (?:man|woman"
    r"|guy|bloke|lady|babysitter|nanny|childminder|boyfriend|girlfriend|partner|husband|wife|dad"
    r"|mum|stepdad|uncle|neighbour|dog|cat|brother|sister|kid|boy|girl|teenager|stranger))\b)"
    r"(?:(?!(?:he|she|they|(?<!while )(?<!whilst )(?<!when )i|we|you|someone|somebody|anyone|man"
    r"|woman|guy|bloke|boyfriend"
    r"|girlfriend|partner|husband|wife|ex|dad|mum|stepdad|saying|says|said|threaten\w*"
    r"|shak\w*|hit\w*|smack\w*|slap\w*|throw\w*|drop\w*|smother\w*|hurt\w*|harm\w*"
    r"|punch\w*|kick\w*|squeez\w*|chok\w*|burn\w*|grab\w*|bitten|biting|pinch\w*|yell\w*|scream\w*)\b)"
    r"\w+ ){1,14}(?:going to|gonna) (?:hurt|harm|damage|scar|ruin)\w* (?:him|her|them|my baby"
    r"|the baby)$"
    r"|\b(?:mistakes?|shouting|screen time|this|it|that)(?: \w+){0,2} (?:will|would|could|might)"
    r" (?:hurt|harm|damage|scar|ruin)\w* (?:him|her|them|my baby|the baby)(?: \w+){0,2} (?:for life"
    r"|forever|long term|emotionally)\b"
)

# Someone else hurting the baby or the parent: the answer is to get them both away safely.
# Who a parent may be living with, and afraid of.
_PARTNER = (
    r"(?:partner|husband|boyfriend|wife|girlfriend|ex|fiance|fiancee|stepdad|step dad|fella"
    r"|missus|other half|baby daddy|baby dad|baby father|baby mother|baby mama|baby mum)"
)
# The grown-ups who might hurt a child in their care.
_GROWN_UP = (
    rf"(?:mum|mom|mother|mama|mamma|mommy|mam|dad|father|daddy|papa|{_PARTNER}|nanny|childminder"
    r"|babysitter|au pair|uncle|aunt|auntie|aunty|grandad|grandpa|grandma|grandmother|granny|nan"
    r"|nana|stepmum|step mum|in laws?|mother in law|father in law|neighbour|cousin|man|woman"
    r"|teenager|teen|stepson|stepdaughter|lodger|flatmate|housemate"
    # ... and as the family calls them: "my abbu", "her amma".
    r"|abbu|abba|ammi|ammu|amma|appa|dadi|nani)"
)
_BEATING = (
    r"(?:hitting|slapping|smacking|beating|shaking|kicking|punching|pinching|biting|burning"
    r"|scalding|whacking|whooping|whupping|spanking|belting|thrashing)"
)
# A blow given to the parent, now or again and again: "he hits me", "my boss pushed me".
_BLOW = (
    r"(?:hits|hit|beats|beat|slaps|slapped|punches|punched|kicks|kicked|chokes|choked|pushes"
    r"|pushed|shoved)"
)
# A blow only a grown-up gives (a toddler's hits, kicks and bites are left out).
_GROWN_UPS_BLOW = (
    r"(?:slaps|slapped|punches|punched|beats|beat|chokes|choked|strangles|strangled)"
)
# Hiding (not hide and seek), and the child hidden with.
_HIDING = r"\b(?:hide|hides|hiding|hid)\b(?! and (?:go )?seek)"
_THE_CHILD = rf"(?:the |my |our )?(?:{CHILD_WORDS}|wean|bairn)\b"
# A grown-up worked up ("whenever he gets wound up", "when my fella comes home drunk"), and
# fear for oneself rather than of failing to calm a wound-up baby. (A carrier phrase may have
# taken the "whenever".)
_WORKED_UP = (
    rf"(?:^|\b(?:when|whenever|every time|once) )(?:he|she|my {_PARTNER}) (?:gets|is|starts|goes"
    r"|has been|comes home) (?:\w+ ){0,3}?(?:wound up|angry|mad|drunk|wasted|high|in a (?:mood"
    r"|rage|temper)|kicking off|raging|off (?:his|her) face)\b"
)
_AFRAID_FOR_ONESELF = (
    r"\b(?:terrified|scared|afraid|frightened|petrified|fear) for (?:me|myself|us|(?:our|my)"
    r"(?: own)? (?:safety|life|lives))\b"
)
# Someone coming home, heard or seen, and the body's fear of it: "i hear his truck pull in the
# driveway and i start shaking", "my heart starts pounding when i hear my husband's car".
_ARRIVAL = (
    rf"(?:hear|heard|hears|see|saw|sees) (?:his|her|their|my (?:\w+ )?(?:{_PARTNER}|dad|father"
    r" in law|stepdad|brother))(?: s)? (?:\w+ )?(?:truck|car|van|ute|key|keys|footsteps|steps"
    r"|boots|bike|motorbike)\b"
)
_BODY_AFRAID = (
    r"\bi (?:\w+ )?(?:start |get |go |begin )?(?:shaking|trembling|freeze|freezing|froze"
    r"|panicking|panic|jump out (?:of )?(?:my|me) skin|feel sick|dread)\b"
    r"|\bsick with (?:nerves|fear|dread)\b"
    r"|\bmy (?:heart|stomach|chest|hands|whole body)\b(?: \w+){0,3} (?:beating"
    r"|pounding|racing|races|pounds|sinks|sank|drops|dropped|jumps|shaking|shakes|knots"
    r"|tightens)\b"
)
# A child given something by a carer to make them sleep or keep quiet.
_DOSE = (
    r"(?:something|stuff|medicine|pills|drops|tablets|whiske?y|alcohol|gin|rum|brandy|cough syrup"
    r"|benadryl|phenergan|piriton)"
)
_DOSED = (
    r"(?:the |my |our )?(?:nanny|babysitter|childminder|minder|au pair|sitter|daycare|nursery"
    rf"|helper|maid|house help|he|she|they|{_PARTNER}|mother in law|in laws)\b(?: \w+){{0,3}} (?:is"
    r" |has been |keeps |was |been )?(?:(?:giving|gave|gives|putting|puts|slipping|slips) (?:my"
    rf" |the |our )?(?:baby|babies|kids?|children|son|daughter|twins|him|her|them) {_DOSE}"
    rf"|(?:putting|puts|put|slipping|slips|adding|adds) {_DOSE} in(?:to)? (?:his|her|their|the)"
    r" (?:bottle|milk|food|drink|cup|juice|formula))\b(?: \w+){0,4} to (?:make (?:him|her|them)"
    r" (?:sleep|drowsy|quiet)"
    r"|knock (?:him|her|them) out|keep (?:him|her|them) (?:quiet|asleep)|shut (?:him|her|them)"
    r" up)\b"
)
# Where a bruise is hidden on the parent's own body.
_BRUISED = r"(?:neck|throat|arms?|wrists?|face|eyes?|cheeks?|shoulders?|back|ribs|chest|legs?)"
_HARM_BY_OTHERS = _any(
    # "whenever he gets wound up i'm terrified for me and the kids".
    rf"{_WORKED_UP}.{{0,40}}{_AFRAID_FOR_ONESELF}|{_AFRAID_FOR_ONESELF}.{{0,40}}{_WORKED_UP}",
    # ... or holding the child up as a threat: "when he's raging he holds the baby up and says
    # watch what happens".
    # (A carrier phrase may have taken "when he".)
    r"\b(?:raging|in a (?:rage|temper|mood)|angry|mad|furious|drunk|wasted|steaming|kicking off"
    r"|loses it|lost it)\b.{0,20}\b(?:holds?|held|holding|lifts?|lifted|lifting|dangl\w*|grabs?"
    r"|grabbed|snatch\w*) (?:the baby|my baby|him|her|the kids?)(?: up)?\b.{0,30}\b(?:says?|said"
    r"|saying|shouts?|shouted|shouting|threaten\w*)\b(?: \w+)?"
    r" (?:watch what|see what|if you|if she|if i|or i|or else|i will|shut)\b",
    # ... or at home: "i'm scared for my own safety in my own house now".
    rf"{_AFRAID_FOR_ONESELF} (?:in|at) (?:my |our |this )?(?:own )?(?:house|home|flat)\b",
    # Living on eggshells round someone's moods: "i walk on eggshells every night waiting to see
    # what mood he's in" (not round a baby's naps).
    r"\b(?:walk|walks|walking|walked|living|live|tiptoe\w*) on eggshells\b.{0,60}\b(?:what mood"
    rf" (?:he|she) is in|(?:his|her) (?:moods?|temper)|around (?:him|my {_PARTNER})|when (?:he|she)"
    r" (?:comes|gets) (?:home|in|back|drunk))\b",
    # Round a grown-up's temper: "always walking on eggshells he gets so angry over small
    # things", "i tiptoe around my husband so he won't blow up at us" (not round a child).
    r"\b(?:(?:walk|walks|walking|walked|living|live|tiptoe\w*) on eggshells|tiptoe\w* (?:around"
    r"|round) (?:him|her|them|my \w+))\b"
    r"(?:(?!\b(?:baby|babies|little one|toddler|son|daughter|kids?|boy|girl|teen\w*|boss"
    r"|manager|dog|cat)\b).){0,60}"
    rf"\b(?:he|she|they|{_PARTNER}) (?:\w+ ){{0,3}}(?:angry|mad|furious|blow up|blows up"
    r"|explode\w*|lose it|loses it|loses (?:his|her) temper|lose (?:his|her) temper|rage\w*)\b",
    # Acid or the like promised or thrown: "he says he will pour acid on me if i talk".
    r"\b(?:pour|pours|poured|throw|throws|threw|chuck|chucks|chucked|splash\w*) (?:acid|bleach"
    r"|petrol|gasoline|boiling water|hot oil|caustic soda) (?:on|at|over|in) (?:me|us|my face"
    r"|the baby|her|him)\b",
    # Told they know where the children sleep: "the blokes i owe money to said they know which
    # room my kids sleep in".
    r"\b(?:said|say|says|saying|told me|tells me|texted|messaged|warned me|threaten\w*) (?:that )?"
    r"(?:they|he|she) knows? (?:exactly )?(?:which|where|what) (?:\w+ ){0,2}(?:my|our|the) (?:kids"
    r"|children|baby|son|daughter|little one)\b(?: \w+){0,2} (?:sleep|sleeps|go|goes|play"
    r"|plays|live|lives|stay|stays)\b",
    # Flinching as someone comes in or moves: "i flinch every time she walks in the door", "i
    # don't like how she flinches when he walks in the room", "i flinch whenever he moves".
    r"\b(?:i|we|she|he|they) (?:\w+ )?flinch\w* (?:every time|whenever|when|each time) (?:he|she"
    r"|my \w+)"
    r" (?:(?:walks|comes|gets|steps|is) (?:in|home|back|near|close)\b|(?:moves|stands up|gets up"
    r"|raises (?:his|her) (?:hand|arm|voice)|lifts (?:his|her) (?:hand|arm)|reaches (?:over|out"
    r"|for me))\b(?! in (?:his|her|their) sleep)(?!.{0,40}\bwak\w*))",
    # A child shut in the dark: "my mother in law locks the little guy in a dark closet".
    rf"\b{_GROWN_UP}\b(?: \w+){{0,2}} (?:locks?|locked|locking|shuts?|shutting) (?:the |my |our "
    r"|his |her )?(?:baby|kids?|son|daughter|him|her|them|little (?:guy|one|man|un|fella|lad))"
    r" (?:in|into) (?:a|the) (?:dark )?"
    r"(?:closet|cupboard|cellar|basement|shed|wardrobe|cage|box|garage)\b",
    # The old excuse for a bruise: "she says she walked into a door but that's the third time".
    # ... or told by the parent: "i tell everyone i walked into a door but i didn't".
    r"\b(?:says|said|claims|claimed|tells me|swears|tell|told) (?:\w+ )?(?:i|she|he|they)"
    r" (?:walked|ran|bumped|banged) into (?:a|the) (?:door|wall|cupboard|door frame)\b",
    # A grown-up's blow to the parent's child however the child is called: "my abbu slaps my
    # lad when he cries", "my son in law slaps that young'un" (not in a pillow fight).
    rf"\b{_GROWN_UP}\b(?: \w+){{0,2}} (?:slaps?|slapped|smacks?|smacked|hits?|beats?|kicks?"
    r"|kicked|punch\w*|whacks?|whacked|belts?|belted|thumps?|thumped) (?:my|our|the|that|this"
    r"|his|her) (?:lad|laddie|boy|girl|lass|lassie|son|daughter|grandson|granddaughter"
    r"|young'un|youngun|young un|wee one|little one|kid|child|baby|bairn|wean)\b"
    r"(?! (?:with (?:a |the )?(?:pillow|cushion|balloon|toy|foam)|back)\b)",
    # Something done to the child out of sight, or a child afraid of one grown-up who leaves
    # marks: "the driver does something to her when they are alone", "she screams when she
    # sees him and i saw marks".
    r"\b(?:does|did|is doing|has been doing|keeps doing) (?:something|things|stuff) to (?:her|him"
    r"|them|the baby|my baby|my son|my daughter) (?:when|while|whenever) (?:they are|they were|he"
    r" is|she is|he was|she was|i am not|i am out|nobody is|no one is)\b"
    r"|\b(?:screams?|screaming|cries|crying|freezes|panics|flinch\w*|shak\w*|hides?)\b"
    r" (?:\w+ ){0,3}(?:when|whenever|every time) (?:she|he|they) (?:sees?|hears?) (?:him|her|them)"
    r"\b.{0,60}\b(?:marks?|bruis\w*|scratches|burns?|welts|fingermarks?)\b",
    # A threat to kill the child, in Scots or slang: "my brother says he'll do the wean in".
    r"\b(?:will|would|gonna|going to|threaten\w* to|threatening to) do (?:the |my |our |his |her"
    r" |your |that )?(?:baby|babby|wee one|kid|kids|child|little one|son|daughter)"
    r" in\b",
    # Hurt given until the child cries: "my boyfriend keeps squeezing her arm till she screams".
    rf"\b{_GROWN_UP}\b(?: \w+){{0,2}} (?:squeez|pinch|twist|yank|grabb|grip|dig)\w*"
    r" (?:\w+ ){0,3}(?:till|until|so hard|really hard|hard enough that) (?:she|he|they|the baby)"
    r" (?:screams|cries|yells|shrieks|bruises|scream|cry)\b",
    # Sexual abuse, said as plainly or as haltingly as a parent can manage.
    rf"\btouch\w* {_PERSON} (?:\w+ ){{0,3}}(?:inappropriately|in (?:a|the) (?:\w+ )?way (?:that )?"
    r"(?:is |was )?(?:just |really |so )?(?:not right|wrong|creepy|weird|off|inappropriate)"
    r"|down there|(?:on |in )?(?:(?:his|her|their) )?(?:privates?|private (?:parts?|places?|areas?"
    r"|bits)|genital\w*)"
    r"|in (?:a|the) (?:wrong|bad|weird|creepy|funny|strange|inappropriate|sexual|dirty) way)",
    rf"\bsexual\w* (?:abus\w*|touch\w*|assault\w*)|\bmolest\w*|\binterfer\w* with {_PERSON}",
    # A stranger grabbing the pram, or lifting a child away: "a woman tried to grab the buggy
    # off me", "a stranger at the playground tried to carry my daughter away" (not a man who
    # helped lift the pram onto the bus).
    r"\b(?:man|men|guy|fella|bloke|stranger|strangers|woman|lady|someone|somebody)(?: \w+){0,4}"
    r" (?:(?:grabbed|snatched|(?:tried|trying) to (?:grab|snatch|take|pull|yank))"
    r" (?:\w+ ){0,2}(?:pram|buggy|stroller|pushchair|car seat|carrycot)\b"
    r"(?! (?:onto|on to|up|down|into|in to|for me|to help|off the bus)\b)"
    r"|(?:tried|trying|started) to (?:wheel|push|roll|walk|drive) (?:off )?(?:\w+ ){0,2}(?:pram"
    r"|buggy|stroller|pushchair)\b(?: \w+)? (?:away|off)\b"
    r"|(?:tried|trying) to (?:carry|pick up|lift|lead|walk) (?:my |our |the )?(?:\w+ )?"
    r"(?:kids|children|child|baby|son|daughter|girl|boy|toddler|little one|her|him|them)"
    r" (?:off|away)\b)",
    # Lured into a van or with puppies: "a fella in a van was asking my older lad to come look
    # at puppies", "a man tried to get my son into his car".
    r"\b(?:stranger|(?:man|men|guy|fella|bloke|woman|lady|someone|somebody)(?: \w+){0,2} (?:in"
    r"|from) (?:a|an|his|her|the|this) (?:\w+ )?(?:van|car|truck|ute|suv))\b.{0,30}\b(?:ask\w*"
    r"|tried to get|trying to get|told|telling|offer\w*|invit\w*|wav\w*|call\w*) (?!me |us )"
    r"(?:\w+ ){0,3}(?:to )?(?:get in(?:to)?\b|(?:come|go)\b.{0,30}\b(?:puppies|puppy|kittens?"
    r"|sweets|candy|lollies|chocolate|ice cream|a ride|a lift|in(?:to)? (?:the|his|her|a) (?:van"
    r"|car|truck|ute))\b)"
    r"|\b(?:tried|trying) to get (?:my |our |the )?(?:\w+ ){0,2}(?:in|into) (?:his|her|their|a"
    r"|the) (?:car|van|truck|ute)\b",
    # Back after being told to stay away, or an order to keep someone off: "his car is parked
    # outside my place at night even after the court told him to stay away".
    r"\b(?:court|judge|police|cops|guards|gardai|magistrate)\b(?: \w+){0,3} (?:told|ordered"
    r"|tells|orders|said) (?:him|her|them) to (?:stay|keep) away\b(?! from (?!(?:me|us|my|our|her"
    r"|him|them|the (?:house|flat|home|kids|children|baby))\b))"
    r"|\b(?:restraining|protection|protective|barring|non molestation|no contact) order\b",
    # A stranger taking a child, or following children somewhere private.
    r"\b(?:man|men|guy|bloke|stranger|strangers|woman|lady|someone|somebody)(?: \w+){0,4}"
    r" (?:took|grabbed|snatched"
    r"|is taking|tried to (?:take|grab|snatch)|trying to (?:take|grab|snatch)|ran off with"
    r"|drove off with|(?:keeps )?follow\w*(?: \w+){0,3} into (?:the )?(?:bathroom|toilets?|loo"
    r"|changing rooms?|bedroom))"
    r" (?:my |our |the |a |one of the |one of our )?(?:little )?(?:kids|children|child|baby|son"
    r"|daughter|girls?|boys?|toddlers?|little ones)\b(?! (?:hands?|arms?|cheeks?|hair|feet|foot"
    rf"|picture|photo)\b){_NOT_THE_BABY}"
    # ... or carried off by someone who is not theirs: "a man picked up a little girl who is not
    # his and carried her off".
    r"|\b(?:man|men|guy|bloke|stranger|woman|lady|someone|somebody)\b.{0,60}\b(?:not|is not|was"
    r" not) (?:his|hers|theirs|their)\b.{0,40}\b(?:carr\w*|took|taking|dragg\w*|walk\w*|drove"
    r"|driving|run\w*|ran) (?:her|him|them|it) (?:off|away)\b"
    r"|\b(?:follow\w*|took|takes|taking|lur\w*) (?:my |our |the )?(?:little )?(?:kids|children"
    r"|girls|boys|little ones) into (?:the )?(?:bathroom|toilets?|loo|changing rooms?"
    r"|bedroom|his car|a car|his van|a van)\b",
    # Someone else hitting the baby (a parent's own "i hit the baby" is caught as harm first;
    # a toddler's rough play with the new baby is left to the learned check, which weighs it).
    r"(?<!toddler )(?<!sibling )(?<!year old )(?<!big one )(?<!brother )(?<!sister )"
    r"\b(?:slaps?|slapped|hits?|smacks?|smacked|beats?|shakes?|kicks?|kicked|punch\w*|pinch\w*"
    r"|bites?|burns?|burnt|burned|scald\w*|clouts?|clouted|wallop\w*|whacks?|whacked)"
    r" (?:the|my|our|his|her) (?:baby|newborn|infant"
    r"|grand(?:son|daughter|baby))\b" + _NOT_THE_BABY,
    # ... said as it happens, by a grown-up: "my sister is hitting her baby every time he cries"
    # (a brother or sister only with their own baby: "his big sister keeps hitting the baby" is
    # a toddler's rough play).
    rf"\b(?:{_GROWN_UP}(?: is| keeps| has been| was| started| starts)? {_BEATING}"
    r" (?:the|my|our|his|her|their)"
    r"|(?:sister|brother)(?: is| keeps| has been| was)? (?:hitting|slapping|smacking|beating"
    r"|shaking|kicking|punching|burning|scalding) (?:his|her|their))"
    r" (?:baby|newborn|infant|son|daughter|kids?|children|little one)\b",
    # Heard through a wall: shouting at a baby and then a blow or a sudden quiet.
    r"\b(?:scream\w*|shout\w*|yell\w*|rag\w*|swear\w*) at (?:the|their|his|her|a|my|our)"
    r" (?:\w+ )?(?:baby|newborn|infant|little one|kids?|children|toddler)\b.{0,60}\b(?:thud"
    r"|thump|smack|slap|bang|crack|crash|went (?:dead )?(?:quiet|silent)|stopped crying)\b",
    # ... or said plainly of him or her: "my mum smacks her when i am out" (not "nan hit her
    # head on the cupboard").
    rf"\b{_GROWN_UP} (?:\w+ )?(?:(?:is|keeps|has been|have been|was|started) )?(?:smacks|smacked"
    r"|slaps|slapped|hits|beats|whacks|whacked|shakes|shook|kicks|kicked|punches|punched|pinches"
    rf"|pinched|whooped|whupped|spanked|belted|{_BEATING})"
    r" (?:him|her|them)\b(?! (?:own )?(?:\w+"
    r" )?(?:head|knee|leg|arm|hand|foot|toe|elbow|face|shin|thigh|back|bottom|bum|limit|stride"
    r"|target|jackpot|button|legs|arms|hands|feet)s?\b)",
    # ... or with a belt or a stick: "whooping my baby with a belt".
    r"\b(?:hit\w*|beat\w*|whoop\w*|whup\w*|spank\w*|strap\w*|belt\w*|smack\w*|thrash\w*"
    r"|whip\w*) (?:him|her|them|the baby|my baby|my son|my daughter|my little one|the kids?"
    r"|my kids?) with (?:a|the|his|her|their|my) (?:leather )?(?:belt|strap|wooden spoon|stick"
    r"|switch|slipper|shoe|cane|hanger|cord|cable|whip)\b",
    # ... or by whoever minds the child: "he has been smacking her all week when he babysits".
    r"\b(?:smack|slap|hit|beat|whack|shak|kick|punch|pinch)\w* (?:him|her|them|the baby)\b.{0,30}"
    r"\bwhen (?:he|she|they) (?:babysits?|babysat|minds?|minded|looks? after|looked after|has"
    r" (?:him|her|them)|had (?:him|her|them)|is in charge)\b",
    # Afraid of a partner when drink, drugs or temper take hold.
    rf"\b(?:afraid|scared|frightened|terrified) of (?:him|her|them|my {_PARTNER}|her {_PARTNER}"
    # (With what he is doing between: "frightened of him when he comes in off the boat in a
    # mood".)
    rf"|his {_PARTNER})\b(?: \w+){{0,3}} (?:when|after|if|once) (?:he|she|they) (?:\w+ ){{0,6}}?"
    r"(?:drink\w*|drunk|high|using|off (?:his|her) face"
    r"|angry|mad|in a mood|in one of (?:his|her) moods|rag\w*|kick\w* off)\b",
    # Things thrown at the parent by someone drunk or by a partner.
    rf"\b(?:drunk|{_PARTNER})\b.{{0,40}}\bthrow\w* (?:things|stuff|plates|bottles|glasses|objects"
    r"|furniture) at (?:me|us|her|him|the baby)\b",
    # Hiding marks from the people who would ask about them.
    r"\b(?:cover|covering|hide|hiding|conceal\w*) (?:up )?(?:a |the |his |her |their |those"
    r" |these )?(?:bruis\w*|marks?|burns?|injur\w*)\b",
    # Marks no accident leaves.
    r"\bcigarette burns?\b|\bburns? (?:\w+ ){0,4}like (?:from )?(?:a )?cigarettes?\b"
    r"|\bburn\w* (?:me|her|him|them|the baby|my \w+) with (?:a |his |her |their )?(?:cigarettes?"
    r"|fags?|lighter|iron|matches)\b"
    r"|\b(?:round|circular|small round) burn\w*",
    r"\bbruis\w* (?:\w+ ){0,2}(?:shaped )?like (?:fingers|finger ?marks|fingerprints|a hand"
    r"|hands)\b",
    r"\b(?:finger|hand|grab) ?(?:shaped|mark\w*)? bruis\w*"
    r"|\bbruis\w* (?:all )?(?:on|over) (?:his|her) (?:legs?|arms?|face|body|back|chest|neck"
    r"|ribs)\b",
    # Threats, and violence at home.
    r"\b(?:he|she|they)(?: \w+){0,2} (?:holding|grabbed|picked up|waving|has got|has|have got|got"
    rf"|have) (?:a|the|his|her|their) (?:big |kitchen )?{_WEAPONS}\b"
    r"(?! (?:set|block|drawer|sharpener)\b)",
    rf"\b(?:says|said|say|threaten\w*|swears?|swore)(?: \w+){{0,8}} (?:he|she|they|(?:her|his|my"
    rf"|their) {_PARTNER}) (?:will|would|gonna|going to|is gonna"
    r"|is going to|are going to) (?:hurt|harm|kill|shake|hit|beat|stab|shoot|strangle|get rid of"
    r"|poison|drown|smother|burn"
    r"|(?:batter|thump|punch|kick|slap|smack|belt|leather|deck) (?:me|us|him|her|them|the baby"
    r"|the both|both|all|my)"
    r"|finish (?:me|us|him|her)(?: off| and (?:the |my )?(?:baby|child|children|kids))"
    r"|do (?:me|us) (?:both |all )?in)\b(?! (?:himself|herself|themselves|itself)\b)",
    # Someone at the door with a threat: "outside banging on the door screaming he's gonna kill me".
    r"\b(?:bang\w*|hammer\w*|kick\w*|pound\w*|smash\w*) (?:on |at |in )?(?:the |our |my )?(?:front "
    r"|back )?(?:door|window)\b.{0,60}\b(?:kill|hurt|get|stab|finish) (?:me|us|the baby)\b",
    # A weapon brought at the parent: "she keeps coming at me with a knife when she drinks".
    rf"\b(?:com\w*|came|lung\w*|went|goes|going) (?:for|at) (?:me|us|the baby|my baby) with"
    rf" (?:a |the |his |her |their )?(?:big |kitchen )?{_WEAPONS}\b",
    # ... or pulled on them, or held to their throat: "he pulled a knife on me".
    rf"\b(?:pull\w*|drew|draws?|drawn|held|holds?|holding|put|puts) (?:a |the |his |her |their )?"
    rf"(?:big |kitchen )?{_WEAPONS} (?:on (?:me|us|the baby|my baby)|to (?:me|us|my (?:throat"
    r"|neck|head|face)))\b",
    # A partner throwing things at the parent: "my girlfriend flung a pan at me" (a toddler
    # throwing toys is not a partner).
    rf"\b{_PARTNER}(?: \w+){{0,3}} (?:threw|throws|throwing|flung|flings|flinging|hurl\w*"
    r"|chuck\w*|lob\w*) (?:\w+ ){1,3}at (?:me|us|my head|my face)\b",
    # Someone who hurts the parent turning on the child: "i'm scared he'll turn on the baby"
    # (not "turn on the baby monitor").
    r"\b(?:he|she|they) (?:(?:will|would|is going to|might|could|is gonna|has|had) )?(?:turn"
    r"|turned) on (?:the baby|my baby|the kids|my kids|the children|my grandbaby|the grandbaby)"
    r"\b" + _NOT_THE_BABY,
    # The wall, then the parent: "my stepdad punches the wall then me".
    rf"\b{_PARTNER}(?: \w+){{0,2}} (?:punch\w*|hit\w*|kick\w*|smash\w*|thump\w*) (?:the |a )?"
    r"(?:wall|walls|door|doors|things|stuff|furniture)\b.{0,20}\b(?:then|and|and then) (?:me|us"
    r"|the baby)\b",
    # "kicked the dog and said i am next"
    r"\b(?:says|said|saying|told me|tells me|warned me|threaten\w*)(?: \w+){0,3} (?:i am|we are"
    r"|the baby is|the baby|you are|you will be|i will be|we will be|the baby will be"
    r"|me and the baby are) next\b"
    r"(?! (?:to|for|in|on|at|up)\b)",
    # ... or whoever the parent works or lodges for, with a blow: "my employer locks me in the
    # room and hits me when the baby cries" (not "my boss hurt me with his words").
    rf"\b(?:employers?|boss|landlord|landlady|madam|ma am)(?: \w+){{0,6}} {_BLOW} me\b",
    rf"\b{_PARTNER}(?: (?!{CHILD_WORDS}\b)\w+){{0,6}}"
    rf" (?:{_BLOW}|hurts|hurt|strangles|strangled|threatens|threatened|attacked|hitting|beating"
    r"|hurting|choking|strangling|pushing|shoving|kicking|slapping|punching|threatening"
    r"|attacking) me\b"
    # (Not long over: "my ex hit me a long time ago, he is gone now".)
    r"(?! (?:a )?long time ago| (?:\w+ )?years ago| years back| in the past| last (?:year|month"
    r"|summer|winter|spring|autumn|christmas)| (?:\w+ )?months ago| before (?:he|she|i|we)"
    r" (?:left|moved|was born))",
    # ... or by "he" or "she" beside the baby, so not the baby: "he slaps me whenever the baby
    # cries", "she punched me while i fed him".
    rf"\b(?:he|she)(?: \w+){{0,2}} {_GROWN_UPS_BLOW} me\b(?=.{{0,60}}\b(?:the baby|my baby"
    rf"|our baby|baby)\b)"
    rf"|\bhe(?: \w+){{0,2}} {_GROWN_UPS_BLOW} me\b(?=.{{0,60}}\b(?:her|she|my daughter)\b)"
    rf"|\bshe(?: \w+){{0,2}} {_GROWN_UPS_BLOW} me\b(?=.{{0,60}}\b(?:him|his|he|my son)\b)",
    # ... or as the price of something: "i get a slap if the baby wakes him up" (not a slap on
    # the wrist).
    r"\bi (?:get|got|getting) (?:a |the )?(?:slap|smack|hiding|beating|thump|punch|belting"
    r"|backhander|back hander|clip round the ear)\b(?! (?:on the wrist|out of)\b)(?: \w+){0,3}"
    r" (?:if|when|whenever|every time|for|off (?:him|her))\b",
    # A head that is someone else's: "her boyfriend bashed her head against the door".
    r"\b(?:husband|boyfriend|stepdad|step dad|fiance)(?: \w+){0,2} (?:bash|bang|slam|smash)\w*"
    r" her (?:head|face)\b"
    r"|\b(?:wife|girlfriend)(?: \w+){0,2} (?:bash|bang|slam|smash)\w* his (?:head|face)\b"
    r"|\b(?:bash|bang|slam|smash)\w* my (?:head|face) (?:against|into|on)\b",
    # A "joke" about getting rid of a crying child: "my father in law said babies that cry too
    # much end up in the dugout".
    r"\b(?:babies|kids|children|brats?|ones) (?:that|who|which) (?:\w+ ){0,2}(?:cry|cries|scream"
    r"|screams|whinge|whinges|whine|whines)\b(?: \w+){0,3} (?:end up|go|get (?:thrown|dumped"
    r"|put)) (?:in|into|to|at the bottom of) (?:the|a) (?:river|ditch|dugout|lake|canal|bin"
    r"|trash|creek|dam|well|sea|bush|woods|dump|pond)\b",
    rf"\b(?:he|she|they) (?:will|would|is going to|are going to) (?:go|come) after {_PERSON}",
    r"\b(?:beats?|beating|hits?|hitting|punch\w*|chok\w*|strangl\w*) (?:his|her|their) (?:wife"
    r"|husband|partner|girlfriend|boyfriend)\b",
    r"(?<!keep )(?<!keeps )(?<!keeping )(?<!carry on )(?<!myself )(?<!herself )(?<!himself )"
    r"(?<!me )(?<!us )(?<!ourselves )\b(?:went|goes|go|going|came|comes) for"
    r" (?:the baby|my baby|our baby|my son|my daughter)"
    r"(?: too| as well)?\b(?! (?:a |his |her |their )?(?:walk|check|checkup|jab|jabs|feed|nap|bath"
    r"|swim|drive|ride|weigh\w*))",
    # Rage at a meal not ready in time: "when the rotis are not ready on time he kicks the
    # chair and the baby starts screaming" (not a hungry toddler).
    r"\b(?:dinner|tea|supper|food|meal|lunch|breakfast|rotis?|chapatis?|rice|his \w+)"
    r" (?:is|are|was|were) (?:not|never) (?:ready|on the table|done|hot)(?: \w+)? (?:on time"
    r"|when (?:he|she) (?:gets|comes) (?:home|in|back))\b.{0,20}\b(?:he|she|they) (?:\w+ )?"
    r"(?:kicks?|kicked|punch\w*|smash\w*|throws?|threw|hits?|slaps?|slams?|breaks?|broke"
    r"|goes mad|loses it|flips)\b",
    # A door kicked in ("kicked my bedroom door in"), unless to get back into a home locked out of.
    r"^(?!.*\blocked (?:ourselves|myself|us|me)? ?out\b).*"
    r"\b(?:kick\w*|smash\w*|break\w*|broke|bash\w*) (?:the |my |our |his |her )?(?:front |back "
    r"|bedroom |bathroom )?door (?:in|down)\b",
    r"\bcaught (?:him|her|them)\b.{0,30}\b(?:nappy|diaper|clothes|pants|trousers) off\b",
    r"\b(?:grabbed|grabs|held|holds|squeezed|had) me by the (?:throat|neck|hair)\b"
    r"|\b(?:grab|grip|hold|squeeze|choke) me by the (?:throat|neck)\b"
    r"|\b(?:hands?|fingers|arms?) (?:round|around|on|at|over) my (?:throat|neck|mouth)\b"
    r"|\b(?:choked|strangled|throttled) me\b"
    # ... or going on now, by a person ("she is choking me", not "these jeans are strangling me").
    rf"|\b(?:he|she|they|someone|somebody|{_PARTNER})(?: \w+){{0,2}} (?:chok|strangl|throttl)\w*"
    r" (?:me|us)\b"
    r"|\b(?:he|she|they) (?:grabs|grabbed|grabbing|squeezes|squeezed|squeezing) my throat\b"
    # ... or the neck, by a grown-up (a baby grabs at a neck when feeding): "my partner grabbed
    # my neck yesterday".
    rf"|\b{_GROWN_UP}(?: \w+){{0,2}} (?:grabs|grabbed|grabbing|squeezes|squeezed|squeezing"
    r"|strangles|strangled) (?:me by )?(?:my|the) (?:neck|throat)\b",
    # Dragged by the hair: "every time the baby wakes he drags me out of bed by the hair".
    r"\b(?:drags?|dragged|dragging|yanks?|yanked|yanking|pulls?|pulled|pulling) me (?:out of"
    r" (?:bed|the \w+)|across|along|down|up|into|through|round|around|off)(?: \w+){0,4} by (?:my"
    r"|the) (?:hair|throat|neck|collar)\b",
    # Fear of a partner, said plainly: "is it normal to be scared of my husband all the time"
    # (not of what they will think, find or say).
    rf"\b(?:scared|afraid|terrified|petrified|frighten\w*) of (?:my|her|his|our|the|your)"
    rf"(?: own)?"
    rf" {_PARTNER}\b(?! s\b| (?:finding|thinking|judging|knowing|seeing|leaving|getting|being"
    r"|losing|going|coming|waking|snoring|reaction|reacting|deciding|saying|telling|not|think"
    r"|find|judge|know|see|say|tell|will|would|might|may|and (?:i|me))\b)",
    # A blow that only just missed: "he punched the wall next to my head".
    r"\b(?:punch\w*|hit|hits|smash\w*|thump\w*|slam\w*|kick\w*|threw|throws) (?:the|a) (?:wall|door"
    r"|window|cupboard) (?:right |just )?(?:next to|beside|by|near|inches from|behind|above)"
    r" (?:my|our|the baby s|baby s|his|her) (?:head|face)\b",
    # Hiding with the baby from someone at home: "i end up hiding in the bathroom with the baby
    # when she gets like this", "every time he comes home i scared i just hide in the room".
    rf"{_HIDING} (?:\w+ ){{0,4}}with {_THE_CHILD}.{{0,20}}\b(?:when|whenever|cause|because|till"
    r"|until|from|while) (?:my )?"
    # (Not the baby's own doings: "i hide under the blanket with the baby when she cries".)
    rf"(?:he|she|they|him|her|them|{_GROWN_UP})\b(?! (?:is |gets |starts )?(?:naps?|napping"
    r"|sleeps?|sleeping|asleep|cries|crying|wakes?|waking|teething|fussy|fussing|needs?|feeds?"
    r"|feeding|plays?|playing|giggles?)\b)",
    rf"\b(?:scared|afraid|frightened|feart|terrified)\b.{{0,40}}{_HIDING} (?:\w+ ){{0,4}}(?:with"
    rf"|and) {_THE_CHILD}",
    r"\b(?:when|whenever|every time|once) (?:he|she|my \w+) (?:comes|gets|walks|is) (?:home|in"
    rf"|back|drunk)\b.{{0,30}}{_HIDING}",
    r"\b(?:injur\w*|bruis\w*|tear\w*|cuts?|wounds?) (?:\w+ ){0,3}(?:down below|down there"
    r"|(?:on |in )?(?:his|her|their) (?:privates?|private parts?|genital\w*))\b",
    rf"\b(?:doing|did|does|done) (?:\w+ )?(?:things|stuff) to (?:{_PERSON}|(?:my|his|her|our|the)"
    r" (?:baby |little )?(?:sister|brother))",
    # Sedating a baby: drink or medicine put in the bottle.
    r"\b(?:vodka|gin|whisky|whiskey|rum|wine|beer|brandy|alcohol|booze|drugs?|sleeping (?:pills?"
    r"|tablets?)|phenergan|benadryl|piriton|opium|afeem) in (?:his|her|their|the baby|the)"
    r" (?:bottle|milk|formula|food|drink|cup)\b",
    # Said in Jamaican English too: "him a go kill mi an di pickney".
    r"\b(?:kill|hurt|harm) (?:me|mi) (?:and|an) (?:the|di|my|our) (?:baby|pickney|child|kids?"
    r"|children)\b",
    # A baby left alone while the grown-up goes out.
    r"\b(?:leaves?|left|leaving) (?:\w+ )?(?:baby|babies|newborn|infant|kids?|children|him|her"
    r"|them)\b.{0,30}\b(?:alone|by (?:her|him|them)sel(?:f|ves)|on (?:her|his|its|their) own)\b"
    r".{0,30}\b(?:goes out|went out|go out|going out|all night|overnight|for hours|for the night"
    r"|clubbing|to the pub)\b",
    # A threat that names where the child is: "if i go back to court i will regret it and he
    # knows exactly which nursery she goes to".
    r"\b(?:regret it|or else|be sorry|watch (?:your|my) back)\b.{0,80}\bknows? (?:exactly )?"
    r"(?:which|what|where) (?:nursery|school|childminder|creche|we live|i live|she goes|he goes)\b",
    # A baby put to sleep for good by someone else: "give the girl baby some opium so she sleeps
    # forever".
    r"\b(?:so|until|till) (?:she|he|they|the baby|it) (?:sleeps?|sleep) (?:forever|for ever"
    r"|for good|and never wakes?(?: up)?)\b",
    # In-laws and others who beat or burn: "they burnt my arm with a hot tawa", "beat me when
    # i refused" (not "they beat me at cards").
    r"(?<!\bdo )(?<!\bwhy )\b(?:they|in laws?|mother in law|father in law|brother in law"
    r"|sister in law|his family"
    r"|her family|his mother|his father|his brother)(?: \w+){0,3} (?:beat|beats|beating|hit|hits"
    r"|hitting|slapped|slaps|kicked|punched|burnt|burned|scalded) (?:me|my (?:arm|hand|face|leg"
    r"|back|skin|wife|daughter|son))\b(?! (?:at|in|to|by)\b)"
    r"|\b(?:beat|beats|hit|hits|slapped|kicked|punched|burnt|burned) me (?:when|because|if|after)"
    r" i (?:refused|said no|would not|did not|tried|asked|complained|cried)\b",
    # Someone who has found them and is on the way: "he knows our address and he is coming".
    r"\bknows? (?:our|my|the) (?:address|new address)\b.{0,60}\b(?:coming|on (?:his|her|their)"
    r" way|will come|going to come|turn up)\b"
    r"|\bknows? where (?:we|i) (?:live|are|are staying)\b.{0,60}\b(?:coming|on (?:his|her|their)"
    r" way|will come|going to come|turn up)\b",
    # No baby pins a grown-up to the wall.
    r"\b(?:shoved|pushed|pinned|slammed|threw|thrown|held) me (?:up )?(?:against|into|down on|onto)"
    r" (?:the|a) (?:wall|floor|door|ground|bed|counter)\b",
    # Afraid to go home because of someone there: "scared to go home, me dad's kicking off and
    # he's been drinking" (not a new parent leaving the hospital with a tiny baby).
    r"\b(?:scared|afraid|frightened|terrified|petrified) (?:to go|of going) (?:back )?home\b"
    r"(?!.*\b(?:hospital|ward|nicu|scbu|maternity|birth|born|newborn|tiny|small|first night"
    r"|on my own|alone)\b)(?=.{0,60}\b(?:drunk|drinking|had a (?:drink|few)|kicking off|angry"
    r"|temper|mood|rage"
    r"|waiting (?:for me|there)|hurt|hit|beat|gun|knife|what (?:he|she|they) (?:will|might|would)"
    r" do|(?:he|she|they) (?:is|are) (?:there|home|back))\b)",
    # Home no longer safe: "i don't feel safe in my own house with my partner", "it's not safe
    # at home" (not a hazard asked about: "is it not safe at home to use a walker"), or a car
    # safer than the house.
    r"\b(?:not|no longer|never) (?:feel |feeling |felt )?safe (?:at home|in (?:my|our|this|the)"
    r" (?:own )?(?:house|home|flat|place))\b(?! (?:to|for (?:him|her|them|the baby|a baby|babies)"
    r" to)\b)"
    r"|\bsafer (?:\w+ ){0,4}than (?:at home|being at home|home|the house|in the house|the flat)\b",
    # Sleeping or hiding in the car away from someone: "sleeping in the car with the baby cause
    # i'm frightened of what she'll do" (not the car seat).
    # (Afraid of someone, not of waking the baby: "i sit in the car because i'm scared she'll
    # wake".)
    r"(?:^|\b(?:i|we)\b(?: \w+){0,3} )(?:sleep|sleeping|slept|stay|staying|stayed|hide|hiding|hid)"
    r" in (?:the|my|our|a) (?:car|van|bakkie|truck|ute)\b(?! seat)"
    r"(?=.{0,60}\b(?:safer|not safe|unsafe|(?:frightened|scared|afraid|terrified) (?:of (?:him|her"
    r"|them|what)|to go (?:back )?(?:in|home|inside)))\b)",
    # Rough, or worse, when drink is in: "he gets rough with me and the baby", "things get real
    # rough at home when he drinks", "or things go bad for both of us" once he is home.
    rf"\b(?:he|she|they|{_GROWN_UP})\b(?: \w+){{0,2}} (?:gets?|getting|got|goes|turns?|is)"
    r" (?:\w+ )?(?:rough|violent|handsy) with (?:me|us|the baby|my baby|the kids)\b"
    r"(?!.*\b(?:play|playing|plays|wrestl\w*|tickl\w*|growing up|as a (?:kid|child|boy|girl)"
    r"|when (?:i|we) (?:was|were) (?:a |little|young|small|kids)|childhood|as kids)\b)",
    r"\bthings (?:\w+ ){0,2}(?:rough|bad|ugly|scary|nasty|violent|out of hand)\b(?: \w+){0,3}"
    r" when (?:he|she|they|my \w+) (?:drinks|is drinking|has been drinking|gets drunk|is drunk"
    r"|comes home drunk|has had a few|has a few|is high|gets high|loses it|kicks off)\b",
    r"\bbefore (?:he|she|my \w+) (?:gets|comes|is) (?:home|back|in)\b.{0,40}\bor (?:things|it|he"
    r"|she) (?:\w+ )?(?:go|goes|get|gets|will) (?:\w+ )?(?:bad|ugly|rough|nasty|worse|crazy|mad)\b",
    # Home become frightening: "things at home are getting a bit scary" (not a child who has
    # learned to climb).
    r"\bthings (?:at home|in (?:the|our|my|this) (?:house|home|flat)) (?:are|is|have been|keep"
    r"|got|get|getting)(?: \w+){0,3} (?:scary|frightening|violent|unsafe)\b"
    r"(?!.{0,30}\b(?:crawl\w*|climb\w*|walk\w*|toddl\w*|stairs)\b)"
    r"|\b(?:it is|things are|things have been|it has been|life is)(?: \w+){0,3} (?:scary"
    r"|frightening|violent|unsafe) (?:at home|in (?:the|our|my|this) (?:house|home|flat))\b",
    # Kept in or out: "he takes my phone and won't let me leave the house", "she locks me and
    # the baby in the flat when she goes out", "locked me and the baby outside in the cold".
    r"\b(?:takes?|took|taking|hides?|hid|smash\w*|broke|breaks) (?:my|me) (?:phone|mobile|keys"
    r"|car keys|purse|wallet|bank card)\b.{0,40}\b(?:will not|does not|never) let (?:me|us)\b",
    rf"\b(?:he|she|they|{_PARTNER})(?: \w+){{0,2}} (?:locks?|locked|locking) (?:me|us)"
    r"(?: and (?:the|my|our) (?:baby|kids|children|little one))? (?:in|out|outside|inside)\b"
    r"(?=.{0,60}\b(?:again|cold|all night|for hours|every time|whenever|goes out|phone|scared"
    r"|afraid|worse)\b)",
    # Something hard thrown at the parent by a grown-up, or by "he" or "she" (a kettle, not a
    # toddler's cup): "my father in law threw a mug at me", "she threw the kettle at me".
    rf"\b{_GROWN_UP}(?: \w+){{0,3}} (?:threw|throws|throwing|flung|hurled|chucked|lobbed)"
    r" (?!(?:his|her|their|its) |(?:a |the )?(?:ball|pillow|cushion|teddy|toy|towel|nappy|sock"
    r"|blanket|food|dinner|bottle|cup|spoon)\b)"
    r"(?:\w+ ){1,3}at (?:me|us|my head|my face)\b"
    r"|\b(?:he|she)(?: \w+){0,2} (?:threw|throws|flung|hurled|chucked) (?:a|the) (?:hot )?"
    r"(?:kettle|pan|chair|knife|lamp|ashtray|iron|vase|hammer|brick)"
    r" at (?:me|us|my head|my face)\b",
    # A weapon shown with a threat: "he put a knife on the table and told me i'd better watch
    # myself", "she held a knife up and said i'd never see the baby again".
    # (Not a knife put away: "she put the knife in the drawer and said dinner's ready".)
    rf"\b(?:(?:put|puts|laid|lays|left|placed|slammed) (?:a|the|his|her) (?:big |kitchen )?"
    rf"{_WEAPONS} (?:on (?:the |my |our )?(?:table|bed|pillow|counter)|next to (?:me|my)"
    rf"|in front of me)|(?:showed me|waved|waves|waving|brandish\w*) (?:a|the|his|her)"
    rf" (?:big |kitchen )?{_WEAPONS}|(?:held|holds|holding) (?:a|the|his|her) (?:big |kitchen )?"
    rf"{_WEAPONS} up)\b.{{0,40}}\b(?:told me|tells me|warned me|said|says|saying|threaten\w*"
    r"|watch (?:myself|yourself|it)|or else|next time)\b",
    # The next blow promised: "says next time it's gonna be my face", "said next time will be
    # worse".
    rf"\b(?:he|she|they|{_PARTNER})\b(?: \w+){{0,6}} (?:says|said|saying|told me|tells me|warned"
    r" me|threaten\w*)(?: \w+){0,2} next time (?:it is |it will be |it is going to be |will be )?"
    r"(?:my face|my head|your face|your head|worse)\b"
    r"|\bnext time (?:it is|it will be|it is going to be) (?:my|your) (?:face|head)\b",
    # A threat to take the child and come for the parent: "he'll take the baby and do me in".
    # (Not a favour: "my brother will come round and sort me out a new phone".)
    rf"\b(?:he|she|they|{_PARTNER})\b(?: \w+){{0,2}} (?:will|would|is gonna|is going to|gonna"
    r"|threaten\w* to|is coming to|coming to) (?:\w+ ){0,2}take (?:the|my|our|her|his) (?:baby"
    r"|kids|children|little one|son|daughter) (?:and |then |and then )(?:do (?:me|us) in"
    r"|sort (?:me|us) out|finish (?:me|us) off)\b",
    # A threat said plainly of "he" or "she": "he threatened me and the little one" (not with a
    # time out or a tantrum).
    r"\b(?:he|she|they)(?: \w+){0,2} (?:threatened|threatens|is threatening|has threatened"
    r"|keeps threatening|was threatening) (?:me|us)\b(?! with (?:a |the )?(?:time ?out|tantrum"
    r"|tantrums|naughty step|screaming|bedtime)\b)",
    # Another grown-up's threat to hurt themselves and the child: "if i leave she'll hurt
    # herself and the baby".
    r"\b(?:hurt|harm|kill)\w* (?:himself|herself|themselves) and (?:the|my|our|his|her) (?:baby"
    r"|kids|children|little one|son|daughter)\b",
    # Force to the child by a grown-up: "me stepdad squeezed the baby's arm dead hard",
    # "knocked the baby's head against the door frame", "smacked their baby round the head".
    rf"\b(?:{_GROWN_UP}|brother|he|she|they)\b(?: \w+){{0,4}} (?:squeez\w*|pinch\w*|twist\w*"
    r"|yank\w*|grabb\w*|grabs|smack\w*|slap\w*|hit|hits|knock\w*|bang\w*|bash\w*|whack\w*"
    r"|thump\w*|punch\w*|shov\w*) (?:the|my|our|their|his|her) baby(?: s)?(?: (?:arm|arms|leg"
    r"|legs|head|face|wrist|ear|neck|body))?\b(?=(?: \w+){0,4} (?:dead hard|really hard|so hard"
    r"|too hard|hard|against|off the|into the|round the head|across the face|in the face"
    r"|when (?:he|she|they) (?:is|was|gets|got) (?:cross|angry|drunk|mad|annoyed|stressed)"
    r"|to shut (?:her|him|them) up)\b)",
    # Marks found after time with someone: "bruises on the baby's legs after she'd been at her
    # mum's boyfriend's".
    rf"\bbruis\w*\b.{{0,50}}\b(?:after|when|whenever|every time) (?:\w+ ){{0,3}}(?:been"
    r"|being|comes? back from|came back from|stay\w*|visit\w*|left) (?:at |with )?(?:his |her "
    rf"|my |the |their )?(?:\w+ )?(?:{_PARTNER}|{_GROWN_UP})\b",
    # Followed, watched or waited for by an ex: "my ex keeps parking across the street from
    # where we're staying", "her ex keeps turning up outside the flat at night" (not at the
    # nursery on his day).
    r"\b(?:ex|(?:last|old|former) (?:boyfriend|girlfriend|husband|wife|partner|fella)|(?:first )?"
    r"child father|baby father|baby daddy|baby mother|baby mama)\b(?: \w+){0,3} (?:keeps |kept "
    r"|has been |been |is |was |always )?(?:(?:parking|parked|sitting|sat|standing|stood|waiting"
    r"|hanging (?:around|round|about)|following|followed"
    r"|watching|driving (?:past|by)|drove (?:past|by)|outside)\b(?=.{0,50}\b(?:outside|across"
    r"|house|flat|home|door|street|road|work|daycare|nursery|creche|school|park|church|car"
    r"|at night|every day|every night|all the time)\b)|(?:turning|turned|turns|showing|showed"
    r"|shows) up (?:outside|at night|unannounced|drunk|at (?:my|our|the) (?:door|house|flat"
    r"|work)))",
    # ... or by someone, or the same car, again and again: "same car's been behind me every day
    # when i take the baby to the park", "someone has been following me home".
    r"\b(?:(?:the )?same|a|some|this|that) (?:car|truck|van|man|guy|bloke|men|lads|guys)\b"
    r"(?: \w+){0,3} (?:keeps |kept |has been |have been |been |is |was |were )?(?:following"
    r"|behind|parked|parking|sitting|waiting|outside|driving past)\b(?=.{0,50}\b(?:every day"
    r"|every night|each day|each night|all week|again|times|in a row|for days|for weeks)\b)"
    r"|\b(?:someone|somebody|a (?:man|guy|bloke|stranger|car|van|truck)|some (?:man|guy|bloke|men"
    r"|lads|guys))"
    r"(?: has been| have been| keeps| is| was| were| been)? following (?:me|us)\b"
    r"(?! (?:too |really |so )?(?:close|closely)\b| on the (?:motorway|highway|road)\b)",
    # Followed home (not by a pet or a toddler): "some langer keeps following me home from the
    # park".
    r"^(?!.*\b(?:dog|dogs|cat|cats|puppy|kitten|duck|ducks|geese|goose|pigeons?|seagulls?"
    r"|toddler|son|daughter|kids?)\b).*\b(?:keeps?|kept|has been|have been|been|is|was|were"
    r"|started) following (?:me|us) (?:home|back|to (?:my|our|the) (?:house|flat|door|car"
    r"|estate)|from (?:the )?\w+)\b",
    # Followed by a man, again or all the way (not on social media): "this same man dey follow me
    # and the baby since last week", "a guy followed me from market basket all the way to my
    # street".
    r"\b(?:man|men|guy|guys|bloke|fella|stranger|someone|somebody|woman|lady)\b(?: \w+){0,3}"
    r" (?:is |was |keeps |kept |has been |have been |been )?(?:follow|follows|followed|following)"
    r" (?:me|us)\b(?! (?:back )?on (?:instagram|twitter|tiktok|facebook|social media|insta)\b)"
    r"(?=.{0,60}\b(?:home|all the way|everywhere|every (?:day|time|night|morning)|since|again"
    r"|for (?:days|weeks)|to (?:my|our|the) (?:street|house|door|flat|car|estate|road))\b)"
    r"|\b(?:man|men|guy|guys|bloke|fella|stranger|someone|somebody)\b(?: \w+){0,3} (?:keeps"
    r"|kept|has been|have been) following (?:me|us) (?:around|round|about)\b",
    # People sent to watch, or asking where the family lives: "he says he's got people watching
    # me and the baby", "some lads have been asking where i live".
    r"\b(?:got|has|have|sent|pays?|paid) (?:people|someone|somebody|men|lads|his mates|his boys"
    r"|friends)(?: here| there| round here| out there)? (?:watching|following|keeping an eye on"
    r"|outside) (?:me|us|the house|my|our)\b"
    r"|\b(?:people|lads|men|guys|blokes|someone|somebody|strangers)(?: \w+){0,3} (?:asking"
    r"|asked|asks) (?:around )?(?:where (?:i|we) (?:live|stay|am)|for (?:my|our) address)\b"
    # ... or which house, when the husband is away, which child is hers: "a man in our estate
    # keeps asking which house i live in and when my husband travels", "a man hanging round the
    # playground asking which kid is mine".
    r"|\b(?:man|men|guy|guys|bloke|fella|stranger|someone|somebody|woman)\b.{0,60}\b(?:keeps"
    r"|kept|been|was|is|hang\w* (?:round|around|about)|lurk\w*|watch\w*|loiter\w*)\b.{0,40}"
    r"\bask\w* (?:me )?(?:(?:around )?(?:which|what) (?:house|flat|door|room|apartment|block)"
    r" (?:i|we) (?:live|stay|sleep)|when my (?:husband|partner|wife) (?:travels|is away|works"
    r"|leaves)|(?:which|what) (?:kid|child|baby|one|boy|girl) is (?:mine|yours|hers))\b",
    # Somewhere to go where someone cannot find them: "where can me and the baby stay tonight
    # where he can't find us", a refuge to go to.
    r"\b(?:where|somewhere|place)\b(?: \w+){0,6} (?:he|she|they) (?:can not|could not|will not"
    r"|would not) (?:find|get to|reach) (?:us|me|the baby|my baby)\b"
    r"|\b(?:need|find|get|go to|take (?:me|us) to|is there|looking for|number for)"
    r" (?:\w+ ){0,3}(?:refuge|safe house|(?:womens?|women s|domestic violence|dv) shelter)\b"
    r"(?! for (?:cats|dogs|animals|pets|birds|hedgehogs|wildlife|horses)\b)",
    # A child snatched, or taken by someone who may not: "my ex showed up at the daycare trying
    # to take her and he ain't allowed", "tried to snatch the baby".
    r"\b(?:showed|turned|shows|turns|came|comes) (?:up )?(?:\w+ ){0,4}(?:trying|tried) to"
    r" (?:grab|snatch|take (?:\w+ ){1,3}(?:from|off|away|out of) (?:me|my|us|the))\b"
    r"|\bto (?:take|grab|snatch) \w+(?: \w+){0,3} (?:and )?(?:he|she|they) (?:is|are) not"
    r" allowed\b"
    r"|\bsnatch\w* (?:the |my |our )?(?:baby|kids?|son|daughter|child|little one)\b",
    # Kept from family and friends, or asking leave to see them: "won't let me see my own family
    # or even go to mass without him", "i have to ask permission to see my own mates".
    r"\b(?:not|never) let (?:me|us|her|him|them) (?:see|visit|call|ring|phone"
    r"|text|talk to|speak to) (?:my |me |our |her |his |their )?(?:own )?(?:family|friends|mates"
    r"|mum|mom|mam|mother|sister|parents|people|anyone)\b"
    r"|\b(?:not|never) let (?:me|us) (?:go|leave)(?: \w+){0,3}"
    r" without (?:him|her|them)\b(?!.{0,20}\b(?:cry\w*|scream\w*|wak\w*|fuss\w*|feed\w*)\b)"
    r"|\b(?:have|has|got|need|must) to ask (?:his |her |their |for )?permission (?:even )?(?:to"
    r"|before)"
    r" (?:see|go|leave|spend|buy|call|visit|eat)\b",
    # Kept from going out, or from family, without him: "i'm not allowed to go to the clinic
    # unless my husband comes with me", "not allowed to visit my own parents", "i have to ask
    # permission for everything".
    r"(?:^|\b(?:i am|we are) )not allowed (?:to )?(?:\w+ ){0,10}?(?:unless|without|except with)"
    rf" (?:him|her|them|he|she|they|my {_PARTNER})\b"
    r"|\bnot allowed (?:to )?(?:see|visit|call|ring|phone|talk to|speak to|text) (?:my |me |our )?"
    r"(?:own )?(?:family|friends|mates|mum|mom|mam|mother|sister|brother|parents|people"
    r"|anyone)\b"
    r"|\b(?:ask|asking|get) (?:his |her |their )?permission (?:for|to do) (?:everything|anything"
    r"|every little thing)\b",
    # Warned off the police or anyone: "his texts keep saying i'll regret it if i go to the
    # polis".
    r"\b(?:regret it|be sorry|pay for it|suffer for it)\b(?: \w+){0,3} if (?:i|you|she|we)"
    r" (?:ever )?(?:go|goes|went|run|runs|call|calls|ring|rings|phone|phones|tell|tells|talk"
    r"|talks|speak|speaks|report|reports|complain|complains)\b(?: \w+){0,2} (?:the )?(?:police"
    r"|cops|guards|gardai|authorities|social services|social workers?|anyone|anybody"
    r"|a lawyer|court)\b",
    # A threat for leaving or telling: "she say if i go back to my mother house she go make sure i
    # regret it", "if she ever leaves he'll make sure she never sees the baby again", "if i
    # carry the baby to trinidad i go never see daylight again" (not a grandmother's lament that
    # she will never see the baby).
    r"\b(?:said|say|says|told|tell|tells|warned|threaten\w*)\b.{0,30}\bif (?:i|you|she|he)"
    r" (?:ever )?(?:go|goes|leave|leaves|take|takes|carry|tell|tells|talk|talks|call|calls|report"
    r"|reports|see|sees|move|moves|ring|rings|phone|phones|text|texts|speak|speaks)\b.{0,60}"
    r"\b(?:make sure (?:i|you|she|he) (?:never|regrets?"
    r"|will)|(?:i|you) (?:will |would |go |am |are )?never (?:see|seeing|get to see))\b",
    r"\b(?:never|not) (?:\w+ )?see (?:daylight|the light of day|another (?:day|birthday|christmas))"
    r" again\b",
    # Coming with others: "he coming for she tonight with he boys".
    r"\bcoming (?:for|after|round for) (?:me|us|her|she|him|we|you)\b(?: \w+){0,2} with (?:his|he"
    r"|her|their) (?:boys|lads|crew|gang)\b",
    # Not allowed out but by leave: "she's not allowed round to mine unless he says so".
    r"\bnot allowed (?:\w+ ){0,4}(?:unless|without|until) (?:he|she|they|his|her|him) (?:says so"
    r"|say so|permission|lets|agrees)\b",
    # Afraid to leave a child with people after something seen: "i'm frightened to leave her at
    # theirs overnight after what i saw".
    r"\b(?:frightened|scared|afraid|terrified|worried|nervous) (?:\w+ ){0,2}(?:to )?leav\w*"
    r"(?: \w+){0,4}\b.{0,30}\bafter what (?:i|we) (?:saw|seen|heard|found|noticed)\b(?! (?:on|in)"
    r" (?:the news|tv|the telly|facebook|tiktok|instagram|youtube|a documentary|the internet"
    r"|online|a forum|reddit)\b)",
    # Tracked and read: "he's put a tracker on her car and reads every text she sends".
    rf"\b(?:he|she|they|{_PARTNER})(?: \w+){{0,3}} (?:put|puts|installed|hid|stuck|fitted)"
    r"(?: \w+)? (?:a |an )?(?:tracker|tracking app|tracking device|gps|airtag|air tag|spyware)\b"
    r"(?: \w+){0,2} (?:on|in) (?:my|her|me) (?:car|phone|mobile|bag|handbag)\b"
    r"|\breads? (?:every|all) (?:of )?(?:my|her|me) (?:texts?|messages)\b",
    # Told what would be done to her: "the hired man keeps saying what he'd do to me".
    r"\b(?:saying|says|said|tells? me|told me|telling me|talks? about|talking about|texts? me"
    r"|texted me|messag\w* me|describ\w*) (?:exactly )?what (?:he|she|they)(?: would| will"
    r"| is going to| are going to| wants to| want to| could| is gonna)(?: like to)? do to"
    r" (?:me|us|the baby|my (?:wife|girlfriend|daughter|son|baby|kids?)|her(?= (?:if|when|once"
    r"|while|and)\b|$))\b",
    # Shown he is watching: "he texts me a picture of me standing there so i know he's
    # watching" (not a nanny watching the baby).
    r"\bso (?:i|we|she) (?:would |will |can )?know (?:he|she|they) (?:is|are|was|were|has been"
    r"|have been) (?:always )?(?:watching|following)(?! (?:the baby|him|her|them|the kids|over"
    r"|tv|the telly|the game|the match)\b)",
    # Told he is watching: "texts me at two in the morning saying he's watching the house".
    r"\b(?:saying|says|said|texted|texts|messaged)\b(?: \w+){0,3} (?:he|she|they) (?:is |are "
    r"|has been |have been )?watching (?:the house|the flat|me|us|you)\b",
    # A blow the baby saw: "the baby saw him push me" (not on the swing).
    r"\b(?:saw|seen|sees|watched|watches|heard) (?:him|her|them|my \w+|his \w+|her \w+)"
    r" (?:push|shove|hit|slap|punch|kick|chok|strangl|grab|hurt|beat)\w* (?:me|us|my mum|my mom"
    r"|mummy|mommy)\b(?! (?:on|in|round|around|along|up|down|with (?:a |the )?(?:pillow|cushion"
    r"|balloon|toy|ball|snowball))\b)",
    # A man who watches her feed: "the bloke next door watches me through the fence when i'm
    # feeding".
    r"\b(?:bloke|man|guy|fella|neighbour|neighbor|lodger|landlord|flatmate|housemate|cousin|uncle"
    r"|brother in law|father in law)\b(?: \w+){0,3} (?:watches|watching|watched|stares at|staring"
    r" at|leers at|leering at|perves on|perving on|spies on|spying on) me\b(?: \w+){0,4} (?:when"
    r"|while|as) i (?:am )?(?:feeding|breastfeeding|nursing|pumping|getting changed|undressing"
    r"|in the shower|showering|getting dressed|in the bath)\b",
    # Told no one would believe her: "he says nobody will believe me because i've got postnatal
    # depression" (not about a baby's good night).
    r"\b(?:says|said|tells me|told me|telling me|reminds me|keeps saying)(?: that)?"
    r" (?:nobody|no one|noone) (?:will|would|is going to|is gonna) (?:ever )?believe"
    r" (?:me|you|her)\b"
    r"(?! (?:when|if) (?:i|you|she) (?:say|tell|said|told)\b)",
    # A man who comes in as she feeds: "my husband's cousin who stays with us keeps coming into
    # my room while i'm breastfeeding" (not a toddler, a big brother or her mum).
    r"\b(?:he|cousin|brother in law|father in law|uncle|lodger|flatmate|housemate|(?<!big )"
    r"(?<!little )brother|stepdad|step dad|stepfather|landlord|neighbour|man)\b(?: \w+){0,6}"
    r" (?:keeps? |kept )?(?:coming|walking|barging|comes|walks|came|walked) (?:in|into) (?:my|our"
    r"|the) (?:room|bedroom|bathroom)\b.{0,30}\bwhile (?:i am|i) (?:breastfeeding|nursing"
    r"|feeding|changing|undress\w*|in the shower|showering|asleep|sleeping|getting changed)\b",
    # Told whom to see, money kept: "he says who i can see and keeps my money so i can't get to
    # my mam's"; "only gives me twenty bucks at a time and counts every single thing".
    rf"\b(?:he|she|they|{_PARTNER}) (?:says|decides|tells me|chooses) who (?:i|we) (?:can|am"
    r" allowed to|are allowed to|may) (?:see|talk to|speak to|visit|text|call)\b"
    r"|\b(?:keeps|kept|takes|took|controls) (?:all )?(?:my|me|our) (?:money|wages|pay|benefits"
    r"|bank card)\b.{0,30}\bso (?:i|we) (?:can not|could not) (?:get|go|leave|buy|see|visit"
    r"|escape|call)\b"
    rf"|\b(?:he|she|{_PARTNER}) only gives? me (?:\w+ ){{1,3}}(?:at a time|a week|a day)\b"
    r".{0,40}\b(?:counts|checks"
    r"|checking|every (?:single )?(?:thing|penny|cent|receipt))\b",
    # Children taken to family when he is like that: "when he gets like that i take the babies up
    # my mam's".
    rf"\bwhen (?:he|my {_PARTNER}) gets? like (?:that|this)\b.{{0,40}}\b(?:take|takes|grab|grabs"
    r"|bring|get)\w* (?:the |my |our )?(?:babies|baby|kids|twins|children|little ones?|bub)"
    r"(?: and (?:go|head|run|get))? (?:up|round|over) (?:to )?(?:my|me) (?:mam|mum|mom|mother"
    r"|sister|nan|nana|parents|friend)\w*\b",
    # Shouted at till in tears: "keeps waking me up shouting till i'm crying".
    r"\bshouting (?:at me )?(?:till|until) (?:i am|i) (?:crying|in tears|shaking|sobbing)\b",
    # Panic that it is the ex: "every time i see dust coming up the road i panic thinking it's
    # my ex's ute".
    r"\b(?:panic|panicking|freeze|shaking|terrified|scared|frightened)\b(?: \w+){0,3} (?:it is|it s"
    r"|its) (?:my|her|his) ex (?:car|ute|truck|van|coming|at the door|outside|knocking|behind)\b",
    # Taken out on the child or the parent: "stop him taking it out on jacko when he's had a bad
    # day" (not on the dog).
    rf"\b(?:he|she|they|him|her|them|{_PARTNER})\b(?: \w+){{0,3}} (?:taking|takes|took|take) it"
    r" out on (?!(?:the )?(?:dog|cat|toys?|furniture|door|wall)\b)\w+\b.{0,40}\b(?:bad day"
    r"|drink\w*|drunk|after work|gets home|comes home|loses)\b",
    # Away without his knowing: "how would i get me and bub off the station without him
    # knowing".
    r"\b(?:get|take|sneak|leave|run|go|move)\w* (?:me and (?:the |my |our )?(?:baby|bub|kids"
    r"|children|twins|little ones?)|us|myself and (?:the |my )?(?:baby|kids)|the (?:baby|kids) and"
    r" me)\b(?: \w+){0,4} without (?:him|her|them|my \w+) (?:knowing|finding out|noticing"
    r"|seeing)\b",
    # Kept out of the way of a mean grown-up: "he gets real mean and i keep jacko well out of
    # his way".
    r"^(?!.*\b(?:toddler|son|brother|sister|daughter|big \w+|kids?|dog|cat)\b).*"
    r"\b(?:gets|is|goes) (?:\w+ )?(?:mean|nasty|violent|vicious|(?<!milk )drunk(?! on milk))\b"
    r".{0,40}\bkeep (?:\w+ ){1,3}(?:out of|away from) (?:his|her|their) (?:way|sight|reach)\b",
    # Afraid to sleep while he is like this: "i'm frightened to go to sleep when he gets like
    # this" (not a poorly baby).
    r"^(?!.*\b(?:fever|temperature|sick|poorly|ill|unwell|breath\w*|cough\w*|teeth\w*)\b).*"
    rf"\b(?:frightened|scared|afraid|terrified) to (?:go to )?sleep\b.{{0,30}}\b(?:when|while"
    rf"|because|in case) (?:he|she|they|my {_PARTNER}) (?:gets|is|has been|comes home)"
    r" (?:\w+ )?(?:drunk|drinking|angry|like this|like that|in a mood|mean|high)\b",
    # Money and means taken: "takes my phone and my bank card and won't give them back", "took
    # my phone my keys and my bank card".
    r"(?<!toddler )(?<!baby )(?<!kid )(?<!son )(?<!daughter )(?<!one )"
    r"\b(?:takes?|took|taking|keeps?|kept|hides?|hid)(?: away)? (?:my|me) (?:phone|mobile|money"
    r"|bank cards?|cards|wages|pay|passport|keys|car keys|purse|wallet)\b(?: (?:and )?(?:my|me)"
    r" \w+(?: \w+)?)? (?:and )?(?:my|me) (?:phone|mobile|money|bank cards?|cards|wages|passport"
    r"|keys|car keys|purse|wallet)\b"
    r"|\b(?:takes?|took|taking) (?:away )?(?:my|me) (?:money|bank cards?|cards|wages|passport"
    r"|benefits)\b.{0,40}\b(?:will not|does not|never|refuses to) (?:gives?|hands?)\b",
    # Messages read, or the phone hidden from someone: "he checks every message", "he reads all
    # my whatsapp", "checks who i talked to", "i have to hide my phone from my husband".
    rf"\b(?:he|she|they|{_PARTNER}|in laws?)(?: \w+){{0,3}} (?:checks?|checking|reads?|reading"
    r"|goes through|going through|went through|looks through|scrolls through|searches)"
    r" (?:(?:all |every |each )?(?:of )?(?:my|me) (?:single )?(?:messages?|texts?|whatsapps?"
    r"|chats|emails?|dms|call logs?)\b|every (?:single )?(?:message|text)\b(?! (?:in|on|from)"
    r" (?:the|a|our|my|this|that) ))"
    r"|^(?!.*\b(?:toddler|son|daughter|kids?|boy|girl)\b).*"
    rf"\b(?:he|she|{_PARTNER}|in laws?)(?: \w+){{0,3}} (?:goes|going|went|looks|looking|scrolls"
    r"|scrolling) through (?:my|me) (?:phone|mobile)\b"
    r"|\b(?:phone|mobile|messages|texts)\b.{0,40}\b(?:checks?|checking) who (?:i|we) (?:talk"
    r"|talked|text|texted|call|called|speak|spoke|see|saw|message|messaged)\b"
    rf"|\bhide (?:my|the) (?:phone|mobile|messages) from (?:him|her|them|my {_PARTNER})\b",
    # Her movements checked: "he checks the miles on the car every evening so he knows if i went
    # anywhere".
    r"\b(?:checks?|checking|counts?|counting|reads?|reading|tracks?|tracking) (?:the |my )?(?:\w+"
    r" )?(?:miles|mileage|odometer|receipts|bank|location|petrol|fuel)\b.{0,40}\bso (?:he|she"
    r"|they) (?:knows?|can see|can tell|sees) (?:if|where|when|whether) (?:i|we)\b",
    # Money kept from her, and food: "he won't give me any money not even for diapers", "he
    # doesn't let me have any money", "he locks away the food" (not from a dog or toddler). (A
    # carrier phrase may have taken the "he".)
    rf"(?:^|\b(?:he|she|they|{_PARTNER}|in laws?|man)(?: \w+){{0,6}} )(?:will not"
    r"|would not|does not"
    r"|do not|did not|never|refuses to|refused to) (?:gives?|lets?) (?:me|us)(?: have)? (?:any |a"
    r" |a single |my own |enough )?(?:money|cash|penny|cent|dime|nickel|buck|bucks|quid|shilling"
    r"|dollar|pound|rand|allowance)\b"
    # ... or begged for: "i have to ask him for money for nappies and he makes me beg for it".
    r"|\b(?:makes?|made|making) me beg (?:for|him|her)\b"
    rf"|\b(?:he|she|they|{_PARTNER}) (?:\w+ ){{0,2}}(?:locks?|locked|hides?|hid) (?:away )?(?:the"
    r" |all the |our )?food\b(?! (?:away )?from (?:the )?(?:dog|cat|toddler|kids|children|baby"
    r"|ants|mice|rats)\b)",
    # Money and the phone both taken, or not allowed to hold any: "my oga collects my whole salary
    # and he no dey allow me hold money or phone", "sully takes my whole paycheck and my phone and
    # only hands me cash for diapers".
    r"\b(?:not|no|never) (?:\w+ )?(?:allow|allows|allowing|let|lets) (?:me|us) (?:to )?(?:hold"
    r"|have|keep|touch|use|carry) (?:any |my (?:own )?)?(?:money|cash|phone|salary|wages)\b"
    r"|\b(?:takes?|took|taking|collects?|collected|collecting|keeps?|kept) (?:all (?:of )?)?"
    r"(?:my|me) (?:whole |entire )?(?:salary|paycheck|pay ?check|wages|pay|check|money)\b"
    r".{0,40}\b(?:and (?:my )?(?:phone|mobile|car keys|bank card)|only (?:gives?|hands?) me)\b",
    # A child got out of the way of a grown-up's look or temper: "every time the baby cries he
    # gets that look and i have to get her out of the room fast" (not so he can sleep).
    rf"\b(?:he|she|{_PARTNER}) gets (?:that|this|a|the) (?:look|face|glare|mood|temper)\b"
    r".{0,40}\b(?:get|take|grab|carry|rush)\w* (?:her|him|them|the baby|the kids|my \w+)"
    r"(?: \w+)? (?:out of (?:the |his |her )?(?:room|house|way|sight)|away from (?:him|her))\b"
    r"(?! so (?:he|she) can (?:sleep|rest|nap|work|concentrate))",
    # An injury explained away: "had to tell the doctor i walked into a door again".
    r"\b(?:tell|told|telling|say|said|saying|pretend\w*|explain\w*|lie|lied)\b(?: \w+){0,4}"
    r" (?:that )?(?:i|she) (?:walked into (?:a|the) (?:door|doorframe|door frame|cupboard|wall)"
    r"|fell down the stairs|bumped into (?:a|the) (?:door|cupboard|wall))\b.{0,30}\b(?:again"
    r"|bruis\w*|black eye|marks?|cover\w*)\b",
    # A man with the child, and the skin crawls: "the way he is with avery at bath time makes my
    # skin crawl".
    r"\bthe way (?:he|(?:my|his|her|that|the) (?:brother in law|father in law|uncle|stepdad"
    r"|step dad|boyfriend|husband|partner|cousin|lodger|neighbour|grandad|grandpa|brother|dad"
    r"|father|man|guy|friend|mate))(?: \w+){0,4}? (?:is with|acts with|looks at|touches|holds"
    r"|plays with|baths|bathes|washes|changes|cuddles|watches|talks to) (?:\w+ ){0,5}?(?:makes?"
    r" my skin crawl|gives me the creeps|creeps me out)\b",
    # Wanting a child alone, and a bad feeling: "my uncle always wants to be alone with my
    # daughter and i got a very bad feeling".
    r"\b(?:wants?|wanted|tries|tried|keeps? trying|asks?|asked|insists?) (?:\w+ ){0,2}to (?:be"
    r" alone|be on (?:his|her) own|have (?:her|him|them) (?:alone|on (?:his|her) own)) with"
    r" (?:my|our|the) (?:\w+ )?(?:daughter|son|girl|girls|boy|boys|kids|children|little one|niece"
    r"|nephew|granddaughter|grandson|stepdaughter|stepson)\b"
    r".{0,60}\b(?:bad feeling|creep\w*|not right|something off|skin crawl\w*|red flag)",
    # Hidden where he cannot know: "we're hiding at my friend's house with baby he doesn't know
    # where we are yet".
    r"\b(?:hiding|hid|hide|fled|escaped|ran away|run away|left (?:him|her)|staying)\b.{0,60}"
    rf"\b(?:he|she|they|my {_PARTNER}) (?:does not|do not|did not|must not|can not|will not)"
    r" (?:know|find out) where (?:we|i) (?:are|am|went|have gone|are staying|live)\b",
    # ... or getting away so he cannot know: "how do me and brianna get out without him finding
    # out where we went".
    r"\b(?:get out|get away|leave|escape|run|go|move out|sneak out|slip out)\b.{0,40}\bwithout"
    rf" (?:him|her|them|my {_PARTNER}) (?:ever )?(?:finding out|knowing|find out|know|tracking"
    r" down|tracing) where (?:we|i) (?:are|am|went|go|have gone|are staying|live|moved)\b",
    # ... or slipping out before he is back: "how can i get out of the house quietly with the
    # baby before he gets home".
    r"\b(?:get out|get away|leave|escape|sneak out|slip out)\b(?: \w+){0,6} (?:quietly|secretly"
    r"|in secret|unnoticed|without a sound)\b.{0,30}\bbefore (?:he|she|my \w+) (?:gets|comes)"
    r" (?:home|back|in)\b",
    # Away for the night whenever he drinks: "every time my old man drinks i take the kids and
    # sleep in the car at the servo".
    r"\b(?:when|whenever|every time|once) (?:he|she|my \w+(?: \w+)?) (?:drinks|is drinking|has"
    r" been drinking|gets drunk|comes home drunk|starts drinking|is on the drink)\b.{0,40}"
    r"\b(?:i|we) (?:\w+ ){0,5}?(?:sleep|sleeping|slept|hide|hiding) in the (?:car|truck|ute|van"
    r"|shed|garage|bathroom)\b",
    # A man who wants the child, and the child's terror of him: "ciaran's uncle keeps wanting to
    # babysit and the wee one screams the minute she sees him".
    r"\b(?:uncle|cousin|brother in law|neighbour|lodger|stepdad|step dad|boyfriend|mate|family"
    r" friend)\b(?: \w+){0,2} (?:keeps?|kept|always) (?:wanting|asking|offering|trying|begging"
    r"|pushing) to (?:babysit|mind|watch|have|take)\b.{0,60}\b(?:screams?|screaming|cries"
    r"|crying|freezes|panics|hides|shakes|goes rigid|goes stiff) (?:the minute|the moment|as soon"
    r" as|whenever|when|every time) (?:she|he|they) (?:sees?|hears?) him\b",
    # Staying away from home for fear: "i'm sleeping at my friend's place because i'm too
    # scared to go back home", afraid to go home tonight, or sleeping in the car rather than go
    # back in.
    r"\b(?:scared|afraid|frightened|terrified|petrified) to go back (?:home\b(?! (?:to|for"
    r"|after|from|with) )|to (?:the|my|our) (?:house|flat|place|home)\b|to (?:him|her)\b)"
    r"|\b(?:scared|afraid|frightened|terrified|petrified) to go (?:back )?home (?:tonight|now"
    r"|to (?:him|her))\b(?!.{0,80}\b(?:empty|lonely|miss\w*)\b)"
    r"|\b(?:sleeping|slept|staying|stayed|hiding) in (?:the|my|our) car\b.{0,40}\b(?:can not"
    r"|could not|afraid to|scared to) go (?:back|home|in)\b",
    # Threatened with a beating (not by a toddler): "the neighbour keeps threatening to beat me
    # if the baby cries".
    r"(?<!toddler )(?<!son )(?<!daughter )(?<!brother )(?<!sister )\bthreaten\w* (?:to )?(?:beat"
    r"|hit|hurt|slap|punch|kick|burn|stab|shoot|harm|batter|strangle|choke|smack) (?:me|us|my"
    r"|our|the baby|her|him|them)\b",
    # Bruises on her explained away to others: "i tell people the marks on my neck are from the
    # baby scratching me", "the bruises on my arm i tell everyone i knocked into the cupboard".
    r"\b(?:tell|told|telling|say|said|saying|explain\w*)\b (?:people|everyone|everybody|them"
    r"|the doctor|the nurse|my (?:mum|mom|mam|family|friends|boss)|work|friends)\b.{0,20}"
    rf"\b(?:bruis\w*|(?<!stretch )marks?|black eye|cuts?)\b(?: \w+){{0,2}} on my {_BRUISED}\b"
    rf"|\b(?:bruis\w*|(?<!stretch )marks?|black eye)\b(?: \w+){{0,2}} on my {_BRUISED}\b.{{0,20}}"
    r"\b(?:i|we)"
    r" (?:tell|told|say|said) (?:people|everyone|everybody|them|the doctor|my \w+)\b",
    # Things thrown that hit her: "he throws things when the baby cries and last time the plate
    # hit me on the head" (not a toddler's cup).
    r"^(?!.*\b(?:toddler|son|daughter|kids?|boy|girl)\b).*\b(?:throws|threw|throwing|chucks"
    r"|chucked|smashes|smashed|hurls|hurled) (?:things|stuff|plates|dishes|glasses|mugs|cups"
    r"|chairs|furniture)\b.{0,60}\b(?:hit|hits|caught|missed)"
    r" (?:me|the baby|my head|us)\b",
    # The body braced at the sound of him coming home: "i flinch every time i hear the gate open
    # at night", "i put the chain on the door when i hear his car" (not a baby's startle, nor
    # fear of waking the baby).
    r"\bi (?:\w+ )?(?:flinch|freeze|tense up|start shaking|start to shake|panic|jump out (?:of )?"
    r"(?:my|me) skin|put the chain on|lock|bolt|barricade|chain)\b.{0,20}\b(?:hear"
    r"|heard) (?:the|his|her) (?:gate|door|front door|key|keys|car|truck|van|ute|footsteps)\b"
    r"(?!.{0,40}\bwak\w*)",
    # Told he knows where they are, or warned to watch herself: "my ex is texting me saying he
    # knows exactly where we are", "messaged me saying she knows which creche cian goes to and to
    # watch myself".
    r"\b(?:ex|(?:old|former|last) (?:boyfriend|girlfriend|husband|wife|partner)|girlfriend"
    r"|someone|somebody|unknown number|private number|stranger)\b.{0,60}\b(?:said|says|saying"
    r"|told me|tells me|texted|texting|messaged|messaging|warned)\b(?: \w+){0,3} (?:that )?(?:he"
    r"|she|they) (?:knows?|found out|has found) (?:exactly )?(?:where (?:we|i) (?:are|am|live"
    r"|stay|are staying|moved)|(?:which|what) (?:school|creche|nursery|daycare|house|flat|room"
    r"|park|estate) (?:\w+ ){0,2}(?:goes|go|attends|is at|sleeps|lives|live|is in|we are in))\b"
    r"|\b(?:said|says|saying|told me|tells me|texted|messaged|warned)\b.{0,60}\bto watch (?:myself"
    r"|yourself|my back|your back)\b",
    # Locked in with the baby when he comes home drunk, or the child kept quiet for fear of his
    # temper: "i lock the bedroom door with baby every night when he comes home drunk", "i keep
    # didi very quiet when daddy comes home because he gets very angry".
    r"\block\w* (?:\w+ ){0,3}(?:door|myself|ourselves|us)\b.{0,40}\bwhen (?:he|she|my \w+)"
    r" (?:comes|gets|is|has been) (?:home |back |in )?(?:\w+ )?(?:drunk|high|from the pub"
    r"|angry|raging|wasted)\b(?!.{0,40}\bwak\w*)"
    r"|\bkeep (?:\w+ ){1,3}(?:quiet|silent|hidden|out of (?:his|her) (?:sight|way))\b.{0,20}"
    r"\bwhen (?:daddy|dad|his dad|her dad|he|she|my \w+) (?:comes|gets) (?:home|in|back)\b.{0,40}"
    r"\b(?:angry|mad|drunk|furious|temper|rage|violent|nasty)\b",
    # A cane, belt or blade swung at a child or her: "ah gong drinks and swings the rotan at my
    # older one" (not at a ball or the weeds).
    # (Not the parent's own childhood: "my dad used to take the belt to me".)
    r"(?<!used to )(?<!would )\b(?:swings?|swung|swinging|raises?|raised|takes?"
    r"|took) (?:a |the |his"
    r" |her )?(?:rotan|cane|stick|belt|slipper|chancla|wooden spoon|switch|whip|rod|panga"
    r"|machete|knife|bat)\b (?:at|to|on) (?:me|us|my|our|her|him|them|the (?:baby|kids"
    r"|children))\b",
    # Bruises covered from a visitor: "have to cover me arms up when the health visitor comes round
    # so she doesn't see".
    rf"\bcover (?:up )?(?:my|me) {_BRUISED}\b(?: up)?.{{0,50}}\bso (?:\w+ ){{1,3}}(?:does not|do"
    r" not|can not|will not|would not) (?:see|notice|ask)\b",
    # Flinching at a grown-up's raised voice or hand: "lewis flinches every time his dad raises
    # his voice and to be honest so do i".
    rf"\bflinch\w*\b.{{0,30}}\b(?:he|she|his|her|my|their) (?:{_PARTNER}|dad|father|mum|mom"
    r"|mother|stepdad|step dad|grandad|uncle)?\b ?(?:raises?|raised|lifts?|lifted|shouts?|yells?"
    r"|walks in|comes in|comes home|moves) (?:his|her|a) (?:voice|hand|fist|arm)\b",
    # Afraid of what he will do when he gets home or finds out: "i'm scared to fix supper wrong
    # cause of what he'll do when he gets home".
    rf"\bwhat (?:he|she|they|my {_PARTNER}) (?:will|would|might|could|is going to) do\b"
    r"(?: to (?:me|us|the baby|her|him))?.{0,20}\b(?:when|if|once) (?:he|she|they) (?:gets? home"
    r"|comes? home|comes? back|gets? back|finds? out|hears?|sees?|sobers? up|gets? in)\b",
    # Children beaten till they bleed, or whipped with a belt: "papaw whips the young'uns with
    # his belt till they bleed".
    r"\b(?:whips?|whipped|whipping|belts?|belted|belting|beats?|beat|beating|hits?|hitting)"
    r" (?:the |my |our |his |her )?(?:\w+ )?(?:kids|young'?uns|youngins|children|boys|girls|son"
    r"|daughter|grandkids|little ones?|baby|me)\b.{0,40}\b(?:till|until) (?:they|he|she|i)"
    r" (?:bleed|bled|bruise|bruised|can not|pass|black)\w*",
    # Whispering for fear he hears: "i'm whispering cause if he hears me talking to you he'll get
    # mad" (not for a sleeping baby).
    r"\bwhisper\w*\b.{0,40}\b(?:if|in case|so) (?:he|she|they) (?:\w+ )?(?:hears? me|finds? out"
    r"|catches me)\b.{0,40}\b(?:mad|angry|go off|kick off|lose it|kill me|hurt|hit|furious"
    r"|do something|go mental|go crazy)\b",
    # Something given to make a baby sleep, suspected or secret: "i think the nanny is giving my
    # baby something to make him sleep all day" (not a parent asking whether they may).
    rf"\b(?:think|suspect|sure|worried|afraid|scared|caught|found out) (?:that )?{_DOSED}"
    rf"|{_DOSED}(?=.{{0,40}}\b(?:all day|all the time|every day|secretly|without (?:telling|asking)"
    r" me|behind my back)\b)",
    # Someone letting himself in while the husband is away, and fear: "the landlord's son keeps
    # entering our flat whenever my husband travels and i'm afraid".
    r"\b(?:keeps?|kept|has been|have been|been|is|was) (?:coming|entering|letting (?:himself"
    r"|herself) in(?:to)?|walking|getting|sneaking) (?:in(?:to)? )?(?:our|my|the) (?:flat|house"
    r"|home|room|apartment|bedroom)\b.{0,60}\b(?:afraid|scared|frightened|terrified|unsafe|not"
    r" safe)\b(?! to (?:say|tell|ask|mention|bring|speak|confront|raise))",
    # Fled in the night from his temper, or he is outside now: "i ran to my mama's house at
    # midnight with the baby because of his temper and he's outside now".
    r"\b(?:ran|run|fled|escaped|drove|went|left)\b.{0,60}\bbecause of (?:his|her) (?:temper"
    r"|drinking|anger|violence|rage|fists|threats)\b(?=.{0,40}\b(?:outside|at the door|banging"
    r"|knocking|coming|texting|calling|looking for)\b|.{0,10}$)"
    r"|\b(?:ran|fled|escaped|hiding|hid)\b.{0,80}\b(?:he|she) is (?:outside|at the door|banging"
    r"|knocking)(?: now| right now| again)\b",
    # Money hidden from him, or to get away: "gotta hide the formula money in my boot so he don't
    # find it", "hiding money in the nappy box so me and the kids can get away one day".
    r"^(?!.*\b(?:presents?|gifts?|surprise|christmas|birthday|holiday|spa|treat|weekend|trip"
    r"|break)\b).*\bhid\w* (?:the |my |some |a bit of )?(?:\w+ )?(?:money|cash|savings)\b"
    r"(?:.{0,50}\bso (?:he|she|they) (?:does not|do not|can not|will not|would not|never) (?:find"
    r"|see|know|take|spend)|.{0,60}\b(?:get away|escape|leave him|leave her|run away|get out)\b)",
    # Touched in ways that are not right: "sully's buddy keeps touchin the baby in ways that don't
    # sit right with me".
    r"\btouch\w* (?:the |my |our )?(?:baby|kids?|children|daughter|son|little one|her|him)\b"
    r".{0,30}\b(?:in (?:a |ways?|places?)|where|that (?:do not|does not|make|made))\b.{0,40}"
    r"\b(?:uncomfortable|sit right|not right|weird|wrong|creep\w*|uneasy|should not|private)\b",
    # Leaving stopped: "whenever i try to go he hides the car seat and my wallet".
    r"\b(?:try|tries|tried|trying) to (?:go|leave|get out)\b.{0,20}\b(?:he|she|they) (?:hides?"
    r"|hid|takes?|took|locks?|locked|smash\w*) (?:my|the) (?:keys|car keys|wallet|purse|car seat"
    r"|phone|mobile|shoes|passport|bag|pram|buggy|car)\b",
    # Made to report where she is, or else: "always have to tell him where i am every minute or
    # he goes off his head".
    r"\b(?:have to|got to|must|need to) (?:tell|text|ring|call|message|update) (?:him|her|them)"
    r" where (?:i|we) (?:am|are|go|went)\b.{0,40}\b(?:or|otherwise|else)\b.{0,25}\b(?:off (?:his"
    r"|her) head|mad|angry|furious|kicks? off|loses? it|goes off|flips|hits|beats|hurts?|trouble"
    r"|mental|crazy|ballistic|rage)\b",
    # Told she is lucky to be alive: "he told me i'm lucky he hasn't killed me yet".
    r"\blucky (?:that )?(?:he|she|they) (?:has not|have not|did not) (?:killed|kill|hurt|hit"
    r"|beaten|beat|strangled|strangle|finished|finish) (?:me|you|us)\b",
    # Made to account for every step, or found wherever she goes: "i have to tell him everywhere i
    # go and send him pictures to prove where i'm at", "he goes through all her messages and
    # turns up wherever she goes".
    r"\b(?:turns?|turning|turned|shows?|showing|showed) up (?:wherever|everywhere) (?:i|she|we)"
    r" (?:go|goes|went)\b",
    r"\b(?:tell|text|report to|ring|call) (?:him|her|them) (?:everywhere|every place|wherever)"
    r" (?:i|we) go\b"
    r"|\bprove (?:to (?:him|her|them) )?where (?:i|we) (?:am|was|go|went|have been)\b",
    # Made to hand over the phone, again and again: "i have to show him my phone every night or
    # there's trouble".
    r"\b(?:(?:have|has|had|got) to|(?:made|make|makes|forced|forces|force) me(?: to)?)"
    r" (?:show|hand|give"
    r"|unlock) (?:him|her|them) (?:my|me) (?:phone|mobile|messages|texts)\b(?=(?: \w+){0,2}"
    r" (?:every|each|or|whenever|when i (?:get|come)|before|after i)\b)",
    # Checked on, with a price for being late or slow: "he checks my phone every hour and if i
    # don't reply fast there is trouble".
    r"(?:\b(?:checks?|checking|tracks?|tracking|goes through|going through|went through|reads?)"
    r" (?:my|me) (?:phone|messages|texts|location|emails)\b|\b(?:checks?|tracks?|checking"
    r"|tracking) where (?:i|we) (?:am|are|go)\b)"
    r".{0,60}\bif (?:i|we) (?:am |are |do not |did not |ever )?(?:\w+ )?(?:late|reply|answer"
    r"|respond|pick up|text back|go out|talk)\b(?: \w+){0,5} (?:there is|there will be|he|she"
    r"|they|it) (?:\w+ )?(?:trouble|hell|war|kicks off|kick off|goes mad|go mad|loses it|starts"
    r"|throws|launch\w*|smash\w*|hits|beats|pay)\b",
    # The harm that is not a blow: "he doesn't hit me but he breaks things and blocks the
    # door", "blocks the door so i can't leave".
    rf"\b(?:he|she|they|my {_PARTNER})(?: \w+)? (?:does not|do not|has not|have not|never|did not)"
    r" (?:hit|hits|touch|touched|hurt|lay a finger on) (?:me|us)\b(?: \w+){0,3} but (?:he|she"
    r"|they) (?:\w+ )?(?:breaks?|smash\w*|punch\w*|throws?|threw|blocks?|corners?|pins?|locks?"
    r"|threaten\w*|screams? in my face|kicks?|grabs?|shov\w*|push\w*|chokes?)\b"
    rf"|\b(?:he|she|my {_PARTNER})(?: \w+){{0,4}} block\w* (?:the |my )?(?:door|doorway|way out"
    r"|exit|stairs)\b.{0,30}\b(?:so|and) (?:i|we) (?:can not|could not) (?:leave|get out|go"
    r"|escape)\b",
    # Sent away without the child: "keep quiet or they will send me away without the baby".
    r"\b(?:send|kick|throw|put|chase) me (?:away|out|back)(?: \w+){0,3} (?:without|and keep)"
    r" (?:the|my|our) (?:baby|kids|children|son|daughter|little one)\b"
    r"|\bor (?:else )?(?:they|he|she) (?:will|would|are going to|is going to) (?:send|kick"
    r"|throw|chase) me (?:away|out)\b",
    # A threat left open: "he told me the next time i answer him back i will see what will
    # happen", "nobody will find me", "that's the end of me", "what happens to women who".
    r"\b(?:told|tells|said|says|warned|texted|messaged)\b.{0,40}\b(?:next time|if (?:i|you))\b"
    r".{0,50}\b(?:i|you) (?:will|would) (?:see|find out|learn) what (?:will |would )?happens?\b"
    r"|\bnobody (?:will|would|is going to) (?:ever )?find (?:me|you|us|her|him)\b"
    r"|\bif (?:i|you) (?:ever )?(?:tell|talk|leave|go|speak|call)\b.{0,40}\bthe end of (?:me"
    r"|you|us)\b"
    r"|\bwhat happens to (?:women|girls|wives|people|mothers|mums|moms) (?:who|that) \w+",
    # People owed money at the door, or with an "or else": "the man i owe came with two boys
    # and said i have until friday or else", "the men my brother owes came by".
    r"\b(?:men|man|guys|guy|blokes|bloke|lads|boys|people|someone|they)(?: \w+){0,2} (?:i|we"
    r"|he|she|my \w+) (?:owe|owes|owed)\b(?: \w+){0,3} (?:came|come|comes|coming|turned up"
    r"|showed up|at the door|outside|were round|was round|knocking|said|say|says|told|texted"
    r"|rang|called)\b"
    r"|\b(?:owe|owes|owed|owing|debt|loan)\b.{0,80}\bor else\b",
    # A veiled threat to the child: "nice little lass you've got there, be a shame".
    r"\bnice (?:little )?(?:\w+ )?you (?:have|got|have got) there\b.{0,30}\b(?:shame|pity)\b"
    r"|\b(?:shame|pity) if (?:something|anything) (?:happened|happens|were to happen) to\b",
    # Hands laid on the parent: "already put his hands on me again".
    r"\b(?:put|puts|putting|laid|lays|lay|laying) (?:his|her|their|he|she) hands on (?!(?:the|my|a"
    r"|an|his|your|our|their)\b)\w+\b(?! (?:tummy|belly|bump|head|chest|back|face|shoulders?"
    r"|forehead|cheeks?|arms?|legs?|hands?|feet|foot)\b)"
    r"(?!.{0,20}\b(?:feed\w*|nurs\w*|sleep\w*|cuddl\w*)\b)",
    # Things thrown, or a wall hit, beside the cot: "she starts launching stuff near the cot",
    # "punched a hole in the wall right by the baby's crib".
    r"\b(?:throw\w*|threw|launch\w*|hurl\w*|chuck\w*|lob\w*|fling\w*|flung|smash\w*|punch\w*"
    r"|kick\w*) (?:a hole in the wall|the wall|the door|(?:a |the )?(?:plates?|glass|glasses"
    r"|bottles?|pot|pots|pan|pans|chairs?|tv|cups?|mugs?)|stuff|things)(?: \w+){0,4} (?:near"
    r"|next to|right by|by|beside|above|over|at|towards) (?:where )?(?:the |her |his |my )?"
    r"(?:baby|cot|crib|bassinet|moses basket|pram)\b",
    # The body's fear as someone comes home: "i hear his truck pull in and i start shaking",
    # "my heart starts beating when i hear my husband's car at the gate".
    rf"\b(?:{_ARRIVAL}).{{0,60}}(?:{_BODY_AFRAID})|(?:{_BODY_AFRAID}).{{0,60}}(?:{_ARRIVAL})",
    # A grown-up starting on someone: "so he won't start with me again", "turns up steaming
    # and starts on my mam".
    rf"\b(?:he|she|they|my {_PARTNER})(?: \w+){{0,3}} (?:start|starts|started|starting) on (?:me"
    r"|us|my (?:mum|mam|mom|mother|sister))\b(?! about\b)"
    r"|\b(?:he|she|they) (?:will not|does not|do not|would not) start (?:with|on) (?:me|us)\b"
    r"|\b(?:he|she|they) (?:start|starts|started) with (?:me|us) again\b",
    # Watched while feeding, with words that are not kind: "watches me nursing and says nasty
    # things and won't leave when i ask"; a child talked of in a way that chills.
    r"\bwatch\w* me (?:nursing|breastfeeding|breast feeding|feed\w*|shower\w*|undress\w*"
    r"|getting changed|changing|sleep\w*)\b.{0,40}\b(?:nasty|dirty|filthy|creepy|will not leave"
    r"|uncomfortable|skin crawl|touch\w*|grab\w*)"
    r"|\b(?:says?|saying|said|looks? at|looking at|touch\w*|talks? about|comments? (?:on|about))"
    r"\b(?: \w+){0,4} (?:my|the|our) (?:baby|daughter|son|girl|boy|little one|kids?|child)\b"
    r".{0,40}\b(?:skin crawl|crawl\w* skin|creep\w*|gives? me the creeps)\b",
    # Ready to flee in the night: "i sleep with my shoes on now just in case i have to get the
    # twins out quick"; money hidden to run with.
    r"\bsleep\w* (?:with (?:my |me )?(?:shoes|boots|clothes|trainers|keys) on|in (?:my|me)"
    r" (?:clothes|shoes|boots|coat))\b.{0,40}\bin case (?:i|we) (?:have to|need to|got to|must)"
    r" (?:get (?:\w+ ){0,3}out|run|leave|flee|escape)\b"
    r"|\b(?:money|cash|passport|documents|papers|keys)\b(?: \w+){0,2} hid\w*\b.{0,40}\bin case (?:i"
    r"|we) (?:\w+ ){0,2}(?:run|escape|flee|get away|leave)\b(?! out\b)",
    # A bag packed to run: "i've packed a small bag and hidden it in case i need to run with
    # the baby", "a bag by the door in case he kicks off" (not the bag for the birth).
    r"^(?!.*\b(?:hospital|labou?r|birth|waters|contractions|induc\w*|c section|delivery|due)\b)"
    r".*\bbag\b.{0,60}\b(?:in case|so) (?:i|we) (?:\w+ ){0,2}(?:run|escape|flee|get away)\b"
    r"(?! out\b)"
    r"|\bbag\b.{0,40}\bin case (?:he|she|they|my \w+) (?:kicks? off|starts?|gets? (?:angry|drunk"
    r"|violent)|goes off|loses it)\b",
    # Barricaded in at night, or hiding till someone calms: "i sleep with a chair under the
    # doorknob when my stepdad gets to drinking", "locked myself and the baby in the bathroom
    # till he calmed down".
    r"(?:\b(?:sleep\w*|slept) with (?:the door locked|a chair (?:under|against))|\b(?:chair|wedge)"
    r" (?:under|against|behind) (?:the )?(?:door|doorknob|door handle)\b)"
    r".{0,60}\b(?:drink\w*|drunk|temper|rage|angry|mood|kicks off|kicking off|(?:he|she|they)"
    r" (?:comes?|gets?) (?:home|in|back))\b"
    r"|\block\w* (?:myself|us|me and the baby|the baby and me)(?: and (?:the|my) baby)?"
    r" in (?:the )?(?:bathroom|bedroom|room|toilet|car)\b.{0,40}\b(?:till|until|when|while"
    r"|because|cos|every time|whenever) (?:he|she|they|my \w+)(?: \w+){0,2} (?:calm\w*|sober\w*"
    r"|drunk|drinks|drinking|sleeps|leaves|left|gone|kicks off|angry|shouting|rag\w*)\b",
    # Hidden from a drinker till it passes: "when he's had a drink she grabs the baby and hides at
    # mine till he's slept it off".
    r"^(?=.*\b(?:had a drink(?! of)|had a few|had a skinful|been drinking|on the drink"
    r"|(?<!milk )drunk(?! on milk)|wasted|pissed)\b).*\b(?:hide|hides"
    r"|hiding|hid|stay\w*|sleep\w*|go|goes|went|sit|sits|sat|wait\w*)\b(?: \w+){0,5} (?:till"
    r"|until) (?:he|she|they)(?: \w+){0,2} (?:slept it off|sleeps it off|sobered|sobers|calm\w*"
    r"|asleep|passed out|gone|left)\b",
    # Knives hidden from a grown-up: "i've started hiding the kitchen knives when her mam's
    # fella comes round" (not from a toddler).
    r"\bhid\w* (?:the |all the |my )?(?:kitchen )?(?:knives|knife)\b(?: \w+){0,2}"
    r" (?:when|whenever|in case|every time) (?!(?:the |my |our )?(?:toddler|kids?|children|baby"
    r"|little one|twins)\b)(?:he|she|they|his|her|my|the)\b(?: \w+){0,3} (?:comes?|came|gets?"
    r"|got|is|drinks|drunk|kicks)\b",
    # "i told everyone i fell but i didn't fall".
    r"\b(?:told|tell|telling|said)(?: \w+){0,3} i (?:fell|tripped|slipped)\b.{0,20}"
    r"\bbut i (?:did not|never)\b",
)


_BODY = (
    r"(?:eyes?|ears?|nose|skin|head|scalp|tummy|belly|stomach|gums?|tongue|mouth|lips?|groin"
    r"|boobs?|breasts?|nipples?|bottom|bum|willy|penis|testicles?|vagina|navel|belly button"
    r"|legs?|hips?|feet|foot|fingers?|toes?|neck|throat"
    r"|poo|pee|wee|urine|nappy|nappies|diaper|diapers)"
)
_SYMPTOM = (
    r"(?:lump\w*|bump\w*|swollen|swelling|red|redness|sore|sticky|gooey|crusty|peel\w*|dry"
    r"|flaky|patch\w*|discharge|pus|bleed\w*|flat|bruis\w*|itchy|scratch\w*|pain\w*|colou?r"
    r"|smell\w*|green|white|black|pink|yellow|clicky|clicking|crooked|wonky|spot\w*|bulg\w*"
    r"|pops? out|blocked|lazy|squint)"
)
# Questions that borrow health words but are not the child's health: the learned ranking
# places them instead. By kind:
# Chores, shopping, heating and the weather: "get sick out of the car seat", "order more
# formula", "a recipe for puree", "how do i bleed the radiators".
_HOUSEHOLD_AND_SHOPPING = (
    r"\b(?:get|getting|got|clean|cleaning|wash|washing|remove|removing) (?:\w+ ){1,3}(?:out of"
    r"|off (?:a |the |his |her |my )?(?:clothes|carpet|sofa|couch|sheets?|cover|seat|top|vest"
    r"|babygrow|onesie|rug|mattress))\b|\bstains?\b|\brecipes?\b|\b(?:order|reorder|buy|add)"
    r" (?:\w+ ){0,3}(?:more|some|another)\b|\b(?:to|on) (?:my|the) (?:shopping|basket|cart|list)\b"
    r"|\bhow much (?:is|are|does|do|did|was) (?:a |an |the )?(?:pint|litre|liter|gallon|carton"
    r"|bottle|tin|pack|packet|box|bag|jar|loaf|tub) of\b"
    r"|\bbleed\w* (?:the |a |our |my |all the )?(?:radiators?|brakes?|pipes?|heating|system)\b"
    # The garden and the weather: "get shut of moles on me lawn", "is it cold enough for me big
    # coat".
    r"|\b(?:moles?|slugs|snails|weeds|greenfly|aphids|ants|wasps? nest)\b(?: \w+){0,3} (?:on|in)"
    r" (?:the |my |me |our )?(?:lawn|garden|grass|yard|patio|roses|veg patch|allotment)\b"
    r"|\bcold enough for (?:a |the |my |me |your )?(?:\w+ )?(?:coat|jacket|jumper|hat|gloves"
    r"|scarf|fire|heating)\b"
    # Sick on clothes: "baby sick all down my white hoodie, how do i get it out".
    r"|\b(?:down|over|on) (?:my|me|his|her|the|our|your) (?:\w+ )?(?:hoodie|top|shirt|t shirt"
    r"|jumper|sweater|jeans|trousers|dress|coat|jacket|suit|blouse|cardigan|uniform|duvet)"
    r"\b.{0,40}\b(?:get|getting|wash|washing|clean|cleaning) (?:it|them|that|the \w+) (?:out|off)\b"
    # A smell or a mark in the furniture: "the spit up smell is stuck in the fabric sofa".
    r"|\b(?:smell|odou?r|whiff|marks?)\b(?: \w+){0,4} (?:in|into|on|out of) (?:the |my |our |a )?"
    r"(?:\w+ )?(?:sofa|couch|chesterfield|settee|carpet|rug|fabric|upholstery|car seat|clothes"
    r"|sheets?|mattress|pram|buggy|cushions?)\b"
    # The house and the weather: "turn the heating up two degrees", "the top temperature in
    # perth tomorrow", "what's the temperature going to be for my run".
    r"|\b(?:heating|thermostat|oven|heater|air ?con|fridge|freezer)\b.{0,30}\bdegrees\b"
    r"|\b(?:block|engine|car|garage|patio|pool) heaters?\b"
    # Cooking gas: "gas cylinder refill price".
    r"|\bgas (?:cylinders?|bottles?|canisters?|refills?|bills?|prices?|cookers?|hobs?|stoves?"
    r"|supply|suppliers?|company|meters?|engineers?|man|connections?|bookings?)\b"
    r"|\b(?:top|max|maximum|minimum|min|overnight|outside) temperature\b"
    r"|\b(?:what is )?the temperature (?:outside|out there|going to be|forecast|like today"
    r"|like tomorrow|in (?!(?:his|her|their|the baby)\b)\w+ (?:today|tomorrow|tonight"
    r"|this week\w*))\b"
)
# Cooking, numbers and trivia: "how long to cook chicken so it is safe to eat", "a formula in
# my spreadsheet", "who sang fever".
_KITCHEN_AND_TRIVIA = (
    r"\b(?:chicken|pork|beef|turkey|lamb|meat|sausages?|burgers?|roast)\b.{0,40}\b(?:cook\w*"
    r"|reach|safe to eat|internal temperature)\b|\bcalories? in (?:a|an|the|my)\b"
    r"|^(?:\w+ ){0,3}?who (?:sang|sings|wrote|directed|starred in|won)\b"
    r"|\b(?:spreadsheets?|excel|cells?|columns?|maths?|chemistry|physics)\b.{0,60}\bformula\b"
    r"|\bformula\b.{0,40}\b(?:spreadsheets?|excel|cells?|columns?)\b|\bformula (?:one|1|e)\b"
    rf"|\bfeed\w* (?:my|the|our) (?:\w+ )?(?:sourdough|starter|kombucha|scoby|{_PLANTS})\b"
    # Units with no child or feed named: "convert three hundred grams into ounces", "how many
    # ounces is two hundred and forty mls".
    rf"|^(?!.*\b(?:{CHILD_WORDS}|her|his|him|she|he|feed\w*|bottles?)\b)(?:\w+ ){{0,3}}?(?:convert"
    r"|how many (?:ounces|oz|mls?|millilit\w*|grams|pounds|lbs|kilos?|cups|teaspoons|tablespoons"
    r"|pints|litres|liters) (?:is|are|in|make|to)\b)"
)
# A pet's or a player's health with no child named: "the dog was sick, should i call the vet",
# "the dog choked on a chew but he is fine now", "the striker's knee".
_ANIMALS_AND_PLAYERS = (
    r"\bvets?\b"
    rf"|\bbaby {_ZOO}\b|\b(?:does|do|did|can|will) (?:a |an |the )?{_ZOO}\b"
    rf"|\b{_ZOO} (?:can|could|do|does|ever|really)\b|\bbaby grand\b"
    rf"|^(?!.*\b{CHILD_WORDS}\b)"
    rf".*(?<!like )(?:^|\b(?:the|our|my|a|his|her|their) )(?:\w+ )?(?:{PETS}|budgie|parrot"
    r"|tortoise)\b"
    rf"|^(?!.*\b{CHILD_WORDS}\b).*\b{_PLAYERS}\b"
)
# A grown-up's body: "lose the baby weight", "my partner's snoring", "my husband's blood
# pressure", "brushing my teeth", and the parent's own condition as the setting ("since my
# seizure last month he will not let me out of his sight") unless the baby's feeding or a dose
# is asked about.
_GROWN_UPS_HEALTH = (
    # A grown-up's own medicines, which the child has not got into: "then the wife's meds",
    # "grab my blood pressure pills" (not while feeding or pregnant).
    r"\b(?:(?:wife|husband|partner|hubby|mum|mom|dad|nan|gran|grandad|grandma) (?:meds|medication"
    r"|medicine|tablets|prescription|injections?)|(?:my|me) (?:own )?(?:blood pressure|cholesterol"
    r"|thyroid|heart|asthma|migraine|hay ?fever|allergy|water) (?:pills?|tablets?|meds"
    r"|medication|medicine|inhaler|prescription)|(?:his|her) (?:blood pressure|cholesterol)"
    r" (?:pills?|tablets?|meds|medication))\b(?!.{0,40}\b(?:swallow\w*|ate|eaten|got into"
    r"|chew\w*|drank|took|taken|mouth)\b)(?!.*\b(?:breast ?feed\w*|feeding|milk|pregnan\w*"
    r"|safe (?:to|for|while))\b)"
    r"|\b(?:lose|losing|lost|shift|shifting|drop|dropping) (?:the|my|this) baby weight\b"
    r"|\b(?:i|me|myself)(?: \w+){0,3} (?:lose|losing) weight\b|\b(?:workouts?|diet plan)\b"
    r"|\b(?:husband|partner|wife|boyfriend|girlfriend|hubby)(?: \w+){0,3} snor\w*"
    r"|\bworr\w* (?:myself|yourself|ourselves|themselves|himself|herself) sick\b"
    r"|\b(?:my|our|his|her) (?:own )?(?:mum|mom|mam|mammy|mummy|mommy|mother|dad|da|daddy"
    r"|father|parents|nan|gran|granny|grandma|upbringing|childhood|family|home|household)\b"
    r" (?:was|were|is|are"
    r"|has always been|had been) (?:\w+ ){0,2}cold\b"
    r"|\b(?:brush\w*|clean\w*|floss\w*) (?:my|our) (?:own )?teeth\b"
    rf"|^(?!.*\b{CHILD_WORDS}\b).*(?:^|\b(?:my|our|his|her) )(?:husband|wife|partner|hubby"
    r"|boyfriend|girlfriend|mum|mom|mother|dad|father|nan|nana|gran|granny|grandma|grandad"
    r"|grandpa|sister|brother|boss|neighbour|(?:mother|father) in law)(?: \w+)? (?:blood pressure"
    r"|cholesterol|blood sugar|heart|knee|hip|prostate|gout|arthritis)\b"
    # An older grown-up's health, with no child named: "normal blood pressure for a sixty year
    # old man", "my mother is eighty with a chest infection", "ointment for elderly people".
    rf"|^(?!.*\b{CHILD_WORDS}\b).*\b(?:(?:thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?: \w+)? years? old (?:man|woman|men|women|person|people|bloke|lady|gentleman)"
    r"|(?:elderly|older|old|aged) (?:people|person|folk|folks|man|woman|men|women|parents?)"
    r"|(?:a |in a )?grown (?:man|woman|men|women|adult|adults)"
    r"|(?:mum|mom|mother|dad|father|nan|gran|granny|grandma|grandad|grandpa|(?:mother|father)"
    r" in law) (?:is )?(?:in (?:his|her) )?(?:sixty|seventy|eighty|ninety|sixties|seventies"
    r"|eighties|nineties)\w*)\b"
    r"|\b(?:(?:after|since) my (?:own )?(?:pastevent|hypo|migraine|stroke|surgery|operation"
    r"|flare up|flare|relapse|diagnosis|chemo)|my (?:own )?(?:chronic pain|pain clinic|migraines"
    r"|epilepsy|diabetes|arthritis|fibromyalgia|fibro|ms|long covid|disability|wheelchair))\b"
    r"(?!.*\b(?:breast ?feed\w*|feeding|feeds?|milk|pregnan\w*|doses?|safe (?:to|for|while)"
    r"|pass(?:es)? (?:to|into|through)|inherit\w*|genetic)\b)"
)
_NOT_THE_CHILDS_HEALTH = re.compile(
    "|".join(
        (_HOUSEHOLD_AND_SHOPPING, _KITCHEN_AND_TRIVIA, _ANIMALS_AND_PLAYERS, _GROWN_UPS_HEALTH)
    )
)
# A health word as the setting of a question the article answers: comforting a baby after
# jabs, holding a baby with reflux "too much", guilt over stopping breastfeeding, a bond after
# postnatal depression, filling one's own cup with a newborn. The ranking places these; a
# question that also asks a health question ("is it safe to co-sleep to help us bond", "what
# cream is best for her eczema when she is so cross") stays with the clinician.
_ASKS_THE_ARTICLE = re.compile(
    r"\b(?:calm|settle|soothe|comfort|reassure|reconnect|bond|make it up|make up|repair|fix things"
    r"|fix it) (?:him|her|them|my baby|the baby|with|things|it up|down|up to)\b"
    r"(?! (?:\w+ )?(?:tummy|stomach|gums|skin|rash|eczema|cough|fever|temperature|reflux|colic|wind"
    r"|pain|nappy|bottom|chest|nose|ears?|eyes?)\b)|\bspoil\w*"
    # ... or a child by name: "comfort cian when he is upset after his injections".
    r"|\b(?:calm|settle|soothe|comfort|reassure) (?!(?:colic|reflux|teething|gums|rash|eczema"
    r"|cough|fever|pain|wind|gas|tummy|it|the|a|his|her|their)\b)\w+ (?:when|while|after|through"
    r"|during|before)\b"
    # The parent's own low mood as the setting: "on meds for depression and flat with him, am
    # i ruining him", "a bad depression day, how do we get back on track", "a therapist who
    # does both".
    r"|\bam i (?:ruining|damaging|failing) (?:him|her|them)\b|\bback on track\b"
    # ... or the parent's own body answering the crying: "i get cold and sweaty when she screams
    # in the car, is that my anxiety".
    r"|\bis (?:that|this|it) (?:just )?(?:my|me) (?:own )?(?:anxiety|stress|nerves|panic|trauma)\b"
    r"|\b(?:kind|type|sort) of (?:therapist|counsell?or|psychologist)\b"
    r"|\b(?:therapist|counsell?or|psychologist) who (?:does|knows|understands|works with)\b"
    r"|\b(?:i|me|myself) (?:\w+ ){0,2}(?:get|have|take|need) (?:a |some )?(?:bit of a |little "
    r"|proper )?(?:break|breather|time (?:for|to) myself)\b|\brod for\b"
    r"|\b(?:creat\w*|mak\w*|form\w*|start\w*) (?:a |any )?bad habits?\b"
    r"|\btrying to (?:tell me|say|communicate)\b|\bsafe (?:place|haven|base)\b"
    r"|\blet (?:him|her|them) cry\b|\b(?:stay|keep|be) calm (?:for|with|around) (?:him|her|them"
    r"|the baby|my baby)\b"
    # Crying after the care is done ("cries so much even after feeding and burping"), with no
    # health word named as a cause.
    r"|\b(?:cry|cries|crying|scream\w*|fuss\w*)(?: \w+){0,3} even (?:after|when|though)\b"
    r"(?!.*\b(?:reflux|colic\w*|allerg\w*|fever|temperature|pain|tummy|wind|gas|gassy|rash|ill"
    r"|sick|poorly|teeth|teething|hurts?|hurting)\b)"
    r"|\b(?:cry|cries|crying|scream\w*|fuss\w*)(?: \w+){0,3} (?:when|after|though|even though)"
    r" (?:he|she|they) (?:has|have|is|are|was) (?:just )?been (?:fed|changed|burped)\b"
    r"(?!.*\b(?:reflux|colic\w*|allerg\w*|fever|temperature|pain|tummy|wind|gas|gassy|rash|ill"
    r"|sick|poorly|teeth|teething|hurts?|hurting)\b)"
    r"|\b(?:missed the window|too late (?:to|for (?:us|me) to) (?:bond|attach|connect))\b"
    r"|\b(?:be|being|become) (?:the|her|his|their) (?:comfort|safe person|person)\b"
    r"|\b(?:get|got|getting) (?:him|her|them|the baby) (?:settled|calm|calmed down)\b"
    r"|\b(?:lost my temper|shouted|snapped|yelled)\b|\bmy fault\b|\bfollow (?:his|her|their) lead\b"
    r"|\bi am (?:so |absolutely |completely |totally |just )?(?:exhausted|shattered|knackered"
    r"|burnt out|burned out|running on empty|touched out)\b|\bhow (?:do|can) i keep going\b"
    r"|\b(?:fill\w*|top up) (?:my|your) (?:own )?cup\b|\bself ?care\b|\blook after myself\b"
    r"|\b(?:guilt\w*|blame myself|bad (?:mum|mom|mother|dad|father|parent)|terrible (?:mum|mom"
    r"|mother|parent)|failure|failing (?:her|him|them)|a better (?:mum|mom|mother|dad|parent))\b"
    r"|\b(?:bond\w*|attach\w*|connect\w*|(?:wrong|broken|damaged|okay) between us|cues|goodbyes?"
    r"|childhood|furious|resentful"
    r"|(?:the|nursery|daycare|creche|school) drop ?offs?"
    r"|(?:makes me|i am|i feel|i get) (?:so |really )?(?:irritated|angry|cross))\b"
    # The parent's own fear and rage ("now i panic at every feed", "a rush of rage when she will
    # not latch", "i feel sick leaving her with a sitter").
    r"|\b(?:rage|i (?:still )?panic|i am panicking|can not stop checking|the worst (?:mum|mom"
    r"|mother|dad|parent)|feel like the worst)\b|\bi (?:feel|felt|get|got) (?:physically |actually"
    r" )?sick (?:leaving|about|at the (?:thought|idea)|when i (?:leave|think))\b"
    r"|\bi am (?:\w+ )?sick (?:over|about) (?:it|this|that|what i)\b"
)
# Something put on a dummy or the gums: "is it alright to dip his dummy in honey to settle
# him", "whisky on his gums for his teeth".
_DUMMY = r"(?:dummy|dummies|pacifiers?|soothers?|binky|gums|bottles?(?! of)|teats?)"
_SWEET_OR_STRONG = r"(?:honey|sugar|syrup|whiske?y|brandy|alcohol|clove oil)"
_ON_THE_DUMMY = (
    rf"\b{_DUMMY}\b(?: \w+){{0,3}} (?:in|into|with|of) (?:\w+ ){{0,3}}{_SWEET_OR_STRONG}\b"
    rf"|\b{_SWEET_OR_STRONG} (?:on|in|into|onto) (?:\w+ ){{0,2}}{_DUMMY}\b"
)
_ASKS_ABOUT_HEALTH = re.compile(
    r"\b(?:is (?:\w+ )?safe|safe (?:to|for)|how much|how many|how often should|what dose|dosage"
    r"|should i (?:give|take|see|call|ring|be worried)|should i worry|when should i worry"
    r"|see a doctor|get (?:it|him|her|them) checked|what (?:cream|medicine|lotion|ointment|can i"
    r" give|should i give)|can i give|(?:getting|having|get) enough|enough milk)\b"
    # What goes into a baby's mouth is a health question whatever it is for.
    rf"|{_ON_THE_DUMMY}"
)
# A baby under three months with a fever: a health question, but one for a clinician today
# (NHS, CDC: a temperature of 38 C or more under three months), so the redirect says "now".
_NEWBORN = (
    r"(?:newborn|(?:\w+ )?days? old|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|\d{1,2}) weeks? old|under (?:three|3) months)"
)
_HAS_A_FEVER = (
    r"(?:(?:has|got|have|had|running|with|developed) (?:a )?(?:high |slight |bit of a )?(?:fever"
    r"|temperature|temp)|temperature (?:is |of )?(?:thirty eight|thirty nine|forty|38|39|40)"
    r"|thirty (?:eight|nine) point \w+|3[89](?: point \w+|\.\d)|burning up"
    r"|feels (?:really |very |so )?hot)"
)
_NEWBORN_FEVER = re.compile(
    rf"\b{_NEWBORN}\b.{{0,80}}\b{_HAS_A_FEVER}\b|\b{_HAS_A_FEVER}\b.{{0,80}}\b{_NEWBORN}\b"
)
_SLEEP_THING = (
    r"(?:sleeping bags?|blankets?|duvets?|pillows?|bumpers?|mattress\w*|cots?|cribs?"
    r"|moses baskets?|bassinets?|sleep ?pods?|baby nests?|next to me cribs?|side sleep\w*)"
)
_EQUIPMENT = (
    r"(?:epi ?pens?|inhalers?|spacers?|puffers?|puffs|nebuli[sz]ers?|oxygen|sats|saturations?"
    r"|(?:ng|nasogastric|feeding|peg|gastrostomy) tubes?|tube feed\w*|stoma|catheter|cannula)"
)
_EQUIPMENT_ASK = (
    r"(?:how (?:many|much|often|long)|how (?:do|should|can) (?:i|we) (?:check|use|clean|change|give"
    r"|flush|set|replace|know|tell|buy|get)|what (?:flow|setting|level|reading|number|size|rate)"
    r"|is (?:it|that|this) safe|expired|out of date|readings?|alarm\w*|beep\w*|levels?"
    r"|in the right place|meant to be)"
)
_MEDICAL = _any(
    rf"\b(?:fever\w*|febrile|temperature|temp|thermometer|hot to the touch|{_PAST_EVENT_MARK})\b",
    # A fever in Fahrenheit with no unit: "kid's running a hundred and one".
    r"\brunning (?:at )?(?:a|one) hundred\b",
    r"\b(?:he|she|baby|newborn|old)(?: \w+){0,2} (?:feels?|felt) (?:really |very |so |quite )?"
    r"(?:hot|clammy)\b|\bburning up\b",
    r"\bdegrees\b(?! (?:celsius|fahrenheit|c|f) (?:to|in|into)\b)(?!.{0,15}\boutside\b)",
    # The "how" may have been stripped by a carrier phrase ("how {Query}").
    r"(?:\bhow |^)(?:much|many|often|long)\b.{0,40}\b(?:feed\w*|eat|eats|eating|drink\w*|formula"
    r"|milk|ounces?|oz|ml|bottles?|nurs(?:e|es|ing)|breastfe\w*|solids|food)\b",
    # "how much {Query}" reaches us as "milk does she need": a feeding word first is enough.
    r"^(?:milk|formula|food|solids|feeds?|feeding|ounces|oz|ml|bottles?|water|juice)\b",
    r"\b(?:formulas?|breast ?milk|milk supply|cows? milk|whole milk|ounces?|oz|ml|millilit\w*"
    r"|breastfe\w*|bottle ?fe\w*|latch\w*|solids|weaning|puree\w*|baby food|overfe\w*"
    r"|underfe\w*|feeding schedule)\b",
    rf"\b(?:medicine|medication|meds|{_PAIN_RELIEF}|antibiotics?|dose|dosage"
    r"|gripe water|probiotics?|vitamins?|supplements?)\b",
    r"\b(?:rash(?!ers?\b)\w*|eczema|hives|spots|blisters?|cradle cap|acne)\b",
    r"\b(?:vomit\w*|throwing up|threw up|thrown up|throw up|spit\w* up|sick up|projectile"
    r"|reflux|gerd)\b",
    r"\benough (?:milk|formula|food|feeds?|to eat|to drink|wet nappies|nappies|sleep)\b",
    r"\b(?:drink|drinks|drinking|have|give|giving|sips? of) (?:\w+ ){0,2}(?:water|juice|tea|coffee"
    r"|squash|fruit juice)\b",
    r"\b(?:diarrh\w*|constipat\w*|poop\w*|poo|pooing|stools?|bowel\w*|blood|bleeding)\b",
    # "Potty" for what is in it (Indian English): "green potty three times today".
    r"\b(?:green|yellow|black|white|loose|watery|hard|runny|bloody|no) potty\b(?! training\b)",
    r"\b(?:loose|runny|watery|green|hard|dry|bloody|slimy|frothy|mucus\w*) (?:nappies|nappy"
    r"|diapers?|poos?|stools?)\b",
    r"\b(?:weight|weighs?|weighing|gaining|growth chart|percentile|underweight|overweight)\b",
    # Yellow on the body, not a yellow submarine.
    r"\bjaundice\w*|\byellow(?:ish)?(?= (?:skin|eyes?|tinge|colou?r|poo\w*|stools?|sick|vomit"
    r"|discharge|crust\w*|pus|snot|gunk|bogeys|flakes|patches|scales|spots|blisters)\b)|\b(?:skin"
    r"|eyes?|he|she|baby|looks?|looking|gone|going|turned|turning|is|bit|very|quite|more|little"
    r"|still|slightly|faintly|mildly|crusty|flaky|scaly) yellow\b",
    r"\b(?:vaccin\w*|immuni[sz]\w*|shots|jabs|injections?|mmr|bcg|rotavirus)\b",
    # (A cold person is not a cold: "my father was cold and shouty", "emotionally cold".)
    r"\b(?:cough\w*|(?<!emotionally )(?<!\bi go )(?<!\bi went )(?<!\bi get )(?<!\bi got )"
    r"colds?(?! (?:water|weather|outside|drinks?|tea|coffee|feet"
    r"|brew|shoulder|turkey|calls?|case|front|spell|wash|cycle|setting|milk|pasta|food|meat"
    r"|parents?|mother|father|mum|mom|dad|childhood|home|household|upbringing|family|towards"
    r"|(?:to|with) (?:me|us|him|her|them|the baby|my baby)|(?:and )?(?:shouty|distant|strict"
    r"|harsh|critical|dismissive|unloving"
    r"|unaffectionate|detached|controlling|mean|aloof|angry))\b)"
    r"|congest\w*|runny nose|stuffy|sneez\w*|infections?|flu|rsv|covid"
    r"|virus|unwell|wheez\w*|snor\w*|teeth|teething|colic\w*|gassy|gas|burp\w*|allerg\w*"
    rf"|dehydrat\w*|bruis\w*|grunt\w*|{_HAEMORRHAGE}\w*|apn(?:o|oe|e)a|tongue tie|thrush"
    r"|conjunctivitis|pink eye|sticky eye"
    r"|umbilical|cord stump"
    r"|soft spot|fontanel\w*|flat head|hernia|circumcis\w*|pain)\b",
    r"\b(?:sick|ill)\b(?! (?:and tired|of))",
    r"\bbreathing (?:fast|noisy|funny|weird|strange|rapid\w*|loud\w*)\b",
    r"\b(?:stops?|stopping) breathing\b|\bperiodic breathing\b",
    r"\b(?:sids|cot death|crib death|safe sleep\w*|co ?sleep\w*|bed ?shar\w*|swaddl\w*"
    r"|bumpers?|sleep positions?)\b",
    r"\bsleep\w*(?: \w+){0,2} (?:on (?:his|her|their|its|the) (?:tummy|stomach|side|front)"
    r"|in (?:bed|our bed|my bed|the bed) with|with (?:me|us)\b|on the (?:couch|sofa)"
    r"|in (?:a|the|his|her|their) car seat)",
    r"\bin bed with (?:me|us)\b",
    r"\b(?:not|will not|refus\w*) (?:taking|take|having) (?:\w+ )?(?:feeds?|bottles?|milk"
    r"|breast)\b",
    r"\b(?:roll\w*|turn\w*) (?:over )?(?:onto|on to|on) (?:his|her|their) (?:tummy|stomach|front"
    r"|side)\b",
    # Where and how a baby sleeps safely is for the family's clinician too.
    r"\b(?:side|tummy|front|stomach) sleep\w*\b",
    rf"\b{_SLEEP_THING}\b.{{0,40}}\b(?:safe|safer|safest|unsafe|dangerous)\b"
    rf"|\b(?:safe|safer|safest|unsafe|dangerous)\b.{{0,30}}\b{_SLEEP_THING}\b",
    r"\b(?:sleep\w*|nap\w*|lie|lying|put|keep) (?:\w+ ){0,3}(?:in|into) (?:our|my|the family"
    r"|the parents) bed\b",
    r"\b(?:share|sharing|shares) (?:a|our|my|the) bed\b",
    # ("six weeks postnatal" is a time, not a health question.)
    r"\b(?:postpartum|post partum|postnatal|post natal) (?:depression|psychosis|anxiety|ocd"
    r"|rage|blues|bleeding|check)\b|\b(?:ppd|pnd|depress\w*)\b",
    # Feeling nothing for the baby can be a sign of postnatal depression: a clinician's question.
    r"\b(?:feel|feeling|felt) (?:so |completely |totally )?numb\b",
    r"\b(?:do not|can not|not) (?:love|feel anything for|feel love for) (?:my |the )?baby\b",
    # A part of the body and something wrong with it: "his eye is all sticky", "a lump in his
    # groin".
    rf"\b{_BODY}\b(?: \w+){{0,4}} {_SYMPTOM}\b",
    rf"\b{_SYMPTOM}(?: \w+){{0,3}} (?:on|in|of|around|behind|under) (?:\w+ ){{0,2}}{_BODY}\b",
    # A fall or a knock with no warning sign after it (with one, it is an emergency).
    r"\b(?:fell|fallen|falls|rolled) (?:off|out of|from|down)\b",
    r"\b(?:thirty|forty) (?:\w+ )?point \w+\b|\b(?:3[5-9]|4[0-2])(?: point \w+|\.\d)\b",
    r"\b(?:hit|banged|bumped|knocked|hurt|injured|cracked) (?:\w+ ){0,2}head\b",
    r"\bhead (?:injury|injuries|wound|bump|knock)\b",
    r"\b(?:swallow\w*|ate|eaten|drank|drunk|chewed|licked) (?:a bit of|some|a little)\b",
    r"\b(?:wet|dirty|soiled) (?:nappies|nappy|diapers?)\b",
    r"\b(?:brings?|bringing|brought) up (?:milk|feeds?|a bit|some|curd\w*)\b",
    r"\b(?:haemorrhoids?|hemorrhoids?|hemroids?|(?:got|have|has) piles)\b",
    # ("honey" said to someone is no food: "honey stop kicking the seat", "thanks honey".)
    r"\b(?:loose motions|runny poo|blocked nose|snuffl\w*|sniffl\w*|mastitis|melatonin"
    r"|(?<!\bthanks )(?<!\bthank you )(?<!\bhey )(?<!\bok )(?<!\bokay )(?<!\byes )honey(?! (?:stop"
    r"|come|get|put|please|do not|can you|could you|sit|go|wait|hang on|leave|give|love)\b)"
    r"|heart murmur|hand foot and mouth|chicken ?pox|measles|meningitis|ear infection|croup"
    r"|nits|head lice|lice|threadworms?"
    r"|tongue tie|milk spots|birthmarks?|moles?|squint|hip dysplasia|clicky hips?|hernia"
    r"|hiccups?|hiccoughs?)\b",
    # How to run the equipment of a baby with extra health needs ("how many puffs through the
    # spacer", "what flow of oxygen overnight"); the equipment as a setting is not enough.
    rf"\b{_EQUIPMENT}\b.{{0,60}}\b{_EQUIPMENT_ASK}\b|\b{_EQUIPMENT_ASK}\b.{{0,60}}\b{_EQUIPMENT}\b",
    r"\b(?:wake|waking|wakes) (?:him|her|them|the baby|my baby|baby)(?: up)? (?:to|for)"
    r" (?:a )?feeds?\b",
    _ON_THE_DUMMY,
)


@dataclass(frozen=True)
class Triage:
    """What safety makes of a question: the outcome and which response to give."""

    outcome: str  # CRISIS, MEDICAL or NONE
    # EMERGENCY, HARM, PROTECT or DANGER for a crisis, MEDICAL or URGENT for a health question.
    response: str | None = None
    # For NONE: the learned check's chance of danger was at least SAFETY_NET, so the answer
    # should name the emergency number too.
    near_danger: bool = False
    # For NONE: the question asks what the article answers (see _ASKS_THE_ARTICLE) and no
    # health question, so the ranking should not answer it as one.
    article_question: bool = False


@dataclass(frozen=True)
class Resources:
    """Who to call in one locale, as written on a card and as Alexa should say it."""

    locale: str
    emergency: str
    emergency_say: str
    crisis_line: str
    crisis_line_say: str
    violence_line: str  # a helpline for someone being hurt by a partner or another adult
    violence_line_say: str
    bed: str
    clinician: str
    source: str


_WORD_START = re.compile(r"\b\w")


def _found(pattern: re.Pattern[str], text: str) -> bool:
    """``pattern.search(text)``, tried only where a word starts (every rule begins there).

    With a hundred alternatives per rule set, skipping the positions inside words makes
    triage about twice as fast; tests/test_safety.py checks the answers are the same.
    """
    return any(pattern.match(text, start.start()) for start in _WORD_START.finditer(text))


def _at_least_two(signs: tuple[re.Pattern[str], ...], text: str) -> bool:
    found = 0
    for sign in signs:
        if sign.search(text):  # short patterns: a plain search is quicker here
            found += 1
            if found == 2:
                return True
    return False



# A bruise, a bump or a nail changing colour ("the bump has turned purple and yellow", "his
# nail has gone black") is a bruise, read by the health rule, not a child turning blue: the
# colour is read as "bruised".
_BRUISE_COLOURS = re.compile(
    r"\b(?:bumps?|bruis\w*|lumps?|nails?|toenails?|fingernails?|marks?|graze|scratch|bite|birthmarks?"
    r"|veins?|egg)\b(?: (?!(?:and|but)\b)\w+){0,6} (?:went|turned|turning|goes|going|is|are|gone"
    r"|looks?) (?:a bit |slightly |really |all )?(?:blue|grey|gray|purple|black|yellow|green)\b"
)


# What a nappy holds changing colour ("her poo has gone a funny colour", "his wee is dark
# orange") is for the health rule, not a baby gone pale or grey: read as "discoloured".
_NAPPY_COLOUR = re.compile(
    r"\b(poo\w*|nappy|nappies|diapers?|stools?|wee|pee|urine|snot|mucus|bogeys?)\b"
    r"((?: (?!(?:and|but|then|he|she|they|baby|him)\b)\w+){0,5})"
    r" (?:went|turned|turning|goes|going|gone|is|are|was|were|looks?|looking|seems?)"
    r" (?:a |all |really |very |quite |kind of |sort of |slightly |bit )*(?:funny |strange |weird"
    r" |odd |different |dark |light |pale |bright )?(?:colou?r|blue|grey|gray|purple|black|white"
    r"|pale|yellow|green|greenish|orange|red|brown)\b"
)


# "Fine" that came before the event, not after it: "he was fine a minute ago", "she was okay
# until tea time", "he seemed alright and then".
_WELL_BEFORE = r"(?! (?:\w+ ){0,3}(?:ago|before|beforehand|until|till|earlier|then|but)\b)"
# How a baby is when a fright is over: "she is laughing now".
_CONTENT_AGAIN = (
    r"fine|ok|okay|alright|all right|happy|settled|grand|good|laughing|smiling|giggling|babbling"
    r"|cooing|playing"
)
# A choke the speaker says is over ("choked on her milk but coughed it up and is fine now"), or
# one that comes with every meal ("gags and chokes on lumpy food every time"), is a feeding
# question: the word reads as a cough, so a later sign still counts.
_CHOKE_THAT_PASSED = re.compile(
    r"\bchok(?:e|es|ed|ing)\b(?=.{0,80}\b(?:but|then|and|now)\b(?: \w+){0,4} (?:is|was|seems"
    r"|seemed|looks|looked|seem|fine|ok|okay) (?:totally |completely |absolutely |perfectly )?"
    rf"(?:{_CONTENT_AGAIN})\b{_WELL_BEFORE}"
    r"|.{0,60}\bcough(?:s|ed) (?:it|them|the \w+) (?:\w+ )?(?:up|out)\b"
    r"|.{0,40}\b(?:letdown|let down|fast flow|flow is (?:too )?fast|fast teat|teat"
    r"|milk (?:comes|is coming|came|flows|pours)(?: out)? (?:too |really |so )?(?:fast|quick))\b)"
    r"|\bchokes\b(?=(?: \w+){0,5} (?:every time|each time|whenever|all the time"
    r"|at (?:every|each) (?:feed|meal|bottle))\b)"
    # ... or content again right after: "choke a bit but now laughing already".
    rf"|\bchok(?:e|es|ed|ing)\b(?=(?: \w+){{0,6}} (?:but|and) now (?:\w+ )?(?:{_CONTENT_AGAIN})"
    r"(?: again| already)?\b)"
)
# ... or asked about once it is over: "went red for a sec but she is laughing now, was that a
# choke" (the choke word alone reads as a cough).
_ASKED_IF_IT_WAS_A_CHOKE = re.compile(
    r"(\b(?:but|and|now) (?:he|she|they|baby|the baby) (?:is|was|seems|seemed) (?:totally |fine"
    rf" and |all )?(?:{_CONTENT_AGAIN})(?: now| again)?(?: \w+){{0,4}} (?:was|is) (?:that|it|this)"
    r" (?:a |him |her )?)chok(?:e|ed|ing)\b"
)


# An emergency that is over and asked about ("she had a febrile seizure last month, what should
# we watch for", "last summer he nearly drowned, should i worry about his lungs") is a
# question for the family's clinician. Only a time long enough ago counts ("just now" does
# not), and a warning sign happening now is still read by the other rules.
# Months or years ago: long enough for a swallowed thing to be over too (see
# _SWALLOWED_LONG_AGO).
_MONTHS_AGO = (
    r"(?:last (?:month|year|summer|winter|spring|autumn|christmas)|back in (?:january|february"
    r"|march|april|may|june|july|august|september|october|november|december)"
    r"|(?:\w+ ){0,2}(?:months?|years?) ago)"
)
_LONG_AGO = (
    rf"(?:last week|{_MONTHS_AGO}"
    r"|(?:\w+ ){0,2}(?:days?|weeks?) ago|in the (?:winter|summer|spring|autumn)"
    r"|the other (?:day|night|week)|a while (?:back|ago)|earlier this (?:week|month|year)"
    r"|when (?:he|she|they|i) (?:was|were) born|at (?:his |her |their )?birth|during (?:the |my )?"
    r"(?:birth|delivery|labour|labor))"
)
_PAST_EVENT_WORD = (
    # (Not the parent choked by someone: "he choked me last night" is abuse, still going on.)
    r"(?:seizures?|convulsions?|fits?|drown\w*|chok(?:e|ed|ing)(?! (?:me|us)\b)|anaphyla\w*"
    r"|allergic reaction"
    r"|passed out|fainted|blacked out|collapsed|went (?:floppy|limp)|burn(?:s|t|ed)?|blister\w*"
    rf"|scald\w*|{_HAEMORRHAGE}es?|lost (?:a lot of|so much|lots of|loads of) blood"
    r"|(?:went|turned|turns|gone|going) (?:\w+ ){0,2}(?:blue|grey|gray|purple|dusky)|caught fire)"
)
# The event, then when ("a fit with a fever last month"): "last night" and "before" count here,
# not in front ("last night he started choking" may still be going on).
_EVENT_THEN_WHEN = re.compile(
    # (Not one said to be going on: "she is choking but she was happy before tea".)
    r"(?<!\bis )(?<!\bare )(?<!\bstill )(?<!\bkeeps )"
    rf"\b{_PAST_EVENT_WORD}\b(?=(?: \w+){{0,5}} (?<!since )(?:{_LONG_AGO}|last night|last time"
    # "before" starting a clause of what happened next is the same moment: "went limp for a
    # few seconds before she cried", "turned blue before i picked him up".
    r"|yesterday|before(?! (?:he|she|they|it|i|we|you|the baby|baby|my baby)"
    r" (?!(?:was|were|had|could|turned|moved)\b))"
    r"|in the past(?! (?:\w+ ){0,2}(?:minutes?|hours?|hour))"
    r"|(?:back )?in (?:the )?(?:nicu|scbu|special care|neonatal unit)"
    r"|when (?:he|she|they) (?:was|were) (?:a newborn|tiny|(?:\w+ ){1,2}(?:days?|weeks?|months?)"
    r" old))\b)|\bhistory of (?:febrile )?(?:seizures?|convulsions?|fits?)\b"
    # Said in the past tense at an occasion: "my nephew choked on a grape at christmas".
    r"|\b(?:choked|drowned|fainted|collapsed|passed out|blacked out|went (?:floppy|limp|blue)"
    r"|turned blue|burnt|burned|scalded|had (?:a |an )?(?:febrile )?(?:seizure|fit|convulsion"
    r"|allergic reaction))\b(?=(?: \w+){0,5} (?:at|over|on) (?:christmas|easter|thanksgiving"
    r"|diwali|eid|hanukkah|new year|the holidays|holiday|half term|the wedding|the christening"
    r"|a party|the party)\b(?! (?:dinner|lunch|table)\b)"
    r"(?!.*\b(?:just now|right now|minutes? ago|an hour ago|tonight|today|this (?:morning"
    r"|afternoon|evening))\b))"
    # Named, not happening: "is gagging the same as choking", "signs of dry drowning".
    r"|\b(?:dry|secondary|delayed) drowning\b"
    r"|(?:(?<=\bsame as )|(?<=\bsame thing as )|(?<=\bsigns of )|(?<=\bprevent )|(?<=\bbetween )"
    r"|(?<=\bcause )|(?<=\bcauses )|(?<=\btrigger )|(?<=\blead to )|(?<=\brisk of )"
    # ... or told as a diagnosis, which comes after: "doctor said it was a febrile convulsion".
    r"|(?<=\bsaid it was )|(?<=\bsay it was )|(?<=\bsays it was )|(?<=\btold us it was )"
    r"|(?<=\bcalled it )|(?<=\bdiagnosed as )|(?<=\bdiagnosed with ))"
    rf"(?:a |an |\w+ing and )?(?:febrile |simple |benign )?{_PAST_EVENT_WORD}\b"
)
# Said to be over and well ("the doctor said it was febrile and he is fine now"): every such
# event named before the last time it is said is past.
_SETTLED = re.compile(
    r"\b(?:came round|came to|is|am|was|has been|have been|seems?|seemed|looks?|looked|been)"
    r" (?:totally |completely |absolutely |perfectly |100 percent |just )?(?:fine|okay|ok|alright"
    r"|all right|well|better|all better|back to normal|back to (?:himself|herself))"
    r" (?:since|ever since|now|after|afterwards|straight away|since then)\b"
    r"|\b(?:came round|came to|came back round|recovered|perked up)\b(?! (?:slowly|a bit|a little))"
    r"|\b(?:it|that|which) (?:passed|went away|cleared)\b"
    r"|\b(?:pink|rosy|normal colou?r) again\b|\bcolou?r (?:came|has come|is) back\b"
    r"|\b(?:he|she|they|baby|it) (?:was|is|seems|seemed|has been|have been)(?: \w+)?"
    rf" (?:fine|okay|ok|normal|alright|all right|back to normal)\b(?! to\b){_WELL_BEFORE}"
    r"|\b(?:is it|is this|it is) healing\b|\bhealing (?:well|alright|ok|okay|nicely|properly)\b"
    r"|\b(?:doctors?|hospital|paramedics?|gp|nurse|consultant|health visitor|cardiologist"
    r"|paediatrician|pediatrician|specialist|surgeon|neurologist|midwife|team)\b(?: \w+){0,6}"
    r" (?:said|says|called it|told us|told me)\b(?: \w+){0,4} (?:fine|okay|normal|a one off"
    r"|febrile|nothing to worry|breath holding|reflux|expected)\b"
)
_EVENT = re.compile(rf"\b{_PAST_EVENT_WORD}\b")
# Limp and blue together, or limp and then coming round (out for a moment), just now, is an
# emergency even when the baby came round (a brief resolved event is for the emergency services
# to judge); not a breath-holding spell in a cry or a tantrum, nor one long ago.
_LIMP_JUST_NOW = re.compile(
    r"^(?=.*\b(?:(?:went|turned|turns|gone|going) (?:\w+ ){0,2}(?:blue|grey|gray|purple|dusky)"
    r"|came (?:back )?round|came to)\b)"
    r"(?=.*\b(?:went|gone|going) (?:all )?(?:floppy|limp)\b)"
    rf"(?!.*\b(?:scream\w*|cry|cries|crying|tantrum|paddy|holding (?:his|her) breath|breath holding"
    rf"|{_LONG_AGO}|last night|yesterday)\b)"
)
# Long ago, a stop in breathing is over too ("last year she stopped breathing and was revived,
# she is healthy now"); said of last night, or as "fine now", it is still read as an emergency.
_LONG_AGO_EVENT = re.compile(
    rf"\b(?:{_PAST_EVENT_WORD}|(?:stopped|stops|stop|not) breathing|(?:was|were) dying"
    r"|(?:call|called|ring|rang|phone|phoned) (?:for )?(?:an |the )?ambulance"
    r"|(?:had|got) (?:an |the )?ambulance (?:out|round|over|come))\b"
)
# Something swallowed is over only when it is known to be out: "it came out the other end and
# the x ray was clear" (a swallowed battery that "seems fine" is still an emergency).
_CLEARED = re.compile(
    r"\b(?:came out (?:the other end|in (?:his|her|the) (?:nappy|poo|diaper))|x ?rays? (?:was |were"
    r" |came back )?(?:clear|fine|normal)|pooed it out|passed it)\b"
)
_SWALLOWED_WORD = re.compile(r"\bswallow\w*\b")
# Thoughts of suicide had once, then said to be well ("i had a really dark patch with suicidal
# thoughts after my first, i am well now"): over, like an event.
_HAD_THOUGHTS = re.compile(
    r"\bhad (?:\w+ ){0,4}(?:suicidal|dark) (?:thoughts|patch|time|period|feelings)(?: (?:with|and"
    r"|of) (?:\w+ )?(?:suicidal |dark )?thoughts)?\b"
    r"|\bhad (?:\w+ ){0,4}thoughts of (?:suicide|ending it|not being here|dying)\b"
)
# Born unwell is over by definition: "he was born not breathing and spent three weeks in the
# neonatal unit, he is thriving now".
_BORN_UNWELL = re.compile(
    r"\b(?<=born )(?:not breathing|blue|grey|gray|floppy|limp|lifeless|silent|not crying"
    r"|without breathing)\b"
)
# Bleeding that has stopped ("bit his tongue and there was loads of blood but it stopped
# quickly") is a question for the clinician; bleeding said after that is still read.
_BLEEDING_STOPPED = re.compile(
    r"\b(?:it|bleeding|the bleeding|blood|the blood|that|which|nosebleed|nose bleed) (?:has |had"
    r" |have |is |was )?(?:stopped|dried up|eased off)\b(?! (?:and|then|but) (?:started|come)\b)"
    r"|\b(?:has |had |have )?stopped bleeding\b"
)
_BLEEDING_WORD = re.compile(r"\b(?:bled|bleeding|bleed|bleeds|blood)\b")
# A tumble off a sofa or bed with the child plainly well since ("fell off the bed and bumped
# her head but she is playing happily") is a question for the clinician. Not with any sign
# from _AFTER_INJURY (stairs, a hard floor, sickness, drowsiness, blood, a big lump) or a
# moment out cold: those stay emergencies.
_WELL_SINCE = re.compile(
    r"\b(?:playing|eating|feeding|laughing|smiling|babbling|running (?:round|around)|climbing"
    r"|crawling)(?: \w+){0,2} (?:happily|normally|like normal|as normal|fine|again|as usual)\b"
    r"|\b(?:is|seems?|seemed|was|been|has been|acting|looks?|looked) (?:totally |completely"
    r" |absolutely |perfectly |just |100 percent )?(?:fine|normal|himself|herself|like (?:himself"
    rf"|herself)|(?:his|her) (?:normal|usual) self|ok|okay|alright|all right)\b{_WELL_BEFORE}"
    r"|\bback to (?:normal|himself|herself|playing)\b"
)
_OUT_COLD = re.compile(
    r"\b(?:(?:was|went|been|is) out (?:cold|for)|passed out|knocked out|blacked out|unconscious"
    r"|came round|came to|fainted|limp|floppy"
    r"|not responding|unresponsive|went still|seiz\w*|fits?|fitting|convuls\w*|pastevent)\b"
)
_TUMBLE = re.compile(r"\b(?:fell|fallen|falls|falling|tumbled|rolled)\b(?! asleep)")
# A word that is not the speaker coming back to now: windows over a memory, a time long ago
# or a what-if are made of these.
_NOT_NOW = r"(?: (?!(?:now|again|today|tonight|currently|still)\b)\w+)"
# The words after a time long ago, up to eight.
_THEN = rf"{_NOT_NOW}{{1,8}}"
_WHEN_THEN_EVENT = re.compile(rf"\b{_LONG_AGO}{_THEN}")
# ... or when it was months or years ago ("we had a scare last year when she swallowed a
# battery"): what is still inside after that long is a question for the clinician.
_SWALLOWED_LONG_AGO = re.compile(
    rf"\b{_MONTHS_AGO}{_THEN}|\bswallow\w*\b(?=(?: \w+){{0,5}} {_MONTHS_AGO}\b)"
)
# The parent's own childhood ("when i was little i nearly drowned, now i panic when she cries")
# and a story about another child ("i saw a news story about a baby drowning in the bath") are
# neither an emergency now nor this child's health: their events are marked as a memory,
# which no rule reads.
_MEMORY_OR_STORY = re.compile(
    r"\b(?:when i was (?:little|a kid|a child|young|small|a teenager|younger|a baby)|as a (?:kid"
    r"|child)|growing up|(?:saw|seen|read|heard|watched|watching|reading) (?:\w+ ){0,3}(?:news"
    r"|story|stories|article|documentary|film|movie|programme|program|show|video|post|report"
    r"|podcast|episode)(?: about)?|(?:film|movie|book|novel|show|series|documentary|episode|game"
    r"|podcast|drama|soap|sitcom|cartoon)(?: of(?: \w+){1,5}?)?(?: (?:was|is) (?:it|that))?"
    r" (?:about|called|where|in which)"
    r"|had (?:a |this )?(?:\w+ )?(?:nightmare|dream)"
    r"|(?:in|on) (?:my|the|a|this|that|her|his) (?:\w+ )?(?:show|film|movie|book|cartoon|programme"
    r"|program|episode|series|game|drama|soap)|(?:in|on) the (?:news|paper|papers|newspaper|radio)"
    r"|(?:head|mind) (?:is |has been |was )?(?:full of|filled with)"
    rf"(?: that| about| where| of)?){_THEN}"
)
# Falls count as events in a memory, a story or a dream ("i had a nightmare that i dropped her").
_MEMORY_EVENT = re.compile(
    rf"\b(?:{_PAST_EVENT_WORD}|fell|fallen|falling|dropped|dropping|rolled off|tumbled"
    r"|falls|chokes|swallow\w*|batter(?:y|ies)|magnets?|(?:not|stopped|stops) breathing"
    r"|(?:did not|does not|would not|will not|never) wake up|unconscious"
    r"|knocked (?:out|unconscious)|fire|flames)\b"
)
_MEMORY_MARK = "memory"
# What a parent sees in their job ("i am a paramedic and see kids choking at work") is not
# happening at home: its events are a memory.
_AT_WORK = re.compile(
    r"\b(?:see|seen|saw|sees|deal with|dealt with|treat\w*|attend\w*|look after)(?: \w+){1,4}"
    r" (?:at work|on (?:shift|the ward|my shifts?|the job))\b"
)
# A child lost before this one ("since our daughter died i check on the baby every five
# minutes", "after a previous cot death") is grief, not an emergency now: a memory. Only
# where the words place the death in the past; "my baby died in her sleep" is still read.
_CHILD_OR_SIBLING = (
    r"(?:son|daughter|baby|babies|boy|girl|sister|brother|twins?|first|firstborn|first born"
    r"|child|little one)"
)
_LOSS_BEFORE = re.compile(
    rf"\b(?:since|after|ever since) (?:we|i) lost (?:our|my|his|her|their) (?:\w+ )?"
    rf"{_CHILD_OR_SIBLING}\b"
    rf"|\b(?:since|after|ever since) (?:our|my|his|her|their) (?:\w+ )?{_CHILD_OR_SIBLING}"
    r" died\b"
    rf"|\b(?:our|my|his|her|their) (?:\w+ )?{_CHILD_OR_SIBLING} died (?:of (?:sids|cot death"
    rf"|crib death) )?(?:{_MONTHS_AGO}|and (?:now|since)|before (?:this|he|she|the|we|i))\b"
    r"|\b(?:a |our |my |the |his |her )?(?:previous|earlier|past|last) (?:baby )?(?:cot death|sids"
    r"|crib death|loss|stillbirth)\b"
)
# A drill or a course about an emergency ("a paediatric choking scenario for the students",
# "a baby cpr class") is not one: its event is marked as a memory too.
_PRACTICE = re.compile(
    rf"{_MEMORY_EVENT.pattern}(?= (?:\w+ ){{0,2}}(?:scenario|simulation|drill|training (?:session"
    r"|course|day)|course|class|workshop|exam|quiz|leaflet|poster|demonstration|demo)s?\b)"
)
# A what-if ("hypothetically what should i do if she ever chokes", "just so i am prepared, if
# a baby ever swallows a button battery") is a first-aid question for the family's clinician:
# its events are read as over.
_WHAT_IF = re.compile(
    r"\b(?:hypothetically|in theory|in case of|(?:if|in case) (?:\w+ ){0,3}ever)"
    rf"{_NOT_NOW}{{1,14}}"
    # ... or said last: "how do i do baby cpr just in case i ever need it", "what is the first
    # aid for a choking baby just in case".
    r"|^(?:\w+ ){1,14}(?=(?:just )?in case (?:\w+ ){0,2}ever\b|just in case\b)"
    # ... or asked as how one would know: "how would i know if my baby was having a seizure".
    r"|\bhow (?:would|will) (?:i|you|we) (?:know|tell|spot|recognise|recognize) (?:if|when|that)"
    rf"{_NOT_NOW}{{1,12}}"
    # ... or put off to a day that may come: "what do i do if baby chokes one day".
    r"|\bif (?:\w+ ){1,8}(?=(?:one day|someday|some day|in the future)\b)"
    # ... or the parent's own that may come: "how do i feed him if i might have a seizure".
    rf"|\bif i (?:might|may|could|ever|were to) (?:have|get)(?: a| an){_NOT_NOW}{{1,8}}"
    # ... or guarded against: "how do i babyproof the house against button batteries".
    rf"|\b(?:baby ?proof\w*|child ?proof\w*)(?: \w+){{0,4}} (?:against|from|for){_NOT_NOW}{{1,10}}"
    rf"|\b(?:if|in case|when) (?:one day|someday|some day){_NOT_NOW}{{1,10}}"
)
_WHAT_IF_EVENT = re.compile(
    rf"{_MEMORY_EVENT.pattern}|\b(?:cpr|resuscitat\w*|rescue breaths|chest compressions"
    r"|heimlich|back blows|recovery position|unresponsive|(?:an |a real )?emergency)\b"
    r"|\bstop breathing\b|\b(?:goes|turns|went|turned) blue\b"
)


# A toddler banging their own head ("he bangs his head against the cot when he's cross") is
# behaviour, not someone hurting them: "his own head", which the rough-handling rule leaves to
# the injury rules.
_OWN_HEAD = re.compile(
    r"\b(?:(he)|she)((?: \w+){0,2}) (bang\w*|bash\w*|thump\w*|hit\w*|knock\w*) (?(1)his|her) head\b"
)


# Asking when to call, which is no call ("should i call an ambulance if he ever swallows a
# battery", "when is a temperature bad enough to call an ambulance"): what follows is read.
_AMBULANCE = (
    r"(?:an ambulance|the ambulance|999|911|000|112|nine nine nine|nine one one|triple zero"
    r"|emergency services)"
)
_ASKS_WHEN_TO_CALL = re.compile(
    rf"\b(?:should|do|would) (?:i|we) (?:call|ring|phone) {_AMBULANCE}(?= (?:if|when)\b)"
    rf"|\b(?:bad|serious|high|ill|sick) enough to (?:call|ring|phone) {_AMBULANCE}"
    rf"|\bwhen (?:should|do|would) (?:i|you|we) (?:call|ring|phone) {_AMBULANCE}"
)

# Online words for suicide, said aloud: "kms", "unalive myself", "sewerslide", "self delete".
_EUPHEMISMS = (
    (re.compile(r"\b(?:kms|self delet\w*|unaliv\w* myself)\b"), "kill myself"),
    (re.compile(r"\bunaliv\w*(?= (?:himself|herself|themselves)\b)"), "kill"),
    (re.compile(r"\bunaliv\w*|\bsewer ?slid\w*"), "suicide"),
)


# Dialect words read as the English the rules are written in (West African Pidgin, Jamaican,
# Scots, and Spanish, Swahili, Cantonese and Tagalog words said inside English): "i dey fear
# say i go hurt this pikin" -> "i am scared that i will hurt this child". Only words that are
# not English words (or not in that place) are rewritten.
# Words only "i" comes before, for the Scots "a" and "ah" (see _DIALECT).
_ONLY_I = (
    "am|was|could|might|would|cannae|canna|didnae|dinnae|wouldnae|couldnae|dae|think|swear|had"
)
_DIALECT = tuple(
    (re.compile(pattern), plainly)
    for pattern, plainly in (
        (r"\b(?:pikin|pikins|pickney|pikney|pickeny|pikin dem|pickney dem)\b", "child"),
        # Pet names for the child: "he's been belting the little fella", "shakes bub".
        (r"\b(?:(?:the|my|our|me|ma|this|that) )?(?:little|wee|small) (?:fella|fellow|feller|man"
         r"|lad|mite|one|un|chap|lass|missy)\b(?! (?:in|on|at|from|next|down|up|over|across)\b)"
         r"|\b(?:(?:the|my|our|me|ma) )?(?:bub|bubba|bubs|bairn|wean|nipper|mwana|maluszek|babi"
         r"|anak|yute|pepi|laaitie|paapu|papu|kandhu|munna|munni|bachcha|kutty)\b",
         "the baby"),
        (r"\bdi\b", "the"),
        (r"\bpolis\b", "police"),
        # Jamaican "mi": "i" before a verb, "my" before a thing, else "me": "mi nuh waan live",
        # "mi a go end mi life".
        (r"\bmi\b(?= (?:nuh|nah|cyaan|caan|kyaan|waan|wah|a go|ago|gwine|get|got|did|woulda"
         r"|coulda|shoulda|tired|just|worry|feel|fraid|neva|never|deh|tek|want|can|will|hate|put"
         r"|mek|haffi|affi|know|think|really|still|always|cah|love|need|cant|dun|done|fi|do)\b)",
         "i"),
        (r"\bmi\b(?= (?:life|baby|pickney|pikney|child|likkle|head|heart|mind|daughter|son|own"
         r"|yard|bed|hand|hands|granbaby|grandbaby|man|woman|bwoy|gyal|family)\b)", "my"),
        (r"\bmi\b", "me"),
        (r"\b(?:miself|misself|mysel)\b", "myself"),
        (r"\b(?:bredda|breddah|bredrin|bredren)\b", "brother"),
        (r"\bnuh\b", "do not"),
        (r"\bwaan\b", "want to"),
        (r"\b(i|he|she|we|him|dem) a go\b", r"\1 will"),
        (r"\b(would|could|should)a\b", r"\1 have"),
        (r"\bneva\b", "never"),
        (r"\btek\b", "take"),
        (r"\bdis\b", "this"),
        (r"\bdat\b", "that"),
        (r"\bvex\b", "angry"),
        (r"\bfi real\b", "for real"),
        (r"\bfi\b(?= (?:dis|dat|this|that)$)", "for"),
        # "a" before a verb is "-ing": "di duppy dem a call mi", "mi tomato dem a choke from".
        (r"\ba (call|bawl|cry) (?=(?:me|mi|him|her|dem|us|out)\b)", r"is \1ing "),
        (r"\ba choke (?=(?:from|wid|with|inna|in)\b)", "is choking "),
        (r"(?<!\bwi )\bfi\b", "to"),
        # Jamaican: "him bite into di likkle battery", "mi lef him inna di car seat".
        (r"\binna\b(?= (?:the|a|an|me|my|him|her|dem)\b)", "in"),
        (r"\binna\b", "in the"),
        (r"\blikkle\b", "little"),
        (r"\bpon\b", "on"),
        (r"\blef\b", "left"),
        (r"\b(?:cyaan|cyah)\b", "can not"),
        (r"\bdem\b(?= (?:\w+ ){0,2}(?:pods?|pills?|tablets?|batter\w*|magnets?|berr\w*|things?)\b)",
         "them"),
        # "dem" after a thing makes it plural: "mi tomato dem a choke from di weed dem".
        (r"\b((?:the|my|me|your|his|her|our) (?:\w+ )?\w+) dem\b", r"\1"),
        (r"\b(?:haffi|affi)\b", "have to"),
        (r"\bwidout\b", "without"),
        (r"\bduppy\b", "ghost"),
        (r"\bduppies\b", "ghosts"),
        # "me mam", "me step dad": "my" in the north of England, Scotland and Ireland.
        (r"\bme (?=(?:mam|mum|ma|mammy|da|dad|daddy|step ?dad|step ?mum|fella|lad|lass|missus"
         r"|wife|husband|boyfriend|girlfriend|partner|baby|babby|son|daughter|kids?|family"
         r"|nan|nana|grandad|sister|brother|ex|own)\b)", "my "),
        # ... and Spanish words said inside English: "la nena got into the pastillas".
        (r"\b(?:bebe|bebito|bebita|nena|nene)\b", "baby"),
        (r"\b(?:pastillas?|pildoras?)\b", "pills"),
        (r"\b(?:se )?(?:comio|trago|tomo|bebio)\b", "swallowed"),
        (r"\b(?:medicinas?|medicamentos?|remedios?)\b", "medicine"),
        (r"\b(?:cloro|lejia)\b", "bleach"),
        (r"\bsangre\b", "blood"),
        (r"\bno (?:esta )?respira(?:ndo)?\b", "not breathing"),
        (r"\b(?:ya )?no quiero vivir(?: mas)?\b", "i do not want to live"),
        (r"\b(?:me )?quiero morir(?:me)?\b", "i want to die"),
        (r"\bquiero matarme\b", "i want to kill myself"),
        # ... and French: "j'ai pus envie de vivre", "je veux mourir", "pour de bon".
        (r"\b(?:j'?ai|j ai) (?:pus|plus|pas) envie de vivre\b", "i do not want to live any more"),
        (r"\bje (?:veux|voudrais) mourir\b", "i want to die"),
        (r"\b(?:me|m) tuer\b", "kill myself"),
        (r"\bpour de bon\b", "for good"),
        # "chuck her in the cot and have a shower": put her down, in Australia, New Zealand and
        # Britain.
        (r"\bchuck(?:s|ed|ing)? (?=(?:him|her|them|the baby|the kids?) (?:in|into) (?:the |his"
         r" |her )?(?:cot|bed|bath|car seat|car|pram|buggy|highchair|bouncer|sling|carrier|playpen)"
         r" (?:and|then|while|for)\b)", "put "),
        # Bajan: "de toddler drink de acetone out muh nail kit", "i frighten i going lick he too
        # hard" (lick: hit, and "he" or "she" after it: him, her); Bajan "i frighten" and
        # Vietnamese "i scare" are i am scared.
        (r"\bde\b", "the"),
        (r"\bmuh\b", "my"),
        (r"\blick he\b", "hit him"),
        (r"\blick she\b", "hit her"),
        (r"\blick (?=(?:him|her|them|the|dat|that|my|this)\b)", "hit "),
        (r"\bi (?:so )?(?:frighten|scare)\b", "i am scared"),
        (r"\b(i|we|she|he|they) going (?=(?:hit|hurt|kill|harm|shake|throw|drop|beat|do|lick)\b)",
         r"\1 will "),
        (r"\bmy own self\b", "myself"),
        # Vietnamese: "con" is the child; "with no me" is without me.
        (r"(?<!\bpros and )(?<!\bpro and )\bcon\b(?! (?:man|men|artist|job|trick|game)\b)",
         "the baby"),
        (r"\bwith no me\b", "without me"),
        # Irish: "lost the head with him" is lost one's temper.
        (r"\blost the head\b", "lost my temper"),
        (r"\bmeself\b", "myself"),
        # Twi "paa": very ("i'm tired paa").
        (r"\bpaa\b", "very much"),
        # Hawaiian Pidgin and Trinidadian: "i looking at da kitchen knives different", "already
        # get one plan how i going do um", "i hold my baby choke all day" (choke: a lot), "mih
        # eyes burning", "i keep tinking".
        # (Not the Scots and Irish "da", a dad: "my step da's turned up steaming".)
        (r"(?<!\bmy )(?<!\bme )(?<!\byour )(?<!\bhis )(?<!\bher )(?<!\bour )(?<!\bstep )"
         r"(?<!\btheir )(?<!\byer )\bda\b(?! s\b)", "the"),
        (r"\btink(ing|s)?\b", r"think\1"),
        (r"\bmih\b", "my"),
        (r"\b(?!(?:some|any|no|every)?thing\b|(?:b|st|sw|sl|spr|w|k|s)?ring\b)(\w+ing) choke\b"
         r"(?! (?:on|up|out|back|him|her|them|me|a|the|his|hazard|risk)\b)", r"\1 a lot"),
        (r"\bchoke (?=all (?:day|night|the time)|every (?:day|night|time))", "a lot "),
        (r"\bget choke\b", "there are lots of"),
        (r"(?<!\bi )(?<!\byou )(?<!\bwe )(?<!\bto )(?<!\bcan )(?<!\bcould )(?<!\bshould )"
         r"(?<!\bwill )(?<!\bwould )(?<!\bmust )(?<!\bjust )\bstay (?=\w+ing\b)", "is "),
        (r"\b(?:already )?get one (?=plan\b)", "already have a "),
        (r"\bi going (?=do|go|hurt|end|kill|drop|throw|shake|hit|take)\b", "i am going to "),
        (r"\b(do|did|doing|done|try|hold|take|drop|throw|shake|hit|hurt|end) um\b", r"\1 it"),
        # Swahili said inside English: "the mtoto had some dawa ya panya", "nataka kujiua".
        (r"\b(?:mtoto|mtoi)\b", "baby"),
        (r"\b(?:dawa|sumu) ya (?:panya|mende|wadudu|kupe)\b", "rat poison"),
        (r"\bsumu\b", "poison"),
        (r"\b(?:ni)?(?:nataka|natamani) (?:ku)?jiua\b|\bnitajiua\b", "i want to kill myself"),
        (r"\b(?:ni)?(?:nataka|natamani) kufa\b", "i want to die"),
        (r"\bsitaki (?:hii |haya |tena )?maisha\b", "i do not want to live"),
        (r"\b(?:ni|na)?(?:fikiri|fikirie|fikiria|waza|wazia)\w* (?:ku)?jiua\b",
         "think about killing myself"),
        (r"\bkujiua\b", "kill myself"),
        (r"\bnimechoka na maisha\b", "i am tired of life"),
        (r"\bnimechoka\b", "i am exhausted"),
        (r"\bsitaki kuendelea\b", "i do not want to go on"),
        (r"\bsioni sababu ya kuishi\b", "i see no reason to live"),
        (r"\b(?:ku)?lala (?:na )?nisiamke(?: tena)?\b", "sleep and never wake up"),
        (r"\b(?:ni)?nataka (?:tu )?ku(?:m|wa)?tikisa\b", "i want to shake the baby"),
        (r"\bku(?:m|wa)?tikisa\b", "shake the baby"),
        (r"\b(?:ana|ame|ali)?kakamaa\b", "is going stiff"),
        (r"\b(?:ana|ame|ali|ku)?tetemeka\b", "shaking"),
        (r"\bmwili mzima\b", "all over"),
        (r"\bsijui kama\b", "i do not know if"),
        (r"\bnitaweza kuona kesho\b", "i will see tomorrow"),
        (r"\bsijali\b", "i do not care"),
        (r"\bnilikaa\b", "i sat"),
        (r"\bkwa\b", "at"),
        (r"\b(?:ni(?:ki)?angalia|naangalia|nikitazama)\b", "looking at"),
        (r"\bchini\b", "below"),
        (r"\bdaraja\b", "bridge"),
        (r"\bmaji\b", "water"),
        (r"\bhapumui\b", "is not breathing"),
        (r"\b(?:amezimia|alizimia)\b", "has passed out"),
        # Scots: "feart o whit a might dae tae him", "a cannae trust ma ain hauns roon the wean".
        (r"\bwan o\b", "one of"),
        # "a" only before words it never comes before in English (not "a will", "a thought"),
        # and "ah" before more of what only a speaker does ("ah felt like", "ah'm scared"; not
        # "ah can she have water", where it is a sigh).
        (rf"\ba(?= (?:{_ONLY_I}|have|mean (?:it|that))\b)"
         rf"|\bah(?= (?:{_ONLY_I}|will|felt|feel|want|wanted|keep|kept|just|need|nearly|almost"
         r"|ken|thought|hate|really|never|still|always|does|doh|frighten|frightened|fraid|afraid"
         r"|scared|hold|held|get|got|grab|grabbed|shake|shook|hit|cyah|cah)\b)", "i"),
        (r"\ban\b(?= (?:i|a|me|it|he|she|we|they|my|then|now)\b)", "and"),
        (r"\b(?:cannae|canna|cannie)\b", "can not"),
        (r"\b(?:dinnae|dinna|dinnie)\b", "do not"),
        # Geordie: "i divvent feel safe", "frightened to gan home".
        (r"\b(?:divvent|divvint|divvn|divnt)\b", "do not"),
        (r"\bgannin\b", "going"),
        (r"\bgan\b", "go"),
        (r"\b(did|does|do|would|could|is|was|wis|will|have|has|should|are)nae\b", r"\1 not"),
        (r"\bgonnae\b", "going to"),
        (r"\bwannae\b", "want to"),
        (r"\bgreetin\b", "crying"),
        (r"\bwis\b", "was"),
        (r"\bdae\b", "do"),
        (r"\btae\b", "to"),
        (r"\bwhit\b", "what"),
        # Doric: "fit" is what ("i dinna ken fit she wants", "fit's wrang wi him"), "wid" would,
        # "hae" have, "een" eyes, "nae" not before a state.
        (r"(?:^|(?<=\bken )|(?<=\bknow )|(?<=\bwonder )|(?<=\btell me )|(?<=\band ))fit"
         r"(?= (?:is|was|wis|wrang|do|does|dae|like|way|wey|ails|time|to|am|are|can|should|would"
         r"|wid|will|else|i|she|he|they|we|you|ye|it|the|that|this)\b)", "what"),
        (r"\bwrang\b", "wrong"),
        (r"\bwid (?=(?:be|hae|have|go|do|dae|like|no|nae|rather|ken|care|miss)\b)", "would "),
        (r"\bhae\b", "have"),
        (r"\been\b", "eyes"),
        (r"\bnae (?=(?:in|here|there|around|right|well|\w+ing)\b)", "not "),
        (r"\bfeart\b", "scared"),
        (r"\bo\b(?! clock\b)(?= \w)", "of"),
        (r"(?<!\bmy )(?<!\bme )(?<!\byour )(?<!\bhis )(?<!\bher )(?<!\bthe )(?<!\bour )\bma\b"
         r"(?= (?:ain|own|heid|head|hauns?|hands?|lassie|laddie|wee|life|rope|self"
         r"|sel|man|wife|husband|maw|da|weans|bairns|mind|nerves|tether|limit|boy|girl)\b)", "my"),
        (r"\b(?:masel|masell|mysel|mesel|mihself|mehself)\b", "myself"),
        (r"\bhauns\b", "hands"),
        (r"\bhaun\b", "hand"),
        (r"\bheid\b", "head"),
        (r"\broon\b", "round"),
        (r"\baboot\b", "about"),
        (r"\boot\b", "out"),
        (r"\bdoon\b", "down"),
        (r"\baff\b", "off"),
        (r"\bwi\b(?! fi\b)", "with"),
        (r"\bain\b", "own"),
        (r"\bnoo\b", "now"),
        (r"\bnaebody\b", "nobody"),
        (r"\bintae\b", "into"),
        (r"\bhame\b", "home"),
        (r"\bfae\b", "from"),
        (r"\bwithoot\b", "without"),
        (r"\bootside\b", "outside"),
        (r"\bower\b", "over"),
        (r"\bhoose\b", "house"),
        (r"\bjist\b", "just"),
        (r"\bgless\b", "glass"),
        (r"\baw\b(?= (?:the|over|of|day|night|these|those|they|my|his|her|that|this)\b)", "all"),
        (r"\bmaw\b", "mum"),
        (r"\bat aw\b", "at all"),
        (r"\b(me|him|her|us|them) no (?=be\w*|ha\w*)", r"\1 not "),
        # "she's no respondin", "he's no right": not.
        (r"\b((?:he|she|it|they|baby) (?:is|are|was|were)) no (?=(?:\w+ing|right|well|awake"
         r"|himself|herself)\b)", r"\1 not "),
        # Trinidadian: "doh" do not, "eh" is not ("it eh stopping").
        (r"\bdoh\b", "do not"),
        (r"\b(he|she|it) eh (?=\w+ing\b)", r"\1 is not "),
        # ... and "she" as the one acted on: "what ah might do to she".
        (r"\b(to|at|with) she\b", r"\1 her"),
        (r"\bswall(?:ied|aed|ae)\b", "swallowed"),
        # Cantonese said inside English: "hai mai ngo sei jo better for everybody".
        (r"\b(?:ngo )?(?:seung|soeng|sheung) sei\b", "i want to die"),
        (r"\bngo sei (?:jo|zo|joh)\b", "i died"),
        # Tagalog said inside English: "gusto ko nang matulog forever", "ayoko na mabuhay".
        (r"\b(?:ayoko|ayaw ko) na(?:ng)? (?:mabuhay|buhay)\b", "i do not want to live"),
        (r"\bgusto ko(?: nang| na| na lang| nalang| lang)? (?=(?:matulog|mamatay|mawala"
         r"|magpakamatay)\b)", "i want to "),
        (r"\bmagpakamatay\b", "kill myself"),
        (r"\bmamatay\b", "die"),
        (r"\bmawala\b", "disappear"),
        (r"\bmatulog\b", "sleep"),
        (r"\bhindi (?:na )?humihinga\b", "not breathing"),
        (r"\banak\b", "baby"),
        (r"\btings\b", "things"),
        (r"\bting\b", "thing"),
        (r"\bweh\b", "that"),
        (r"\bwid\b", "with"),
        (r"\b(?:wan|wah)\b(?! to\b)", "want to"),
        # Pidgin: "i dey fear wetin my hand fit do", "i shake am", "make i jump enter water".
        (r"\b(i|you|we|they) dey fear\b", r"\1 am scared"),
        (r"\bwetin\b", "what"),
        (r"\bfit (?=(?:do|kill|hurt|harm|happen|throw|drop|shake|beat|slap|jump|strangle|choke"
         r"|poison|end|wound|press|squeeze)\b)", "might "),
        # ... but "i kill am for office presentation" is i killed it at the presentation.
        (r"\bkill(?:ed)? am (?:for|at|in) (?=(?:the |my |this |that |today )?(?:\w+ )?"
         r"(?:presentation|exam|interview|meeting|pitch|test|audition|show|gig|office|work)\b)",
         "killed it at "),
        (r"\b(shake|shook|beat|flog|slap|hit|throw|threw|drop|dropped|choke|squeeze|carry|carried"
         r"|press|pound|wound|kill|push|pushed|pass|hold|held|leave|left|drown|smother) am\b",
         r"\1 him"),
        (r"\bmake i\b", "i should"),
        # "she dey hear voice wey tell am make she harm the pikin": voices that tell her to harm.
        (r"\bdey (hear|see|feel|think|plan)\b", r"\1s"),
        (r"\bwey\b(?! aye\b)", "that"),
        (r"\btell am\b", "tell her"),
        (r"\bmake (?:she|he|i|we|they) (?=(?:harm|hurt|kill|shake|throw|drop|beat|drown|smother"
         r"|jump|end|die|wound|poison)\b)", "to "),
        # "my children go happy pass without their papa": will be better off without him.
        (r"\b(?:go|go dey|will) (?:be )?(?:happy|happier|better|fine|okay|ok|good) pass\b",
         "will be better off"),
        # Aboriginal English "im" for him or her ("i shook im a little bit"), which the
        # normaliser has read as "i am".
        (r"\b(shook|shake|shaking|hit|slapped|slap|smacked|smack|threw|throw|dropped|drop|pushed"
         r"|push|squeezed|squeeze|grabbed|grab|hurt|choked|choke) (?:im|i am)\b", r"\1 him"),
        # ("should a baby drink" is a question, not Pidgin's past.)
        (r"\b((?:should|can|could|does|do|will|may|must|to|let|would|might|did|not|cannot)"
         r" (?:a |the |my |our )?)?(he|she|child|baby) drink\b",
         lambda found: found[0] if found[1] else f"{found[2]} drank"),
        (r"\b(jump|fall|throw|drop|run|walk|waka) enter\b", r"\1 into"),
        (r"\b(i|we) feel to (?=\w)", r"\1 want to "),
        (r"\bjam (?=(?:my|his|her|him|the|e) head\b)", "bang "),
        (r"\bfor wall\b", "against the wall"),
        # ("will she get fit again after the birth" is exercise: "fit" only after "e".)
        (r"\be get (?:fit|fits|convulsion\w*|seizures?)\b"
         r"|\b(?:he|she|child|baby) get (?:convulsion\w*|seizures?)\b", "he had a seizure"),
        (r"\be\b(?= (?:dey|no|don|go|wan|want|never|just|still|fall|born)\b)", "he"),
        (r"\be\b(?= (?:eye|eyes|body|mouth|hand|hands|head|leg|legs|face|lips?|chest|skin|belly"
         r"|neck)\b)", "his"),
        (r"\b(i|he|she|we|they|it|child|baby) don\b(?= \w)", r"\1 has"),
        (r"\b(eyes|skin|body|face|lips|mouth|poo|wee) don\b(?= \w)", r"\1 have gone"),
        (r"\bno dey\b", "is not"),
        (r"\b(i|you|we|they) dey\b", r"\1 am"),
        (r"\bdey\b", "is"),
        (r"\b(i|he|she|we|they) no(?= want to\b)", r"\1 does not"),
        # Said by a learner of English too: "i no know why", "i no sleep since the baby born".
        (r"\b(i|we|they|you) no (?=(?:know|sleep|understand|have|like|eat|rest|think|feel|find)\b)",
         r"\1 do not "),
        (r"\b(i|he|she|we|they) no(?= (?:fit|sabi|know|see|hear|wake|breathe|move|answer|cry)\b)",
         r"\1 can not"),
        (r"\b(fear|think|talk|talking|feel|believe|tell me|tell us|said) say\b", r"\1 that"),
        (r"\b(i|we|she|he|they) go (?=(?:hurt|kill|harm|shake|throw|drop|die|end|do|beat|slap"
         r"|jump|strangle|choke|poison|wound|finish)\b)", r"\1 will "),
    )
)

# Any of the dialect words: most questions hold none, and then no rewrite can apply.
_DIALECT_WORD = re.compile("|".join(f"(?:{dialect.pattern})" for dialect, _ in _DIALECT))


def prepare(question: str) -> str:
    """The text triage reads: normalised, "emergency" as a kind of birth or plan (or asked
    about) dropped, online words for suicide said plainly, asking when to call dropped, "her"
    before a thing read as "the", a choke that has passed read as a cough, an emergency that
    is over, from the parent's childhood, a story or a drill marked as such, and idioms built
    on emergency words set aside."""
    text = normalise(question)
    if _found(_DIALECT_WORD, text):
        for dialect, plainly in _DIALECT:
            text = dialect.sub(plainly, text)
    text = _JOB_IN_EMERGENCY.sub(r"\1", text)
    text = _HER_THING.sub("the ", _EMERGENCY_AS_A_KIND.sub("", text))
    for euphemism, plainly in _EUPHEMISMS:
        text = euphemism.sub(plainly, text)
    text = _ASKS_WHEN_TO_CALL.sub("", text)
    text = _STILL_BLEEDING_SINCE_BIRTH.sub("still bleeding", text)
    text = _BRUISE_COLOURS.sub(lambda found: found[0].rsplit(" ", 1)[0] + " bruised", text)
    text = _NAPPY_COLOUR.sub(r"\1\2 discoloured", text)
    text = _OWN_HEAD.sub(lambda found: found[0].replace(" head", " own head"), text)
    text = _CHOKE_THAT_PASSED.sub("coughed", text)
    if _ASLEEP.search(text):
        text = _PERIODIC_BREATHING.sub("periodic breathing", text)
        text = _SLEEP_NOISES.sub("sleep noises", text)
    text = _ASKED_IF_IT_WAS_A_CHOKE.sub(r"\1coughed", text)
    if _found(_EVENT_THEN_WHEN, text):  # the long lists: tried at word starts first
        text = _EVENT_THEN_WHEN.sub(_PAST_EVENT_MARK, text)
    text = _BORN_UNWELL.sub(_PAST_EVENT_MARK, text)
    text = _MEMORY_OR_STORY.sub(lambda then: _MEMORY_EVENT.sub(_MEMORY_MARK, then[0]), text)
    text = _PRACTICE.sub(_MEMORY_MARK, text)
    text = _AT_WORK.sub(lambda seen: _MEMORY_EVENT.sub(_MEMORY_MARK, seen[0]), text)
    text = _LOSS_BEFORE.sub(_MEMORY_MARK, text)
    text = _WHEN_THEN_EVENT.sub(
        lambda then: _LONG_AGO_EVENT.sub(_PAST_EVENT_MARK, then[0]), text
    )
    text = _SWALLOWED_LONG_AGO.sub(
        lambda then: _SWALLOWED_WORD.sub(_PAST_EVENT_MARK, then[0]), text
    )
    text = _WHAT_IF.sub(lambda then: _WHAT_IF_EVENT.sub(_PAST_EVENT_MARK, then[0]), text)
    # Thoughts had and got over are a memory: no health question, unlike an event.
    settled_events = () if _LIMP_JUST_NOW.search(text) else (_EVENT,)
    for over, events, mark in (
        *((_SETTLED, event, _PAST_EVENT_MARK) for event in settled_events),
        (_CLEARED, _SWALLOWED_WORD, _PAST_EVENT_MARK),
        (_BLEEDING_STOPPED, _BLEEDING_WORD, _PAST_EVENT_MARK),
        (_SETTLED, _HAD_THOUGHTS, _MEMORY_MARK),
    ):
        end = max((found.start() for found in over.finditer(text)), default=0)
        text = events.sub(mark, text[:end]) + text[end:]
    if (
        _WELL_SINCE.search(text)
        and not _found(_AFTER_INJURY_SIGN, text)
        and not _OUT_COLD.search(text)
    ):
        end = max(found.start() for found in _WELL_SINCE.finditer(text))
        text = _TUMBLE.sub(_PAST_EVENT_MARK, text[:end]) + text[end:]
    if _found(_IDIOMS, text):
        text = _IDIOMS.sub(f" {_IDIOM_MARK} ", text)
    for idiom, made_real_by in _IDIOMS_UNLESS:
        if not made_real_by.search(text):
            text = idiom.sub(f" {_IDIOM_MARK} ", text)
    return text


# Said to be well, which two mild signs alone do not outweigh: "little grunts and squeaks in
# his sleep but breathes easily and feeds well".
_REASSURED = re.compile(
    r"\b(?:but|and) (?:he |she |they |baby |the baby )?(?:is |seems |looks |otherwise )?(?:pink"
    r"|breath\w* (?:easily|fine|normally|well|ok|okay)|feed\w* (?:well|fine|normally|ok|okay)"
    r"|settled|content|happy)\b"
)


def triage(question: str) -> Triage:
    """Crisis (emergency, or harm to the baby or oneself), medical, or none.

    The rules come first. A question no rule placed, or one they took for a health
    question, is put to the learned check, unless it is a guilt question. A figure of speech
    is put to it too, with the idiom's words replaced by its mark, which the check has
    learned is no danger: a danger in the words around an idiom ("q4 is a bloodbath and i
    keep thinking about ...") is still heard.
    """
    text = prepare(question)
    if _found(_EMERGENCY, text) or (
        _at_least_two(_WARNING_SIGNS, text) and not _REASSURED.search(text)
    ):
        return Triage(CRISIS, EMERGENCY)
    guilt = _HARM_QUESTION.search(text)
    if _found(_HARM, text) and not guilt:
        return Triage(CRISIS, HARM)
    if _found(_HARM_BY_OTHERS, text) and not guilt:
        return Triage(CRISIS, PROTECT)
    health_words = _found(_MEDICAL, text) and not _NOT_THE_CHILDS_HEALTH.search(text)
    article_question = bool(
        _ASKS_THE_ARTICLE.search(text)
        and not _ASKS_ABOUT_HEALTH.search(text)
    )
    medical = health_words and not article_question
    asked_of_a_pet = _PET_AS_A_DANGER.search(text)
    run_out = _RUN_OUT.search(text)
    danger = 0.0 if guilt or asked_of_a_pet or run_out else danger_model.shipped().probability(text)
    if danger >= DANGER_THRESHOLD:
        return Triage(CRISIS, EMERGENCY if medical else DANGER)
    if medical:
        urgent = _NEWBORN_FEVER.search(text) or _SUNKEN_SOFT_SPOT.search(text)
        return Triage(MEDICAL, URGENT if urgent else MEDICAL)
    return Triage(NONE, near_danger=danger >= SAFETY_NET, article_question=article_question)


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
        violence_line=entry["violence_line"]["name"],
        violence_line_say=entry["violence_line"]["say"],
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
    """The words for a response kind (a key of "responses" in safety.json) in ``locale``."""
    res = resources(locale)
    variants = [
        v.format(
            emergency=res.emergency_say,
            crisis_line=res.crisis_line_say,
            violence_line=res.violence_line_say,
            bed=res.bed,
            clinician=res.clinician,
        )
        for v in _data()["responses"][response]
    ]
    return (rng or random).choice([v for v in variants if v != avoid] or variants)
