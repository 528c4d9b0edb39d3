"""brief: read news articles in a terminal, Arabic first, French and English too."""

__version__ = "0.1.0"
