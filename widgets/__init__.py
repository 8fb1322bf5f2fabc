"""Reusable Qt pieces fed with plain records; they know nothing of the database."""
