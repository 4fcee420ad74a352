"""Exit statuses of the command line: 0 success, 1 bad input (one French line on stderr), 2 usage."""

EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE = 0, 1, 2
