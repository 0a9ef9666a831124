"""The engine: runs the selected rules over a Document, then the filters (selection, severity,
suppression, de-duplication) that turn findings into diagnostics.
"""
