"""Comparisons for harmonisation working groups: coverage of areas, costs, side by side."""
