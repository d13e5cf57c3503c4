"""Staff mode: the PIN pad, then the pages staff work on (kiosk/ui/staff/area.py holds them)."""
