"""Widgets the quiz screens are built from."""
