// One visitor for every way a file names another: import/export-from (type-only
// too), import x = require(), dynamic import() and import('x') types.
import { resolveImport } from './graph.js';

/**
 * @param {string} file absolute path of the file being linted
 * @param {(node: any, target: string) => void} onImport called with the node to report and the local file it names
 * @returns {Record<string, (node: any) => void>} an ESLint visitor
 */
export function localImports(file, onImport) {
  /** @param {any} node @param {any} source */
  const check = (node, source) => {
    if (source?.type !== 'Literal' || typeof source.value !== 'string') return;
    const target = resolveImport(file, source.value);
    if (target) onImport(node, target);
  };
  return {
    ImportDeclaration: (node) => check(node, node.source),
    ExportNamedDeclaration: (node) => check(node, node.source),
    ExportAllDeclaration: (node) => check(node, node.source),
    ImportExpression: (node) => check(node, node.source),
    TSImportEqualsDeclaration: (node) => check(node, node.moduleReference?.expression),
    TSImportType: (node) => check(node, node.argument?.literal ?? node.source),
  };
}

/**
 * A cycle's members for a message: sorted, at most eight named.
 * @param {string[]} names
 */
export function listed(names) {
  const sorted = [...names].sort();
  const more = sorted.length > 8 ? ` and ${sorted.length - 8} more` : '';
  return sorted.slice(0, 8).join(' ⇄ ') + more;
}
