"""The Discord front end: a thin adapter that turns engine Answers into Discord messages.

runner (process, signals, fatal errors) → client (FactBot: routing, start-up, shutdown)
→ exts/ (one cog per feature) → replies (where and how to post) → embeds / views.
desk asks the live engine and records questions; safety holds the no-ping and escaping rules.
"""
