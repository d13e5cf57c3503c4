"""Key-point checks (teach-back): a few gentle questions that check a patient understood a section.

``model`` holds the checks and what a patient's tries mean; ``reader`` reads ``keypoints.toml``
and checks it against the pack's pages; ``cases`` runs the pack's own cases for them.
"""
