"""The Field notes page: market intelligence from the field."""
