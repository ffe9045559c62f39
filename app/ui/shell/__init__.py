"""The frame of the application: start-up, the main window, the tree, the rules panel, settings, languages, background jobs and the shared workspace state."""
