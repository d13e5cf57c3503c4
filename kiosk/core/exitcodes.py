"""Exit codes the kiosk returns on purpose, so the service that runs it can tell them from a crash.

The Linux service (``deploy/kiosk.service``) does not restart the kiosk after
:data:`EXIT_TO_DESKTOP`; after a crash or any other code it starts the kiosk again.
"""

from __future__ import annotations

#: Done: the pack is valid, the file was written, the command did what was asked.
EXIT_OK = 0

#: Refused: the pack, file or state was not acceptable; every reason was printed.
EXIT_REFUSED = 1

#: Bad usage: a wrong argument, answer file or PIN (argparse also exits 2).
EXIT_USAGE = 2

#: Staff chose "Exit to the desktop": stop, and stay stopped until staff start the kiosk again.
EXIT_TO_DESKTOP = 64

#: Staff chose "Restart the kiosk": :func:`kiosk.app.main` starts the kiosk again in the same process.
EXIT_RESTART = 65

#: Staff turned the screen where the compositor turns it only when it starts (cage 0.1.4):
#: deploy/kiosk-session starts the compositor again, turned as the settings now say, and the kiosk in it.
EXIT_NEW_SESSION = 66
