// No file may reach itself through its imports (type-only imports included).
import path from 'node:path';
import { Components, importsOf } from '../graph.js';
import { listed, localImports } from '../imports.js';

const files = new Components(importsOf);

/** @type {import('eslint').Rule.RuleModule} */
export default {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid import cycles between files, type-only imports included' },
    schema: [],
    messages: { cycle: 'Import cycle: {{cycle}}. Move what both sides need into a third file, or hand it in.' },
  },
  create(context) {
    const file = context.filename;
    const members = files.get(file);
    if (members.length < 2) return {};
    const inCycle = new Set(members);
    const cycle = listed(members.map((m) => path.relative(context.cwd, m)));
    let reported = false;
    return {
      ...localImports(file, (node, target) => {
        if (!inCycle.has(target)) return;
        reported = true;
        context.report({ node, messageId: 'cycle', data: { cycle } });
      }),
      'Program:exit'(node) {
        // An edge only the scanner sees (e.g. require()) still closes the cycle.
        if (!reported) context.report({ node, messageId: 'cycle', data: { cycle } });
      },
    };
  },
};
