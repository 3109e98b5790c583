"""Local replicas of agency sites, served on 127.0.0.1 for tests and the demo."""
