import { Modal, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, isApiError } from '../../ui/api';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { FormButtons } from '../../ui/FormButtons';
import { UnitSelect } from '../units/UnitSelect';
import { makeTask, useDirectiveOptions, useInvalidateProposals } from './api';
import { todayInVietnam } from './due';
import { useProposalOptions } from './labels';
import { BODY_MAX, taskBody, taskErrors, TITLE_MAX, type TaskValues } from './rules';
import type { Proposal } from './types';

const SHOWN = new Set(['answer', 'titleVi', 'leadUnitId', 'dueOn', 'cadence', 'directiveId']);

/** "We will do it": a task from the proposal (lead unit, due date, reporting cadence, optionally under a directive); answers it if still accepted. */
export function MakeTaskModal({ proposal: p, onClose }: { proposal: Proposal; onClose: () => void }) {
  const { t } = useTranslation();
  const options = useProposalOptions();
  const invalidate = useInvalidateProposals();
  const today = todayInVietnam();
  const [v, setV] = useState<TaskValues>({
    answer: '',
    titleVi: p.title,
    leadUnitId: p.handlingUnitId ?? p.targetUnitId,
    dueOn: p.dueOn && p.dueOn >= today ? p.dueOn : '',
    cadence: 'once',
    directiveId: '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [directiveSearch, setDirectiveSearch] = useState('');
  const [dq] = useDebouncedValue(directiveSearch, 300);
  const directives = useDirectiveOptions(dq);
  const set = <K extends keyof TaskValues>(k: K, val: TaskValues[K]) => {
    setV((x) => ({ ...x, [k]: val }));
    setErrors((x) => ({ ...x, [k]: '' }));
  };
  const run = useMutation({
    mutationFn: () => makeTask(p.id, taskBody(v)),
    onSuccess: async () => {
      notifications.show({ color: 'green', message: t('proposals.task.created') });
      onClose();
      await invalidate();
    },
    onError: (e) => {
      if (isApiError(e, 'conflict') || isApiError(e, 'invalid_transition')) void invalidate();
    },
  });
  const server = run.error instanceof ApiError ? run.error.fields : {};
  const extra = Object.entries(server)
    .filter(([k]) => !SHOWN.has(k))
    .map(([, x]) => x);
  const explained = Object.keys(server).length > 0 && extra.length === 0 && isApiError(run.error, 'validation_failed');
  const err = (k: string) => (errors[k] ? t(errors[k]!) : server[k]);

  return (
    <Modal opened onClose={onClose} title={t('proposals.task.title')} size="lg">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const found = taskErrors(v, p.state, today);
          setErrors(found);
          if (Object.keys(found).length === 0) run.mutate();
        }}
      >
        <Stack>
          <Text size="sm" c="dimmed">
            {t('proposals.task.hint')}
          </Text>
          <ErrorAlert error={explained ? null : run.error} details={extra} />
          {p.state === 'accepted' && (
            <Textarea
              label={t('proposals.fields.answer')}
              description={t('proposals.task.answerHint')}
              required
              autosize
              minRows={4}
              maxLength={BODY_MAX}
              value={v.answer}
              onChange={(e) => set('answer', e.currentTarget.value)}
              error={err('answer')}
            />
          )}
          <TextInput label={t('proposals.task.taskTitle')} maxLength={TITLE_MAX} value={v.titleVi} onChange={(e) => set('titleVi', e.currentTarget.value)} error={err('titleVi')} />
          <UnitSelect label={t('proposals.task.leadUnit')} required allowDeselect={false} value={v.leadUnitId || null} onChange={(x) => set('leadUnitId', x ?? '')} error={err('leadUnitId')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DatePickerInput
              label={t('proposals.task.dueOn')}
              clearable
              minDate={today}
              value={v.dueOn || null}
              onChange={(d) => set('dueOn', d ? String(d).slice(0, 10) : '')}
              error={err('dueOn')}
            />
            <Select label={t('proposals.task.cadence')} data={options.cadences} allowDeselect={false} value={v.cadence} onChange={(x) => set('cadence', x ?? 'once')} error={err('cadence')} />
          </SimpleGrid>
          <Select
            label={t('proposals.task.directive')}
            placeholder={t('proposals.task.noDirective')}
            searchable
            clearable
            searchValue={directiveSearch}
            onSearchChange={setDirectiveSearch}
            filter={({ options: o }) => o}
            nothingFoundMessage={t('common.noResults')}
            data={(directives.data ?? []).map((d) => ({ value: d.id, label: `${d.code} · ${d.title}` }))}
            value={v.directiveId || null}
            onChange={(x) => set('directiveId', x ?? '')}
            error={err('directiveId')}
          />
          <FormButtons submitLabel={t('proposals.task.create')} onCancel={onClose} loading={run.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
