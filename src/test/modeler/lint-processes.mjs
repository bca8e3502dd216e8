// Lints every BPMN file in processes/ with the rules Camunda Modeler applies for Camunda Platform 7.24
// (plus bpmnlint:recommended), and checks that each file tells Modeler it is a Camunda 7.24 diagram.
import { readdirSync, readFileSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../..');
const folder = join(root, 'processes');
const files = readdirSync(folder).filter((f) => f.endsWith('.bpmn')).sort().map((f) => join(folder, f));

if (files.length === 0) {
  console.log('lint: no BPMN files in processes/');
  process.exit(0);
}

let failed = false;
for (const file of files) {
  const xml = readFileSync(file, 'utf8');
  if (!/modeler:executionPlatform="Camunda Platform"/.test(xml) || !/modeler:executionPlatformVersion="7\.24\.0"/.test(xml)) {
    console.error(`${file}: missing modeler:executionPlatform="Camunda Platform" / modeler:executionPlatformVersion="7.24.0"`);
    failed = true;
  }
}

const bin = join(here, 'node_modules', '.bin', 'bpmnlint');
const result = spawnSync(bin, ['--config', join(here, '.bpmnlintrc'), '--max-warnings=0', ...files], {
  stdio: 'inherit',
  env: { ...process.env, IBM_TELEMETRY_DISABLED: 'true' },
});
if (result.status !== 0) {
  failed = true;
}
console.log(`lint: ${files.length} BPMN file(s) ${failed ? 'FAILED' : 'clean'} (bpmnlint:recommended + camunda-compat/camunda-platform-7-24)`);
process.exit(failed ? 1 : 0);
