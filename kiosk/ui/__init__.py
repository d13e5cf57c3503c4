"""The kiosk's PySide6 widgets: they show the core's session and turn touches into its events."""
