import { Anchor, Badge, Breadcrumbs, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowsMove, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../ui/types';
import { unitName } from '../../ui/unitName';
import { ancestry } from './tree';

interface Props {
  unit: Unit;
  units: Unit[];
  onSelect: (id: string) => void;
  onCreateChild: () => void;
  onEdit: () => void;
  onMove: () => void;
  onDelete: () => void;
}

function Field({ label, children, lang }: { label: string; children: React.ReactNode; lang?: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} mb={2}>
        {label}
      </Text>
      <Text size="sm" lang={lang} component="div">
        {children}
      </Text>
    </div>
  );
}

/** The selected unit; actions appear only when the server's `can` allows them. */
export function UnitDetails({ unit, units, onSelect, ...actions }: Props) {
  const { t, i18n } = useTranslation();
  const path = ancestry(units, unit.id);
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="unit-title">
      <Stack gap="md">
        {path.length > 1 && (
          <Breadcrumbs separator="›" fz="xs">
            {path.slice(0, -1).map((u) => (
              <Anchor key={u.id} component="button" type="button" size="xs" onClick={() => onSelect(u.id)}>
                {unitName(u, i18n.language)}
              </Anchor>
            ))}
          </Breadcrumbs>
        )}
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <div>
            <Title order={2} fz="xl" id="unit-title">
              {unitName(unit, i18n.language)}
            </Title>
            <Group gap={6} mt={6}>
              <Badge variant="light">{t(`kinds.${unit.kind}`)}</Badge>
              <Badge variant="light" color="grape">
                {t(`pillars.${unit.pillar}`)}
              </Badge>
              <Badge variant="light" color="teal">
                {t(`levels.${unit.level}`)}
              </Badge>
            </Group>
          </div>
          <Group gap="xs">
            {unit.can.createChild && (
              <Button size="sm" leftSection={<IconPlus size={16} aria-hidden />} onClick={actions.onCreateChild}>
                {t('units.addChild')}
              </Button>
            )}
            {unit.can.update && (
              <Button size="sm" variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={actions.onEdit}>
                {t('common.edit')}
              </Button>
            )}
            {unit.can.move && (
              <Button size="sm" variant="default" leftSection={<IconArrowsMove size={16} aria-hidden />} onClick={actions.onMove}>
                {t('units.move')}
              </Button>
            )}
            {unit.can.delete && (
              <Button size="sm" variant="light" color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={actions.onDelete}>
                {t('common.delete')}
              </Button>
            )}
          </Group>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <Field label={t('fields.nameVi')} lang="vi">
            {unit.nameVi}
          </Field>
          <Field label={t('fields.nameEn')} lang="en">
            {unit.nameEn}
          </Field>
          <Field label={t('fields.nameFr')} lang="fr">
            {unit.nameFr}
          </Field>
          <Field label={t('units.subUnits')}>{unit.childCount}</Field>
          <Field label={t('units.members')}>{unit.userCount}</Field>
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
