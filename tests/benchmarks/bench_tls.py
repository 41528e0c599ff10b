"""TLS verdicts beside sslyze's on locally served certificates (run on demand).

    .venv/bin/python tests/benchmarks/bench_tls.py [--sslyze /work/bench-venvs/sslyze/bin/python] [--repeat 5]

Serves one loopback HTTPS site per certificate kind of the test CA (valid, expired, not yet
valid, self-signed, wrong host, very new) plus a TLS 1.0/1.1-only server, then classifies each
with ShopSafe's ``desktop.checks.tls.handshake`` and with sslyze (installed in its own venv; a
small driver runs sslyze's Python API there, with the test CA as its custom trust store). Prints
both verdicts, whether they agree, and the median time per check of each tool (sslyze times
exclude its interpreter start-up).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

from support import CertKind, TestCA, TestServer, legacy_tls_supported  # noqa: E402

from desktop.net.client import Client  # noqa: E402
from desktop.net.options import CheckOptions  # noqa: E402
from desktop.checks.tls import handshake  # noqa: E402

DRIVER = textwrap.dedent('''
    import json, sys, time
    from datetime import datetime, timezone
    from pathlib import Path
    from sslyze import (Scanner, ServerScanRequest, ServerNetworkLocation, ScanCommand,
                        ScanCommandsExtraArguments)
    from sslyze.plugins.certificate_info.implementation import CertificateInfoExtraArgument
    cases, ca, repeat = json.loads(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    out = {}
    commands = {ScanCommand.CERTIFICATE_INFO, ScanCommand.TLS_1_0_CIPHER_SUITES,
                ScanCommand.TLS_1_1_CIPHER_SUITES, ScanCommand.TLS_1_2_CIPHER_SUITES,
                ScanCommand.TLS_1_3_CIPHER_SUITES}
    for name, (host, port) in cases.items():
        times, label = [], None
        for _ in range(repeat):
            request = ServerScanRequest(
                server_location=ServerNetworkLocation(hostname=host, port=port, ip_address="127.0.0.1"),
                scan_commands=commands,
                scan_commands_extra_arguments=ScanCommandsExtraArguments(
                    certificate_info=CertificateInfoExtraArgument(custom_ca_file=Path(ca))))
            started = time.perf_counter()
            scanner = Scanner()
            scanner.queue_scans([request])
            [result] = list(scanner.get_results())
            times.append(time.perf_counter() - started)
            scan = result.scan_result
            if scan is None:
                label = "unreachable:" + str(result.connectivity_error_trace)[:80]
                continue
            versions = {v: bool(getattr(scan, attr).result.accepted_cipher_suites)
                        for v, attr in (("1.0", "tls_1_0_cipher_suites"), ("1.1", "tls_1_1_cipher_suites"),
                                        ("1.2", "tls_1_2_cipher_suites"), ("1.3", "tls_1_3_cipher_suites"))
                        if getattr(scan, attr).result is not None}
            deployment = scan.certificate_info.result.certificate_deployments[0]
            custom = [r for r in deployment.path_validation_results if str(r.trust_store.path) == ca][0]
            error = (custom.validation_error or "").lower()
            if (versions.get("1.0") or versions.get("1.1")) and not (versions.get("1.2") or versions.get("1.3")):
                label = "old_tls"
            elif "expired" in error or "not valid at validation time" in error or "not yet valid" in error:
                # sslyze 6 (cryptography's verifier) says "not valid at validation time" for both
                leaf = deployment.received_certificate_chain[0]
                label = "not_yet_valid" if leaf.not_valid_before_utc > datetime.now(timezone.utc) else "expired"
            elif "subjectaltname" in error or "hostname" in error:
                label = "wrong_host"  # sslyze 6 checks the name during path validation
            elif error:
                label = "untrusted"
            else:
                label = "valid"
        cert_times = []
        for _ in range(repeat):  # certificate validation alone, the part comparable to ours
            request = ServerScanRequest(
                server_location=ServerNetworkLocation(hostname=host, port=port, ip_address="127.0.0.1"),
                scan_commands={ScanCommand.CERTIFICATE_INFO},
                scan_commands_extra_arguments=ScanCommandsExtraArguments(
                    certificate_info=CertificateInfoExtraArgument(custom_ca_file=Path(ca))))
            started = time.perf_counter()
            scanner = Scanner()
            scanner.queue_scans([request])
            list(scanner.get_results())
            cert_times.append(time.perf_counter() - started)
        out[name] = {"label": label, "seconds": sorted(times)[len(times) // 2], "error": error,
                     "cert_seconds": sorted(cert_times)[len(cert_times) // 2]}
    print(json.dumps(out))
''')

OURS = {None: "valid", "https.expired": "expired", "https.not_yet_valid": "not_yet_valid",
        "https.untrusted": "untrusted", "https.wrong_host": "wrong_host", "https.old_tls": "old_tls"}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sslyze", default="/work/bench-venvs/sslyze/bin/python")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--verbose", action="store_true", help="show sslyze's validation errors")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        ca = TestCA(Path(tmp) / "ca")
        server = TestServer(ca)
        legacy = TestServer(ca, legacy_tls=True) if legacy_tls_supported() else None
        cases: dict[str, tuple[str, int]] = {}
        expected: dict[str, str] = {}
        for kind in CertKind:
            host = f"{kind.value}.test"
            server.add_site(host, routes={"/": lambda req: req.send_body("ok")}, cert=kind)
            cases[kind.value] = (host, server.port)
            expected[kind.value] = {"valid": "valid", "very-new": "valid", "expired": "expired",
                                    "not-yet-valid": "not_yet_valid", "self-signed": "untrusted",
                                    "wrong-host": "wrong_host"}[kind.value]
        if legacy is not None:
            legacy.add_site("legacy.test", routes={"/": lambda req: req.send_body("ok")})
            cases["legacy-tls"] = ("legacy.test", legacy.port)
            expected["legacy-tls"] = "old_tls"
        ours: dict[str, dict] = {}
        for name, (host, port) in cases.items():
            options = CheckOptions(ca_bundle=ca.bundle_path, deadline=10, resolve={host: f"127.0.0.1:{port}"})
            times, label = [], None
            for _ in range(args.repeat):
                with Client(options) as client:
                    started = time.perf_counter()
                    result = handshake(client, host, 443)
                    times.append(time.perf_counter() - started)
                label = OURS[result.error_id]
            ours[name] = {"label": label, "seconds": statistics.median(times)}
        done = subprocess.run([args.sslyze, "-c", DRIVER, json.dumps(cases), str(ca.bundle_path), str(args.repeat)],
                              capture_output=True, text=True, timeout=600)
        if done.returncode != 0:
            print(done.stderr[-3000:])
            return 1
        theirs = json.loads(done.stdout.strip().splitlines()[-1])
        server.close()
        if legacy is not None:
            legacy.close()
    agree = 0
    print(f"{'case':15s} {'expected':14s} {'ShopSafe':14s} {'sslyze':14s} agree  ShopSafe ms  sslyze ms")
    for name in cases:
        a, b = ours[name]["label"], theirs[name]["label"]
        if args.verbose:
            print(f"  sslyze said: {theirs[name].get('error')!r}")
        agree += a == b
        print(f"{name:15s} {expected[name]:14s} {a:14s} {b:14s} {'yes' if a == b else 'NO ':5s} "
              f"{1000 * ours[name]['seconds']:10.1f} {1000 * theirs[name]['seconds']:10.1f}")
    print(f"agreement: {agree}/{len(cases)}; ShopSafe correct: "
          f"{sum(ours[n]['label'] == expected[n] for n in cases)}/{len(cases)}")
    print(f"median per check: ShopSafe {1000 * statistics.median(o['seconds'] for o in ours.values()):.1f} ms, "
          f"sslyze {1000 * statistics.median(t['seconds'] for t in theirs.values()):.1f} ms "
          f"(certificate info only: {1000 * statistics.median(t['cert_seconds'] for t in theirs.values()):.1f} ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
