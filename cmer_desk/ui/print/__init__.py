"""Preview, print and save the documents the export layer renders (PDF bytes in)."""
