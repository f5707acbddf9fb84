"""Knowledge packs: their models, loading and validation against their sources."""
