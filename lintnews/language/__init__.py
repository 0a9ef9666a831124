"""Knowledge of English word forms: every inflection of a lexicon word, found by a lemmatizer
(LemmInflect) when the rules are built, shipped as data, and looked up while linting.
Imports only :mod:`lintnews.model` and :mod:`lintnews.util`.
"""
