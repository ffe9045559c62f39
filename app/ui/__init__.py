"""The PySide6 desktop application. It changes data only through `app.services`."""
