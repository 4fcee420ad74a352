"""Desk window (PySide6)."""
