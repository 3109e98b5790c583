"""The archive: database models, sessions, fingerprints, pairing and export."""
