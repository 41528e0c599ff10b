"""Reading what a seller sent as an image: text by OCR, QR codes, EMVCo payment payloads (no Qt).

A shared lower layer: the shop checks read chat screenshots with it, the archive will read
receipts with it. Everything runs offline on this machine — Tesseract with the Debian models for
Indonesian, Spanish and English, zxing-cpp for QR codes — and nothing is downloaded at run time.
Images are handled in memory: the OCR engine reads them from a pipe, never from a file.

The fields of receipts and transfer proofs are read from such text by
:mod:`desktop.reading.receipts` (:func:`~desktop.reading.receipts.read_receipt`, its sums in
:mod:`desktop.reading.receipt_sums`) and :mod:`desktop.reading.transfers`
(:func:`~desktop.reading.transfers.read_transfer_proof`); they are imported from there, not here,
so that reading a chat does not load the money layer.

Like ``desktop.net`` and ``desktop.money``, the package imports nothing itself: importing the
picture-file endings (:mod:`desktop.reading.formats`) must not load the image decoders, the QR
library and the OCR driver into every start-up. Import from the modules:
:mod:`~desktop.reading.ocr` (``recognise``), :mod:`~desktop.reading.qr` (``read_codes``),
:mod:`~desktop.reading.emvco` (``parse_emvco``), :mod:`~desktop.reading.images`
(``load_image``), :mod:`~desktop.reading.errors`, and the receipt readers.
"""
