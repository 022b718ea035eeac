import { Button, Group, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { DatePickerInput, TimeInput } from '@mantine/dates';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { newSessionRow, type SessionRow } from './formModel';
import { type RowErrors, type SessionField } from './formRules';
import { DeleteAction } from '../../ui/DeleteAction';

interface Props {
  rows: SessionRow[];
  onChange: (rows: SessionRow[]) => void;
  /** The engagement's first and last day: a new session starts on the first; the picker stays within. */
  firstDay: string;
  lastDay: string;
  timeZone: string;
  clientErrors: RowErrors<SessionField>;
  serverErrors: RowErrors<SessionField>;
  onFieldEdited: (rowKey: string, field: SessionField) => void;
}

/** The agenda: sessions with a day, times (in the engagement's time zone), title, speakers and room. */
export function SessionsEditor({ rows, onChange, firstDay, lastDay, timeZone, clientErrors, serverErrors, onFieldEdited }: Props) {
  const { t } = useTranslation();
  const set = (key: string, field: SessionField, value: string) => {
    onChange(rows.map((r) => (r.key === key ? { ...r, [field]: value } : r)));
    onFieldEdited(key, field);
  };
  const error = (key: string, field: SessionField) => {
    const c = clientErrors[key]?.[field];
    return c ? t(c) : serverErrors[key]?.[field];
  };
  const last = rows[rows.length - 1];
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {rows.length === 0 ? t('engagements.sessions.none') : t('engagements.sessions.zoneHint', { zone: timeZone })}
      </Text>
      {rows.map((row, i) => {
        const n = i + 1;
        return (
          <Paper key={row.key} withBorder p="sm" component="fieldset" aria-label={t('engagements.sessions.rowN', { n })} style={{ margin: 0 }}>
            <Group align="flex-start" wrap="nowrap" gap="sm">
              <Stack gap="xs" style={{ flex: 1 }}>
                <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
                  <DatePickerInput
                    label={t('engagements.sessions.date')}
                    required
                    value={row.date || null}
                    onChange={(d) => set(row.key, 'date', d ? String(d).slice(0, 10) : '')}
                    minDate={firstDay || undefined}
                    maxDate={lastDay || undefined}
                    error={error(row.key, 'date')}
                  />
                  <TimeInput
                    label={t('engagements.sessions.startTime')}
                    required
                    value={row.startTime}
                    onChange={(e) => set(row.key, 'startTime', e.currentTarget.value)}
                    error={error(row.key, 'startTime')}
                  />
                  <TimeInput
                    label={t('engagements.sessions.endTime')}
                    value={row.endTime}
                    onChange={(e) => set(row.key, 'endTime', e.currentTarget.value)}
                    error={error(row.key, 'endTime')}
                  />
                </SimpleGrid>
                <TextInput
                  label={t('engagements.sessions.title')}
                  required
                  value={row.title}
                  onChange={(e) => set(row.key, 'title', e.currentTarget.value)}
                  error={error(row.key, 'title')}
                />
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                  <TextInput
                    label={t('engagements.sessions.speakers')}
                    value={row.speakers}
                    onChange={(e) => set(row.key, 'speakers', e.currentTarget.value)}
                    error={error(row.key, 'speakers')}
                  />
                  <TextInput label={t('engagements.sessions.room')} value={row.room} onChange={(e) => set(row.key, 'room', e.currentTarget.value)} error={error(row.key, 'room')} />
                </SimpleGrid>
              </Stack>
              <DeleteAction
                mt={30}
                iconSize={18}
                label={t('engagements.sessions.remove', { n })}
                onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
              />
            </Group>
          </Paper>
        );
      })}
      <Group>
        <Button
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden />}
          // A new session follows the previous one's day, else the first day.
          onClick={() => onChange([...rows, newSessionRow({ date: last?.date || firstDay })])}
        >
          {t('engagements.sessions.add')}
        </Button>
      </Group>
    </Stack>
  );
}
