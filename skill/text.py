"""Question text -> comparable words: shared by safety triage, ranking and the no-copy check.

Alexa hands us recognised speech: mixed case, curly or straight apostrophes, contractions
with or without the apostrophe. ``normalise`` makes "I’m", "I'm" and "im" all read "i am".
``terms`` goes further for ranking: it folds phrases and synonyms into shared concepts and
strips suffixes, so "my son panics when I hand him over" and "babies get scared when parents
leave" meet on the same words. These are rules about English, not about any one question.
"""

from __future__ import annotations

import re
from functools import lru_cache

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "`": "'"})

# Whole-word contractions whose expansion is not a simple suffix rule.
_IRREGULAR = {
    "can't": "can not",
    "cant": "can not",
    "cannot": "can not",
    "won't": "will not",
    "wont": "will not",
    "shan't": "shall not",
    "ain't": "am not",
    "im": "i am",
    "ive": "i have",
    "dont": "do not",
    "doesnt": "does not",
    "didnt": "did not",
    "isnt": "is not",
    "arent": "are not",
    "wasnt": "was not",
    "werent": "were not",
    "hasnt": "has not",
    "havent": "have not",
    "couldnt": "could not",
    "shouldnt": "should not",
    "wouldnt": "would not",
    # Speech recognisers also write these without the apostrophe; none is a word on its own
    # ("shed", "ill", "its", "were", "well" are, so they stay as they are).
    "hes": "he is",
    "shes": "she is",
    "thats": "that is",
    "theres": "there is",
    "whats": "what is",
    "whos": "who is",
    "wheres": "where is",
    "hows": "how is",
    "theyre": "they are",
    "youre": "you are",
    "weve": "we have",
    "theyve": "they have",
    "youve": "you have",
    "youll": "you will",
    "theyll": "they will",
    "itll": "it will",
    "aint": "am not",
    "mustnt": "must not",
    "neednt": "need not",
    "he's": "he is",
    "she's": "she is",
    "it's": "it is",
    "that's": "that is",
    "there's": "there is",
    "here's": "here is",
    "what's": "what is",
    "who's": "who is",
    "where's": "where is",
    "how's": "how is",
    "let's": "let us",
    "gonna": "going to",
    "wanna": "want to",
    "gotta": "got to",
}
_CONTRACTION_SUFFIXES = (
    ("n't", " not"),
    ("'m", " am"),
    ("'re", " are"),
    ("'ll", " will"),
    ("'ve", " have"),
    ("'d", " would"),
    ("'s", ""),
)
# "ain't" is read "am not" above; after anyone but "i" it is "is", "are" or "have" not, and
# before a "no" with no one named it is "there is": "ain't no reason left to keep going".
_AINT = (
    (re.compile(r"\b(i|you|we|they) am not got\b"), r"\1 have not got"),
    (re.compile(r"\b(he|she|it) am not got\b"), r"\1 has not got"),
    (re.compile(r"\b(you|we|they) am not\b"), r"\1 are not"),
    (re.compile(r"\b(he|she|it|that|there|this|what|who|where|here) am not\b"), r"\1 is not"),
    (
        re.compile(r"(^|\b(?:and|but|so|because|cause|cos|coz) )am not (?=(?:no|nothing|nobody"
                   r"|none|nowhere|never)\b)"),
        r"\1there is ",
    ),
)
# "he's been" and "she's got" are "has", not "is".
_HAS = re.compile(r"\b(he|she|it|that|there|who|what|where) is (been|got|gotten|had)\b")
# "i'd had enough" and "she'd gone quiet" are "had", not "would": a past form never follows
# "would" ("i'd need", "i'd feed him" are verbs ending in "eed").
_HAD = re.compile(
    r"\b(i|you|he|she|it|we|they) would (had|been|gone|done|seen|got|gotten|given|taken|known"
    r"|eaten|fallen|forgotten|heard|told|thought|tried|said|made|left|\w{2,}(?<!e)ed)\b"
)
# "ill" and "id" are words of their own, but before a verb they are "i'll" and "i'd" with the
# apostrophe lost: "scared ill hurt him", "id never forgive myself".
_BARE_I = re.compile(
    r"\b(?:(ill)|id)\b(?= (?:never|always|probably|just|ever|really|rather|be|make|do|go|get|try"
    r"|have|need|give|take|put|let|see|call|ask|feed|hold|pick|keep|lose|end|hurt|kill|harm"
    r"|shake|throw|drop|snap|like|love|want|say|tell|know|think|wait|leave|stay|sleep|lay|stop"
    r"|start|manage|cope|die|jump|run|walk|come|look|check|miss|forget|find|smother|break"
    r"|lash|scream|shout)\b)"
)
# Speech written as it sounds drops the g of "-ing": "i keep thinkin about hurtin her". A word
# ending in a consonant (or y) and "in" is read with the g back, except the words that end so
# in their own right. Short ones are listed, since "skin", "twin" and "chin" look the same.
_DROPPED_G_SHORT = {
    "goin": "going",
    "doin": "doing",
    "bein": "being",
    "dyin": "dying",
    "lyin": "lying",
    "seein": "seeing",
    "tyin": "tying",
}
_ENDS_IN_IN_LIST = """
    begin within cousin cabin basin margin origin napkin pumpkin bumpkin gherkin catkin muffin
    puffin coffin tiffin boffin griffin robin violin mandolin goblin gremlin dolphin assassin
    bulletin javelin moccasin muslin poplin satin raisin toxin latin cumin sheepskin foreskin
    lambskin pigskin hairpin manikin mannikin bobbin pippin urchin pikin wetin greetin vitamin
    aspirin lanolin kaolin paraffin bilirubin motrin desitin nystatin heparin warfarin melatonin
    serotonin insulin tannin kevin martin austin justin dustin erin colin caitlin darwin dublin
    berlin franklin benjamin chopin"""
