"""Use cases: each opens one session for one user action and returns plain records."""
