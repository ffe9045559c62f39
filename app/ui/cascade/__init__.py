"""The cascading matrix of a superior's PK and its subordinates."""
