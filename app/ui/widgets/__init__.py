"""Pieces several features share: number entry, delegates, self-saving form fields, table bases, icons and labels."""
