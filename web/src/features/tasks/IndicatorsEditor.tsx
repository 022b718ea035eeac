import { Button, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DeleteAction } from '../../ui/DeleteAction';
import { newRowKey, type IndicatorField, type IndicatorRow, type RowErrors } from './formModel';

interface Props {
  value: IndicatorRow[];
  onChange: (rows: IndicatorRow[]) => void;
  errors: RowErrors<IndicatorField>;
}

/** The task's indicators: name, unit of measure, baseline and target, one row each. */
export function IndicatorsEditor({ value, onChange, errors }: Props) {
  const { t } = useTranslation();
  const set = (key: string, patch: Partial<IndicatorRow>) => onChange(value.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const err = (key: string, f: IndicatorField) => {
    const e = errors[key]?.[f];
    return e ? t(e) : undefined;
  };
  return (
    <Stack gap="xs">
      {value.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('tasks.form.noIndicators')}
        </Text>
      )}
      {value.map((r, i) => (
        <Group key={r.key} align="flex-start" wrap="nowrap" gap="xs" role="group" aria-label={t('tasks.form.indicatorN', { n: i + 1 })}>
          <SimpleGrid cols={{ base: 1, sm: 4 }} spacing="xs" style={{ flex: 1 }}>
            <TextInput label={t('tasks.fields.indicatorName')} required value={r.name} onChange={(e) => set(r.key, { name: e.currentTarget.value })} error={err(r.key, 'name')} />
            <TextInput label={t('tasks.fields.unitOfMeasure')} value={r.unitOfMeasure} onChange={(e) => set(r.key, { unitOfMeasure: e.currentTarget.value })} error={err(r.key, 'unitOfMeasure')} />
            <TextInput label={t('tasks.fields.baseline')} inputMode="decimal" value={r.baseline} onChange={(e) => set(r.key, { baseline: e.currentTarget.value })} error={err(r.key, 'baseline')} />
            <TextInput label={t('tasks.fields.target')} inputMode="decimal" value={r.target} onChange={(e) => set(r.key, { target: e.currentTarget.value })} error={err(r.key, 'target')} />
          </SimpleGrid>
          <DeleteAction mt={28} label={t('tasks.form.removeIndicator', { n: i + 1 })} onClick={() => onChange(value.filter((x) => x.key !== r.key))} />
        </Group>
      ))}
      <Group>
        <Button
          variant="default"
          size="xs"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={() => onChange([...value, { key: newRowKey(), name: '', unitOfMeasure: '', baseline: '', target: '' }])}
        >
          {t('tasks.form.addIndicator')}
        </Button>
      </Group>
    </Stack>
  );
}
