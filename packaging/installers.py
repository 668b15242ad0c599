"""Turning the frozen bundle into what users download: .tar.gz, NSIS setup.exe, .dmg.

Used by ``build.py``; each function returns the file it wrote in ``dist/``.
"""

from __future__ import annotations

import base64
import os
import secrets
import shutil
import subprocess
import tarfile
import tempfile
import time
from pathlib import Path

import buildinfo as info


def run(cmd: list, *, secret: tuple = (), **kwargs) -> subprocess.CompletedProcess:
    """Run a command (echoed, with the ``secret`` values masked), failing on a non-zero exit."""
    shown = ["***" if c in secret else str(c) for c in cmd]
    print("+", " ".join(shown), flush=True)
    return subprocess.run([str(c) for c in cmd], check=True, **kwargs)


# -- Linux ---------------------------------------------------------------------
def make_tarball(bundle: Path, version: str, dist: Path = info.DIST) -> Path:
    """``editor-app-<version>-linux-<arch>.tar.gz`` holding ``editor-app-<version>/``."""
    out = dist / info.artifact_name(version, "linux")
    top = f"{info.EXE_NAME}-{version}"

    def normalise(tarinfo: tarfile.TarInfo) -> tarfile.TarInfo:
        tarinfo.uid = tarinfo.gid = 0
        tarinfo.uname = tarinfo.gname = ""
        return tarinfo

    with tarfile.open(out, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=top, filter=normalise)
    return out


# -- Windows (NSIS) --------------------------------------------------------------
def find_makensis() -> str | None:
    found = shutil.which("makensis")
    if found:
        return found
    for base in (os.environ.get("ProgramFiles(x86)"), os.environ.get("ProgramFiles")):
        if base and Path(base, "NSIS", "makensis.exe").is_file():
            return str(Path(base, "NSIS", "makensis.exe"))
    return None


def bundle_size_kb(bundle: Path) -> int:
    return sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()) // 1024


def make_nsis(bundle: Path, version: str, out: Path, icon: Path | None, *, check: bool = False) -> Path:
    """Compile ``packaging/windows/installer.nsi`` around ``bundle`` into ``out``.

    ``check`` builds the installer around a non-Windows bundle only to prove
    the script compiles; its title says so.
    """
    makensis = find_makensis()
    if makensis is None:
        raise SystemExit("makensis not found: install NSIS (apt-get install nsis / choco install nsis)")
    quad = ".".join(str(n) for n in info.numeric_version(version))
    opt = "/" if os.name == "nt" else "-"  # makensis on Linux takes -D as well as /D
    defines = {
        "VERSION": version, "VERSION_QUAD": quad, "BUNDLE_DIR": str(bundle.resolve()),
        "OUTFILE": str(out.resolve()), "APP_NAME": info.APP_NAME, "PUBLISHER": info.PUBLISHER, "EXE_NAME": info.EXE_NAME,
    }
    if icon is not None:
        defines["ICON"] = str(icon.resolve())
    if check:
        defines["CHECK_BUILD"] = "1"
    cmd = [makensis, f"{opt}V2", f"{opt}INPUTCHARSET", "UTF8"]
    cmd += [f"{opt}D{key}={value}" for key, value in defines.items()]
    run(cmd + [str(info.NSIS_SCRIPT)])
    return out


# -- macOS -----------------------------------------------------------------------
def _keychain_from_env() -> str | None:
    """Import ``MACOS_CERTIFICATE`` (base64 .p12) into a throw-away keychain; its path, or None."""
    cert_b64 = os.environ.get("MACOS_CERTIFICATE")
    if not cert_b64:
        return None
    tmp = Path(tempfile.mkdtemp(prefix="editor-app-sign-"))
    p12, keychain, password = tmp / "cert.p12", str(tmp / "build.keychain-db"), secrets.token_hex(16)
    p12.write_bytes(base64.b64decode(cert_b64))
    run(["security", "create-keychain", "-p", password, keychain], secret=(password,))
    run(["security", "set-keychain-settings", "-lut", "21600", keychain])
    run(["security", "unlock-keychain", "-p", password, keychain], secret=(password,))
    p12_password = os.environ.get("MACOS_CERTIFICATE_PASSWORD", "")
    run(["security", "import", p12, "-k", keychain, "-P", p12_password, "-T", "/usr/bin/codesign"],
        secret=(p12_password,))
    run(["security", "set-key-partition-list", "-S", "apple-tool:,apple:,codesign:", "-s", "-k", password,
         keychain], secret=(password,), stdout=subprocess.DEVNULL)
    existing = subprocess.run(["security", "list-keychains", "-d", "user"], capture_output=True,
                              text=True, check=True).stdout.split()
    run(["security", "list-keychains", "-d", "user", "-s", keychain, *[k.strip('"') for k in existing]])
    p12.unlink()
    return keychain


def codesign_app(app: Path) -> bool:
    """Sign the .app (hardened runtime) when ``MACOS_SIGN_IDENTITY`` is set; False when unsigned."""
    identity = os.environ.get("MACOS_SIGN_IDENTITY")
    if not identity:
        print("macOS: MACOS_SIGN_IDENTITY not set - the .app stays unsigned (ad-hoc)")
        return False
    keychain = _keychain_from_env()
    cmd = ["codesign", "--force", "--deep", "--timestamp", "--options", "runtime",
           "--entitlements", str(info.ENTITLEMENTS), "--sign", identity]
    if keychain:
        cmd += ["--keychain", keychain]
    run(cmd + [str(app)])
    run(["codesign", "--verify", "--deep", "--strict", "--verbose=2", str(app)])
    return True


def make_dmg(app: Path, version: str, dist: Path = info.DIST) -> Path:
    """A compressed .dmg with the .app and a link to /Applications."""
    out = dist / info.artifact_name(version, "macos")
    staging = Path(tempfile.mkdtemp(prefix="editor-app-dmg-"))
    try:
        run(["ditto", str(app), str(staging / app.name)])  # keeps symlinks, xattrs, signatures
        (staging / "Applications").symlink_to("/Applications")
        out.unlink(missing_ok=True)
        cmd = ["hdiutil", "create", "-volname", f"{info.APP_NAME} {version}", "-srcfolder", str(staging),
               "-ov", "-format", "UDZO", "-fs", "HFS+", str(out)]
        for attempt in range(3):  # hdiutil now and then fails with "Resource busy" on CI runners
            try:
                run(cmd)
                break
            except subprocess.CalledProcessError:
                if attempt == 2:
                    raise
                time.sleep(10)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    identity = os.environ.get("MACOS_SIGN_IDENTITY")
    if identity:
        run(["codesign", "--force", "--timestamp", "--sign", identity, str(out)])
    return out


def notarize(dmg: Path) -> bool:
    """Submit to Apple's notary service and staple the ticket, when the Apple ID secrets are set."""
    apple_id, team, password = (os.environ.get(k) for k in ("APPLE_ID", "APPLE_TEAM_ID", "APPLE_APP_PASSWORD"))
    if not (apple_id and team and password and os.environ.get("MACOS_SIGN_IDENTITY")):
        print("macOS: APPLE_ID / APPLE_TEAM_ID / APPLE_APP_PASSWORD not all set - not notarized")
        return False
    run(["xcrun", "notarytool", "submit", str(dmg), "--apple-id", apple_id, "--team-id", team,
         "--password", password, "--wait"], secret=(password, apple_id))
    run(["xcrun", "stapler", "staple", str(dmg)])
    return True
