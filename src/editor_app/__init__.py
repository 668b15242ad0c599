"""Editorial workstation for journal editors."""

from importlib.metadata import PackageNotFoundError, version as _version

try:
    __version__ = _version("editor-app")
except PackageNotFoundError:  # running from a source tree without installation
    __version__ = "0.1.0"
