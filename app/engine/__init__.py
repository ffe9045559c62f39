"""Pure scoring and rule checks: plain data in, plain data out (no Qt, no SQL)."""
