import { Modal, SegmentedControl, Select, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { FormButtons } from '../../ui/FormButtons';
import { useApiForm } from '../../ui/useApiForm';
import { required } from '../../ui/validators';
import { UnitSelect } from '../units/UnitSelect';
import { addRelationship, useInvalidatePartners } from './api';
import { useEnumOptions } from './labels';
import { PartnerSelect } from './PartnerSelect';
import type { RelationshipKind } from './types';

type Values = { kind: string; target: string; toPartnerId: string; toUnitId: string; startDate: string; endDate: string; note: string };

const endAfterStart = (end: string, v: Values) => (end && v.startDate && end < v.startDate ? 'partners.validation.endBeforeStart' : null);

/** Relate this partner to another partner or to one of our units. */
export function RelationshipModal({ partnerId, onClose }: { partnerId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const options = useEnumOptions();
  const invalidate = useInvalidatePartners();
  const form = useApiForm<Values>({
    initialValues: { kind: '', target: 'partner', toPartnerId: '', toUnitId: '', startDate: '', endDate: '', note: '' },
    validate: {
      kind: required,
      toPartnerId: (x, v) => (v.target === 'partner' ? required(x) : null),
      toUnitId: (x, v) => (v.target === 'unit' ? required(x) : null),
      endDate: endAfterStart,
    },
  });
  const v = form.values;
  const save = useMutation({
    mutationFn: (x: Values) =>
      addRelationship(partnerId, {
        kind: x.kind as RelationshipKind, // the select offers only these, and an empty one is refused above
        ...(x.target === 'partner' ? { toPartnerId: x.toPartnerId } : { toUnitId: x.toUnitId }),
        ...(x.startDate ? { startDate: x.startDate } : {}),
        ...(x.endDate ? { endDate: x.endDate } : {}),
        ...(x.note.trim() ? { note: x.note.trim() } : {}),
      }),
    onSuccess: async () => {
      await invalidate();
      notifications.show({ color: 'green', message: t('partners.relationships.added') });
      onClose();
    },
    onError: form.setServerError,
  });
  const day = (d: unknown) => (d ? String(d).slice(0, 10) : '');
  return (
    <Modal opened onClose={onClose} title={t('partners.relationships.addTitle')} size="lg">
      <form onSubmit={form.onSubmit((x) => save.mutate(x))} noValidate>
        <Stack>
          <ErrorAlert error={form.formError} details={form.extraFieldErrors} />
          <Select label={t('partners.relationships.kind')} data={options.relationshipKinds} required data-autofocus {...form.selectProps('kind')} />
          <SegmentedControl
            aria-label={t('partners.relationships.target')}
            value={v.target}
            onChange={(x) => form.setFieldValue('target', x)}
            data={[
              { value: 'partner', label: t('partners.relationships.toPartner') },
              { value: 'unit', label: t('partners.relationships.toUnit') },
            ]}
          />
          {v.target === 'partner' ? (
            <PartnerSelect
              label={t('partners.relationships.otherPartner')}
              placeholder={t('partners.pick.typeToSearch')}
              required
              excludeIds={[partnerId]}
              value={v.toPartnerId || null}
              onChange={(id) => form.setFieldValue('toPartnerId', id ?? '')}
              error={form.errors.toPartnerId}
            />
          ) : (
            <UnitSelect label={t('partners.relationships.ourUnit')} required {...form.selectProps('toUnitId')} />
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DatePickerInput
              label={t('partners.relationships.startDate')}
              clearable
              valueFormat="DD/MM/YYYY"
              value={v.startDate || null}
              onChange={(d) => form.setFieldValue('startDate', day(d))}
              error={form.errors.startDate}
            />
            <DatePickerInput
              label={t('partners.relationships.endDate')}
              clearable
              valueFormat="DD/MM/YYYY"
              value={v.endDate || null}
              onChange={(d) => form.setFieldValue('endDate', day(d))}
              error={form.errors.endDate}
            />
          </SimpleGrid>
          <Textarea label={t('partners.relationships.note')} autosize minRows={2} value={form.values.note} onChange={(e) => form.setFieldValue('note', e.currentTarget.value)} error={form.errors.note} />
          <FormButtons submitLabel={t('common.create')} onCancel={onClose} loading={save.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
