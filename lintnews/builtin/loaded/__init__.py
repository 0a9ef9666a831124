"""The loaded-language family: the writer's-voice judge and what it weighs.

- :mod:`.voice`: the ``writer-voice`` context's judge, the one place that decides for every
  loaded-language candidate whether it is a warning, an ``info`` hint or nothing, and why
  (``lintnews why`` shows it);
- :mod:`.evidence`: the evidence it weighs, one module per kind (literal and technical senses,
  names, indirect speech, reports, characterisations, doubt, evaluative use, stance, the
  writer's disjuncts, the weather's measure);
- :mod:`.context`: the context cues shared with the scare-quote rule (whose words, which sense);
- :mod:`.scare_quotes`: the ``loaded-language/scare-quote`` code rule.

This ``__init__`` imports nothing: the plugin reads the scare-quote rule's metadata at start-up
and imports the judge on its first call (``lintnews.builtin.plugin``).
"""
