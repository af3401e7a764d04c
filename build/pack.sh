#!/usr/bin/env bash
# Packs SdrsSdk (and SdrsSdk.Testing, once present) into artifacts/packages: .nupkg + .snupkg, deterministic.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-artifacts/packages}"
rm -rf "$out"
for project in src/*/*.csproj; do
  dotnet pack "$project" -c Release -o "$out" -p:ContinuousIntegrationBuild=true
done
ls -1 "$out"
