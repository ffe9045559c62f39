"""The IKU editor: targets and realisations, metadata, history and cascade links."""
