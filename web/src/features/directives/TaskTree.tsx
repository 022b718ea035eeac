import { ActionIcon, Anchor, Badge, Button, Group, Menu, Table, Text } from '@mantine/core';
import { IconChevronDown, IconChevronRight, IconDots, IconPlus } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { DataTable } from '../../ui/DataTable';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { formatDate } from '../../ui/format';
import { Spinner } from '../../ui/Spinner';
import { unitName } from '../../ui/unitName';
import { ProgressView } from '../tasks/ProgressView';
import type { TaskGroup } from '../tasks/types';
import { useDirectiveTree } from './api';
import { allExpandable, buildRows, initialExpanded, type TreeRow } from './tree';
import type { Directive } from './types';

interface Props {
  directive: Directive;
  onEditGroup: (g: TaskGroup | 'new') => void;
  onDeleteGroup: (g: TaskGroup) => void;
}

/** Groups → tasks → the units' plans → their sub-tasks, each with its progress; overdue marked. */
export function TaskTree({ directive: d, onEditGroup, onDeleteGroup }: Props) {
  const { t, i18n } = useTranslation();
  const tree = useDirectiveTree(d.id);
  const [expanded, setExpanded] = useState<Set<string> | null>(null);
  useEffect(() => {
    if (tree.data && !expanded) setExpanded(initialExpanded(tree.data));
  }, [tree.data]);
  const rows = useMemo(() => (tree.data && expanded ? buildRows(tree.data, expanded, t('directives.tree.ungrouped')) : []), [tree.data, expanded, t]);
  const groups = useMemo(() => new Map((tree.data?.groups ?? []).map((g) => [`group:${g.id}`, g])), [tree.data]);
  if (tree.isError) return <ErrorAlert error={tree.error} />;
  if (!tree.data || !expanded) return <Spinner small />;
  const toggle = (id: string) =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const title = (r: TreeRow) => (r.kind === 'group' ? [r.number, r.title].filter(Boolean).join('. ') : r.kind === 'task' ? [r.task.number, r.task.title].filter(Boolean).join('. ') : `${r.plan.code} — ${r.plan.title}`);
  return (
    <>
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Group gap="xs">
          <Button size="xs" variant="default" onClick={() => setExpanded(allExpandable(tree.data))}>
            {t('directives.tree.expandAll')}
          </Button>
          <Button size="xs" variant="default" onClick={() => setExpanded(new Set())}>
            {t('directives.tree.collapseAll')}
          </Button>
        </Group>
        {d.can.addTask && (
          <Group gap="xs">
            <Button size="xs" variant="default" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => onEditGroup('new')}>
              {t('directives.groups.add')}
            </Button>
            <Button size="xs" component={Link} to={`/tasks/new?directiveId=${d.id}`} leftSection={<IconPlus size={14} aria-hidden />}>
              {t('directives.tree.addTask')}
            </Button>
          </Group>
        )}
      </Group>
      <DataTable caption={t('directives.tabs.tree')} columns={[t('directives.tree.item'), t('tasks.fields.leadUnit'), t('tasks.fields.dueOn'), { label: t('directives.fields.progress'), w: 330 }]} actions={d.can.update} minWidth={1000}>
        {rows.length === 0 && (
          <Table.Tr>
            <Table.Td colSpan={d.can.update ? 5 : 4}>
              <Text c="dimmed" ta="center" p="md">
                {t('directives.tree.empty')}
              </Text>
            </Table.Td>
          </Table.Tr>
        )}
        {rows.map((r) => {
          const label = title(r);
          const open = expanded.has(r.id);
          const group = r.kind === 'group' ? groups.get(r.id) : undefined;
          return (
            <Table.Tr key={r.id} bg={r.kind === 'group' ? 'var(--mantine-color-gray-0)' : undefined} data-testid={r.kind === 'task' ? `tree-task-${r.id}` : undefined}>
              <Table.Td>
                <Group gap={4} wrap="nowrap" pl={r.depth * 22}>
                  {r.expandable ? (
                    <ActionIcon variant="subtle" size="sm" aria-expanded={open} aria-label={t(open ? 'directives.tree.collapse' : 'directives.tree.expand', { title: label })} onClick={() => toggle(r.id)}>
                      {open ? <IconChevronDown size={14} aria-hidden /> : <IconChevronRight size={14} aria-hidden />}
                    </ActionIcon>
                  ) : (
                    <span style={{ width: 22, display: 'inline-block' }} />
                  )}
                  {r.kind === 'group' ? (
                    <Text fw={700} size="sm">
                      {label}
                    </Text>
                  ) : r.kind === 'plan' ? (
                    <Group gap={6} wrap="nowrap">
                      <Badge size="xs" variant="outline" tt="none">
                        {t('directives.tree.plan', { unit: unitName(r.plan.ownerUnit, i18n.language) })}
                      </Badge>
                      <Anchor component={Link} to={`/directives/${r.plan.id}`} size="sm">
                        {label}
                      </Anchor>
                    </Group>
                  ) : (
                    <Anchor component={Link} to={`/tasks/${r.task.id}`} size="sm">
                      {label}
                    </Anchor>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>{r.kind === 'task' ? unitName(r.task.leadUnit, i18n.language) : r.kind === 'plan' ? unitName(r.plan.ownerUnit, i18n.language) : ''}</Table.Td>
              <Table.Td>
                {r.kind === 'task' && r.task.dueOn && (
                  <Text size="sm" c={r.task.overdue ? 'red' : undefined} fw={r.task.overdue ? 600 : undefined}>
                    {formatDate(r.task.dueOn, i18n.language)}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {r.kind === 'task' ? (
                  <ProgressView percent={r.task.percent} status={r.task.effectiveStatus} overdue={r.task.overdue} size="sm" label={t('tasks.progressOf', { title: label })} />
                ) : r.kind === 'group' && r.progress ? (
                  <ProgressView percent={r.progress.percent} status={r.progress.status} size="sm" label={t('tasks.progressOf', { title: label })} />
                ) : null}
              </Table.Td>
              {d.can.update && (
                <Table.Td>
                  {group && (
                    <Menu position="bottom-end">
                      <Menu.Target>
                        <ActionIcon variant="subtle" aria-label={t('directives.groups.menu', { title: label })}>
                          <IconDots size={16} aria-hidden />
                        </ActionIcon>
                      </Menu.Target>
                      <Menu.Dropdown>
                        <Menu.Item component={Link} to={`/tasks/new?directiveId=${d.id}&groupId=${group.id}`}>
                          {t('directives.tree.addTask')}
                        </Menu.Item>
                        <Menu.Item onClick={() => onEditGroup(group)}>{t('common.edit')}</Menu.Item>
                        <Menu.Item color="red" onClick={() => onDeleteGroup(group)}>
                          {t('common.delete')}
                        </Menu.Item>
                      </Menu.Dropdown>
                    </Menu>
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          );
        })}
      </DataTable>
    </>
  );
}
