#!/usr/bin/env bash
# Builds the whole solution (library for net8.0 and net10.0, tests, samples) with warnings as errors.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build SdrsSdk.sln -c "${CONFIGURATION:-Release}" "$@"
