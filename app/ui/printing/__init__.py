"""Berkas › Cetak…: choose documents, write the PDF off the UI thread, preview it."""
