"""An agreement's life after finalising: versions, signing, addendum and PK Pengganti."""
