"""Use cases shared by the GUI and the CLI: each public function is one transaction."""
