import { Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ApiError } from '../../ui/api';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { FormButtons } from '../../ui/FormButtons';
import { createGroup, useInvalidateProposals } from './api';
import { TITLE_MAX, titleRule } from './rules';

/** Groups the selected proposals (same target unit, not closed or rejected: the server checks) so they are answered once. */
export function GroupModal({ proposalIds, onClose, onDone }: { proposalIds: string[]; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const invalidate = useInvalidateProposals();
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: () => createGroup({ title: title.trim(), proposalIds }),
    onSuccess: async (g) => {
      notifications.show({ color: 'green', message: t('proposals.groups.created', { count: proposalIds.length }) });
      onDone();
      await invalidate();
      navigate(`/proposals/groups/${encodeURIComponent(g.id)}`);
    },
  });
  const fields = save.error instanceof ApiError ? save.error.fields : {};
  const titleServer = fields.title;
  const otherError = save.error && !(titleServer && Object.keys(fields).length === 1) ? save.error : null;
  const extra = Object.entries(fields)
    .filter(([k]) => k !== 'title')
    .map(([, v]) => v);

  return (
    <Modal opened onClose={onClose} title={t('proposals.list.groupThem')} centered>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const err = titleRule(title);
          setError(err);
          if (!err) save.mutate();
        }}
      >
        <Stack>
          <Text size="sm">{t('proposals.groups.prompt', { count: proposalIds.length })}</Text>
          <ErrorAlert error={otherError} details={extra} />
          <TextInput
            label={t('proposals.groups.groupTitle')}
            required
            maxLength={TITLE_MAX}
            data-autofocus
            value={title}
            onChange={(e) => {
              setTitle(e.currentTarget.value);
              setError(null);
            }}
            error={error ? t(error) : titleServer}
          />
          <FormButtons submitLabel={t('proposals.groups.create')} onCancel={onClose} loading={save.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
