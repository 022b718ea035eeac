import { Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../ui/api';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { FormButtons } from '../../ui/FormButtons';
import { transitionEngagement, useInvalidateEngagements } from './api';
import { useEngagementLabels } from './labels';
import type { Clash, EngagementAction } from './types';
import { actionSpec, transitionBody, transitionError } from './workflow';

const TITLES: Record<EngagementAction, string> = {
  submit: 'engagements.transition.titles.submit',
  approve: 'engagements.transition.titles.approve',
  return: 'engagements.transition.titles.return',
  reject: 'engagements.transition.titles.reject',
  cancel: 'engagements.transition.titles.cancel',
  complete: 'engagements.transition.titles.complete',
  reopen: 'engagements.transition.titles.reopen',
};

const HINTS: Record<EngagementAction, string> = {
  submit: 'engagements.transition.hints.submit',
  approve: 'engagements.transition.hints.approve',
  return: 'engagements.transition.hints.return',
  reject: 'engagements.transition.hints.reject',
  cancel: 'engagements.transition.hints.cancel',
  complete: 'engagements.transition.hints.complete',
  reopen: 'engagements.transition.hints.reopen',
};

interface Props {
  engagementId: string;
  title: string;
  action: EngagementAction;
  onClose: () => void;
  /** Clashes the server found on the way (e.g. at submission). */
  onDone: (clashes: Clash[]) => void;
}

/** One workflow step: a comment (required to return or reject) or the outcome (required to complete). */
export function TransitionModal({ engagementId, title, action, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const labels = useEngagementLabels();
  const invalidate = useInvalidateEngagements();
  const spec = actionSpec(action);
  const [text, setText] = useState('');
  const [clientError, setClientError] = useState<string | null>(null);
  const run = useMutation({
    mutationFn: () => transitionEngagement(engagementId, transitionBody(action, text)),
    onSuccess: async (res) => {
      await invalidate();
      notifications.show({ color: 'green', message: t('engagements.transition.done', { state: labels.state(res?.engagement?.state) }) });
      onDone(res?.clashes ?? []);
      onClose();
    },
  });
  const serverField = run.error instanceof ApiError ? (run.error.fields.comment ?? run.error.fields.outcome) : undefined;
  const otherError = run.error && !(run.error instanceof ApiError && serverField && run.error.code === 'validation_failed') ? run.error : null;
  const fieldLabel = spec.needs === 'outcome' ? t('engagements.fields.outcome') : t('engagements.transition.comment');

  const submit = () => {
    const err = transitionError(action, text);
    setClientError(err);
    if (!err) run.mutate();
  };

  return (
    <Modal opened onClose={onClose} title={t(TITLES[action])} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
        noValidate
      >
        <Stack>
          <Text size="sm">
            <Text span fw={600}>
              {title}
            </Text>
          </Text>
          <Text size="sm" c="dimmed">
            {t(HINTS[action])}
          </Text>
          <ErrorAlert error={otherError} />
          <Textarea
            label={fieldLabel}
            description={spec.needs === null ? t('engagements.transition.optional') : undefined}
            required={spec.needs !== null}
            autosize
            minRows={spec.needs === 'outcome' ? 6 : 3}
            maxRows={16}
            data-autofocus
            value={text}
            onChange={(e) => {
              setText(e.currentTarget.value);
              setClientError(null);
            }}
            error={clientError ? t(clientError) : serverField}
          />
          <FormButtons submitLabel={labels.action(action)} onCancel={onClose} loading={run.isPending} color={spec.color} />
        </Stack>
      </form>
    </Modal>
  );
}
