"""Organisations and the areas they serve: who serves gemeente X, and what is available there."""
