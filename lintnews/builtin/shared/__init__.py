"""Facts of a document that more than one built-in family reads, below all of them.

- :mod:`.headlines`: lines that are other stories' headlines (lists of related links,
  timelines of earlier stories), found by their shape: the advertorial family reports them
  (:mod:`lintnews.builtin.advertorial.shapes`), the unattributed and the loaded families ask
  :func:`.headlines.other_story` before reporting a cue on such a line.

Nothing here knows a family's rules or writes a finding, and nothing here imports a family or
the constructions (the import-linter contract "Built-in families" in pyproject.toml).
"""
