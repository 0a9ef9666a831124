"""The one matcher that scans a text once for every pack rule of a run (words, built-in
patterns in Python's re, house patterns in RE2) and applies the rules' exceptions.
"""
