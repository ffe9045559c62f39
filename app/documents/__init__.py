"""Printed documents (ReportLab): plain records in, PDF out; no ORM here."""
