"""Plain data, enums, validation and French formatting. No Qt, SQLAlchemy or ReportLab here."""
