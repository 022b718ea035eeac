import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowsExchange, IconGitMerge, IconInfoCircle } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageBreadcrumbs } from '../../ui/PageBreadcrumbs';
import { PageHeader } from '../../ui/PageHeader';
import { Spinner } from '../../ui/Spinner';
import { useUrlState } from '../../ui/useUrlState';
import { mergePartners, useInvalidatePartners, usePartner } from './api';
import { defaultPicks, pickBody, type MergePicks } from './merge';
import { MergeTable } from './MergeTable';
import { partnerName } from './names';
import { PartnerName } from './PartnerName';
import { PartnerSelect } from './PartnerSelect';

/** `/partners/merge?survivor=…&merged=…`: the merged record disappears into the survivor. */
export function MergePage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const invalidate = useInvalidatePartners();
  const [u, setU] = useUrlState(['survivor', 'merged'] as const);
  const survivor = usePartner(u.survivor || null);
  const merged = usePartner(u.merged || null);
  const [picks, setPicks] = useState<MergePicks | null>(null);
  const [confirm, setConfirm] = useState(false);

  const s = survivor.data;
  const m = merged.data;
  // New pair (or swapped): start again from the defaults.
  useEffect(() => {
    setPicks(s && m ? defaultPicks(s, m) : null);
  }, [s?.id, m?.id]);

  const merge = useMutation({
    mutationFn: () => mergePartners({ survivorId: s!.id, mergedId: m!.id, pick: pickBody(s!, m!, picks!) }),
    onSuccess: async (res) => {
      notifications.show({ color: 'green', message: t('partners.merge.done') });
      navigate(`/partners/${res?.id ?? s!.id}`, { replace: true });
      await invalidate([m!.id]);
    },
  });

  const chooser = (which: 'survivor' | 'merged') => (
    <PartnerSelect
      label={t(which === 'survivor' ? 'partners.merge.chooseSurvivor' : 'partners.merge.chooseMerged')}
      placeholder={t('partners.pick.typeToSearch')}
      excludeIds={[u.survivor, u.merged].filter(Boolean)}
      value={null}
      onChange={(id) => id && setU({ [which]: id })}
      maw={520}
    />
  );

  const error = survivor.error ?? merged.error;
  return (
    <>
      <PageBreadcrumbs trail={[{ to: '/partners', label: t('partners.title') }, { to: '/partners/duplicates', label: t('partners.duplicates.title') }]} current={t('partners.merge.title')} />
      <PageHeader title={t('partners.merge.title')} description={t('partners.merge.intro')} />
      <Stack>
        {error && <ErrorAlert error={error} />}
        {(!u.survivor || !u.merged) && (
          <Paper withBorder p="md">
            <Stack>
              {(s ?? m) && (
                <div>
                  <Text size="xs" c="dimmed" fw={600} tt="uppercase">
                    {t(s ? 'partners.merge.survivor' : 'partners.merge.merged')}
                  </Text>
                  <PartnerName partner={(s ?? m)!} link />
                </div>
              )}
              {chooser(u.survivor ? 'merged' : 'survivor')}
            </Stack>
          </Paper>
        )}
        {(survivor.isFetching || merged.isFetching) && !(s && m) && (
          <Spinner small />
        )}
        {s && m && picks && (
          <>
            <Alert variant="light" icon={<IconInfoCircle size={18} aria-hidden />}>
              {t('partners.merge.explain', { merged: partnerName(m, i18n.language), survivor: partnerName(s, i18n.language) })}
            </Alert>
            {(!s.can.merge || !m.can.merge) && <Alert color="orange">{t('partners.merge.notAllowed')}</Alert>}
            <Paper withBorder>
              <MergeTable survivor={s} merged={m} picks={picks} onPick={(f, side) => setPicks({ ...picks, [f]: side })} />
            </Paper>
            <Group justify="space-between">
              <Button variant="default" leftSection={<IconArrowsExchange size={16} aria-hidden />} onClick={() => setU({ survivor: m.id, merged: s.id })}>
                {t('partners.merge.swap')}
              </Button>
              <Group>
                <Button variant="default" component={Link} to={`/partners/${s.id}`}>
                  {t('common.cancel')}
                </Button>
                <Button color="red" leftSection={<IconGitMerge size={16} aria-hidden />} onClick={() => setConfirm(true)}>
                  {t('partners.merge.submit')}
                </Button>
              </Group>
            </Group>
            <Text size="xs" c="dimmed">
              {t('partners.merge.movesHint')}
            </Text>
          </>
        )}
      </Stack>
      {s && m && (
        <ConfirmModal
          opened={confirm}
          title={t('partners.merge.confirmTitle')}
          message={t('partners.merge.confirm', { merged: partnerName(m, i18n.language), survivor: partnerName(s, i18n.language) })}
          confirmLabel={t('partners.merge.submit')}
          danger
          loading={merge.isPending}
          error={merge.error}
          onConfirm={() => merge.mutate()}
          onClose={() => {
            setConfirm(false);
            merge.reset();
          }}
        />
      )}
    </>
  );
}
