"""cmer-desk: the press office desk of a French préfecture."""

__version__ = "0.1.0"
