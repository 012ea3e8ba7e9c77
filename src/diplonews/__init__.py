"""diplonews: an annotated Arabic news dataset about great-power diplomacy, and the tools that make it."""

__version__ = "0.1.0"
