"""Running lints over files: one file (runner), many files on many processes (parallel), one
large file split over the cores (split), and finding the files (discovery).
"""
