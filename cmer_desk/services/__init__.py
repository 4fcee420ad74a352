"""Use cases. They own the transactions (one session per user action) and are the only way the
window and the command line change data."""
