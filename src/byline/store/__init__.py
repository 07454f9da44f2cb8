"""Everything that touches the disk: paths, article files, reading state, caches, the library."""
