"""First run and per-database office settings (issue 10)."""
