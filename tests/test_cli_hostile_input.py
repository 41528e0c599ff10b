"""``python -m desktop check`` against hostile input (issue 20): invalid UTF-8, links too long to
be real, control and bidi characters, hostile pages; always one valid JSON report per input,
no traceback, bounded time and memory.

The child is ``python -m desktop check`` run through :mod:`runpy` (what ``-m`` does) by a
two-line launcher that reports the process's peak resident memory (``VmHWM``) at exit: the
rusage of a child forked from the test process would count the test process's own pages."""

from __future__ import annotations

import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from support import hostile

from desktop.net.charset import decode_body

REPO = Path(__file__).resolve().parent.parent
MEMORY_LIMIT_MB = 150
LEVELS = {"ok", "caution", "high_risk", "unknown"}


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str
    peak_mb: float
    seconds: float

    def reports(self) -> list[dict]:
        return [json.loads(line) for line in self.stdout.split("\n") if line]  # JSON Lines: "\n" only


def run_cli(args: list[str], stdin: bytes = b"", env: dict | None = None, timeout: float = 60) -> Run:
    """Run ``python -m desktop check ARGS`` with ``stdin``; measure its wall time and peak RSS."""
    with tempfile.TemporaryDirectory() as folder:
        paths = [Path(folder) / name for name in ("in", "out", "err")]
        paths[0].write_bytes(stdin)
        with open(paths[0], "rb") as fin, open(paths[1], "wb") as fout, open(paths[2], "wb") as ferr:
            started = time.monotonic()
            child = subprocess.Popen([sys.executable, "-c", _LAUNCHER, "check", *args], cwd=REPO,
                                     env=env, stdin=fin, stdout=fout, stderr=ferr)
            try:
                child.wait(timeout)
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait()
            seconds = time.monotonic() - started
        stderr = paths[2].read_text("utf-8", "replace")
        peak = re.search(r"\nSHOPSAFE-TEST-PEAK-KB (\d+)\n", "\n" + stderr)
        stderr = stderr.replace(peak[0].lstrip("\n"), "") if peak else stderr
        return Run(child.returncode, paths[1].read_text("utf-8", "replace"), stderr,
                   int(peak[1]) / 1024 if peak else float("inf"), seconds)


# ``python -m desktop ARGS`` plus, at exit, the peak resident memory of this process since exec.
_LAUNCHER = (
    "import atexit, runpy, sys\n"
    "def peak():\n"
    "    hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM:')][0].split()[1]\n"
    "    sys.stderr.write(f'\\nSHOPSAFE-TEST-PEAK-KB {hwm}\\n')\n"
    "atexit.register(peak)\n"
    "sys.argv[0] = 'desktop'\n"
    "runpy.run_module('desktop', run_name='__main__', alter_sys=True)\n"
)


@pytest.fixture
def cli_env(host_map, isolated_shopsafe_env) -> dict:
    env = host_map.subprocess_env()
    env.pop("PYTHONIOENCODING", None)
    env.pop("PYTHONUTF8", None)
    return env


def expected_inputs(data: bytes) -> int:
    """How many inputs ``-`` reads from ``data``: non-blank lines, split as Python's text
    streams split them (``\\n``, ``\\r``, ``\\r\\n``), invalid bytes replaced."""
    text = data.decode("utf-8", "replace").replace("\r\n", "\n").replace("\r", "\n")
    return sum(1 for line in text.split("\n") if line.strip())


def assert_clean(run: Run, count: int) -> list[dict]:
    assert run.returncode == 0, run.stderr[-2000:]
    assert "Traceback" not in run.stderr, run.stderr[-2000:]
    reports = run.reports()  # every line is one valid JSON document
    assert len(reports) == count
    assert all(r["verdict"]["level"] in LEVELS for r in reports)
    assert run.peak_mb < MEMORY_LIMIT_MB, run.peak_mb
    return reports


# --------------------------------------------------------------------------- standard input


