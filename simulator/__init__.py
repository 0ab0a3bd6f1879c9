"""Customer-experience role-play trainer: scenarios, engine, store, records, speech and the window."""

# Kept equal to pyproject.toml's version by tests/test_layers.py (importlib.metadata is slow and absent when frozen).
__version__ = "0.1.0"
