"""Documents rendered from plain domain data: data in, bytes out (no database, no Qt)."""
