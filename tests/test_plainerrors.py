"""File errors in words, naming the folder the user chose; never errno text or temp names."""

from __future__ import annotations

import errno

import pytest

from desktop.errors import UserInputError
from desktop.plainerrors import file_error_message, plain_error_message
from desktop.text import N_


@pytest.mark.parametrize(("error", "start"), [
    (PermissionError(errno.EACCES, "Permission denied", "/home/ana/Dokumen/.shopsafe-x1y2.tmp"),
     "ShopSafe may not write in the folder /home/ana/Dokumen."),
    (FileNotFoundError(errno.ENOENT, "No such file or directory", "/gone/r.pdf"),
     "The folder /home/ana/Dokumen does not exist."),
    (OSError(errno.ENOSPC, "No space left on device"), "The disk that holds the folder /home/ana/Dokumen is full."),
    (OSError(errno.EROFS, "Read-only file system"), "The folder /home/ana/Dokumen cannot be written to"),
    (OSError(errno.EIO, "Input/output error"), "The file could not be written in the folder /home/ana/Dokumen."),
])
def test_file_errors_name_the_chosen_folder(error, start):
    text = file_error_message(error, "/home/ana/Dokumen").render()
    assert text.startswith(start)
    assert "Errno" not in text and ".tmp" not in text and error.strerror not in text


def test_other_errors_keep_their_own_message_or_point_to_the_log():
    assert plain_error_message(UserInputError(N_("X", "Type a price."))).render() == "Type a price."
    assert plain_error_message(RuntimeError("ConnectionResetError(104, 'reset')")).render() == \
        "Something went wrong. The details are in the log file."
