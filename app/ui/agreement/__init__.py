"""The agreement (PK) editor: sasaran and IKU, parties, programs and scans, and the new-agreement dialog."""
