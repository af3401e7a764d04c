#!/usr/bin/env bash
# Runs every test of the solution, then the formatter check and the package-consumption check (build/package-test.sh:
# the packed .nupkg files used by a throwaway app, as users consume them), and ends with one summary line:
# "N passed, N failed, N skipped".
# SKIP_PACKAGE_TEST=1 skips the package check (it is then counted as skipped).
# The net8.0 pass (below): the tests also run against the library's net8.0 build; NET8_TESTS=full for all of them.
set -uo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
trap 'rm -f "$log"' EXIT

dotnet test SdrsSdk.sln -c "${CONFIGURATION:-Release}" "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# The net8.0 pass: the tests against the library's net8.0 build (compiled against the 8.0 Microsoft.Extensions
# packages), on the .NET 10 runtime.
# - NET8_TESTS=subset (the default, what CI runs): no second compile. The test assembly built for net10.0 runs from a
#   copy of its output folder in which the net8.0 builds of SdrsSdk.dll and SdrsSdk.Testing.dll replace the net10.0
#   ones (same assembly identity and public API), with a subset of the tests: every operation's contract tests
#   (Resources), the wire format, signing (the library's one #if is in the signer), credentials, errors, jobs and what
#   Microsoft.Extensions backs (DependencyInjection, Options, Diagnostics). A test checks which build was loaded.
# - NET8_TESTS=full: the test project itself compiled for net8.0 (-p:TestNet8=true), every test (about a minute more
#   than the subset, plus the compile).
config=${CONFIGURATION:-Release}
NET8_SUBSET=$(printf 'FullyQualifiedName~SdrsSdk.Tests.%s.|' \
  Resources Serialization Signing Auth Errors Jobs DependencyInjection Options Diagnostics)
net8_start=$SECONDS
case "${NET8_TESTS:-subset}" in
  subset)
    swapped="tests/SdrsSdk.Tests/bin/$config/net10.0-with-net8.0-library"
    rm -rf "$swapped"
    cp -r "tests/SdrsSdk.Tests/bin/$config/net10.0" "$swapped"
    cp "src/SdrsSdk/bin/$config/net8.0/SdrsSdk.dll" "src/SdrsSdk.Testing/bin/$config/net8.0/SdrsSdk.Testing.dll" \
      "$swapped/"
    SDRS_EXPECTED_LIBRARY_FRAMEWORK=".NETCoreApp,Version=v8.0" dotnet test "$swapped/SdrsSdk.Tests.dll" \
      --filter "${NET8_SUBSET%|}" 2>&1 | tee -a "$log"
    [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
    ;;
  full)
    DOTNET_ROLL_FORWARD=Major dotnet test tests/SdrsSdk.Tests -c "$config" -f net8.0 -p:TestNet8=true 2>&1 \
      | tee -a "$log"
    [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
    ;;
  *) echo "NET8_TESTS is 'subset' (the default) or 'full', not '${NET8_TESTS}'" >&2; exit 2 ;;
esac
echo "net8.0 pass (${NET8_TESTS:-subset}): $((SECONDS - net8_start)) s"

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
