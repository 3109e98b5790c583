"""Siaran: an open archive of Indonesian government news releases."""

__version__ = "0.1.0"
