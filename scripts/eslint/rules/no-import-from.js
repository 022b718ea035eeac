// A layer may not import from the folders named in its options (type-only
// imports included): the ground floor knows no module, ui/ knows no feature.
import path from 'node:path';
import { localImports } from '../imports.js';

/** @type {import('eslint').Rule.RuleModule} */
export default {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid imports from the given folders' },
    schema: [{
      type: 'object',
      properties: {
        folders: { type: 'array', items: { type: 'string' } },
        reason: { type: 'string' },
      },
      required: ['folders', 'reason'],
      additionalProperties: false,
    }],
    messages: { forbidden: 'Imports {{target}}: {{reason}}.' },
  },
  create(context) {
    const { folders, reason } = context.options[0];
    const inside = (/** @type {string} */ target) =>
      folders.some((/** @type {string} */ f) => target.startsWith(f + path.sep));
    return localImports(context.filename, (node, target) => {
      if (inside(target)) context.report({ node, messageId: 'forbidden', data: { target: path.relative(context.cwd, target), reason } });
    });
  },
};
