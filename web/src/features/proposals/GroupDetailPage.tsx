import { Alert, Button, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconMessageReply } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { ApiError } from '../../ui/api';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { formatDateTime } from '../../ui/format';
import { PageBreadcrumbs } from '../../ui/PageBreadcrumbs';
import { PageHeader } from '../../ui/PageHeader';
import { Spinner } from '../../ui/Spinner';
import { answerGroup, removeFromGroup, useGroup, useInvalidateProposals } from './api';
import { StateCounts } from './GroupsPage';
import { ProposalsTable } from './ProposalsTable';
import { BODY_MAX } from './rules';

/** One group: its proposals, and one answer given to all of them that are still open. */
export function GroupDetailPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const group = useGroup(id);
  const invalidate = useInvalidateProposals();
  const [answer, setAnswer] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const send = useMutation({
    mutationFn: () => answerGroup(id, answer.trim()),
    onSuccess: async () => {
      setAnswer('');
      notifications.show({ color: 'green', message: t('proposals.groups.answered') });
      await invalidate();
    },
  });
  const remove = useMutation({
    mutationFn: (proposalId: string) => removeFromGroup(id, proposalId),
    onSuccess: async () => {
      setRemoving(null);
      await invalidate();
    },
  });
  if (group.isError) return <ErrorAlert error={group.error} />;
  if (!group.data) return <Spinner />;
  const g = group.data;
  const serverField = send.error instanceof ApiError ? send.error.fields.answer : undefined;
  const open = (g.states?.submitted ?? 0) + (g.states?.accepted ?? 0);
  const removingItem = g.proposals.find((p) => p.id === removing);

  return (
    <>
      <PageBreadcrumbs
        trail={[
          { to: '/proposals', label: t('proposals.title') },
          { to: '/proposals/groups', label: t('proposals.groups.title') },
        ]}
        current={g.title}
      />
      <PageHeader title={g.title} description={t('proposals.groups.countLine', { count: g.count })} />
      <Stack>
        <StateCounts states={g.states} />
        {g.answer && (
          <Alert color="teal" variant="light" icon={<IconMessageReply size={18} aria-hidden />} title={t('proposals.detail.answerTitle', { date: formatDateTime(g.answeredAt, i18n.language) })}>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {g.answer}
            </Text>
          </Alert>
        )}
        <Paper withBorder>
          <ProposalsTable items={g.proposals} loading={false} unitColumn="owner" />
        </Paper>
        {g.can.update && g.proposals.length > 0 && (
          <Paper withBorder p="md" component="section" aria-label={t('proposals.groups.members')}>
            <Title order={2} fz="md" mb="xs">
              {t('proposals.groups.members')}
            </Title>
            <Stack gap={4}>
              {g.proposals.map((p) => (
                <Button key={p.id} variant="subtle" color="red" size="compact-sm" style={{ alignSelf: 'flex-start' }} onClick={() => setRemoving(p.id)}>
                  {t('proposals.groups.remove', { code: p.code })}
                </Button>
              ))}
            </Stack>
          </Paper>
        )}
        {g.can.answer && open > 0 && (
          <Paper withBorder p="md" component="section" aria-labelledby="group-answer">
            <Title order={2} fz="lg" mb="xs" id="group-answer">
              {t('proposals.groups.answerAll')}
            </Title>
            <form
              noValidate
              onSubmit={(e) => {
                e.preventDefault();
                const err = answer.trim() ? null : 'validation.required';
                setError(err);
                if (!err) send.mutate();
              }}
            >
              <Stack gap="xs">
                <Text size="sm" c="dimmed">
                  {t('proposals.groups.answerHint', { count: open })}
                </Text>
                <ErrorAlert error={send.error && !serverField ? send.error : null} />
                <Textarea
                  label={t('proposals.fields.answer')}
                  required
                  autosize
                  minRows={5}
                  maxLength={BODY_MAX}
                  value={answer}
                  onChange={(e) => {
                    setAnswer(e.currentTarget.value);
                    setError(null);
                  }}
                  error={error ? t(error) : serverField}
                />
                <Button type="submit" loading={send.isPending} style={{ alignSelf: 'flex-end' }}>
                  {t('proposals.groups.sendAnswer')}
                </Button>
              </Stack>
            </form>
          </Paper>
        )}
      </Stack>
      <ConfirmModal
        opened={!!removing}
        onClose={() => setRemoving(null)}
        onConfirm={() => removing && remove.mutate(removing)}
        danger
        loading={remove.isPending}
        error={remove.error}
        title={t('proposals.groups.removeTitle')}
        message={t('proposals.groups.removeConfirm', { code: removingItem?.code ?? '' })}
        confirmLabel={t('proposals.groups.removeShort')}
      />
    </>
  );
}
