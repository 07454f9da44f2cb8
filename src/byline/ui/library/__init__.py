"""The library screens: every article, and who said what across them."""
