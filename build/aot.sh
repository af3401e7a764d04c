#!/usr/bin/env bash
# Publishes samples/AotSmoke with NativeAOT (PublishAot=true), starts the emulator host, and runs the native binary
# against it. Prints the trim/AOT warnings of the publish (there must be none) and the smoke test's output.
set -euo pipefail
cd "$(dirname "$0")/.."
out=artifacts/aot
rm -rf "$out"
dotnet publish samples/AotSmoke -c Release -r linux-x64 -o "$out" 2>&1 | tee artifacts-aot-publish.log | grep -E "warning|error|AotSmoke ->" || true
if grep -qE "warning (IL|AOT)" artifacts-aot-publish.log; then echo "trim/AOT warnings found" >&2; rm -f artifacts-aot-publish.log; exit 1; fi
rm -f artifacts-aot-publish.log

dotnet build samples/EmulatorHost -c Release -v q --nologo >/dev/null
fifo=$(mktemp -u); mkfifo "$fifo"
exec 3<>"$fifo"
dotnet samples/EmulatorHost/bin/Release/net10.0/EmulatorHost.dll <&3 > "$fifo.out" &
host=$!
trap 'exec 3>&-; kill $host 2>/dev/null || true; rm -f "$fifo" "$fifo.out"' EXIT
for _ in $(seq 1 100); do grep -q HUAWEICLOUD_SDK_SK "$fifo.out" 2>/dev/null && break; sleep 0.1; done
set -a; . <(grep = "$fifo.out"); set +a
"$out/AotSmoke"
