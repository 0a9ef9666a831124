"""Rule packs: word-list and pattern rules as TOML data (schema, model, loader, and the
built-in packs' plan, shipped with the package).
"""
