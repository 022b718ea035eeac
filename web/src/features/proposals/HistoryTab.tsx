import { Button, Group, Stack, Text, Textarea, Timeline } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowRight, IconMessage } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../ui/api';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { formatDateTime } from '../../ui/format';
import { Spinner } from '../../ui/Spinner';
import { transitionProposal, useInvalidateProposals, useProposalHistory } from './api';
import { ACTION_LABELS, useProposalLabels } from './labels';
import { TEXT_MAX } from './rules';
import type { HistoryEntry, Proposal } from './types';

/** What a history event says: a state change, or the event's own name (comment, grouping, task…). */
function useEventTitle() {
  const { t } = useTranslation();
  const labels = useProposalLabels();
  const name = (a: string) => (a in ACTION_LABELS ? labels.action(a) : labels.event(a));
  return (h: HistoryEntry) =>
    h.fromState && h.toState && h.fromState !== h.toState
      ? t('proposals.history.change', { action: name(h.action), from: labels.state(h.fromState), to: labels.state(h.toState) })
      : name(h.action);
}

/** The timeline, oldest first, with a box to comment (`can.comment`). */
export function HistoryTab({ proposal: p }: { proposal: Proposal }) {
  const { t, i18n } = useTranslation();
  const q = useProposalHistory(p.id);
  const title = useEventTitle();
  const invalidate = useInvalidateProposals();
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const send = useMutation({
    mutationFn: () => transitionProposal(p.id, { action: 'comment', comment: comment.trim() }),
    onSuccess: async () => {
      setComment('');
      notifications.show({ color: 'green', message: t('proposals.history.commented') });
      await invalidate();
    },
  });
  const serverField = send.error instanceof ApiError ? send.error.fields.comment : undefined;

  return (
    <Stack>
      {q.isError ? (
        <ErrorAlert error={q.error} />
      ) : !q.data ? (
        <Spinner small />
      ) : q.data.length === 0 ? (
        <Text c="dimmed" ta="center" p="md">
          {t('proposals.history.empty')}
        </Text>
      ) : (
        <Timeline bulletSize={24} lineWidth={2} active={q.data.length - 1}>
          {q.data.map((h) => (
            <Timeline.Item key={h.id} bullet={h.action === 'comment' ? <IconMessage size={12} aria-hidden /> : <IconArrowRight size={12} aria-hidden />} title={title(h)}>
              {h.comment && (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {h.comment}
                </Text>
              )}
              <Text size="xs" c="dimmed">
                {formatDateTime(h.at, i18n.language)} · {h.actorName ?? t('proposals.history.system')}
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
      )}
      {p.can.comment && (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            const err = comment.trim() ? null : 'validation.required';
            setError(err);
            if (!err) send.mutate();
          }}
        >
          <Stack gap="xs">
            <ErrorAlert error={send.error && !serverField ? send.error : null} />
            <Textarea
              label={t('proposals.history.addComment')}
              autosize
              minRows={2}
              maxRows={8}
              maxLength={TEXT_MAX}
              value={comment}
              onChange={(e) => {
                setComment(e.currentTarget.value);
                setError(null);
              }}
              error={error ? t(error) : serverField}
            />
            <Group justify="flex-end">
              <Button type="submit" loading={send.isPending} leftSection={<IconMessage size={16} aria-hidden />}>
                {t('proposals.actions.comment')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
