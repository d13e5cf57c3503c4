"""The ``kiosk`` command line: the parser, the command table, and ``kiosk pack``."""
