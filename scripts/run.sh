#!/usr/bin/env bash
# Set up and open the program on the default library (the README's run command).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/editor-app "$@"
