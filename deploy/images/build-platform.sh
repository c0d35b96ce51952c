#!/usr/bin/env bash
# Container images of the platform's processes, tagged with the commit: accounting-platform/<process>:<commit>.
# Usage: deploy/images/build-platform.sh [process ...]     (all eight by default)
#   RUNTIME_BASE  the .NET runtime image (default mcr.microsoft.com/dotnet/aspnet:10.0); "local" builds
#                 accounting-platform/aspnet:10.0 first, from the debootstrap Debian base (deploy/local/containers.sh
#                 start makes it) and this machine's .NET runtime: for machines with no registry, like this one.
#   REGISTRY      when set (e.g. registry.kjzg.example.cn), also tags <REGISTRY>/accounting-platform/<process>:<commit>
#                 and pushes it.
# The tag is the commit (git rev-parse HEAD); a working tree with uncommitted changes gets "<commit>-dirty".
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }
declare -A projects=(
  [identity]=services/Identity/AccountingPlatform.Identity.csproj
  [realname]=services/RealName/AccountingPlatform.RealName.csproj
  [personnel]=services/PersonnelRecord/AccountingPlatform.PersonnelRecord.csproj
  [review]=services/Review/AccountingPlatform.Review.csproj
  [enrollment]=services/Enrollment/AccountingPlatform.Enrollment.csproj
  [payment]=services/Payment/AccountingPlatform.Payment.csproj
  [gateway]=gateway/AccountingPlatform.Gateway.csproj
  [web]=web/AccountingPlatform.Web.csproj
)
processes=("$@")
[ ${#processes[@]} -gt 0 ] || processes=(identity realname personnel review enrollment payment gateway web)
tag=$(git rev-parse HEAD)
[ -z "$(git status --porcelain)" ] || tag=$tag-dirty
work=$PWD/.local/images
base=${RUNTIME_BASE:-mcr.microsoft.com/dotnet/aspnet:10.0}

if [ "$base" = local ]; then
  base=accounting-platform/aspnet:10.0
  log "building $base from accounting-platform/debian:bookworm and $(dirname "$(readlink -f "$(command -v dotnet)")")"
  root=$(dirname "$(readlink -f "$(command -v dotnet)")")
  rm -rf "$work/aspnet"; mkdir -p "$work/aspnet/dotnet/shared"
  cp deploy/images/aspnet/Dockerfile "$work/aspnet/"
  cp -a "$root/dotnet" "$root/host" "$root/LICENSE.txt" "$root/ThirdPartyNotices.txt" "$work/aspnet/dotnet/" 2>/dev/null || cp -a "$root/dotnet" "$root/host" "$work/aspnet/dotnet/"
  cp -a "$root/shared/Microsoft.NETCore.App" "$root/shared/Microsoft.AspNetCore.App" "$work/aspnet/dotnet/shared/"
  docker build -q -t "$base" "$work/aspnet" >/dev/null
fi

for process in "${processes[@]}"; do
  project=${projects[$process]:?"unknown process $process (one of ${!projects[*]})"}
  assembly=$(basename "$project" .csproj)
  out=$work/$process
  log "$process: dotnet publish $project"
  rm -rf "$out"
  dotnet publish "$project" -c Release -o "$out" --nologo -v quiet -p:UseAppHost=true
  image=accounting-platform/$process:$tag
  log "$process: docker build $image (on $base)"
  docker build -q -f deploy/images/platform/Dockerfile --build-arg RUNTIME_BASE="$base" --build-arg ASSEMBLY="$assembly" \
    --build-arg REVISION="$tag" -t "$image" "$out" >/dev/null
  if [ -n "${REGISTRY:-}" ]; then
    docker tag "$image" "$REGISTRY/$image"
    docker push "$REGISTRY/$image"
  fi
done
log "built ${processes[*]} as accounting-platform/<process>:$tag"
