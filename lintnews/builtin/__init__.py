"""lintnews's own plugin: built-in readers, formatters, contexts and code rules."""
