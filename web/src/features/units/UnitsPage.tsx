import { Grid, Loader, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { SearchInput } from '../../ui/SearchInput';
import { unitName } from '../../ui/unitName';
import { deleteUnit, useInvalidateUnits, useUnitTree } from './api';
import { MoveUnitModal } from './MoveUnitModal';
import { buildTree, filterTree } from './tree';
import { UnitDetails } from './UnitDetails';
import { UnitFormModal, type UnitFormTarget } from './UnitFormModal';
import { UnitTree } from './UnitTree';

type Dialog = { kind: 'form'; target: UnitFormTarget } | { kind: 'move' } | { kind: 'delete' } | null;

export function UnitsPage() {
  const { t, i18n } = useTranslation();
  const tree = useUnitTree();
  const units = useMemo(() => tree.data ?? [], [tree.data]);
  const roots = useMemo(() => buildTree(units), [units]);
  const [query, setQuery] = useState('');
  const visible = useMemo(() => filterTree(roots, query), [roots, query]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  const [dialog, setDialog] = useState<Dialog>(null);
  const invalidate = useInvalidateUnits();

  // Start with the top of the tree open and selected.
  useEffect(() => {
    if (!roots.length) return;
    if (!selectedId || !units.some((u) => u.id === selectedId)) setSelectedId(roots[0]!.unit.id);
    setExpanded((prev) => (prev.size ? prev : new Set(roots.map((r) => r.unit.id))));
  }, [roots, units, selectedId]);

  const selected = units.find((u) => u.id === selectedId) ?? null;

  const toggle = (id: string) =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const remove = useMutation({
    mutationFn: (id: string) => deleteUnit(id),
    onSuccess: async () => {
      notifications.show({ color: 'green', message: t('units.deleted') });
      setSelectedId(selected?.parentId ?? null);
      setDialog(null);
      await invalidate();
    },
  });

  return (
    <>
      <PageHeader title={t('units.title')} description={t('units.intro')} />
      {tree.isPending ? (
        <Loader aria-label={t('common.loading')} />
      ) : tree.isError ? (
        <ErrorAlert error={tree.error} />
      ) : (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Paper withBorder p="md" component="section" aria-labelledby="units-tree-title">
              <Stack gap="sm">
                <Text id="units-tree-title" fw={600} size="sm" component="h2" m={0}>
                  {t('units.structure')}
                </Text>
                <SearchInput
                  label={t('units.search')}
                  placeholder={t('units.searchPlaceholder')}
                  value={query}
                  onChange={(e) => setQuery(e.currentTarget.value)}
                />
                {visible.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('common.noResults')}
                  </Text>
                ) : (
                  <UnitTree
                    nodes={visible}
                    selectedId={selectedId}
                    expanded={expanded}
                    forceExpanded={query.trim() !== ''}
                    onSelect={setSelectedId}
                    onToggle={toggle}
                  />
                )}
              </Stack>
            </Paper>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 7 }}>
            {selected ? (
              <UnitDetails
                unit={selected}
                units={units}
                onSelect={setSelectedId}
                onCreateChild={() => setDialog({ kind: 'form', target: { mode: 'create', parent: selected } })}
                onEdit={() => setDialog({ kind: 'form', target: { mode: 'edit', unit: selected } })}
                onMove={() => setDialog({ kind: 'move' })}
                onDelete={() => {
                  remove.reset();
                  setDialog({ kind: 'delete' });
                }}
              />
            ) : (
              <Paper withBorder p="lg">
                <Text c="dimmed">{t('units.selectHint')}</Text>
              </Paper>
            )}
          </Grid.Col>
        </Grid>
      )}
      {dialog?.kind === 'form' && (
        <UnitFormModal
          key={dialog.target.mode === 'edit' ? `edit-${dialog.target.unit.id}` : `create-${dialog.target.parent.id}`}
          target={dialog.target}
          onClose={() => setDialog(null)}
          onSaved={(unit) => {
            const target = dialog.target;
            if (target.mode === 'create') {
              setExpanded((prev) => new Set(prev).add(target.parent.id));
              setSelectedId(unit.id);
            }
            setDialog(null);
          }}
        />
      )}
      {dialog?.kind === 'move' && selected && <MoveUnitModal unit={selected} units={units} onClose={() => setDialog(null)} />}
      {selected && (
        <ConfirmModal
          opened={dialog?.kind === 'delete'}
          title={t('units.deleteTitle')}
          message={t('units.deleteConfirm', { name: unitName(selected, i18n.language) })}
          confirmLabel={t('common.delete')}
          danger
          loading={remove.isPending}
          error={remove.error}
          onConfirm={() => remove.mutate(selected.id)}
          onClose={() => setDialog(null)}
        />
      )}
    </>
  );
}
