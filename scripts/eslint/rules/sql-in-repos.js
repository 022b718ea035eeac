// SQL is built only in repository files: elsewhere, no value import from
// drizzle-orm (type-only imports are fine) and no query through a database handle.
/** Names a database or transaction handle goes by in this code base. */
const HANDLES = new Set(['db', 'tx', 'trx', 'database']);
const BUILDERS = new Set(['select', 'selectDistinct', 'selectDistinctOn', 'insert', 'update', 'delete', 'execute', 'transaction', 'with', '$count']);

/** @param {any} node @returns {string | null} the handle's name when node is `db`, `x.db`, `this.tx`… */
function handleName(node) {
  const name = node.type === 'Identifier' ? node.name
    : node.type === 'MemberExpression' && !node.computed && node.property.type === 'Identifier' ? node.property.name
      : null;
  return name && HANDLES.has(name) ? name : null;
}

/** @param {any} node @returns {string | null} the member's name when not computed */
const memberName = (node) => (!node.computed && node.property.type === 'Identifier' ? node.property.name : null);

/** @param {string} spec */
const isDrizzle = (spec) => spec === 'drizzle-orm' || spec.startsWith('drizzle-orm/');

/** @type {import('eslint').Rule.RuleModule} */
export default {
  meta: {
    type: 'problem',
    docs: { description: 'Build SQL only in repository files (repo*.ts)' },
    schema: [],
    messages: {
      import: "Value import from '{{source}}' outside a repository file: build the query in a repo*.ts file and call it.",
      query: '{{handle}}.{{method}} outside a repository file: move the query into a repo*.ts file and call it.',
    },
  },
  create(context) {
    /** @param {any} node */
    const checkSource = (node) => {
      const source = node.source?.value;
      if (typeof source !== 'string' || !isDrizzle(source)) return;
      if (node.importKind === 'type' || node.exportKind === 'type') return;
      const specifiers = node.specifiers ?? [];
      const onlyTypes = specifiers.length > 0 &&
        specifiers.every((/** @type {any} */ s) => s.importKind === 'type' || s.exportKind === 'type');
      if (!onlyTypes) context.report({ node, messageId: 'import', data: { source } });
    };
    return {
      ImportDeclaration: checkSource,
      ExportNamedDeclaration: checkSource,
      ExportAllDeclaration: checkSource,
      ImportExpression(node) {
        if (node.source.type === 'Literal' && typeof node.source.value === 'string' && isDrizzle(node.source.value))
          context.report({ node, messageId: 'import', data: { source: node.source.value } });
      },
      MemberExpression(node) {
        const handle = handleName(node.object);
        const method = memberName(node);
        if (!handle || !method) return;
        const called = node.parent.type === 'CallExpression' && node.parent.callee === node;
        if ((called && BUILDERS.has(method)) || method === 'query')
          context.report({ node, messageId: 'query', data: { handle, method } });
      },
    };
  },
};
