"""The Document: the plain text of one article with its blocks, sentences, quotations and
speakers, and the language knowledge they need (speech verbs, source mentions).
"""
