"""`python -m app` is the same as the `pk-desk` command."""

import sys

from app.cli import main

sys.exit(main())
