// Renders every BPMN of processes/ with bpmn-js in Debian's Chromium into src/docs/diagrams/<name>.svg and .png,
// the pictures the README shows. With --check it fails when a committed picture is not the current rendering.
import { readdirSync, readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { join, dirname, resolve, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from './browser/chromium.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../..');
const sourceDir = join(root, process.env.DIAGRAM_SOURCE || 'processes');
const targetDir = join(root, 'src/docs/diagrams');
const check = process.argv.includes('--check');
const viewerBundle = join(here, 'node_modules/bpmn-js/dist/bpmn-viewer.production.min.js');

// bpmn-js gives arrow markers random ids: number them in order of appearance so the file is reproducible.
const normalise = (svg) => {
  const ids = new Map();
  return svg.replace(/marker-[a-z0-9]+/g, (id) => {
    if (!ids.has(id)) ids.set(id, `marker-${ids.size + 1}`);
    return ids.get(id);
  });
};

// Chromium measures label text a fraction of a pixel differently from run to run (font loading), which moves a
// label line's x; the check compares everything else exactly.
const comparable = (svg) => svg.replace(/(<tspan x=")[^"]*"/g, '$1"');

const files = readdirSync(sourceDir).filter((f) => f.endsWith('.bpmn')).sort();
mkdirSync(targetDir, { recursive: true });
const browser = await launch();
let stale = 0;
try {
  const page = await browser.newPage({ viewport: { width: 1800, height: 1000 }, deviceScaleFactor: 1 });
  await page.route('**/*', (route) => route.abort());
  for (const file of files) {
    const xml = readFileSync(join(sourceDir, file), 'utf8');
    await page.setContent('<html><body style="margin:0;background:#fff"><div id="canvas" style="width:100vw;height:100vh"></div></body></html>');
    await page.addScriptTag({ path: viewerBundle });
    const svg = normalise(await page.evaluate(async (diagram) => {
      const viewer = new window.BpmnJS({ container: '#canvas' });
      const { warnings } = await viewer.importXML(diagram);
      if (warnings.length) throw new Error(warnings.map((w) => w.message).join('; '));
      viewer.get('canvas').zoom('fit-viewport');
      return (await viewer.saveSVG({ format: true })).svg;
    }, xml));
    const name = basename(file, '.bpmn');
    const svgPath = join(targetDir, `${name}.svg`);
    if (check) {
      if (!existsSync(svgPath) || comparable(readFileSync(svgPath, 'utf8')) !== comparable(svg)) {
        console.error(`${svgPath} is not the current rendering of processes/${file}: run "npm run diagrams" in src/test/modeler`);
        stale++;
      }
    } else {
      writeFileSync(svgPath, svg);
      await page.setContent(`<html><body style="margin:0;background:#fff">${svg}</body></html>`);
      await page.locator('svg').first().screenshot({ path: join(targetDir, `${name}.png`) });
    }
  }
} finally {
  await browser.close();
}
console.log(`diagrams: ${files.length} diagram(s) ${check ? (stale ? `${stale} stale` : 'current') : 'rendered'} in src/docs/diagrams`);
process.exit(stale ? 1 : 0);