_ENDS_IN_IN = frozenset(_ENDS_IN_IN_LIST.split())
# Medicine families end in "-in" too: amoxicillin, erythromycin, ciprofloxacin, gabapentin.
_MEDICINE_ENDINGS = ("cillin", "mycin", "micin", "floxacin", "statin", "pentin", "abalin")


def restore_dropped_g(word: str) -> str:
    """ "hurtin" -> "hurting", "cryin" -> "crying"; "skin", "begin", "insulin" unchanged."""
    if word in _DROPPED_G_SHORT:
        return _DROPPED_G_SHORT[word]
    if (
        len(word) >= 5
        and word.endswith("in")
        and word[-3] not in "aeiou"
        and word not in _ENDS_IN_IN
        and not word.endswith(_MEDICINE_ENDINGS)
    ):
        return word + "g"
    return word


_NON_WORD = re.compile(r"[^a-z0-9' ]+")
_WORD = re.compile(r"[a-z0-9']+")


def expand_contraction(word: str) -> str:
    """One lower-case word with its contraction spelled out ("can't", "cant" -> "can not")."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    for suffix, replacement in _CONTRACTION_SUFFIXES:
        if word.endswith(suffix) and len(word) > len(suffix):
            return word[: -len(suffix)] + replacement
    return word


# A speech recogniser's "dose" for "does" before its subject: "why dose my baby cry so much",
# "what dose secure attachment mean" (not a dose asked about: "what dose my baby needs").
_DOSE_FOR_DOES = re.compile(
    r"\b(what|why|how|where|when|who) dose (?=(?:my|her|his|the|this|that|it|she|he|your|our"
    r"|baby|secure|attachment|crying|they|i)\b)(?!.*\b(?:needs?|takes?|give|have|should|of|per"
    r"|calpol|tylenol|paracetamol|ibuprofen|medicine|mg|ml)\b)"
)

# A medicine's name a speech recogniser split into pieces: "para set a mol", "eye view profen".
_SPLIT_MEDICINES = (
    (
        re.compile(
            r"\bpa(?:ra|rra|ir a) ?(?:set|seat|sit|ceta?|sita?) ?(?:(?:a|uh|ah) )?(?:mol|mole"
            r"|mall|moll)\b"
        ),
        "paracetamol",
    ),
    (re.compile(r"\b(?:i b u|ibu|eye bu|eye view|i view) ?pro ?(?:fen|phen|fin)\b"), "ibuprofen"),
    (re.compile(r"\b(?:a|uh) ?seat (?:a|uh) ?mino ?(?:fen|phen)\b"), "acetaminophen"),
    (re.compile(r"\bcal pol\b"), "calpol"),
)


@lru_cache(maxsize=256)
def normalise(text: str) -> str:
    """Lower-case words separated by single spaces: no punctuation, contractions expanded.

    Cached: triage, the danger check and the ranking each normalise the same question.
    """
    text = _NON_WORD.sub(" ", text.translate(_QUOTES).lower())
    text = " ".join(
        " ".join(expand_contraction(restore_dropped_g(w.strip("'"))) for w in _WORD.findall(text))
        .split()
    )
    text = _DOSE_FOR_DOES.sub(r"\1 does ", text)
    for pieces, medicine in _SPLIT_MEDICINES:
        text = pieces.sub(medicine, text)
    text = _BARE_I.sub(lambda found: "i will" if found[1] else "i would", text)
    if "am not" in text:
        for wrong, read in _AINT:
            text = wrong.sub(read, text)
    return _HAD.sub(r"\1 had \2", _HAS.sub(r"\1 has \2", text))


def words(text: str) -> list[str]:
    """The normalised words of ``text``."""
    return normalise(text).split()


# Phrases rewritten to one concept word before the text is split into words.
_PHRASES = (
    # A request that opens with a smart-speaker command is not a parenting question.
    (
        r"^(?:play|set|turn|add|order|buy|call|send|remind|open|pause|resume|skip|shuffle"
        r"|spell|translate|wake|read)\b",
        "devicecommand",
    ),
    (r"\bcircle of security\b", "circlesecurity"),
    (r"\b(?:biobehavioral|biobehavioural|bio behavioral|abc)\b", "biobehavioral"),
    (r"\bcatch ?up\b", "catchup"),
    (r"\blittle ones?\b", "baby"),
    (r"\b(?:skin|chest) to (?:skin|chest)\b", "chest touch"),
    (r"\bcry(?:ing)? it out\b", "cry wait"),
    (r"\bact(?:s|ed|ing)? out\b", "behavior"),
    (r"\bseparation anxiety\b", "leave"),
    (r"\b(?:be|being|go|goes|going|went|gone|time|stay|stays|while i am) away\b", "leave"),
    (r"\bleft (?:him|her|them|the baby|my baby|baby)\b", "leave"),
    (
        r"\b(?:(?:go|goes|going|went) (?:back )?to work|drop ?off|out of (?:the room|sight)"
        r"|go(?:ing)? out)\b",
        "leave",
    ),
    (
        r"(?:^|\bi )(?:(?:just|totally|completely|have|had|am|keep|kept|always) )?"
        r"(?:lose|lost|losing) (?:my )?(?:temper|cool|patience|it)\b",
        "yell",
    ),
    (r"\b(?:raise|raised|raising) (?:my|our) voice\b", "yell"),
    (r"\bshort tempered\b", "yell"),
    (r"\b(?:was|were|been|am|is|being|get|gets|got|getting) (?:a bit |so |really |too )?short"
     r" with\b", "yell"),
    (r"\b(?:not|no|lost my|losing my|lose my|out of) patien(?:t|ce)\b", "yell"),
    # "mad" is a phrase rule because, as a stem, it would collide with "made".
    (r"\b(?:mad|see red|seeing red)\b", "angry"),
    (r"\b(?:not coping|can not cope|struggling to cope|drowning in)\b", "overwhelm"),
    # Everyday idioms for the feelings a topic is about.
    (
        r"\b(?:gets? (?:under my skin|to me|on my nerves)|winds? me up|push(?:es)? my buttons"
        r"|drives? me (?:crazy|nuts|up the wall|round the bend|insane)|sets? me off)\b",
        "angry",
    ),
    (r"\brod for (?:my|your|our|his|her) (?:own )?back\b", "spoil"),
    (
        r"\b(?:dead on my feet|running on fumes|dying for (?:a )?(?:nap|sleep|rest|break|lie in)"
        r"|(?:could|would) murder (?:a |an )?(?:\w+ )?(?:nap|sleep|rest|coffee|lie in))\b",
        "exhausted",
    ),
    (r"\b(?:hissy fits?|throw(?:s|ing)? a fit|paddy|paddies|strops?)\b", "tantrum"),
    (r"\bwhat(?: is)? the point of\b", "why"),
    (r"\b(?:yell|shout|snap|scream)(?:s|ed|ing|ped|ping)? at\b", "yell"),
    # Irish English scolds by "giving out to" someone: "i gave out to the small one".
    (r"\b(?:give|gives|gave|giving|given) out to\b", "yell"),
    # One cry said twice over, as in Irish English: "she roars crying when i leave the room".
    (r"\b(?:roar|bawl|howl|wail|scream)(?:s|ed|ing)? (?:crying|cry)\b", "cry"),
    (r"\b(?:walk|step)(?:s|ed|ing|ped|ping)? away\b", "stepaway"),
    (
        r"\b(?:long term|later in life|adulthood|grown up|grows up|grow up|lifelong"
        r"|rest of (?:their|his|her) li(?:fe|ves))\b",
        "future",
    ),
    (r"\b(?:be|being) there for\b", "available"),
    (r"\b(?:a few|few|a couple of|couple of) (?:minutes|moments|seconds)\b", "wait"),
    (r"\ba (?:minute|moment|second)\b", "wait"),
    (r"\b(?:place|source|person) of (?:comfort|safety)\b", "haven"),
    (r"\b(?:all over the world|every culture|other cultures|different cultures)\b", "culture"),
    (r"\b(?:burn(?:ed|t)? ?out|worn out|running on empty|wiped out)\b", "exhausted"),
    (r"\bself ?care\b", "myself"),
    (r"\b(?:all the time|every (?:second|minute|moment)|around the clock|all day)\b", "constant"),
    (r"\b(?:right away|straight away|at once|instantly|immediately|right then)\b", "immediate"),
    (r"\bon (?:his|her|their|its|my|your) own\b", "independ"),
    (r"\bby (?:himself|herself|themselves|itself)\b", "independ"),
    (
        r"\b(?:good enough|(?:no|not) good at"
        r"|(?:good|bad|worst|terrible|awful|horrible|lousy|perfect)"
        r" (?:mom|mum|mother|dad|father|parent|job))\b",
        "perfect",
    ),
    (r"\bsafe (?:place|person|harbou?r)\b", "haven"),
    (r"\b(?:how old|what age|which age|what point)\b", "age"),
    (r"\b(?:first|twelve|12) (?:year|months)\b", "age"),
    (r"\bpick(?:ing|ed|s)? (?:\w+ )?up\b", "hold"),
    (r"\b(?:tune|tuned|tuning) in\b", "attune"),
    (r"\bmake up for\b", "repair"),
    (r"\b(?:put|set|make) (?:it|things) right\b", "repair"),
    (r"\bmake (?:it|this|that|things) up to\b", "repair"),
    (
        r"\b(?:who|someone|somebody|anyone) (?:should |could |can |do |to )?(?:i |we )?"
        r"(?:talk|speak) to\b|\bprofessional help\b",
        "therapist",
    ),
    (r"\bmore than one\b", "several"),
)
_PHRASE_RULES = tuple((re.compile(pattern), concept) for pattern, concept in _PHRASES)

# Concept -> the words that mean it here (matched after suffix stripping).
_CONCEPTS = {
    # Regional words too: Scots and northern English, West African Pidgin, Spanish.
    "baby": "infant newborn bub babe son daughter child children kid toddler babies boy girl "
    "bairn wean babby bubba pikin pickney bebe nena nene",
    "parent": "mom mum mother mommy mummy mama mam mammy dad father daddy papa parenting",
    "caregiver": "nanny babysitter sitter grandma grandpa grandmother grandfather grandparent "
    "granny nana childminder carer relatives aunt uncle abuela abuelo auntie aunty",
    "cry": "crying cries cried wail scream fuss fussy whine whimper sob howl whinge grizzle "
    "greetin greet greets bawl holler mither",
    "angry": "anger frustrated frustration frustrating furious rage irritated annoyed livid "
    "enraged irritable resentful irritation irritating vex vexed raging",
    "afraid": "scared scare fear frightened terrified panic panicking panicky anxious dread",
    "soothe": "soothing settle console calm comfort pacify relax shush lullaby sway bounce hum",
    "hold": "holding held carry carrying cuddle hug rock",
    "exhausted": "tired exhausting exhaustion drained draining depleted fatigued knackered "
    "shattered weary sleepless spent wabbit puggled",
    "overwhelm": "overwhelmed overwhelming stressed stress stressful",
    "therapist": "therapy counselor counsellor counselling counseling psychologist psychotherapist "
    "psychiatrist",
    "program": "programme course class classes workshop intervention group",
    "behavior": "behaviour behave misbehave misbehavior misbehaviour naughty difficult",
    "communicate": "communication communicating message signal",
    "attach": "attachment attached bond bonding bonded",
    "explore": "exploring exploration discover",
    "independ": "independent independence independently autonomy autonomous alone",
    "play": "playing playtime game toy",
    "leave": "leaving apart separate separated separation daycare nursery creche childcare goodbye",
    "childhood": "upbringing trauma traumatic past",
    "perfect": "perfection perfectly flawless failing failure fail",
    "mistake": "messed mess screwed wrong slip",
    "guilt": "guilty regret ashamed shame",
    "repair": "fix mend reconnect undo recover",
    "wait": "waiting delay",
    "respond": "responsive responding response answer",
    "available": "availability constantly",
    "start": "begin beginning",
    "attune": "attuned attunement",
    "trust": "rely depend",
    "themselves": "himself herself itself",
    "affect": "effect influence impact shape",
    "culture": "everywhere countries",
    "tantrum": "meltdown",
    "cling": "clingy clung clinging clingier",
    "adopt": "adopted adoption adopting foster fostered fostering",
    "compare": "comparing comparison instagram facebook tiktok",
    "yell": "impatient impatience harsh overreacted overreact",
}

# Words that carry no topic: pronouns, auxiliaries, fillers, the skill's own name, and
# everyday words any request may use ("what's the best way to...", "is it normal that...").
_STOPWORD_LIST = """
    a an the my our your his her their its me i you he she they it we him them us is are am
    was were be been being do does did to of in on at for with and or so that this these those
    there just really very please can could would should will shall have has had get got about
    know some any if then than alexa calm cradle ask tell say okay ok oh um uh like one thing
    things still even not best good way normal long right bad much many lot want think try
    take put come see look new today now day someone something anything everything tonight
    lately recently again always sometimes ever often usually"""
_STOPWORDS = frozenset(_STOPWORD_LIST.split())
_SUFFIXES = (
    *("ations", "ation", "ments", "ment", "ness", "ities", "ity", "ingly", "ings", "ing"),
    *("edly", "ed", "ly", "al", "s", "e"),
)
_VOWELS = frozenset("aeiou")


def _strip_once(word: str) -> str:
    if len(word) > 4 and word.endswith(("ies", "ied")):
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "zes", "ches", "shes")):
        return word[:-2]
    for suffix in _SUFFIXES:
        if not word.endswith(suffix) or (suffix == "s" and word.endswith(("ss", "us", "is"))):
            continue
        root = word[: -len(suffix)]
        if len(root) < (4 if suffix == "e" else 3):
            continue
        if suffix in ("ing", "ed"):
            if root[-1] == root[-2] and root[-1] not in "lsz":  # "hugging" -> "hug"
                root = root[:-1]
            elif (  # "making" -> "make", "caring" -> "care"
                len(root) == 3
                and root[0] not in _VOWELS
                and root[1] in _VOWELS
                and root[2] not in _VOWELS | set("wxy")
            ):
                root += "e"
        return root
    return word


def stem(word: str) -> str:
    """A light suffix stripper: enough that "soothe", "soothes" and "soothing" meet."""
    for _ in range(2):
        shorter = _strip_once(word)
        if shorter == word:
            break
        word = shorter
    return word


_CONCEPT_OF = {
    stem(word): concept
    for concept, synonyms in _CONCEPTS.items()
    for word in (concept, *synonyms.split())
}


def terms(text: str) -> list[str]:
    """The concept words of ``text``, in order, without filler words (for ranking)."""
    text = normalise(text)
    for pattern, concept in _PHRASE_RULES:
        text = pattern.sub(concept, text)
    out = []
    for word in text.split():
        if word not in _STOPWORDS:
            root = stem(word)
            out.append(_CONCEPT_OF.get(root, root))
    return out


def letter_pieces(text: str, size: int = 5) -> set[str]:
    """Every run of ``size`` characters of space-padded normalised ``text``, marked with "#".

    Shared by the learned models: five letters meet "suffocat" in "suffocating" and
    "suffocated", and "cuddl" in "cuddling" and "cuddles", where whole words would not.
    """
    padded = f" {text} "
    return {"#" + padded[i : i + size] for i in range(len(padded) - size + 1)}
