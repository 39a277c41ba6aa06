"""Understanding employers' messages: intents (INTENTS.md), entities, and names.

    from intents.nlu import NLU             # NLU.load().parse(text, today=..., products=...)
    from intents.persons import match_person, find_people, PersonRef
    from intents.entities import ProductRef

See intents/README.md for the data, training, evaluation and figures.
"""
