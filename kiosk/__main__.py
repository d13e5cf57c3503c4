"""Allow ``python -m kiosk``."""

import sys

from kiosk.preflight import check_or_exit

check_or_exit()

from kiosk.app import main  # noqa: E402  (only once the version and dependencies are known to be right)

sys.exit(main(sys.argv[1:]))
