"""Archive against hostile folders (issue 17): unlock with 100 planted slots, verify with a 300 MB
slot, in a child process through ``shopsafe archive`` (start-up included), for one source tree.

Run on demand, once per tree to compare (e.g. a ``git archive`` of main unpacked in /tmp)::

    .venv/bin/python tests/benchmarks/bench_archive_hostile.py /path/to/tree

Prints JSON: ``unlock_no_planted_s`` (the same archive before planting), ``unlock_right_s`` and
``unlock_wrong_s`` with 100 planted slots (best of 3 / 2), ``verify_300mb_slot_peak_mib``
(VmHWM of the child: ru_maxrss would include the parent).
"""
import json, os, re, subprocess, sys, tempfile, time
from pathlib import Path
tree = sys.argv[1]
sys.path.insert(0, tree)
from desktop.archive import KDF_FLOOR, Archive, keys
from desktop.archive.encoding import b64e
from desktop.archive.rng import DeterministicRandom
work = Path(tempfile.mkdtemp(prefix="h17hostile"))
folder = work / "A.shopsafe"
a = Archive.create(folder, "pw", kdf=KDF_FLOOR, data_dir=work, name="Ibu")
a.put("order", title="x"); aid = a.archive_id; a.lock()
env0 = dict(os.environ, PYTHONPATH=tree, SHOPSAFE_DATA_DIR=str(work), SHOPSAFE_LANGUAGE="en", SHOPSAFE_PASSPHRASE="pw")
clean = []
for _ in range(3):
    t = time.perf_counter(); subprocess.run([sys.executable, "-c", "import sys; from desktop.cli import main; sys.exit(main(sys.argv[1:]))", "archive", "list", str(folder)], env=env0, capture_output=True); clean.append(time.perf_counter() - t)
rng = DeterministicRandom(b"planted")
for _ in range(100):
    who = keys.Identity.generate(keys.new_id(rng), rng); slot = keys.new_id(rng)
    doc = {"format": "shopsafe-slot", "version": 1, "archive": aid, "member": who.member, "slot": slot,
           "kdf": {"alg": "argon2id", **KDF_FLOOR.to_json(), "salt": b64e(rng.bytes(16))},
           "nonce": b64e(rng.bytes(12)), "ct": b64e(rng.bytes(80))}
    p = folder / "slots" / who.member / f"{slot}.slot"; p.parent.mkdir(parents=True)
    p.write_bytes(keys.sign_document(doc, "slot", who.ed25519_private))
env = dict(os.environ, PYTHONPATH=tree, SHOPSAFE_DATA_DIR=str(work), SHOPSAFE_LANGUAGE="en")
def timed(pw):
    env["SHOPSAFE_PASSPHRASE"] = pw
    t = time.perf_counter()
    r = subprocess.run([sys.executable, "-c", "import sys; from desktop.cli import main; sys.exit(main(sys.argv[1:]))", "archive", "list", str(folder)], env=env, capture_output=True, text=True)
    return time.perf_counter() - t, r.returncode
base = min(timed("pw")[0] for _ in range(1))
right = min(timed("pw")[0] for _ in range(3)); wrong = min(timed("wrong")[0] for _ in range(2))
huge = folder / "slots" / "00112233445566ff" / "00112233445566ff.slot"; huge.parent.mkdir()
with open(huge, "wb") as h:
    for _ in range(300): h.write(b"{" + b" " * (1024 * 1024 - 1))
env["SHOPSAFE_PASSPHRASE"] = "pw"
script = "import re, sys; from desktop.cli import main; code = main(sys.argv[1:]); print(int(re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read()).group(1)) // 1024)"
r = subprocess.run([sys.executable, "-c", script, "archive", "verify", str(folder)], env=env, capture_output=True, text=True)
print(json.dumps({"tree": tree, "unlock_no_planted_s": round(min(clean), 2), "unlock_right_s": round(right, 2), "unlock_wrong_s": round(wrong, 2), "verify_300mb_slot_peak_mib": int(r.stdout.strip().splitlines()[-1]) if r.stdout.strip() else r.stderr[-200:]}))
