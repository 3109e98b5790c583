"""Extraction: pure functions from HTML to release fields, tried as a cascade."""
