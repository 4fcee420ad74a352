"""Contacts in and out of files: CSV, XLSX and vCard readers and writers, header recognition.

Pure code: bytes and plain values in, bytes and plain values out; no database, no Qt.
"""
