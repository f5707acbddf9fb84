"""The Discord front end: a thin adapter that turns engine Answers into Discord messages."""
