/**
 * The form's static files under /webform/assets/: its style sheet, its script, and the ALTCHA
 * solver. altcha-lib ships its v2 solver as plain browser ES modules (`pow.js` with
 * `algorithms/web/sha.js`, which hashes with crypto.subtle), so the page's script imports those
 * four files as they are in node_modules rather than a copy; no widget package is needed.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** The page's script: focuses the error summary, solves the challenge, fills the `altcha` field. */
export const FORM_SCRIPT = String.raw`import { solveChallenge } from './altcha/pow.js';
import { deriveKey } from './altcha/algorithms/web/sha.js';

const form = document.getElementById('webform');
const status = document.getElementById('pow-status');
const field = document.getElementById('altcha');
const holder = document.getElementById('altcha-challenge');
const summary = document.getElementById('error-summary');
if (summary) summary.focus();
let solving = null;
let waiting = false;

function solve() {
  if (!solving) {
    status.textContent = form.dataset.working;
    const challenge = JSON.parse(holder.dataset.challenge);
    solving = solveChallenge({ challenge, deriveKey, timeout: 120000 })
      .then((solution) => {
        if (!solution) throw new Error('unsolved');
        field.value = btoa(JSON.stringify({ challenge, solution }));
        status.textContent = form.dataset.done;
        return true;
      })
      .catch(() => {
        status.textContent = form.dataset.failed;
        return false;
      });
  }
  return solving;
}

if (form && holder && field && status) {
  form.addEventListener('focusin', () => void solve(), { once: true });
  form.addEventListener('submit', (event) => {
    if (field.value) return;
    event.preventDefault();
    if (waiting) return;
    waiting = true;
    void solve().then((ok) => {
      waiting = false;
      if (ok) form.requestSubmit();
    });
  });
}
`;

/** The page's style: one column, readable at 320 px, visible focus, the honeypot off screen. */
export const FORM_STYLE = `*,*::before,*::after{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b;background:#f5f5f5}
.wf{max-width:40rem;margin:0 auto;padding:1rem;background:#fff;min-height:100vh}
h1{font-size:1.75rem;margin:.5rem 0 1rem}
fieldset{border:1px solid #c8c8c8;border-radius:4px;margin:0 0 1rem;padding:.75rem;min-width:0}
legend{font-weight:600;padding:0 .25rem}
.wf-field{margin:0 0 1rem}
.wf-field--error{border-left:4px solid #b00020;padding-left:.75rem}
label{display:block;font-weight:600;margin-bottom:.25rem}
input[type=text],input[type=email],textarea{display:block;width:100%;max-width:100%;padding:.5rem;font:inherit;border:2px solid #5c5c5c;border-radius:4px}
input[type=file]{max-width:100%;font:inherit}
textarea{resize:vertical}
input[aria-invalid=true],textarea[aria-invalid=true]{border-color:#b00020}
:focus-visible{outline:3px solid #0a5fb4;outline-offset:2px}
.wf-hint{color:#4a4a4a;margin:0 0 .25rem}
.wf-error{color:#b00020;font-weight:600;margin:0 0 .25rem}
.wf-summary{border:4px solid #b00020;padding:.75rem 1rem;margin:0 0 1rem}
.wf-summary h2{font-size:1.25rem;margin:0 0 .5rem}
.wf-summary a{color:#b00020;font-weight:600}
.wf-noscript{border:3px solid #8a5300;padding:.75rem;background:#fff8e5}
.wf-status{min-height:1.5em;color:#1d5c2e}
.wf-submit{font:inherit;font-weight:600;padding:.6rem 1.5rem;border:0;border-radius:4px;background:#0a5fb4;color:#fff;cursor:pointer}
.wf-hp{position:absolute;left:-10000px;top:auto;width:1px;height:1px;overflow:hidden}
`;

/** The solver files altcha-lib ships for browsers, by their path under /webform/assets/altcha/. */
const SOLVER_FILES = ['pow.js', 'helpers.js', 'types.js', 'algorithms/web/sha.js'] as const;

function solverDirectory(): string {
  // The package's CommonJS entry is dist/cjs/v2/index.js; its ES modules sit in dist/esm/v2.
  return path.resolve(path.dirname(require.resolve('altcha-lib')), '..', '..', 'esm', 'v2');
}

/** Loads the ALTCHA solver modules once; keyed by their path under /webform/assets/altcha/. */
export async function loadSolverFiles(): Promise<Map<string, string>> {
  const directory = solverDirectory();
  const entries = await Promise.all(SOLVER_FILES.map(async (file) => [file, await readFile(path.join(directory, file), 'utf8')] as const));
  return new Map(entries);
}
