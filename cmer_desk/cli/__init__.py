"""The scriptable commands, one module per group: records, documents, contacts, data care.

``main.run`` parses the command line; ``cmer-desk`` with no command opens the desk window."""
