"""Documents and files made for people: data in, bytes out; no database, no Qt."""
