"""The Check page's item models pass qtmodeltester and keep their promises while filling live."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from desktop.checks.model import Category, Finding, Level, Status
from desktop.text import N_
from desktop.ui.check_findings import FINDING_ROLE, STATUS_ROLE, FindingsModel
from desktop.ui.check_history import RecentCheck, RecentChecksModel


def _f(fid: str, category: Category, status: Status, **evidence) -> Finding:
    return Finding(fid, category, status, N_("Test", fid), N_("Test", "detail of " + fid), None, evidence)


FINDINGS = [
    _f("https.valid", Category.HTTPS, Status.PASS, issuer="Test CA"),
    _f("domain.lookalike", Category.DOMAIN, Status.FAIL, imitates="tokopedia.com"),
    _f("link.shortener", Category.LINK, Status.INFO),
    _f("https.hsts", Category.HTTPS, Status.WARN),
    _f("contact.none", Category.CONTACT, Status.UNKNOWN),
]


def test_findings_model_passes_modeltester_while_filling_live(qtmodeltester):
    model = FindingsModel()
    model.add_finding(FINDINGS[0])
    qtmodeltester.check(model, force_py=True)  # stays connected: every later change is checked
    for finding in FINDINGS[1:]:
        model.add_finding(finding)
    model.retranslate()
    model.set_findings(FINDINGS[:2])
    model.clear()
    for finding in reversed(FINDINGS):
        model.add_finding(finding)
    assert len(model.findings()) == len(FINDINGS)


def test_categories_in_display_order_and_worst_first():
    model = FindingsModel()
    for finding in FINDINGS:
        model.add_finding(finding)
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert names == ["The link", "Domain", "Secure connection", "Contact details"]
    https = model.index(2, 0)
    assert [model.index(r, 0, https).data(FINDING_ROLE).id for r in range(model.rowCount(https))] == [
        "https.hsts", "https.valid"]
    assert https.data(STATUS_ROLE) == "warn"  # the category shows its worst status
    assert model.index(0, 0, https).data(Qt.ItemDataRole.DecorationRole) is not None
    assert "detail of https.hsts" in model.index(0, 0, https).data(Qt.ItemDataRole.ToolTipRole)


def test_identical_findings_are_not_repeated_but_distinct_ones_with_same_id_are():
    model = FindingsModel()
    model.add_finding(FINDINGS[1])
    model.add_finding(FINDINGS[1])
    model.add_finding(_f("domain.lookalike", Category.DOMAIN, Status.FAIL, imitates="shopee.co.id"))
    assert len(model.findings()) == 2
    assert model.index_of("nothing") == QModelIndex()


def test_recent_checks_model_passes_modeltester(qtmodeltester):
    model = RecentChecksModel()
    model.set_rows([
        RecentCheck("k1", "https://toko.test/x", "toko.test", Level.CAUTION, "2026-11-23T08:00:00+00:00"),
        RecentCheck("k2", "0812 3456 7890", "+6281234567890", None, ""),
    ])
    qtmodeltester.check(model, force_py=True)
    model.set_rows([model.row_at(1), model.row_at(0)])
    assert model.index(1, 1).data() == "Be careful"
    assert model.index(0, 1).data() == "—"
    assert model.index(1, 1).data(Qt.ItemDataRole.DecorationRole) is not None
    assert model.index(1, 2).data().startswith("2026-11-2")
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Verdict"
