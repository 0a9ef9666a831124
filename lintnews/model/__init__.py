"""The contract every layer shares: diagnostics and findings, rules, errors and exit codes, and the
plugin hooks. Imports nothing else of lintnews.
"""
