"""``python -m diplonews`` runs the command line."""

from diplonews.cli import main

main()
