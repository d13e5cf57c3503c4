"""Checks of a pack that need Qt to draw or decode; ``kiosk validate`` runs them through the cli layer."""
