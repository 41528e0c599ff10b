"""Language resolution and translators, for the window and for the command line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialogButtonBox

from desktop.errors import Cancelled
from desktop.i18n import install_translators, qt_translate, resolve_language

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("setting", "system", "expected"),
    [
        ("system", "id_ID", "id"),
        ("system", "es_MX", "es"),
        ("system", "fr_FR", "en"),
        ("system", "de_DE", "en"),
        ("es", "id_ID", "es"),
        ("en", "es_ES", "en"),
        ("in", "C", "id"),  # the old ISO code for Indonesian
        ("", "es_AR", "es"),
    ],
)
def test_resolve_language(setting, system, expected):
    assert resolve_language(setting, QLocale(system)) == expected


def test_indonesian_qt_buttons_come_from_our_translation(qtbot, qapp):
    assert install_translators(qapp, "id") == "id"
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Save
        | QDialogButtonBox.StandardButton.Close
    )
    qtbot.addWidget(box)
    texts = {b.text().replace("&", "") for b in box.buttons()}
    assert texts == {"OK", "Batal", "Simpan", "Tutup"}
    assert Cancelled().message.render(qt_translate) == "Dibatalkan."
    assert QLocale().name() == "id_ID"


def test_switching_back_to_english_removes_translators(qapp):
    install_translators(qapp, "es")
    assert qt_translate("QPlatformTheme", "Cancel") == "Cancelar"
    install_translators(qapp, "en")
    assert qt_translate("QPlatformTheme", "Cancel") == "Cancel"


def test_command_line_translation_needs_no_display():
    code = (
        "import os; os.environ.pop('DISPLAY', None); os.environ.pop('QT_QPA_PLATFORM', None)\n"
        "from desktop.i18n import translator_for_cli\n"
        "from desktop.errors import UserInputError\n"
        "print(UserInputError().message.render(translator_for_cli('id')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Masukan ini tidak dapat dipahami."


def test_qt_folder_picker_speaks_indonesian(qtbot, qapp):
    from PySide6.QtWidgets import QFileDialog, QLabel

    install_translators(qapp, "id")
    dialog = QFileDialog()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    qtbot.addWidget(dialog)
    labels = {label.text().replace("&", "") for label in dialog.findChildren(QLabel)}
    assert {"Lihat di:", "Folder:", "Jenis berkas:"} <= labels


def test_system_language_follows_the_environment():
    code = (
        "from PySide6.QtCore import QCoreApplication\n"
        "app = QCoreApplication([])\n"
        "from desktop.i18n import install_translators\n"
        "print(install_translators(app, 'system'))\n"
    )
    results = {}
    for lang in ("es_MX.UTF-8", "id_ID.UTF-8", "de_DE.UTF-8"):
        env = {"PATH": "/usr/bin:/bin", "LANG": lang, "LC_ALL": lang, "LANGUAGE": lang.split(".")[0]}
        result = subprocess.run(
            [sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True,
            timeout=60,
        )
        assert result.returncode == 0, result.stderr
        results[lang] = result.stdout.strip()
    assert results == {"es_MX.UTF-8": "es", "id_ID.UTF-8": "id", "de_DE.UTF-8": "en"}
