"""The one matcher that scans a text once for every pack rule of a run.
"""
