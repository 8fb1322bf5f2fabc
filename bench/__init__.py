"""Benchmarks: `make bench` (or `python -m bench [name …]`). Figures are reported as ratios to a
baseline measured in the same run, so they compare across machines."""
