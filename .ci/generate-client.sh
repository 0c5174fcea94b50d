#!/usr/bin/env bash
# Generates a TypeScript client (types) from the committed GraphQL schema with GraphQL Code Generator, pinned in
# clients/typescript/package.json and package-lock.json, then type-checks it with tsc. Fails when the schema is not
# valid SDL (an undeclared scalar or type) or the generated code does not compile. Needs node and npm (Debian).
set -euo pipefail
cd "$(dirname "$0")/../clients/typescript"
command -v npm >/dev/null || { apt-get update -qq && apt-get install -y -qq nodejs npm >/dev/null; }
if [ -f package-lock.json ]; then npm ci --no-audit --no-fund --silent; else npm install --no-audit --no-fund --silent; fi
rm -rf generated
npx --no-install graphql-codegen --config codegen.yml
npx --no-install tsc --noEmit --strict --skipLibCheck generated/errdex.ts
echo "TypeScript client generated from the committed schema: clients/typescript/generated/errdex.ts ($(wc -l < generated/errdex.ts) lines)"
