#!/usr/bin/env bash
# Runs every test of the solution, then the formatter check and the package-consumption check (build/package-test.sh:
# the packed .nupkg files used by a throwaway app, as users consume them), and ends with one summary line:
# "N passed, N failed, N skipped".
# SKIP_PACKAGE_TEST=1 skips the package check (it is then counted as skipped).
set -uo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
trap 'rm -f "$log"' EXIT

dotnet test SdrsSdk.sln -c "${CONFIGURATION:-Release}" "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# Sum the per-assembly summaries ("Passed!  - Failed: 0, Passed: 171, Skipped: 0, Total: 171, ...").
read -r passed failed skipped < <(awk '
  /(Passed|Failed)! +- +Failed: / {
    for (i = 1; i <= NF; i++) {
      if ($i == "Failed:")  { f += $(i + 1) + 0 }
      if ($i == "Passed:")  { p += $(i + 1) + 0 }
      if ($i == "Skipped:") { s += $(i + 1) + 0 }
    }
  }
  END { printf "%d %d %d\n", p, f, s }' "$log")

# The formatter check (CSharpier, pinned in .config/dotnet-tools.json; width in .csharpierrc.yaml) counts as one test.
if dotnet tool restore >/dev/null && dotnet csharpier check src tests samples; then
  passed=$((passed + 1))
else
  echo "format check FAILED: run 'dotnet tool restore && dotnet csharpier format src tests samples'" >&2
  failed=$((failed + 1))
  status=1
fi

if [ "${SKIP_PACKAGE_TEST:-0}" = "1" ]; then
  skipped=$((skipped + 1))
elif ./build/package-test.sh; then
  passed=$((passed + 1))
else
  echo "package-consumption test FAILED" >&2
  failed=$((failed + 1))
  status=1
fi

echo
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
if [ "$status" -eq 0 ] && [ "$passed" -eq 0 ]; then
  echo "No test ran." >&2
  exit 1
fi
exit "$status"
