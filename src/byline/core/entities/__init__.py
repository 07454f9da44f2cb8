"""Named entities: who and what an article mentions."""
