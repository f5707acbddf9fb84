"""The Discord front end: a thin adapter that turns engine Answers into Discord messages.

runner (process, signals, fatal errors) → client (FactBot: routing, start-up, shutdown)
→ exts/ (one cog per feature) → replies (where and how to post) → embeds / views.
answering is the one way to an engine (short work on the loop, the rest in a thread);
it records questions.
safety holds the no-ping and escaping rules.
"""
