"""Plain-Python domain: value types and pure functions. No Qt, no database."""
