// Imports every form in forms/ with the form-js viewer version that Camunda Tasklist 7.24 ships
// (its bundled form-js exports schemaVersion 16, as form-js 1.8.x does), under a DOM emulation.
import { readdirSync, readFileSync } from 'node:fs';
import { join, dirname, resolve, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { JSDOM } from 'jsdom';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../..');
const folder = join(root, 'forms');
const files = readdirSync(folder).filter((f) => f.endsWith('.form')).sort();
const TASKLIST_SCHEMA_VERSION = 16;

const dom = new JSDOM('<!DOCTYPE html><html><body></body></html>', { pretendToBeVisual: true });
for (const key of ['window', 'document', 'navigator', 'HTMLElement', 'Element', 'Node', 'MutationObserver',
  'getComputedStyle', 'requestAnimationFrame', 'cancelAnimationFrame', 'CustomEvent', 'Event', 'KeyboardEvent']) {
  if (dom.window[key] !== undefined && globalThis[key] === undefined) {
    Object.defineProperty(globalThis, key, { value: dom.window[key], configurable: true, writable: true });
  }
}
// The CommonJS build: the ES build imports lodash without file extensions, which Node's ESM loader refuses.
const { Form } = createRequire(import.meta.url)('@bpmn-io/form-js-viewer');
// What Tasklist shows for each rule (issue 15.1): scripts/dj-forms.js translates the viewer's English messages.
const { translateValidationMessage } = await import(join(root,
  'src/main/resources/META-INF/resources/webjars/camunda/app/tasklist/scripts/dj-form-texts.js'));

/** Values breaking each rule of a field, for the viewer's own validator. */
function violations(field) {
  const v = field.validate || {};
  const values = [];
  if (v.required) values.push(field.type === 'checkbox' ? false : null);
  if (v.pattern) {
    const rule = new RegExp(v.pattern);
    const breaking = ['!', 'a', '0', '1234567890123456789012345'].find((c) => !rule.test(c));
    if (breaking) values.push(breaking);
  }
  if (v.min !== undefined) values.push(v.min - 1);
  if (v.max !== undefined) values.push(v.max + 1);
  if (v.minLength) values.push('字');
  if (v.maxLength) values.push('字'.repeat(v.maxLength + 1));
  return values;
}

function kindOf(field) {
  if (['select', 'radio', 'taglist'].includes(field.type)) return 'choice';
  if (field.type === 'datetime') return 'date';
  if (['checkbox', 'checklist'].includes(field.type)) return 'check';
  return 'text';
}

let failed = 0;
for (const file of files) {
  const path = join(folder, file);
  const problems = [];
  let schema;
  try {
    schema = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    problems.push(`not JSON: ${e.message}`);
  }
  if (schema) {
    if (schema.id !== basename(file, '.form')) problems.push(`id "${schema.id}" must equal the file name`);
    if (schema.schemaVersion > TASKLIST_SCHEMA_VERSION) {
      problems.push(`schemaVersion ${schema.schemaVersion} is newer than Tasklist 7.24 renders (${TASKLIST_SCHEMA_VERSION})`);
    }
    const container = document.createElement('div');
    document.body.appendChild(container);
    const form = new Form({ container });
    try {
      const { warnings } = await form.importSchema(schema, {});
      for (const w of warnings || []) problems.push(`import warning: ${w.message || w}`);
      const validator = form.get('validator');
      for (const field of form.get('formFieldRegistry').getAll().filter((f) => f.key)) {
        // dj-forms.js finds a field of a server problem by its id
        if (field.id !== `Field_${field.key}`) problems.push(`field ${field.key} must have the id Field_${field.key}`);
        const label = field.label || field.dateLabel || '';
        for (const value of violations(field)) {
          for (const message of validator.validateField(field, value)) {
            const shown = translateValidationMessage(message, { label, description: field.description, kind: kindOf(field) });
            const added = shown.replace(label, '').replace(field.description || '', '');
            if (/[A-Za-z]{4,}|\^|\$|\{\d/.test(added) || (label && !shown.includes(label))) {
              problems.push(`${field.key}: "${message}" is shown as "${shown}"`);
            }
          }
        }
      }
    } catch (e) {
      problems.push(`import failed: ${e.message}`);
    } finally {
      form.destroy();
    }
  }
  if (problems.length) {
    failed++;
    for (const p of problems) console.error(`${path}: ${p}`);
  }
}
console.log(`forms: ${files.length} form(s) imported with @bpmn-io/form-js-viewer, every rule's message in Chinese, ${failed} failed`);
process.exit(failed ? 1 : 0);
