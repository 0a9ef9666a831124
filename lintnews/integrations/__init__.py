"""lintnews inside other tools: the language server, and proselint both ways.
"""
