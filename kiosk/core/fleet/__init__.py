"""kiosk.core.fleet: many kiosks, one clinic. Packs arrive in an inbox folder; status reports and
the result of each pack leave through an outbox folder (Syncthing, a network share or a USB stick).

The layout of both folders and the report's fields are in docs/fleet.md.
"""
