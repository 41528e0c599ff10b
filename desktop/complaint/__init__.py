"""The complaint pack: where to report a bad purchase, and what to hand over (Qt-free).

:mod:`.channels` lists the official places to report per country with what each asks for;
:mod:`.pack` gathers one archive order into the pack's contents (original files with their
SHA-256, timeline, seller details, saved reports) and renders it as HTML for the PDF.
"""

from desktop.complaint.channels import Channel, channels_for
from desktop.complaint.pack import PackContents, PackFile, discard_pack, gather_pack, pack_html

__all__ = ["Channel", "PackContents", "PackFile", "channels_for", "discard_pack", "gather_pack",
           "pack_html"]
