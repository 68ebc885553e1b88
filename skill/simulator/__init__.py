"""Calm Cradle without an Echo: typed words -> Alexa envelopes -> the real app -> speech."""
