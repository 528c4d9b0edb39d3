"""Output: results written in the format asked for.

`text` is plain logical text here; on a terminal the renderer (terminal.py,
the only place besides the CLI that imports rich) takes over.
"""

