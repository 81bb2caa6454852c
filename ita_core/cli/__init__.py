"""The command line: python -m ita_core."""
