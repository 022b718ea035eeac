// No loop between feature folders: a chain of imports from one folder under a
// root (server/src/modules/<a>, web/src/features/<a>) through other such
// folders back to it. Chains through shared files are the business of
// no-import-cycle and of the ground-floor rule. Tests do not count: they may
// cross folders.
import path from 'node:path';
import { Components, importsOf, sourcesUnder, TEST } from '../graph.js';
import { listed, localImports } from '../imports.js';

/** @type {Map<string, { folderOf: (file: string) => string | null, components: Components }>} */
const graphs = new Map();

/**
 * The folder graph for a set of roots: its nodes are the folders <root>/<name>/,
 * an edge is any import from a file of one into a file of another.
 * @param {string[]} roots absolute paths
 */
function graphFor(roots) {
  const key = roots.join('\n');
  let graph = graphs.get(key);
  if (graph) return graph;
  /** @param {string} file @returns {string | null} */
  const folderOf = (file) => {
    for (const root of roots) {
      const rest = path.relative(root, file);
      if (rest.startsWith('..') || path.isAbsolute(rest)) continue;
      const parts = rest.split(path.sep);
      return parts.length > 1 ? path.join(root, parts[0]) : null;
    }
    return null;
  };
  /** @param {string} folder */
  const successors = (folder) => {
    const out = new Set(sourcesUnder(folder).flatMap(importsOf).map(folderOf));
    out.delete(folder);
    out.delete(null);
    return /** @type {string[]} */ ([...out]);
  };
  graph = { folderOf, components: new Components(successors) };
  graphs.set(key, graph);
  return graph;
}

/** @type {import('eslint').Rule.RuleModule} */
export default {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid import loops between module or feature folders' },
    schema: [{
      type: 'object',
      properties: { roots: { type: 'array', items: { type: 'string' } } },
      required: ['roots'],
      additionalProperties: false,
    }],
    messages: { loop: '{{from}} → {{to}} lies on a folder loop ({{loop}}). Give the dependency one direction (move the shared part, or hand it in).' },
  },
  create(context) {
    const file = context.filename;
    if (TEST.test(file)) return {};
    const { folderOf, components } = graphFor(context.options[0].roots);
    const self = folderOf(file);
    if (!self) return {};
    const members = components.get(self);
    if (members.length < 2) return {};
    const inLoop = new Set(members);
    const name = (/** @type {string} */ folder) => path.relative(context.cwd, folder);
    const loop = listed(members.map(name));
    return localImports(file, (node, target) => {
      const to = folderOf(target);
      if (to && to !== self && inLoop.has(to))
        context.report({ node, messageId: 'loop', data: { from: name(self), to: name(to), loop } });
    });
  },
};
