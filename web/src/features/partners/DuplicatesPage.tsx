import { Badge, Button, Group, Paper, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconGitMerge, IconX } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { DataTable } from '../../ui/DataTable';
import { ErrorAlert, useErrorText } from '../../ui/ErrorAlert';
import { PageBreadcrumbs } from '../../ui/PageBreadcrumbs';
import { PageHeader } from '../../ui/PageHeader';
import { Pager } from '../../ui/Pager';
import { TableStatusRows } from '../../ui/TableStatusRows';
import { useUrlState } from '../../ui/useUrlState';
import { dismissDuplicate, useDuplicatePairs, useInvalidatePartners } from './api';
import { useLabels } from './labels';
import { formatScore, partnerName, scoreColor } from './names';
import { PartnerName } from './PartnerName';
import { useCountries } from './referenceData';
import type { DuplicatePair, PartnerSummary } from './types';

/** Pairs of partners that look like the same one, most likely first. */
export function DuplicatesPage() {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  const countries = useCountries();
  const [u, setU] = useUrlState(['page', 'limit'] as const);
  const page = Number(u.page) || 1;
  const limit = Number(u.limit) || 20;
  const list = useDuplicatePairs(page, limit);
  const errorText = useErrorText();
  const invalidate = useInvalidatePartners();
  const dismiss = useMutation({
    mutationFn: (pair: DuplicatePair) => dismissDuplicate(pair.a.id, pair.b.id),
    onSuccess: async () => {
      notifications.show({ color: 'green', message: t('partners.duplicates.dismissed') });
      await invalidate();
    },
    onError: (e) => notifications.show({ color: 'red', message: errorText(e) }),
  });
  const pairName = (pair: DuplicatePair) => ({ a: partnerName(pair.a, i18n.language), b: partnerName(pair.b, i18n.language) });

  const cell = (p: PartnerSummary) => (
    <Table.Td>
      <PartnerName partner={p} link />
      <Text size="xs" c="dimmed">
        {[labels.type(p.type), countries.name(p.countryCode), p.city].filter(Boolean).join(' · ')}
      </Text>
    </Table.Td>
  );

  return (
    <>
      <PageBreadcrumbs trail={[{ to: '/partners', label: t('partners.title') }]} current={t('partners.duplicates.title')} />
      <PageHeader title={t('partners.duplicates.title')} description={t('partners.duplicates.intro')} />
      <Paper withBorder>
        {list.isError ? (
          <ErrorAlert error={list.error} />
        ) : (
          <DataTable
            minWidth={820}
            verticalSpacing="sm"
            highlightOnHover
            caption={t('partners.duplicates.caption')}
            columns={[
              t('partners.duplicates.first'),
              t('partners.duplicates.second'),
              t('partners.duplicates.score'),
              t('partners.duplicates.reasons'),
            ]}
            actions
          >
            <TableStatusRows loading={list.isPending} empty={(list.data?.items.length ?? 0) === 0} colSpan={5} />
            {list.data?.items.map((pair) => (
              <Table.Tr key={`${pair.a.id}-${pair.b.id}`}>
                {cell(pair.a)}
                {cell(pair.b)}
                <Table.Td>
                  <Badge variant="light" color={scoreColor(pair.score)}>
                    {formatScore(pair.score)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {pair.reasons.map((r) => (
                      <Badge key={r} size="sm" variant="outline" tt="none">
                        {labels.reason(r)}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td ta="right">
                  <Group gap="xs" justify="flex-end" wrap="nowrap">
                    <Button
                      size="xs"
                      variant="subtle"
                      color="gray"
                      leftSection={<IconX size={14} aria-hidden />}
                      loading={dismiss.isPending && dismiss.variables === pair}
                      onClick={() => dismiss.mutate(pair)}
                      aria-label={t('partners.duplicates.dismissPair', pairName(pair))}
                    >
                      {t('partners.duplicates.dismiss')}
                    </Button>
                    <Button
                      component={Link}
                      to={`/partners/merge?survivor=${pair.a.id}&merged=${pair.b.id}`}
                      size="xs"
                      variant="light"
                      leftSection={<IconGitMerge size={14} aria-hidden />}
                      aria-label={t('partners.duplicates.mergePair', pairName(pair))}
                    >
                      {t('partners.merge.action')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </DataTable>
        )}
      </Paper>
      {list.data && (
        <Pager page={page} limit={limit} total={list.data.total} onPage={(p) => setU({ page: p }, false)} onLimit={(l) => setU({ limit: l })} />
      )}
    </>
  );
}
