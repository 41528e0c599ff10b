"""``python -m desktop`` behaves exactly like the ``shopsafe`` command."""

import sys

from desktop.cli import main

sys.exit(main())
