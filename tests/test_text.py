"""Normalising what Alexa heard: one spelling for the many ways speech is written down."""

from __future__ import annotations

import pytest

from skill.text import normalise


@pytest.mark.parametrize(
    ("heard", "read"),
    [
        ("Help, he\u2019s blue!", "help he is blue"),
        ("help hes blue", "help he is blue"),
        ("shes not breathing", "she is not breathing"),
        ("theyre hurting him", "they are hurting him"),
        ("whats wrong with her", "what is wrong with her"),
    ],
)
def test_contractions_read_the_same_with_or_without_the_apostrophe(heard, read):
    assert normalise(heard) == read


def test_he_has_been_is_not_he_is_been():
    assert normalise("he's been hitting me") == "he has been hitting me"


@pytest.mark.parametrize(
    ("heard", "read"),
    [
        ("i'd had enough so i walked off", "i had had enough so i walked off"),
        ("she'd gone very quiet", "she had gone very quiet"),
        ("he'd shouted at her", "he had shouted at her"),
        ("i'd need a break", "i would need a break"),
        ("i'd feed him first", "i would feed him first"),
    ],
)
def test_a_past_form_after_an_apostrophe_d_is_had_not_would(heard, read):
    assert normalise(heard) == read
    assert normalise("she's got a rash") == "she has got a rash"
    assert normalise("he's gone quiet") == "he is gone quiet"


@pytest.mark.parametrize(
    ("heard", "read"),
    [
        ("i ain't sure", "i am not sure"),
        ("he ain't breathing", "he is not breathing"),
        ("they ain't coming back", "they are not coming back"),
        ("i ain't got the energy", "i have not got the energy"),
        ("ain't no reason left", "there is no reason left"),
        ("and ain't nobody coming", "and there is nobody coming"),
    ],
)
def test_aint_is_read_for_whoever_says_it(heard, read):
    """Not always "am not": "he ain't breathing" is an emergency that must read as one."""
    assert normalise(heard) == read


@pytest.mark.parametrize(
    ("heard", "read"),
    [
        ("scared ill smother her", "scared i will smother her"),
        ("id rather not say", "i would rather not say"),
        ("she is ill again", "she is ill again"),
        ("where is my id card", "where is my id card"),
    ],
)
def test_ill_and_id_before_a_verb_are_ill_and_id_with_the_apostrophe_lost(heard, read):
    assert normalise(heard) == read


@pytest.mark.parametrize(
    ("heard", "read"),
    [
        ("why dose my baby cry at night", "why does my baby cry at night"),
        ("how dose she know i'm her mum", "how does she know i am her mum"),
        ("what dose secure attachment mean", "what does secure attachment mean"),
        # A dose asked about stays a dose.
        ("what dose my baby needs of calpol", "what dose my baby needs of calpol"),
        ("what dose for a six month old", "what dose for a six month old"),
    ],
)
def test_a_misheard_dose_before_its_subject_is_does(heard, read):
    assert normalise(heard) == read


@pytest.mark.parametrize(
    ("heard", "read"),
    [
        ("how much para set a mol can i take", "how much paracetamol can i take"),
        ("can she have eye view profen", "can she have ibuprofen"),
        ("a seat a mino fen for a fever", "acetaminophen for a fever"),
        ("is cal pol ok at night", "is calpol ok at night"),
        # Words that only look like the pieces stay as they are.
        ("the paraglider set a mole trap", "the paraglider set a mole trap"),
    ],
)
def test_a_medicine_split_into_pieces_by_the_recogniser_is_one_word(heard, read):
    assert normalise(heard) == read


@pytest.mark.parametrize("word", ["shed", "its", "ill", "were", "well"])
def test_words_that_look_like_bare_contractions_keep_their_meaning(word):
    assert normalise(f"the {word} thing") == f"the {word} thing"


@pytest.mark.parametrize(
    ("heard", "read"),
    [
        ("i keep thinkin about hurtin her", "i keep thinking about hurting her"),
        ("she's cryin' and i'm goin crazy", "she is crying and i am going crazy"),
        ("he's breathin funny and i'm doin nothin", "he is breathing funny and i am doing nothing"),
    ],
)
def test_a_dropped_g_is_read_with_the_g_back(heard, read):
    assert normalise(heard) == read


@pytest.mark.parametrize(
    "word", ["skin", "begin", "cousin", "muslin", "insulin", "vitamin", "amoxicillin", "pikin"]
)
def test_words_that_end_in_in_of_their_own_keep_their_spelling(word):
    assert normalise(f"the {word} thing") == f"the {word} thing"
