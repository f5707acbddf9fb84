"""The lower layer: how text, numbers and units are read, shared by packs and the engine."""
