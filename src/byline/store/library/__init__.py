"""The user's library: its files, its index and which article to open."""
