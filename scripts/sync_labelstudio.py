"""Push articles to / pull annotations from Label Studio: ``python scripts/sync_labelstudio.py push|pull``."""

from diplonews.labelstudio.cli import labelstudio

if __name__ == "__main__":
    labelstudio(prog_name="sync_labelstudio.py")
