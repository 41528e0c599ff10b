"""Concurrent edits of one field: listed the same everywhere, resolved by a record that replaces
exactly what the reviewer saw (desktop.archive.conflicts; pure, property-tested like merge)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.archive.conflicts import find_conflicts, item_label, resolution_op
from desktop.archive.merge import MergedState
from desktop.archive.records import Record

ITEMS = ["00000000000000a1", "00000000000000b2"]
FIELDS = ["title", "status"]
AUTHORS = {"000000000000000a": "a1a1a1a1a1a1a1a1", "000000000000000b": "b2b2b2b2b2b2b2b2",
           "000000000000000c": "c3c3c3c3c3c3c3c3"}
NAMES = {"a1a1a1a1a1a1a1a1": "Ibu", "b2b2b2b2b2b2b2b2": "Budi", "c3c3c3c3c3c3c3c3": "Sari"}


class Device:
    """A simulated PC with its own replica and member (as in test_archive_merge)."""

    def __init__(self, device: str) -> None:
        self.device = device
        self.state = MergedState()
        self.counter = 0

    def write(self, ops: list[dict]) -> Record:
        self.counter += 1
        record = Record(self.device, self.state.max_lamport + 1, f"{self.counter:016x}",
                        AUTHORS[self.device], f"2026-01-0{len(self.device) % 9}T10:00:00Z",
                        tuple(ops))
        self.state.add(record)
        return record

    def set(self, item: str, field: str, value) -> Record:
        base = self.state.heads(item, field)
        return self.write([{"op": "set", "type": "order", "item": item, "fields": {field: value},
                            "base": {field: base} if base else {}}])

    def take(self, *recs: Record) -> None:
        for record in recs:
            self.state.add(record)


def conflicts(device: Device):
    return find_conflicts(device.state, NAMES.get)


def test_concurrent_edits_list_both_versions_with_authors_and_winner_first():
    a, b = Device("000000000000000a"), Device("000000000000000b")
    first = a.set(ITEMS[0], "title", "Kamera")
    b.take(first)
    ra = a.set(ITEMS[0], "title", "Kamera Canon")
    rb = b.set(ITEMS[0], "title", "Kamera Nikon")
    a.take(rb)
    b.take(ra)
    assert conflicts(a) == conflicts(b)
    (conflict,) = conflicts(a)
    assert conflict.field == "title" and conflict.item == ITEMS[0] and conflict.type == "order"
    assert conflict.shown.value == a.state.get(ITEMS[0]).fields["title"] == "Kamera Nikon"
    assert [(v.value, v.author_name) for v in conflict.versions] == \
        [("Kamera Nikon", "Budi"), ("Kamera Canon", "Ibu")]
    assert conflict.versions[1].device == "000000000000000a"
    assert conflict.label == "Kamera Nikon"


def test_equal_concurrent_values_are_no_conflict():
    a, b = Device("000000000000000a"), Device("000000000000000b")
    first = a.set(ITEMS[0], "status", "open")
    b.take(first)
    ra, rb = a.set(ITEMS[0], "status", "paid"), b.set(ITEMS[0], "status", "paid")
    a.take(rb)
    b.take(ra)
    assert conflicts(a) == [] and not a.state.get(ITEMS[0]).needs_review


def test_resolution_replaces_only_the_versions_reviewed():
    a, b, c = (Device(d) for d in AUTHORS)
    first = a.set(ITEMS[0], "title", "Tas")
    b.take(first)
    c.take(first)
    ra, rb = a.set(ITEMS[0], "title", "Tas kulit"), b.set(ITEMS[0], "title", "Tas kain")
    a.take(rb)
    (seen,) = conflicts(a)
    late = c.set(ITEMS[0], "title", "Tas anyaman")  # a third PC, offline all along
    fix = a.write([resolution_op(seen, "Tas kulit")])
    assert conflicts(a) == [] and a.state.get(ITEMS[0]).fields["title"] == "Tas kulit"
    for device in (b, c):
        device.take(ra, rb, fix, late)
    a.take(late)
    # The late version was not reviewed: flagged again against the resolution, on every PC.
    for device in (a, b, c):
        (again,) = conflicts(device)
        assert {v.value for v in again.versions} == {"Tas kulit", "Tas anyaman"}
    assert conflicts(a) == conflicts(b) == conflicts(c)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(5, 40), st.randoms(use_true_random=False))
def test_conflicts_and_resolutions_are_order_free(steps, rnd):
    devices = [Device(d) for d in AUTHORS]
    journal: list[Record] = []
    for _ in range(steps):
        device = rnd.choice(devices)
        action = rnd.random()
        if action < 0.3 and journal:
            device.take(*rnd.sample(journal, rnd.randint(1, len(journal))))
        elif action < 0.85:
            journal.append(device.set(rnd.choice(ITEMS), rnd.choice(FIELDS), rnd.randint(0, 3)))
        else:
            found = conflicts(device)
            if found:
                pick = rnd.choice(found)
                journal.append(device.write([resolution_op(pick, rnd.choice(pick.versions).value)]))
    results = []
    for device in devices:
        delivery = journal + rnd.choices(journal, k=len(journal) // 2)
        rnd.shuffle(delivery)
        device.take(*delivery)
        results.append(conflicts(device))
    assert all(r == results[0] for r in results)
    for conflict in results[0]:
        item = devices[0].state.get(conflict.item)
        assert item.fields[conflict.field] == conflict.shown.value
        assert len({repr(v.value) for v in conflict.versions}) > 1
        assert set(conflict.heads) == set(devices[0].state.heads(conflict.item, conflict.field))
    # Resolving every conflict on one PC leaves none anywhere once the records travel.
    fixes = [devices[0].write([resolution_op(c, c.shown.value)]) for c in results[0]]
    for device in devices[1:]:
        device.take(*fixes)
    assert all(conflicts(d) == [] for d in devices)


def test_item_label_prefers_title_then_name_and_is_short():
    state = MergedState()
    state.add(Record("000000000000000a", 1, "0" * 16, "a1a1a1a1a1a1a1a1", "t", (
        {"op": "set", "type": "seller", "item": ITEMS[0], "fields": {"name": "Toko  Maju\n"},
         "base": {}},
        {"op": "set", "type": "note", "item": ITEMS[1], "fields": {"text": "x" * 200},
         "base": {}},
    )))
    assert item_label(state.get(ITEMS[0])) == "Toko Maju"
    assert len(item_label(state.get(ITEMS[1]))) == 80
