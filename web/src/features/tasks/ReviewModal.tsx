import { Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldRule } from '../../api/rules';
import { ApiError } from '../../ui/api';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { FormButtons } from '../../ui/FormButtons';
import { transitionReport, useInvalidateTasks } from './api';
import { useTaskLabels } from './labels';
import type { ReportAction } from './types';

interface Props {
  reportId: string;
  action: ReportAction;
  /** "Q3 2026 — Hanoi", said in the dialog. */
  what: string;
  onClose: () => void;
}

const COLORS: Record<ReportAction, string | undefined> = { submit: undefined, accept: 'green', return: 'orange', correct: undefined };

const reviewComment = fieldRule('POST /task-reports/{id}/transitions', 'comment', { tooLong: 'tasks.validation.tooLong' });

/** One step of a report's workflow; "ask for more" (return) needs a comment, as on the server. */
export function ReviewModal({ reportId, action, what, onClose }: Props) {
  const { t } = useTranslation();
  const labels = useTaskLabels();
  const invalidate = useInvalidateTasks();
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const run = useMutation({
    mutationFn: () => transitionReport(reportId, { action, ...(comment.trim() ? { comment: comment.trim() } : {}) }),
    onSuccess: async () => {
      await invalidate();
      notifications.show({ color: 'green', message: t('tasks.review.done') });
      onClose();
    },
    onError: (e) => {
      if (e instanceof ApiError && e.fields.comment) setError(e.fields.comment);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (action === 'return' && !comment.trim()) {
      setError(t('tasks.review.commentRequired'));
      return;
    }
    const tooLong = reviewComment(comment);
    if (tooLong) {
      setError(t(tooLong));
      return;
    }
    setError(null);
    run.mutate();
  };
  return (
    <Modal opened onClose={onClose} title={labels.reportAction(action)} centered>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{what}</Text>
          {run.error && !(run.error instanceof ApiError && run.error.fields.comment) && <ErrorAlert error={run.error} />}
          {action !== 'submit' && action !== 'correct' && (
            <Textarea
              label={t('tasks.review.comment')}
              description={action === 'return' ? t('tasks.review.commentHintReturn') : t('tasks.review.commentHint')}
              required={action === 'return'}
              autosize
              minRows={3}
              value={comment}
              onChange={(e) => {
                setComment(e.currentTarget.value);
                setError(null);
              }}
              error={error}
              data-autofocus
            />
          )}
          {action === 'correct' && <Text size="sm">{t('tasks.review.correctHint')}</Text>}
          <FormButtons submitLabel={labels.reportAction(action)} color={COLORS[action]} loading={run.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
