"""Infrastructure with no knowledge of news copy: TOML reading, regular-expression syntax
read by lintnews itself (its tree, its first words, its RE2 translations), Python's
case folding, regex tries. Imports only :mod:`lintnews.model`.
"""