# A desktop locale such as en_US.UTF-8 gives Python strict UTF-8 streams; this machine may lack
# that locale, and PYTHONIOENCODING=utf-8 sets exactly those streams. C and C.UTF-8 get
# surrogateescape (PEP 538/540); a latin-1 terminal decodes every byte.
@pytest.mark.parametrize("locale_env", [{"LC_ALL": "C.UTF-8", "PYTHONIOENCODING": "utf-8"},
                                        {"LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}, {"LC_ALL": "C", "LANG": "C"},
                                        {"LC_ALL": "C.UTF-8", "PYTHONIOENCODING": "iso8859-1"}],
                         ids=["desktop-utf8-strict", "c-utf8-locale", "c-locale", "latin1-terminal"])
def test_invalid_utf8_on_stdin_gives_one_report_per_line(cli_env, locale_env):
    data = (b"https://toko-\xff\xfe-murah.example/\n"
            b"\xc3\x28 hubungi wa 0812 3456 7890 \xa0\n"
            b"\n"
            b"rek bca 123\xe2\x82 4567 890 \x80\x81\n"
            b"instagram.com/\xf0\x9f\x98\xff_toko\n")
    run = run_cli(["--json", "--offline", "-"], data, {**cli_env, **locale_env})
    reports = assert_clean(run, 4)
    assert reports[0]["kind"] == "web_shop"
    if "PYTHONIOENCODING" not in locale_env:  # a latin-1 terminal reads those bytes as "ÿþ"
        assert "\ufffd" in reports[0]["input"]
    assert reports[1]["phone"] == "+6281234567890"


def test_invalid_utf8_argument_is_reported_not_a_crash(cli_env):
    argument = os.fsdecode(b"https://shop\xff.example/")  # arrives with a lone surrogate
    run = run_cli(["--json", "--offline", argument], env=cli_env)
    (report,) = assert_clean(run, 1)
    assert report["input"] == "https://shop\ufffd.example/"


def test_readable_output_to_a_closed_pipe_is_quiet(cli_env):
    command = (f"{sys.executable} -m desktop check --offline a.example b.example c.example d.example "
               "| head -n 1")
    done = subprocess.run(["bash", "-c", command], cwd=REPO, env=cli_env, capture_output=True, text=True,
                          timeout=60)
    assert done.stdout.strip() == "a.example"
    assert "Traceback" not in done.stderr and "BrokenPipe" not in done.stderr


# --------------------------------------------------------------------------- links too long to be real


@pytest.mark.parametrize(("link", "reason"), [
    ("https://" + "a" * 100_000 + ".com/", "url"),
    ("https://" + "ab" * 40 + ".com/", "label"),
    ("https://" + ".".join(["abcdefghij"] * 30) + ".com/", "host"),
])
def test_a_link_too_long_to_be_real_is_a_finding_in_bounded_memory(cli_env, link, reason):
    run = run_cli(["--json", "-"], link.encode() + b"\n", cli_env)
    (report,) = assert_clean(run, 1)
    found = {f["id"]: f for f in report["findings"]}
    assert found["link.too_long"]["status"] == "warn" and found["link.too_long"]["evidence"]["reason"] == reason
    assert report["verdict"]["level"] == "caution" and report["url"] is None  # nothing was fetched
    assert run.seconds < 10


def test_a_label_of_63_characters_is_still_a_link(cli_env):
    run = run_cli(["--json", "--offline", "https://" + "a" * 63 + ".com/"], env=cli_env)
    (report,) = assert_clean(run, 1)
    assert report["host"] == "a" * 63 + ".com"
    assert "link.too_long" not in {f["id"] for f in report["findings"]}


def test_a_huge_paste_is_read_up_to_the_limit_and_says_so(cli_env):
    text = "Beli di tokobatik.example sekarang! " + "murah " * 20_000  # 120 KB on one line
    run = run_cli(["--json", "-"], text.encode() + b"\n", cli_env)
    (report,) = assert_clean(run, 1)
    truncated = {f["id"]: f for f in report["findings"]}["input.truncated"]
    assert truncated["status"] == "unknown" and truncated["evidence"]["length"] == len(text.strip())
    assert report["verdict"]["level"] != "ok"


# --------------------------------------------------------------------------- hostile pages, whole command


def test_utf7_page_prints_a_valid_report(https_server, ca_bundle, cli_env):
    # "+2D3cAA-" is a lone surrogate in UTF-7; a reader trusting the label could not print it
    body = hostile.SHOP_BODY + "<p>Diskon +2D3cAA- +2D3-</p>"
    https_server.add_site("toko-utf7.example", routes={"/": hostile.page(body, "text/html; charset=utf-7")})
    run = run_cli(["--json", "https://toko-utf7.example/", "--resolve",
                   f"toko-utf7.example:127.0.0.1:{https_server.port}", "--ca-bundle", str(ca_bundle)],
                  env=cli_env)
    (report,) = assert_clean(run, 1)
    assert "Diskon" in report["snapshot"]["text"]
    assert report["contacts"]["emails"] == ["cs@toko-hostile.co.id"]


@pytest.mark.parametrize("charset", ["utf-7", "utf-16", "undefined", "idna", "punycode", "base64", "utf-8"])
def test_decode_never_raises_nor_leaves_lone_surrogates(charset):
    for body in (b"+2D3cAA-", b"\x00\xd8\x41\x00", b"\xff\xfe\x00\xd8", "é".encode("latin-1") * 70,
                 b"<meta charset=idna>" + b"\xe9" * 70):
        for content_type in (f"text/html; charset={charset}", "text/html", f'text/html; charset="{charset}"'):
            text = decode_body(body, content_type)
            assert not any("\ud800" <= c <= "\udfff" for c in text)
            text.encode("utf-8")


# --------------------------------------------------------------------------- fuzzing

_BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200b\u200c\u200d\u200e\u200f\ufeff\u00ad"
_CONTROL = "".join(chr(c) for c in range(32) if c not in (10, 13)) + "\x7f\x85\u2028\u2029"
_LETTERS = "abcdefghijklmnopqrstuvwxyz0123456789-"
_UNICODE = "аеорсхіјԁрυνωαβγ中文éüñßçøı\u0301\u0308ﬁＡ１"
_TLDS = ["com", "co.id", "es", "shop", "xyz", "com.mx", "id", "store", "test", "zz", "xn--p1ai"]


def _label(rng: random.Random, size: int) -> str:
    alphabet = _LETTERS + (_UNICODE if rng.random() < 0.3 else "")
    return "".join(rng.choice(alphabet) for _ in range(size))


def _fuzz_input(rng: random.Random) -> bytes:
    kind = rng.randrange(9)
    if kind == 0:  # one long label
        text = f"https://{_label(rng, rng.choice([60, 63, 64, 200, 5000, 40_000]))}.{rng.choice(_TLDS)}/"
    elif kind == 1:  # many labels
        text = ".".join(_label(rng, rng.randint(1, 70)) for _ in range(rng.randint(2, 60))) + "." + rng.choice(_TLDS)
    elif kind == 2:  # a chat message around a link
        text = f"Promo!! {rng.choice(['wa.me/62812', '@toko_', 'rek BCA ', 'Rp 1.500.000 '])}{rng.randint(0, 10**12)} " \
               f"cek {_label(rng, 12)}.{rng.choice(_TLDS)}/p?id={_label(rng, rng.randint(0, 3000))}"
    elif kind == 3:  # scheme tricks, credentials, brackets, ports
        text = rng.choice(["https://[::1", "http://[", "hxxps://paypal.com@", "https://:99999/", "http://1.2.3.4:0/",
                           "https://%00.com", "https://xn--.com", "https://xn--zz-.com", "//a..b", "https://a.b:x/",
                           "wa.me/", "https://-.com", "ftp://x.com"]) + _label(rng, rng.randint(0, 80))
    elif kind == 4:  # phone and account numbers with noise
        text = rng.choice(["+62", "0812", "+52 1 ", "+34 ", "no rek "]) + "".join(
            rng.choice("0123456789 -.()") for _ in range(rng.randint(1, 400)))
    elif kind == 5:  # a huge paste
        text = ("toko.example " if rng.random() < 0.5 else "") + _label(rng, rng.randint(10_000, 60_000))
    else:
        text = f"https://{_label(rng, rng.randint(3, 20))}.{rng.choice(_TLDS)}/{_label(rng, rng.randint(0, 50))}"
    # sprinkle control, bidi and invisible characters
    chars = list(text)
    for _ in range(rng.randint(0, 6)):
        chars.insert(rng.randint(0, len(chars)), rng.choice(_BIDI + _CONTROL))
    data = "".join(chars).encode("utf-8", "surrogatepass")
    # and bytes that are no UTF-8 at all
    raw = bytearray(data)
    for _ in range(rng.randint(0, 4) if rng.random() < 0.5 else 0):
        raw.insert(rng.randint(0, len(raw)), rng.randrange(0x80, 0x100))
    return bytes(raw)


@pytest.mark.parametrize(("seed", "count", "offline"), [(20, 300, True), (2020, 40, False)],
                         ids=["offline-300", "online-40"])
def test_fuzzed_inputs_through_the_command_line(cli_env, seed, count, offline):
    """Seeded and bounded: the same inputs every run; a failure names the seed to replay."""
    rng = random.Random(seed)
    data = b"\n".join(_fuzz_input(rng) for _ in range(count)) + b"\n"
    args = ["--json", "-"] + (["--offline"] if offline else [])
    run = run_cli(args, data, {**cli_env, "LC_ALL": "C.UTF-8"}, timeout=120)
    reports = assert_clean(run, expected_inputs(data))
    for report in reports:
        assert set(report["timings"]) >= {"offline"}
        assert report["timings"].get("online", 0) < 20 + 1  # the default deadline plus a second
        too_long = any(f["id"] == "link.too_long" for f in report["findings"])
        assert not (too_long and report["verdict"]["level"] == "ok")
    assert run.seconds < 20, f"seed {seed}: {run.seconds:.1f} s"


@pytest.mark.parametrize("body", [
    hostile.SHOP_BODY + "<" * 2_900_000,
    hostile.SHOP_BODY + "<p>" + "中文商店联系我们" * 120_000 + "</p>",  # 2.9 MB, 960,000 characters
    hostile.SHOP_BODY + "<a href=x " * 280_000,
], ids=["lt", "cjk-text", "unclosed-tags"])
def test_a_big_hostile_page_stays_in_memory_and_time(https_server, ca_bundle, cli_env, body):
    https_server.add_site("toko-besar.example", routes={"/": hostile.page(body)})
    run = run_cli(["--json", "https://toko-besar.example/", "--resolve",
                   f"toko-besar.example:127.0.0.1:{https_server.port}", "--ca-bundle", str(ca_bundle)],
                  env=cli_env)
    (report,) = assert_clean(run, 1)  # includes peak memory < 150 MB
    assert report["timings"]["online"] < 20 + 1
    assert report["verdict"]["level"] != "ok"
