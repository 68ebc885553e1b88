"""``python -m skill`` runs the same command line as ``calm-cradle``."""

import sys

from skill.cli import main

sys.exit(main())
