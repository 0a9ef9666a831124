"""Infrastructure with no knowledge of news copy: the start-up cache, TOML reading, regex building
(tries) and the analysis of regex prefixes. Imports only :mod:`lintnews.model`.
"""
