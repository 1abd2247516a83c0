"""kehoach: Vietnamese plan documents in, a checked dataset of their commitments out."""

__version__ = "0.1.0"
