"""Word patterns more than one rule needs: who a question may be about besides the baby.

Safety triage uses them to tell a pet's or a grown-up's trouble from a child's, and the
answering module to tell a question about a pet's own ways from one about a baby's. Each is
a regular-expression group over normalised text (see ``skill.text``).
"""

from __future__ import annotations

# Words naming a child, for rules about a pet or a grown-up that must not be about one.
CHILD_WORDS = r"(?:baby|babies|son|daughter|toddler|child|children|kids?|newborn|infant|twins?)"
# Dogs by kind as well as by name, for attacks on a child and for a pet's own troubles.
DOG = (
    r"(?:dogs?|pupp(?:y|ies)|staff(?:y|ie|ies)|pit ?bulls?|rottweilers?|rotties?|(?:german )?"
    r"shepherds?|alsatians?|husk(?:y|ies)|labradors?|labs?|collies?|terriers?|bulldogs?"
    r"|mastiffs?|xl bull(?:y|ies)|akitas?|dobermanns?|dobermans?|beagles?|poodles?|pugs?"
    r"|dachshunds?|sausage dogs?|spaniels?|retrievers?|cockapoos?|labradoodles?|chihuahuas?"
    r"|greyhounds?|whippets?|boxers?|corgis?|jack russells?|shih tzus?|schnauzers?|pooch"
    r"|kelpies?|heelers?|cattle dogs?|sheep ?dogs?|huntaways?|bird dogs?|hounds?|setters?"
    r"|pointers?)"
)
# Household pets and farm animals.
PETS = (
    # (Not "calf": a swollen calf after birth is a clot until a doctor says not.)
    rf"(?:{DOG}|cat|kitten|hamster|rabbit|guinea pig|lambs?|ewes?|foal|piglets?"
    r"|pony|horse|goat|chickens?|hens?|heifers?|cows?|cattle|bulls?|bullocks?|steers?|mares?"
    r"|stallions?|geldings?|sheep|pigs?|donkeys?|alpacas?|llamas?|ducks?|geese)"
)
# The small pets kept in cages and tanks.
SMALL_PETS = (
    r"(?:fish|goldfish|gerbil|bunny|budgie|parrot|bird|tortoise|turtle|snake|lizard)"
)
# Any animal a family keeps.
KEPT_ANIMALS = rf"(?:{PETS}|{SMALL_PETS})"
