import type { Rule } from '../types.js';
import { dm, docsFor } from './shared.js';

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export const rule: Rule = {
  meta: {
    id: 'name-mismatch',
    severity: 'error',
    description: "The greeting's name is not the recipient's: a sure sign of a copied template.",
    requires: ['recipientName'],
    languageNeutral: true,
    docs: docsFor('name-mismatch', {
      why: 'The wrong name in the greeting is the surest sign of a copied template.',
      before: { text: 'Hi Maria, quick question.', options: { ...dm, recipientName: 'Ana Ruiz' } },
      after: { text: 'Hi Ana, quick question.', options: { ...dm, recipientName: 'Ana Ruiz' } },
    }),
  },
  check(context) {
    const greeted = context.greeting?.name;
    const recipient = context.recipientName;
    if (!greeted || !recipient) return [];
    const parts = fold(recipient)
      .split(/[\s.-]+/)
      .filter(Boolean);
    const said = fold(greeted.text).split(/\s+/);
    if (said.some((w) => parts.includes(w) || parts.some((p) => p.startsWith(w) && w.length >= 3))) return [];
    return [
      {
        start: greeted.start,
        end: greeted.end,
        message: `The greeting says "${greeted.text}" but the message is to ${recipient}`,
        suggestion: recipient.split(/\s+/)[0] ?? recipient,
        replaces: true,
      },
    ];
  },
};
