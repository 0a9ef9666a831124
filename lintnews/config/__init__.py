"""Configuration: config files found per linted file, merged with the command line into engines.
"""
