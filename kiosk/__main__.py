"""Allow ``python -m kiosk``."""

import sys

from kiosk.app import main

sys.exit(main(sys.argv[1:]))
