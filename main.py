"""Run the kiosk: ``python main.py [--windowed] [--pack PATH_OR_ID] [--data-dir DIR]``."""

import sys

from kiosk.app import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
