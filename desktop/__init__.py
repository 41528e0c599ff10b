"""ShopSafe: a desktop shopping-safety assistant.

The package splits into Qt-free domain packages (``checks``, ``costs``, ``archive``) and the Qt
face (``ui``, ``app``). The command line (``cli``) and the window are two faces of the same
domain API.
"""

__version__ = "0.1.0"
