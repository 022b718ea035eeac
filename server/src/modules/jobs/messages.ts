import type { ModuleMessages } from '../../i18n/modules.js';

/** This feature's server messages: the proposal reminders the daily job sends (task reminders are in tasks/messages.ts). */
export const messages: ModuleMessages = {
  en: {
    'mail.proposal.due_soon.subject': 'Proposal due soon: {{title}}',
    'mail.proposal.due_soon.body': 'The answer to the proposal “{{title}}” is due soon.',
    'mail.proposal.overdue.subject': 'Proposal overdue: {{title}}',
    'mail.proposal.overdue.body': 'The proposal “{{title}}” has not been answered by its due date.',
  },
  vi: {
    'mail.proposal.due_soon.subject': 'Kiến nghị sắp đến hạn trả lời: {{title}}',
    'mail.proposal.due_soon.body': 'Kiến nghị “{{title}}” sắp đến hạn trả lời.',
    'mail.proposal.overdue.subject': 'Kiến nghị quá hạn trả lời: {{title}}',
    'mail.proposal.overdue.body': 'Kiến nghị “{{title}}” đã quá hạn mà chưa được trả lời.',
  },
  fr: {
    'mail.proposal.due_soon.subject': 'Proposition bientôt due : {{title}}',
    'mail.proposal.due_soon.body': 'La réponse à la proposition « {{title}} » est bientôt due.',
    'mail.proposal.overdue.subject': 'Proposition en retard : {{title}}',
    'mail.proposal.overdue.body': "La proposition « {{title}} » n'a pas reçu de réponse à son échéance.",
  },
};
