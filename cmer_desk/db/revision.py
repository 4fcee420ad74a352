"""The newest revision of the schema (migrations/versions), in a module that imports nothing.

Every start compares the database with it: the window before the database layer is imported
(cmer_desk.db.first_read), then AppContext.open (cmer_desk.db.migrate). Importing Alembic to find it
would cost a third of the start-up time; a test keeps it equal to Alembic's head."""

HEAD_REVISION = "0006"
