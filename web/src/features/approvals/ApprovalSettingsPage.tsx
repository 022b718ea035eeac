import { Alert, Anchor, Badge, Button, Checkbox, Group, NumberInput, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { rangeOf } from '../../api/rules';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { Spinner } from '../../ui/Spinner';
import { useUrlState } from '../../ui/useUrlState';
import { useMe } from '../auth/api';
import { KIND_LABELS } from '../engagements/labels';
import { ENGAGEMENT_KINDS, type EngagementKind } from '../engagements/types';
import { useUnitTree } from '../units/api';
import { UnitSelect } from '../units/UnitSelect';
import { approvalsKey, saveEngagementSettings, useEngagementSettings, type EngagementSettings, type SettingsInput } from './api';

const CLASH_WINDOW = rangeOf('PUT /units/{id}/engagement-settings', 'clashWindowDays');

/** Which kinds need approval in a unit (and below it), and how close two engagements with one partner count as a clash. */
export function ApprovalSettingsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const tree = useUnitTree();
  const [u, setU] = useUrlState(['unitId'] as const);
  // Only units the user may configure are offered.
  const manageable = useMemo(() => (tree.data ?? []).filter((x) => x.can.update), [tree.data]);
  const exclude = useMemo(() => new Set((tree.data ?? []).filter((x) => !x.can.update).map((x) => x.id)), [tree.data]);
  const ownUnit = me.data?.user.unitId;
  const unitId =
    (u.unitId && manageable.some((x) => x.id === u.unitId) ? u.unitId : null) ??
    (manageable.some((x) => x.id === ownUnit) ? ownUnit! : (manageable[0]?.id ?? null));
  const settings = useEngagementSettings(unitId);

  return (
    <>
      <PageHeader
        title={t('approvals.settings.title')}
        description={t('approvals.settings.intro')}
        actions={
          <Button component={Link} to="/approvals" variant="default" leftSection={<IconArrowLeft size={16} aria-hidden />}>
            {t('approvals.title')}
          </Button>
        }
      />
      {tree.isError && <ErrorAlert error={tree.error} />}
      {tree.isPending ? (
        <Spinner />
      ) : manageable.length === 0 ? (
        <Alert color="gray" variant="light">
          {t('approvals.settings.noUnits')}
        </Alert>
      ) : (
        <Stack>
          <Paper withBorder p="md">
            <UnitSelect
              label={t('approvals.settings.unit')}
              exclude={exclude}
              allowDeselect={false}
              value={unitId}
              onChange={(v) => setU({ unitId: v })}
              maw={480}
            />
          </Paper>
          {settings.isError && <ErrorAlert error={settings.error} />}
          {settings.isPending && unitId && (
            <Spinner small />
          )}
          {settings.data && unitId && <SettingsForm key={unitId} unitId={unitId} settings={settings.data} />}
        </Stack>
      )}
    </>
  );
}

function SettingsForm({ unitId, settings }: { unitId: string; settings: EngagementSettings }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [kinds, setKinds] = useState<string[]>(settings.approvalKinds);
  const [days, setDays] = useState<number | string>(settings.clashWindowDays);
  // The server's answer (after save, or another tab) resets the form.
  useEffect(() => {
    setKinds(settings.approvalKinds);
    setDays(settings.clashWindowDays);
  }, [settings]);

  const daysValid = typeof days === 'number' && Number.isInteger(days) && days >= CLASH_WINDOW.min && days <= CLASH_WINDOW.max;
  const dirty =
    days !== settings.clashWindowDays ||
    kinds.length !== settings.approvalKinds.length ||
    kinds.some((k) => !settings.approvalKinds.includes(k as EngagementKind));

  const save = useMutation({
    mutationFn: (body: SettingsInput) => saveEngagementSettings(unitId, body),
    onSuccess: async (saved, body) => {
      qc.setQueryData([...approvalsKey, 'settings', unitId], saved);
      notifications.show({ color: 'green', message: t(body.inherited ? 'approvals.settings.resetDone' : 'approvals.settings.saved') });
      // Child units may inherit from this one.
      await qc.invalidateQueries({ queryKey: [...approvalsKey, 'settings'] });
    },
  });

  const ordered = ENGAGEMENT_KINDS.filter((k) => kinds.includes(k));
  return (
    <Paper withBorder p="md" component="form" aria-label={t('approvals.settings.formLabel')} onSubmit={(e) => {
      e.preventDefault();
      if (daysValid) save.mutate({ approvalKinds: ordered, clashWindowDays: days as number });
    }} noValidate>
      <Stack>
        <Group gap="xs">
          {settings.inherited ? (
            <Badge color="gray" variant="light" tt="none">
              {t('approvals.settings.inherited')}
            </Badge>
          ) : (
            <Badge color="blue" variant="light" tt="none">
              {t('approvals.settings.own')}
            </Badge>
          )}
          <Text size="sm" c="dimmed">
            {settings.inherited ? t('approvals.settings.inheritedHint') : t('approvals.settings.ownHint')}
          </Text>
        </Group>
        <ErrorAlert error={save.error} />
        <Checkbox.Group label={t('approvals.settings.kinds')} description={t('approvals.settings.kindsHint')} value={kinds} onChange={setKinds}>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="xs" mt="xs">
            {ENGAGEMENT_KINDS.map((k) => (
              <Checkbox key={k} value={k} label={t(KIND_LABELS[k])} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <NumberInput
          label={t('approvals.settings.clashWindow')}
          description={t('approvals.settings.clashWindowHint')}
          min={0}
          max={CLASH_WINDOW.max}
          allowDecimal={false}
          allowNegative={false}
          clampBehavior="strict"
          value={days}
          onChange={setDays}
          error={daysValid ? undefined : t('approvals.settings.clashWindowInvalid', { max: CLASH_WINDOW.max })}
          maw={380}
        />
        <Group justify="space-between">
          {!settings.inherited ? (
            <Anchor
              component="button"
              type="button"
              size="sm"
              onClick={() => save.mutate({ approvalKinds: settings.approvalKinds, clashWindowDays: settings.clashWindowDays, inherited: true })}
            >
              {t('approvals.settings.reset')}
            </Anchor>
          ) : (
            <span />
          )}
          <Button type="submit" loading={save.isPending} disabled={!daysValid || (!dirty && !settings.inherited)}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
