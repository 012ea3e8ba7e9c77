"""Label Studio, the annotators' side: labeling config, local server, push of articles, pull of annotations."""
