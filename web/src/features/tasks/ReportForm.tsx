import { Button, Group, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../ui/api';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useApiForm } from '../../ui/useApiForm';
import { createReport, updateReport, useInvalidateTasks } from './api';
import { useTaskOptions } from './labels';
import { periodLabel, periodOptions, todayInVietnam } from './periods';
import { emptyReportValues, reportRules, toReportInput, valueErrorIndicator, valueRule, valuesFromReport, type ReportFormValues } from './reportModel';
import type { ProgressStatus, Report, ReportInput, Task } from './types';

interface Props {
  task: Task;
  /** A draft or returned report being edited; absent: a new one. */
  report?: Report;
  onDone: () => void;
}

/** Files a progress report (or edits a draft): period from the cadence, status, percent, indicator values, narrative. */
export function ReportForm({ task, report, onDone }: Props) {
  const { t } = useTranslation();
  const options = useTaskOptions();
  const invalidate = useInvalidateTasks();
  const periods = useMemo(
    () => periodOptions(task.cadence, todayInVietnam(), task.startOn, 8, [report?.period ?? '', task.nextReport?.period ?? '']),
    [task, report],
  );
  const initial = report ? valuesFromReport(report) : emptyReportValues(task.nextReport && !task.nextReport.filed ? task.nextReport.period : (periods[0] ?? ''));
  const form = useApiForm<ReportFormValues>({ initialValues: initial, validate: reportRules });
  const v = form.values;
  const [valueErrors, setValueErrors] = useState<Record<string, string>>({});

  const save = useMutation({
    mutationFn: (body: ReportInput) => (report ? updateReport(report.id, body) : createReport(task.id, body)),
    onSuccess: async (_r, body) => {
      await invalidate();
      notifications.show({ color: 'green', message: t(body.submit ? 'tasks.report.submitted' : 'tasks.report.savedDraft') });
      onDone();
    },
    onError: (e, body) => {
      if (e instanceof ApiError) {
        const rest: Record<string, string> = {};
        const byIndicator: Record<string, string> = {};
        for (const [path, text] of Object.entries(e.fields)) {
          const ind = valueErrorIndicator(path, body);
          if (ind) byIndicator[ind] = text;
          else rest[path] = text;
        }
        setValueErrors(byIndicator);
        form.setServerError(new ApiError(e.status, e.code, e.message, rest));
      } else form.setServerError(e);
    },
  });

  // A PATCH may not submit: the draft is saved, then submitted by its own transition (ReportsTab).
  const send = (submit: boolean) =>
    form.onSubmit((values) => {
      setValueErrors({});
      const body = toReportInput(values, task.indicators, submit);
      save.mutate(report ? { ...body, submit: undefined } : body);
    })();

  const periodData = periods.map((p) => {
    const l = periodLabel(p);
    return { value: p, label: t(l.key, l.values) };
  });

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        send(false);
      }}
      noValidate
      aria-labelledby="report-form-title"
    >
      <Stack gap="sm">
        <Title order={3} fz="md" id="report-form-title">
          {report ? t('tasks.report.editTitle') : t('tasks.report.newTitle')}
        </Title>
        <ErrorAlert error={form.formError} details={form.extraFieldErrors} />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <Select label={t('tasks.fields.period')} data={periodData} required allowDeselect={false} disabled={!!report} {...form.selectProps('period')} />
          <Select
            label={t('tasks.fields.status')}
            data={options.statuses}
            required
            allowDeselect={false}
            value={v.status || null}
            onChange={(x) => {
              form.setFieldValue('status', (x ?? '') as ProgressStatus);
              if (x === 'done') form.setFieldValue('percent', '100');
            }}
            error={form.errors.status}
          />
          <NumberInput label={t('tasks.fields.percent')} required min={0} max={100} allowDecimal={false} suffix=" %" value={v.percent} onChange={(x) => form.setFieldValue('percent', String(x))} error={form.errors.percent} />
        </SimpleGrid>
        {task.indicators.length > 0 && (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {task.indicators.map((i) => (
              <TextInput
                key={i.id}
                label={i.unitOfMeasure ? `${i.name} (${i.unitOfMeasure})` : i.name}
                description={i.target ? t('tasks.report.target', { target: i.target }) : undefined}
                inputMode="decimal"
                value={v.values[i.id] ?? ''}
                onChange={(e) => form.setFieldValue('values', { ...v.values, [i.id]: e.currentTarget.value })}
                error={valueErrors[i.id] ?? (form.errors.values && (v.values[i.id] ?? '').trim() && valueRule(v.values[i.id]) ? form.errors.values : undefined)}
              />
            ))}
          </SimpleGrid>
        )}
        <Textarea label={t('tasks.fields.narrative')} autosize minRows={3} maxRows={12} {...form.getInputProps('narrative')} onChange={(e) => form.setFieldValue('narrative', e.currentTarget.value)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" variant={report ? 'filled' : 'default'} loading={save.isPending && !save.variables?.submit}>
            {t('tasks.report.saveDraft')}
          </Button>
          {!report && (
            <Button onClick={() => send(true)} loading={save.isPending && !!save.variables?.submit}>
              {t('tasks.report.submit')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
