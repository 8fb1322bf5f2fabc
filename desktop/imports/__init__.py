"""The import wizard: one window for importing reps, deals, key numbers and evaluations."""
