"""Siaran's Scrapy project: settings, items, sources, spiders and extraction."""
