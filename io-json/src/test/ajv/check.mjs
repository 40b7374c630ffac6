// Compiles the narrative schema with ajv in strict mode (every strict-mode complaint is an error, not a
// log line) and validates each document named in the list file; prints one line per document:
// "valid <file>" or "invalid <file> <first error>". Exit 2 when the schema does not compile.
// Usage: node check.mjs SCHEMA LIST OUTPUT
import { readFileSync, writeFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";

const [schemaFile, listFile, outputFile] = process.argv.slice(2);
const complaints = [];
const logger = { log: () => {}, warn: (...m) => complaints.push(m.join(" ")), error: (...m) => complaints.push(m.join(" ")) };
const ajv = new Ajv2020({ strict: true, allErrors: false, logger });
let validate;
try {
  validate = ajv.compile(JSON.parse(readFileSync(schemaFile, "utf8")));
} catch (e) {
  console.error("the schema does not compile in strict mode: " + e.message);
  process.exit(2);
}
if (complaints.length > 0) {
  console.error("strict mode complaints:\n" + complaints.join("\n"));
  process.exit(2);
}
const lines = [];
for (const file of readFileSync(listFile, "utf8").split("\n").filter((f) => f.length > 0)) {
  let document;
  try {
    document = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    lines.push("invalid " + file + " not JSON: " + e.message);
    continue;
  }
  if (validate(document)) {
    lines.push("valid " + file);
  } else {
    const error = validate.errors[0];
    lines.push("invalid " + file + " " + error.instancePath + " " + error.message);
  }
}
writeFileSync(outputFile, lines.join("\n") + "\n");
