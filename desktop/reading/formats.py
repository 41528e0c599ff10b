"""Which files are pictures (kept apart from the decoders so that importing it costs nothing)."""

__all__ = ["IMAGE_SUFFIXES"]

# The endings of the picture files a buyer pastes, drops, imports or gives on the command line.
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".webp", ".gif", ".bmp", ".tif", ".tiff")
