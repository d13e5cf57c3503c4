"""Run the kiosk: ``python main.py [--windowed] [--pack PATH_OR_ID] [--data-dir DIR]``."""

import sys

from kiosk.preflight import check_or_exit

if __name__ == "__main__":
    check_or_exit()
    from kiosk.app import main

    sys.exit(main(sys.argv[1:]))
