"""The printed documents (invitation, attendee list, badges), drawn with ReportLab from plain domain data.
The fonts they embed, with their licence, are package data in ``fonts/``."""
