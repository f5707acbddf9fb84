"""The terminal front end: one-off questions, the JSON-lines contract, and a chat prompt."""
