#!/usr/bin/env bash
# Packs SdrsSdk and SdrsSdk.Testing, then builds and runs a throwaway console project that references the packed
# .nupkg files from a local folder feed (other packages from the usual registry) and calls the emulator through them.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

./build/pack.sh "$work/feed" >/dev/null
version=$(ls "$work/feed" | sed -n 's/^SdrsSdk\.\([0-9][^a-zA-Z]*[0-9]\)\.nupkg$/\1/p' | head -n 1)
[ -n "$version" ] || { echo "no SdrsSdk package was produced" >&2; exit 1; }
for package in SdrsSdk SdrsSdk.Testing; do
  unzip -l "$work/feed/$package.$version.nupkg" README.md >/dev/null 2>&1 || { echo "$package ships no README.md" >&2; exit 1; }
done

# Per-target dependencies: in every package, each target framework's group takes the Microsoft.Extensions.* line of
# that framework (net8.0 -> 8.x, net10.0 -> 10.x), so a net8.0 app is not pulled onto the 10.0 packages. Prints
# "<package> <framework> <id> <version> ok|WRONG" for each such dependency.
extensions_dependencies() {
  unzip -p "$1" '*.nuspec' | awk -v package="$(basename "$1" ".$version.nupkg")" '
    /<group / {
      framework = $0; sub(/.*targetFramework="/, "", framework); sub(/".*/, "", framework)
      major = framework; sub(/^net/, "", major); sub(/\..*/, "", major)
    }
    /<\/group>/ { framework = "" }
    framework ~ /^net[0-9]+\.[0-9]+$/ && /<dependency id="Microsoft\.Extensions\./ {
      id = $0; sub(/.*id="/, "", id); sub(/".*/, "", id)
      version = $0; sub(/.*version="/, "", version); sub(/".*/, "", version)
      lowest = version; sub(/^\[/, "", lowest); sub(/[,\]].*/, "", lowest)
      print package, framework, id, version, (lowest + 0 == major + 0 ? "ok" : "WRONG")
    }'
}
dependencies=$(for package in "$work/feed"/*."$version".nupkg; do extensions_dependencies "$package"; done)
if grep -q ' WRONG$' <<<"$dependencies"; then
  echo "a dependency group takes another framework's Microsoft.Extensions line:" >&2
  grep ' WRONG$' <<<"$dependencies" >&2
  exit 1
fi
for framework in net8.0 net10.0; do
  grep -q "^SdrsSdk $framework Microsoft.Extensions.Http .* ok$" <<<"$dependencies" \
    || { echo "SdrsSdk has no Microsoft.Extensions.Http dependency for $framework" >&2; exit 1; }
done

mkdir -p "$work/app"
cp build/package-consumer/Program.cs "$work/app/"
sed "s/@VERSION@/$version/g" build/package-consumer/PackageConsumer.csproj.template > "$work/app/PackageConsumer.csproj"
# The app lives outside the repository: no Directory.Build.props or central package versions apply to it. It takes
# the packages with the README's commands (Install): a nuget.config with the local feed, then dotnet add package.
# Its own package folder: a package of the same version left in the machine's NuGet cache by an earlier run must not
# stand in for the one just packed.
export NUGET_PACKAGES="$work/packages"
(
  cd "$work/app"
  dotnet new nugetconfig >/dev/null
  dotnet nuget add source "$work/feed" --name sdrs-local --configfile nuget.config >/dev/null
  dotnet add package SdrsSdk --version "$version" >/dev/null
  dotnet add package SdrsSdk.Testing --version "$version" >/dev/null
  dotnet run -c Release
)
