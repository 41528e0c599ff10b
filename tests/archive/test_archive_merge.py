"""Merge rules: LWW per field, add-wins sets, tombstones, conflicts flagged; order-free."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.archive.merge import MergedState
from desktop.archive.records import Record

ITEMS = ["00000000000000a1", "00000000000000b2", "00000000000000c3"]
FIELDS = ["title", "status", "total", "deleted"]
TAGS = ["hp", "elektronik", "penipuan"]


class Device:
    """A simulated PC: its own replica, its own Lamport clock, its own journal."""

    def __init__(self, device: str) -> None:
        self.device = device
        self.state = MergedState()
        self.counter = 0

    def write(self, ops: list[dict]) -> Record:
        self.counter += 1
        record = Record(self.device, self.state.max_lamport + 1, f"{self.counter:016x}",
                        "0123456789abcdef", "2026-01-01T00:00:00Z", tuple(ops))
        self.state.add(record)
        return record

    def set(self, item: str, field: str, value) -> Record:
        base = {field: self.state.heads(item, field)}
        return self.write([{"op": "set", "type": "order", "item": item, "fields": {field: value},
                            "base": {k: v for k, v in base.items() if v}}])

    def add(self, item: str, tag: str) -> Record:
        return self.write([{"op": "add", "type": "order", "item": item, "set": "tags",
                            "value": tag}])

    def remove(self, item: str, tag: str) -> Record:
        return self.write([{"op": "remove", "type": "order", "item": item, "set": "tags",
                            "value": tag, "observed": self.state.set_adds(item, "tags", tag)}])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(2, 5), st.integers(5, 60), st.randoms(use_true_random=False))
def test_any_delivery_order_with_duplicates_gives_identical_state(n_devices, steps, rnd):
    devices = [Device(f"{i:016x}") for i in range(1, n_devices + 1)]
    journal: list[Record] = []
    for _ in range(steps):
        device = rnd.choice(devices)
        action = rnd.random()
        item = rnd.choice(ITEMS)
        if action < 0.25 and journal:  # partial sync: some records arrive, maybe twice
            for record in rnd.sample(journal, rnd.randint(1, len(journal))):
                device.state.add(record)
                device.state.add(record)
            continue
        if action < 0.6:
            field = rnd.choice(FIELDS)
            value = rnd.choice([True, False]) if field == "deleted" else rnd.randint(0, 9)
            journal.append(device.set(item, field, value))
        elif action < 0.85:
            journal.append(device.add(item, rnd.choice(TAGS)))
        else:
            journal.append(device.remove(item, rnd.choice(TAGS)))
    snapshots = []
    for device in devices:
        delivery = journal + rnd.choices(journal, k=len(journal) // 2)
        rnd.shuffle(delivery)
        for record in delivery:
            device.state.add(record)
        snapshots.append(device.state.snapshot())
    reference = MergedState()
    for record in sorted(journal, key=lambda r: (r.lamport, r.device, r.rand)):
        reference.add(record)
    assert all(s == reference.snapshot() for s in snapshots)


def test_last_writer_wins_per_field_and_concurrent_edits_are_flagged():
    a, b = Device("000000000000000a"), Device("000000000000000b")
    item = ITEMS[0]
    base = a.set(item, "title", "Kamera")
    b.state.add(base)
    ra = a.set(item, "title", "Kamera A")  # concurrent with b's edit
    rb = b.set(item, "status", "paid")  # another field: no conflict
    rb2 = b.set(item, "title", "Kamera B")
    for record in (rb, rb2):
        a.state.add(record)
    b.state.add(ra)
    for d in (a, b):
        merged = d.state.get(item)
        assert merged.fields["status"] == "paid"
        assert merged.fields["title"] == "Kamera B"  # higher (lamport, device) wins
        assert merged.needs_review and set(merged.conflicts["title"]) == {"Kamera A", "Kamera B"}
        assert "status" not in merged.conflicts
    # A later edit that saw both heads resolves the conflict everywhere.
    fix = a.set(item, "title", "Kamera (final)")
    b.state.add(fix)
    assert a.state.snapshot() == b.state.snapshot()
    assert not b.state.get(item).needs_review


def test_sequential_edits_are_not_conflicts():
    a, b = Device("000000000000000a"), Device("000000000000000b")
    first = a.set(ITEMS[0], "title", "1")
    b.state.add(first)
    second = b.set(ITEMS[0], "title", "2")
    a.state.add(second)
    assert a.state.get(ITEMS[0]).fields["title"] == "2"
    assert not a.state.get(ITEMS[0]).needs_review


def test_tags_are_add_wins():
    a, b = Device("000000000000000a"), Device("000000000000000b")
    add = a.add(ITEMS[0], "hp")
    b.state.add(add)
    removal = b.remove(ITEMS[0], "hp")  # b removes the add it saw
    concurrent_add = a.add(ITEMS[0], "hp")  # a adds again without seeing the removal
    a.state.add(removal)
    b.state.add(concurrent_add)
    assert a.state.get(ITEMS[0]).tags == ("hp",) == b.state.get(ITEMS[0]).tags
    later = b.remove(ITEMS[0], "hp")  # now b has seen both adds
    a.state.add(later)
    assert a.state.get(ITEMS[0]).tags == () == b.state.get(ITEMS[0]).tags


def test_delete_is_a_tombstone_that_merges_like_a_field():
    a = Device("000000000000000a")
    a.set(ITEMS[0], "title", "x")
    a.set(ITEMS[0], "deleted", True)
    assert a.state.get(ITEMS[0]).deleted
    assert a.state.items() == []
    assert len(a.state.items(include_deleted=True)) == 1
    a.set(ITEMS[0], "deleted", False)
    assert [i.id for i in a.state.items()] == [ITEMS[0]]


def test_duplicate_records_are_idempotent():
    a = Device("000000000000000a")
    record = a.set(ITEMS[0], "title", "x")
    fresh = MergedState()
    assert fresh.add(record) is True
    assert fresh.add(record) is False
    assert fresh.snapshot() == a.state.snapshot()


def test_same_id_with_two_types_is_order_free():
    def rec(device, lamport, type_):
        return Record(device, lamport, "0" * 16, "0" * 16, "t",
                      ({"op": "set", "type": type_, "item": ITEMS[0], "fields": {"x": type_},
                        "base": {}},))

    r1, r2 = rec("000000000000000a", 1, "order"), rec("000000000000000b", 2, "note")
    s1, s2 = MergedState(), MergedState()
    s1.add(r1), s1.add(r2)
    s2.add(r2), s2.add(r1)
    assert s1.snapshot() == s2.snapshot()
    assert s1.get(ITEMS[0]).type == "order"
