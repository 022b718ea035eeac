import { Badge, Button, Table, Text } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TableStatusRows } from '../../ui/TableStatusRows';
import { formatDateTime } from '../../ui/format';
import type { AuditEntry } from '../../ui/types';
import { DiffView } from './DiffView';

const actionColor: Record<string, string> = {
  create: 'green',
  update: 'blue',
  delete: 'red',
  login: 'teal',
  login_failed: 'orange',
  logout: 'gray',
  role_change: 'grape',
  password_change: 'indigo',
  setup: 'cyan',
};

export function AuditTable({ items, loading }: { items: AuditEntry[]; loading: boolean }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState<Set<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('audit.at')}</Table.Th>
            <Table.Th scope="col">{t('audit.user')}</Table.Th>
            <Table.Th scope="col">{t('audit.action')}</Table.Th>
            <Table.Th scope="col">{t('audit.entity')}</Table.Th>
            <Table.Th scope="col">{t('audit.ip')}</Table.Th>
            <Table.Th scope="col">{t('audit.changes')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <TableStatusRows loading={loading} empty={items.length === 0} colSpan={6} />
          {items.map((e) => {
            const id = String(e.id);
            const expanded = open.has(id);
            return (
              <Fragment key={id}>
                <Table.Tr>
                  <Table.Td>
                    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                      {formatDateTime(e.at, i18n.language)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{e.userEmail ?? t('audit.system')}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={actionColor[e.action] ?? 'gray'}>
                      {t(`actions.${e.action}`, { defaultValue: e.action })}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {t(`entities.${e.entity}`, { defaultValue: e.entity })}
                      {e.entityId && (
                        <Text span size="xs" c="dimmed" ff="monospace" ml={6}>
                          {e.entityId.length > 12 ? `${e.entityId.slice(0, 8)}…` : e.entityId}
                        </Text>
                      )}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" ff="monospace">
                      {e.ip ?? ''}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      onClick={() => toggle(id)}
                      aria-expanded={expanded}
                      aria-controls={`audit-diff-${id}`}
                      leftSection={expanded ? <IconChevronDown size={14} aria-hidden /> : <IconChevronRight size={14} aria-hidden />}
                    >
                      {expanded ? t('audit.hideChanges') : t('audit.showChanges')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
                {expanded && (
                  <Table.Tr id={`audit-diff-${id}`} bg="gray.0">
                    <Table.Td colSpan={6}>
                      <DiffView diff={e.diff} redacted={e.redacted === true} />
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
