import { Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../ui/api';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { FormButtons } from '../../ui/FormButtons';
import { transitionEngagement, useInvalidateEngagements } from '../engagements/api';
import { useEngagementLabels } from '../engagements/labels';
import { actionSpec, transitionBody, transitionError } from '../engagements/workflow';

export type Decision = 'approve' | 'return' | 'reject';

// Literal keys (the locale test reads them).
const DONE: Record<Decision, string> = {
  approve: 'approvals.done.approve',
  return: 'approvals.done.return',
  reject: 'approvals.done.reject',
};
const PROMPT: Record<Decision, string> = {
  approve: 'approvals.prompt.approve',
  return: 'approvals.prompt.return',
  reject: 'approvals.prompt.reject',
};

interface Props {
  target: { id: string; title: string; action: Decision } | null;
  onClose: () => void;
}

/** Approve (comment optional), return or reject (comment required) one submitted engagement. */
export function DecisionModal({ target, onClose }: Props) {
  const { t } = useTranslation();
  const labels = useEngagementLabels();
  const invalidate = useInvalidateEngagements();
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const decide = useMutation({
    mutationFn: (v: { id: string; action: Decision; comment: string }) => transitionEngagement(v.id, transitionBody(v.action, v.comment)),
    onSuccess: async (_r, v) => {
      notifications.show({ color: 'green', message: t(DONE[v.action], { title: target?.title ?? '' }) });
      onClose();
      await invalidate();
    },
    // Decided by someone else meanwhile: the queue is stale.
    onError: (e) => {
      if (isApiError(e, 'invalid_transition') || isApiError(e, 'not_found')) void invalidate();
    },
  });

  useEffect(() => {
    setComment('');
    setError(null);
    decide.reset();
  }, [target?.id, target?.action]);

  if (!target) return null;
  const spec = actionSpec(target.action);
  const required = spec.needs === 'comment';
  const submit = () => {
    const err = transitionError(target.action, comment);
    setError(err);
    if (!err) decide.mutate({ id: target.id, action: target.action, comment });
  };

  return (
    <Modal opened onClose={onClose} title={labels.action(target.action)} centered>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
        noValidate
      >
        <Stack>
          <Text size="sm">{t(PROMPT[target.action], { title: target.title })}</Text>
          <ErrorAlert error={decide.error} />
          <Textarea
            label={required ? t('approvals.comment') : t('approvals.commentOptional')}
            required={required}
            autosize
            minRows={3}
            maxRows={10}
            data-autofocus
            value={comment}
            onChange={(e) => {
              setComment(e.currentTarget.value);
              setError(null);
            }}
            error={error ? t(error) : undefined}
          />
          <FormButtons submitLabel={labels.action(target.action)} onCancel={onClose} loading={decide.isPending} color={spec.color} />
        </Stack>
      </form>
    </Modal>
  );
}
