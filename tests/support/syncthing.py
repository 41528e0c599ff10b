"""Real Syncthing instances on loopback for the sync tests (issue 12).

::

    pair = SyncthingPair.start(tmp_path, folder_a, folder_b)   # shares one folder both ways
    ...write on both sides...
    pair.wait_in_sync(timeout=45)                               # both report 100 % and idle
    pair.stop()

Each instance has its own home (keys and config made by ``syncthing generate``), its GUI/REST
API on 127.0.0.1 with a random API key, and listens on 127.0.0.1 only; global discovery,
relays, NAT traversal, local announcements, usage and crash reports and upgrades are off, and
each knows the other by device ID at a static ``tcp://127.0.0.1:PORT``. Nothing leaves the
machine.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

__all__ = ["FOLDER_ID", "Syncthing", "SyncthingPair", "syncthing_binary"]

FOLDER_ID = "shopsafe-family"


def syncthing_binary() -> str | None:
    return shutil.which("syncthing")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _set(parent: ET.Element, tag: str, text: str) -> None:
    node = parent.find(tag)
    if node is None:
        node = ET.SubElement(parent, tag)
    node.text = text


@dataclass
class Syncthing:
    """One instance: its home, folder, ports, API key and device ID."""

    name: str
    home: Path
    folder: Path
    gui_port: int
    listen_port: int
    api_key: str
    device_id: str
    process: subprocess.Popen | None = None

    @classmethod
    def generate(cls, name: str, home: Path, folder: Path) -> Syncthing:
        binary = syncthing_binary()
        assert binary, "syncthing is not installed"
        subprocess.run([binary, "generate", f"--home={home}", "--no-default-folder",
                        "--skip-port-probing"], check=True, capture_output=True, timeout=60,
                       env=_env(home))
        tree = ET.parse(home / "config.xml")
        device_id = tree.getroot().find("device").get("id")  # its own, the only one yet
        return cls(name, home, folder, _free_port(), _free_port(), secrets.token_hex(16),
                   device_id)

    def configure(self, peer: Syncthing, rescan_s: int = 3) -> None:
        """Loopback only, nothing announced or relayed; share the folder with ``peer``."""
        path = self.home / "config.xml"
        tree = ET.parse(path)
        root = tree.getroot()
        gui = root.find("gui")
        _set(gui, "address", f"127.0.0.1:{self.gui_port}")
        _set(gui, "apikey", self.api_key)
        options = root.find("options")
        for tag, text in {
            "listenAddress": f"tcp://127.0.0.1:{self.listen_port}",
            "globalAnnounceEnabled": "false", "localAnnounceEnabled": "false",
            "relaysEnabled": "false", "natEnabled": "false", "startBrowser": "false",
            "urAccepted": "-1", "autoUpgradeIntervalH": "0", "crashReportingEnabled": "false",
            "stunKeepaliveStartS": "0", "reconnectionIntervalS": "1",
            "progressUpdateIntervalS": "1", "setLowPriority": "false",
        }.items():
            _set(options, tag, text)
        options.find("minHomeDiskFree").text = "0"
        device = ET.SubElement(root, "device", id=peer.device_id, name=peer.name,
                               compression="metadata", introducer="false")
        ET.SubElement(device, "address").text = f"tcp://127.0.0.1:{peer.listen_port}"
        folder = ET.SubElement(root, "folder", id=FOLDER_ID, label="ShopSafe",
                               path=str(self.folder), type="sendreceive",
                               rescanIntervalS=str(rescan_s), fsWatcherEnabled="true",
                               fsWatcherDelayS="1")
        for member in (self.device_id, peer.device_id):
            ET.SubElement(folder, "device", id=member)
        ET.SubElement(folder, "minDiskFree", unit="%").text = "0"
        tree.write(path)

    def start(self) -> None:
        log = open(self.home / "syncthing.log", "wb")  # noqa: SIM115 - kept with the process
        self.process = subprocess.Popen(
            [syncthing_binary(), "serve", f"--home={self.home}", "--no-browser", "--no-restart",
             "--no-upgrade", f"--logfile={self.home / 'syncthing-own.log'}"],
            stdout=log, stderr=subprocess.STDOUT, env=_env(self.home),
            start_new_session=True)
        log.close()

    def rest(self, method: str, path: str, timeout: float = 10.0) -> object:
        request = urllib.request.Request(f"http://127.0.0.1:{self.gui_port}{path}",
                                         method=method, headers={"X-API-Key": self.api_key})
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            body = response.read()
        return json.loads(body) if body.strip() else None

    def wait_up(self, deadline: float) -> None:
        while True:
            if self.process is not None and self.process.poll() is not None:
                raise RuntimeError(f"syncthing {self.name} exited: {self.log_tail()}")
            try:
                self.rest("GET", "/rest/system/ping", timeout=2)
                return
            except (OSError, urllib.error.URLError):
                if time.monotonic() > deadline:
                    raise TimeoutError(f"syncthing {self.name} did not start: {self.log_tail()}")
                time.sleep(0.2)

    def scan(self) -> None:
        self.rest("POST", f"/rest/db/scan?folder={FOLDER_ID}")

    def status(self) -> dict:
        return self.rest("GET", f"/rest/db/status?folder={FOLDER_ID}")  # type: ignore[return-value]

    def completion_of(self, peer: Syncthing) -> dict:
        return self.rest("GET", f"/rest/db/completion?folder={FOLDER_ID}"  # type: ignore[return-value]
                                f"&device={peer.device_id}")

    def stop(self) -> None:
        """Ask it to shut down (REST), then SIGTERM, then SIGKILL its own process group."""
        process = self.process
        if process is None or process.poll() is not None:
            return
        try:
            self.rest("POST", "/rest/system/shutdown", timeout=3)
            process.wait(timeout=10)
        except (OSError, urllib.error.URLError, subprocess.TimeoutExpired):
            for sig, wait in ((signal.SIGTERM, 5), (signal.SIGKILL, 5)):
                try:
                    os.killpg(process.pid, sig)
                    process.wait(timeout=wait)
                    break
                except (ProcessLookupError, subprocess.TimeoutExpired):
                    continue

    def log_tail(self, lines: int = 30) -> str:
        try:
            text = (self.home / "syncthing.log").read_text("utf-8", "replace")
        except OSError:
            return ""
        return "\n".join(text.splitlines()[-lines:])


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ST")}
    # Its own HOME: nothing is read from or written to the user's Syncthing.
    env.update(HOME=str(home), STNOUPGRADE="1", STNORESTART="1", STNODEFAULTFOLDER="1")
    return env


@dataclass
class SyncthingPair:
    a: Syncthing
    b: Syncthing

    @classmethod
    def start(cls, base: Path, folder_a: Path, folder_b: Path,
              timeout: float = 60.0) -> SyncthingPair:
        folder_a.mkdir(parents=True, exist_ok=True)
        folder_b.mkdir(parents=True, exist_ok=True)
        a = Syncthing.generate("pc-ibu", base / "st-a", folder_a)
        b = Syncthing.generate("pc-budi", base / "st-b", folder_b)
        a.configure(b)
        b.configure(a)
        pair = cls(a, b)
        deadline = time.monotonic() + timeout
        try:
            a.start()
            b.start()
            a.wait_up(deadline)
            b.wait_up(deadline)
            pair.wait_connected(deadline)
        except BaseException:
            pair.stop()
            raise
        return pair

    def wait_connected(self, deadline: float) -> None:
        while True:
            connections = self.a.rest("GET", "/rest/system/connections")
            peer = connections.get("connections", {}).get(self.b.device_id, {})  # type: ignore[union-attr]
            if peer.get("connected"):
                return
            if time.monotonic() > deadline:
                raise TimeoutError("the two Syncthing instances did not connect:\n"
                                   f"{self.a.log_tail()}\n---\n{self.b.log_tail()}")
            time.sleep(0.2)

    def in_sync(self) -> bool:
        """Both idle, nothing to pull, and each sees the other 100 % complete."""
        for own, peer in ((self.a, self.b), (self.b, self.a)):
            status = own.status()
            if status.get("state") != "idle" or status.get("needTotalItems", 0) \
                    or status.get("receiveOnlyTotalItems", 0):
                return False
            completion = own.completion_of(peer)
            if completion.get("completion") != 100 or completion.get("needItems", 0) \
                    or completion.get("needDeletes", 0):
                return False
        return True

    def wait_in_sync(self, timeout: float, settle: int = 2) -> float:
        """Scan both sides, then wait until :meth:`in_sync` holds ``settle`` polls in a row
        (a scan may still be about to find a new file); returns the seconds it took."""
        start = time.monotonic()
        self.a.scan()
        self.b.scan()
        good = 0
        while good < settle:
            if time.monotonic() - start > timeout:
                raise TimeoutError(f"not in sync after {timeout} s:\n{self.a.status()}\n"
                                   f"{self.b.status()}\n{self.a.log_tail()}\n---\n"
                                   f"{self.b.log_tail()}")
            good = good + 1 if self.in_sync() else 0
            time.sleep(0.3)
        return time.monotonic() - start

    def stop(self) -> None:
        self.a.stop()
        self.b.stop()
