"""Answer → text for people: shared by the terminal, the JSON contract and Discord's plain text."""
