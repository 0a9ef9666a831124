"""Rule packs: word-list and pattern rules as TOML data (schema, model, loader, pattern safety).
"""
