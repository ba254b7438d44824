/**
 * The project's own lint rules (an oxlint JS plugin; see .oxlintrc.json).
 *
 * no-round-state: a screen, the table scene and the navigation see views, never the round's state. The
 * import bans already keep the engine and the host out of those folders; this rule also catches the calls
 * themselves (`round.data()`, `x.discrete()`, `play.round.model`) should a live round ever be handed in.
 */
const STATE_CALLS = new Set(['data', 'discrete']);

/** `round`, `this.round`, `play.round`: anything whose last name is `round`. */
const namedRound = (node) =>
  (node.type === 'Identifier' && node.name === 'round') ||
  (node.type === 'MemberExpression' && !node.computed && node.property.name === 'round');

export default {
  meta: { name: 'astana' },
  rules: {
    'no-round-state': {
      meta: {
        type: 'problem',
        docs: { description: 'Screens, scenes and the navigation read views, not the round (issue 14).' },
      },
      create(context) {
        const say = (node, what) =>
          context.report({
            node,
            message: `${what} reads the round itself: screens get views and send intents through src/client.`,
          });
        return {
          CallExpression(node) {
            const callee = node.callee;
            if (callee.type !== 'MemberExpression' || callee.computed || node.arguments.length > 0) return;
            if (STATE_CALLS.has(callee.property.name)) say(node, `${callee.property.name}()`);
          },
          MemberExpression(node) {
            if (!node.computed && node.property.name === 'model' && namedRound(node.object)) say(node, 'round.model');
          },
        };
      },
    },
  },
};
