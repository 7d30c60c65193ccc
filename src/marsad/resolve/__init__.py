"""Resolution: mentions to canonical places, actors, dates and numbers."""
