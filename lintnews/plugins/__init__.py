"""Finding and loading plugins (entry points, modules) into a Registry of rules, readers, judges
and formatters.
"""
