#!/usr/bin/env bash
# Runs every benchmark side by side with its floor in a short configuration (BenchmarkDotNet ShortRun: 1 launch,
# 3 warm-ups, 3 iterations, memory diagnoser on), then prints the job-schedule simulation.
#
#   build/bench.sh                                   everything
#   build/bench.sh --filter '*Signing*'              one class (BenchmarkDotNet arguments pass through)
#   build/bench.sh --filter '*EndToEnd*' --job medium
#   build/bench.sh --probe [--rounds 15] [--calls 2000] [--list-calls 40]
#                                                    the interleaved floor/SDK probe alone (one process, one loopback
#                                                    server, variants alternating round by round); prints Markdown
#   build/bench.sh --cold-start [--runs 20] [--no-aot]
#                                                    cold start to first response: publishes tests/SdrsSdk.ColdStart
#                                                    Raw (floor) and Sdk, JIT, JIT with ReadyToRun and NativeAOT, and
#                                                    times fresh processes
#
# Results land in artifacts/benchmarks (Markdown and CSV per class); docs/performance.md explains them.
set -euo pipefail
cd "$(dirname "$0")/../tests/SdrsSdk.Benchmarks"
dotnet build -c Release --nologo -v q
dll=bin/Release/net10.0/SdrsSdk.Benchmarks.dll
if [ "${1:-}" = "--probe" ]; then
  exec dotnet "$dll" "$@"
fi
if [ "${1:-}" = "--cold-start" ]; then
  shift
  out=../../artifacts/coldstart
  rm -rf "$out"
  aot=true
  rest=()
  for arg in "$@"; do
    if [ "$arg" = "--no-aot" ]; then aot=false; else rest+=("$arg"); fi
  done
  for app in raw:Raw sdk:Sdk; do
    dir=${app%%:*}; name=${app##*:}
    dotnet publish "../SdrsSdk.ColdStart/$name" -c Release --nologo -v q -o "$out/jit/$dir" >/dev/null
    # The same framework-dependent app with its own assemblies (and, for the SDK app, SdrsSdk, Refit, Polly.Core...)
    # precompiled to ReadyToRun: both apps alike, so the ratio compares the same publish choice.
    dotnet publish "../SdrsSdk.ColdStart/$name" -c Release --nologo -v q -r linux-x64 --self-contained false \
      -p:PublishReadyToRun=true -o "$out/r2r/$dir" >/dev/null
    if [ "$aot" = true ]; then
      dotnet publish "../SdrsSdk.ColdStart/$name" -c Release --nologo -v q -r linux-x64 -p:PublishAot=true \
        -o "$out/aot/$dir" >/dev/null
    fi
  done
  exec dotnet "$dll" --cold-start "$out" "${rest[@]}"
fi
args=("$@")
if [ ${#args[@]} -eq 0 ]; then
  args=(--filter '*')
fi
has_job=false
for arg in "${args[@]}"; do
  if [ "$arg" = "--job" ] || [ "$arg" = "-j" ]; then has_job=true; fi
done
if [ "$has_job" = false ]; then
  args+=(--job short)
fi
dotnet "$dll" --artifacts ../../artifacts/benchmarks "${args[@]}"
echo
dotnet "$dll" --job-schedule
