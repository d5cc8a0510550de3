"""muctieu: Vietnamese digital-transformation plans as tracked, verifiable targets."""

__version__ = "0.1.0"
