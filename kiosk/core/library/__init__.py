"""The topic library: the packs a kiosk shows, from which a patient chooses a topic."""
