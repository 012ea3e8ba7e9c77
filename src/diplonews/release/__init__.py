"""Release: Hugging Face features, rows, dataset card, Croissant, build, checks and publishing."""
