// The import graph the structural rules share. It is built lazily, one file at a
// time, and kept for the whole ESLint run, so ~600 files are read and scanned once.
// Edges include type-only imports, re-exports and dynamic import(): a cycle through
// types is still a cycle in the design.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export const SCRIPT = /\.(?:[cm]?[jt]sx?)$/;
export const TEST = /\.test\.[cm]?[jt]sx?$/;

/** @type {Map<string, string[]>} file → resolved local files it imports */
const edges = new Map();

/**
 * Resolves a relative specifier the way TypeScript does for this repo: `./x.js`
 * names `./x.ts` or `./x.tsx`; an extensionless `./x` (web, bundler resolution)
 * names `./x.ts`, `./x.tsx` or `./x/index.ts`. Packages resolve to null.
 * @param {string} from absolute path of the importing file
 * @param {string} spec the specifier as written
 * @returns {string | null}
 */
export function resolveImport(from, spec) {
  if (!spec.startsWith('.') && !spec.startsWith('/')) return null;
  const base = path.resolve(path.dirname(from), spec);
  const stem = base.replace(/\.([cm]?)jsx?$/, '');
  const candidates = stem === base
    ? [base, `${base}.ts`, `${base}.tsx`, `${base}.js`, `${base}.mjs`, `${base}/index.ts`, `${base}/index.tsx`]
    : [`${stem}.ts`, `${stem}.tsx`, `${stem}.mts`, base];
  return candidates.find(isFile) ?? null;
}

/** @param {string} p */
function isFile(p) {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

/**
 * The local files a file imports (deduplicated, unresolvable ones dropped).
 * @param {string} file absolute path
 * @returns {string[]}
 */
export function importsOf(file) {
  let out = edges.get(file);
  if (out) return out;
  out = [];
  const text = SCRIPT.test(file) && isFile(file) ? fs.readFileSync(file, 'utf8') : null; // stdin has no file
  if (text !== null) {
    for (const { fileName } of ts.preProcessFile(text, true, true).importedFiles) {
      const target = resolveImport(file, fileName);
      if (target && !out.includes(target)) out.push(target);
    }
  }
  edges.set(file, out);
  return out;
}

/**
 * Every script file under a folder (recursively), tests left out.
 * @param {string} dir
 * @returns {string[]}
 */
export function sourcesUnder(dir) {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && SCRIPT.test(e.name) && !TEST.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

/**
 * Strongly connected components, found by Tarjan's algorithm one start node at
 * a time (the graph is discovered lazily). A node in a component of size > 1
 * lies on a cycle.
 */
export class Components {
  /** @param {(node: string) => string[]} successors */
  constructor(successors) {
    this.successors = successors;
    /** @type {Map<string, string[]>} node → the members of its component */
    this.of = new Map();
    this.index = new Map();
    this.low = new Map();
    this.stack = [];
    this.onStack = new Set();
  }

  /** @param {string} node @returns {string[]} the members of node's component */
  get(node) {
    if (!this.of.has(node)) this.visit(node);
    return /** @type {string[]} */ (this.of.get(node));
  }

  /** @param {string} v */
  visit(v) {
    this.index.set(v, this.index.size);
    this.low.set(v, this.index.get(v));
    this.stack.push(v);
    this.onStack.add(v);
    for (const w of this.successors(v)) {
      if (this.of.has(w)) continue; // already in a finished component
      if (!this.index.has(w)) {
        this.visit(w);
        this.low.set(v, Math.min(this.low.get(v), this.low.get(w)));
      } else if (this.onStack.has(w)) {
        this.low.set(v, Math.min(this.low.get(v), this.index.get(w)));
      }
    }
    if (this.low.get(v) !== this.index.get(v)) return;
    const members = [];
    let w;
    do {
      w = this.stack.pop();
      this.onStack.delete(w);
      members.push(w);
    } while (w !== v);
    for (const m of members) this.of.set(m, members);
  }
}
