#!/usr/bin/env bash
# Adds an EF Core migration to a service without the dotnet-ef global tool (the package feed here lacks it):
# runs ef.dll from the Microsoft.EntityFrameworkCore.Tools package against the service's build output.
#   tools/add-migration.sh services/Review AddClaims
set -euo pipefail
cd "$(dirname "$0")/.."
project_dir=${1:?usage: tools/add-migration.sh <service dir> <MigrationName>}
name=${2:?usage: tools/add-migration.sh <service dir> <MigrationName>}
csproj=$(ls "$project_dir"/*.csproj)
assembly=$(basename "$csproj" .csproj)
ef_version=$(sed -n 's/.*Include="Microsoft.EntityFrameworkCore.Design" Version="\([^"]*\)".*/\1/p' Directory.Packages.props)
ef_dll="$HOME/.nuget/packages/microsoft.entityframeworkcore.tools/$ef_version/tools/net8.0/any/ef.dll"
if [ ! -f "$ef_dll" ]; then
  tmp=$(mktemp -d)
  printf '<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><TargetFramework>net10.0</TargetFramework><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup><ItemGroup><PackageReference Include="Microsoft.EntityFrameworkCore.Tools" Version="%s" /></ItemGroup></Project>' "$ef_version" > "$tmp/fetch.csproj"
  dotnet restore "$tmp/fetch.csproj" >/dev/null
  rm -rf "$tmp"
fi
dotnet build "$csproj" -c Debug >/dev/null
out="$project_dir/bin/Debug/net10.0"
dotnet exec --depsfile "$out/$assembly.deps.json" --runtimeconfig "$out/$assembly.runtimeconfig.json" "$ef_dll" \
  migrations add "$name" --assembly "$out/$assembly.dll" --startup-assembly "$out/$assembly.dll" \
  --project-dir "$project_dir" --root-namespace "$assembly" --output-dir Data/Migrations --language C#
