"""Extractive summaries: the article's own best sentences, in article order.

article -> Document (document.py: brief's sentences, normalised words, stop
words out, each distinct word stemmed once) -> scores (one module per
method, registered in methods.py) -> the sentences a Length takes
(length.py) -> Summary (model.py); summary.py runs the whole.

This package's __init__ imports nothing, so that the CLI can read the
method names and defaults (methods.py, options.py) without loading the rest.
"""
