"""Modal screens: help and bookmarks."""
