"""Mock agency sites of kinds no source entry in ``scraper/sources/`` was written for (see ``registry``)."""
