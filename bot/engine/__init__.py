"""The answer engine: knows facts, words and numbers, and nothing about Discord."""
