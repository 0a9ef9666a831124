"""Output: the report formatters, statistics and the progress line.
"""
