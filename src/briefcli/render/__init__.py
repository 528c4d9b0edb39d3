"""Right-to-left text for terminals: the last step before writing.

Text stays logical until here. For each paragraph the visual pipeline shapes
Arabic in logical order (shaping.py), wraps on terminal cells (cells.py,
wrap.py), reorders each line with levels from the whole paragraph
(reorder.py), drops the format characters that did their job (spent.py) and
aligns (align.py); layout.py runs those stages, mode.py chooses how much of
it a terminal needs. The bidi engine sits behind engine.py's interface; ICU
(icu_engine.py) is imported only when a terminal needs it. Nothing here
imports rich.
"""
