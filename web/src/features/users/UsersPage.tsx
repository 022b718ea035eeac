import { Button, Paper, Select, SimpleGrid } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconUserPlus } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { ErrorAlert, useErrorText } from '../../ui/ErrorAlert';
import { FiltersPanel } from '../../ui/FiltersPanel';
import { PageHeader } from '../../ui/PageHeader';
import { Pager } from '../../ui/Pager';
import { useOptions } from '../../ui/options';
import { SearchInput } from '../../ui/SearchInput';
import { useUrlState } from '../../ui/useUrlState';
import { useMe } from '../auth/api';
import { UnitSelect } from '../units/UnitSelect';
import { clearLoginThrottle, updateUser, useInvalidateUsers, useUsers, type UserRow } from './api';
import { SetPasswordModal } from './SetPasswordModal';
import { UserFormModal } from './UserFormModal';
import { UsersTable } from './UsersTable';

type Dialog = { kind: 'create' } | { kind: 'edit' | 'password' | 'deactivate' | 'clearThrottle'; user: UserRow } | null;

const FILTER_KEYS = ['page', 'limit', 'q', 'unitId', 'role', 'active', 'sort'] as const;

export function UsersPage() {
  const { t } = useTranslation();
  const options = useOptions();
  const errorText = useErrorText();
  const me = useMe().data;
  const [f, setF] = useUrlState(FILTER_KEYS);
  const [search, setSearch] = useState(f.q);
  const [debounced] = useDebouncedValue(search, 300);
  const [dialog, setDialog] = useState<Dialog>(null);
  const invalidate = useInvalidateUsers();

  useEffect(() => {
    if (debounced !== f.q) setF({ q: debounced });
  }, [debounced, f.q, setF]);

  const page = Number(f.page) || 1;
  const limit = Number(f.limit) || 20;
  const sort = f.sort || 'displayName';
  const list = useUsers({ page, limit, q: f.q, unitId: f.unitId, role: f.role, active: f.active, sort });

  const setActive = useMutation({
    mutationFn: ({ user, active }: { user: UserRow; active: boolean }) => updateUser(user.id, { active }),
    onSuccess: async (_d, { active }) => {
      setDialog(null);
      notifications.show({ color: 'green', message: t(active ? 'users.reactivated' : 'users.deactivated') });
      await invalidate();
    },
    onError: (e, { active }) => {
      if (active) notifications.show({ color: 'red', message: errorText(e) });
    },
  });

  const clearThrottle = useMutation({
    mutationFn: (user: UserRow) => clearLoginThrottle(user.id),
    onSuccess: async () => {
      setDialog(null);
      notifications.show({ color: 'green', message: t('users.throttleCleared') });
      await invalidate();
    },
  });

  return (
    <>
      <PageHeader
        title={t('users.title')}
        description={t('users.intro')}
        actions={
          me?.can.manageUsers && (
            <Button leftSection={<IconUserPlus size={18} aria-hidden />} onClick={() => setDialog({ kind: 'create' })}>
              {t('users.new')}
            </Button>
          )
        }
      />
      <FiltersPanel>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
          <SearchInput
            placeholder={t('users.searchPlaceholder')}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
          />
          <UnitSelect label={t('fields.unit')} placeholder={t('common.all')} clearable value={f.unitId || null} onChange={(v) => setF({ unitId: v })} />
          <Select label={t('fields.role')} placeholder={t('common.all')} data={options.roles} clearable value={f.role || null} onChange={(v) => setF({ role: v })} />
          <Select
            label={t('fields.status')}
            placeholder={t('common.all')}
            clearable
            data={[
              { value: 'true', label: t('users.active') },
              { value: 'false', label: t('users.inactive') },
            ]}
            value={f.active || null}
            onChange={(v) => setF({ active: v })}
          />
        </SimpleGrid>
      </FiltersPanel>
      <Paper withBorder>
        {list.isError ? (
          <ErrorAlert error={list.error} />
        ) : (
          <UsersTable
            items={list.data?.items ?? []}
            loading={list.isPending}
            sort={sort}
            onSort={(s) => setF({ sort: s })}
            onEdit={(user) => setDialog({ kind: 'edit', user })}
            onPassword={(user) => setDialog({ kind: 'password', user })}
            onDeactivate={(user) => {
              setActive.reset();
              setDialog({ kind: 'deactivate', user });
            }}
            onReactivate={(user) => setActive.mutate({ user, active: true })}
            onClearThrottle={(user) => {
              clearThrottle.reset();
              setDialog({ kind: 'clearThrottle', user });
            }}
          />
        )}
      </Paper>
      {list.data && (
        <Pager
          page={page}
          limit={limit}
          total={list.data.total}
          onPage={(p) => setF({ page: p }, false)}
          onLimit={(l) => setF({ limit: l })}
        />
      )}
      {dialog?.kind === 'create' && <UserFormModal onClose={() => setDialog(null)} />}
      {dialog?.kind === 'edit' && <UserFormModal key={dialog.user.id} user={dialog.user} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'password' && <SetPasswordModal user={dialog.user} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'deactivate' && (
        <ConfirmModal
          opened
          title={t('users.deactivateTitle')}
          message={t('users.deactivateConfirm', { name: dialog.user.displayName })}
          confirmLabel={t('users.deactivate')}
          danger
          loading={setActive.isPending}
          error={setActive.error}
          onConfirm={() => setActive.mutate({ user: dialog.user, active: false })}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'clearThrottle' && (
        <ConfirmModal
          opened
          title={t('users.clearThrottle')}
          message={t('users.clearThrottleConfirm', { name: dialog.user.displayName })}
          confirmLabel={t('users.clearThrottle')}
          loading={clearThrottle.isPending}
          error={clearThrottle.error}
          onConfirm={() => clearThrottle.mutate(dialog.user)}
          onClose={() => setDialog(null)}
        />
      )}
    </>
  );
}
