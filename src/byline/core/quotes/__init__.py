"""Quotations: finding them, attributing them to speakers, searching them."""
