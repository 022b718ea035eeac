import { ActionIcon, Badge, Group, Menu, Table, Text, Tooltip } from '@mantine/core';
import { IconDots, IconKey, IconLockOpen, IconPencil, IconUserCheck, IconUserOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../ui/DataTable';
import { TableStatusRows } from '../../ui/TableStatusRows';
import { formatDate, formatDateTime } from '../../ui/format';
import { SortHeader } from '../../ui/SortHeader';
import type { UserRow } from './api';
import { unitName } from '../../ui/unitName';

interface Props {
  items: UserRow[];
  loading: boolean;
  sort: string;
  onSort: (sort: string) => void;
  onEdit: (u: UserRow) => void;
  onPassword: (u: UserRow) => void;
  onDeactivate: (u: UserRow) => void;
  onReactivate: (u: UserRow) => void;
  onClearThrottle: (u: UserRow) => void;
}

const roleColor = { admin: 'red', manager: 'orange', officer: 'blue', viewer: 'gray' } as const;

export function UsersTable({ items, loading, sort, onSort, ...actions }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <DataTable
      minWidth={820}
      verticalSpacing="sm"
      highlightOnHover
      caption={t('users.tableCaption')}
      columns={[
        <SortHeader field="displayName" sort={sort} onSort={onSort}>
          {t('fields.displayName')}
        </SortHeader>,
        <SortHeader field="email" sort={sort} onSort={onSort}>
          {t('fields.email')}
        </SortHeader>,
        <SortHeader field="role" sort={sort} onSort={onSort}>
          {t('fields.role')}
        </SortHeader>,
        t('fields.unit'),
        t('fields.status'),
        <SortHeader field="createdAt" sort={sort} onSort={onSort}>
          {t('fields.createdAt')}
        </SortHeader>,
      ]}
      actions
    >
      <TableStatusRows loading={loading} empty={items.length === 0} colSpan={7} />
      {items.map((u) => (
        <Table.Tr key={u.id} opacity={u.active ? 1 : 0.65}>
          <Table.Td>
            <Text size="sm" fw={500}>
              {u.displayName}
            </Text>
          </Table.Td>
          <Table.Td>
            <Text size="sm">{u.email}</Text>
          </Table.Td>
          <Table.Td>
            <Badge variant="light" color={roleColor[u.role] ?? 'gray'}>
              {t(`roles.${u.role}`, { defaultValue: u.role })}
            </Badge>
          </Table.Td>
          <Table.Td>
            <Text size="sm">{unitName(u.unit, i18n.language)}</Text>
          </Table.Td>
          <Table.Td>
            <Group gap={6} wrap="nowrap">
              <Badge variant="dot" color={u.active ? 'green' : 'gray'}>
                {u.active ? t('users.active') : t('users.inactive')}
              </Badge>
              {u.throttledUntil && (
                <Tooltip label={t('users.throttledUntil', { time: formatDateTime(u.throttledUntil, i18n.language) })}>
                  <Badge variant="light" color="orange">
                    {t('users.throttled')}
                  </Badge>
                </Tooltip>
              )}
            </Group>
          </Table.Td>
          <Table.Td>
            <Text size="sm">{formatDate(u.createdAt, i18n.language)}</Text>
          </Table.Td>
          <Table.Td ta="right">
            {(u.can.update || u.can.deactivate || u.can.clearThrottle) && (
              <Menu position="bottom-end" withinPortal shadow="md">
                <Menu.Target>
                  <ActionIcon variant="subtle" color="gray" aria-label={t('users.actionsFor', { name: u.displayName })}>
                    <IconDots size={18} aria-hidden />
                  </ActionIcon>
                </Menu.Target>
                <Menu.Dropdown>
                  {u.can.update && (
                    <>
                      <Menu.Item leftSection={<IconPencil size={16} aria-hidden />} onClick={() => actions.onEdit(u)}>
                        {t('common.edit')}
                      </Menu.Item>
                      <Menu.Item leftSection={<IconKey size={16} aria-hidden />} onClick={() => actions.onPassword(u)}>
                        {t('users.setPassword')}
                      </Menu.Item>
                    </>
                  )}
                  {u.can.clearThrottle && (
                    <Menu.Item leftSection={<IconLockOpen size={16} aria-hidden />} onClick={() => actions.onClearThrottle(u)}>
                      {t('users.clearThrottle')}
                    </Menu.Item>
                  )}
                  {u.can.deactivate &&
                    (u.active ? (
                      <Menu.Item color="red" leftSection={<IconUserOff size={16} aria-hidden />} onClick={() => actions.onDeactivate(u)}>
                        {t('users.deactivate')}
                      </Menu.Item>
                    ) : (
                      <Menu.Item leftSection={<IconUserCheck size={16} aria-hidden />} onClick={() => actions.onReactivate(u)}>
                        {t('users.reactivate')}
                      </Menu.Item>
                    ))}
                </Menu.Dropdown>
              </Menu>
            )}
          </Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}
