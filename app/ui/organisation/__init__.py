"""Organisation editing: units and officials (issue 10)."""
