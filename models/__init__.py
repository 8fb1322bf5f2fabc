"""Repdesk's data and domain layer. Never imports Qt (checked by import-linter in the test run)."""
