"""Minutes: an offline editor for meeting minutes (протоколы)."""

__version__ = "0.1.0"
