import { Modal, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { FormButtons } from '../../ui/FormButtons';
import { useOptions } from '../../ui/options';
import type { Level, Pillar, Unit, UnitKind } from '../../ui/types';
import { unitName } from '../../ui/unitName';
import { useApiForm } from '../../ui/useApiForm';
import { required } from '../../ui/validators';
import { createUnit, updateUnit, useInvalidateUnits, type UnitFields } from './api';

export type UnitFormTarget = { mode: 'create'; parent: Unit } | { mode: 'edit'; unit: Unit };

const nextLevel: Record<Level, Level> = { central: 'province', province: 'district', district: 'district' };

function initialValues(target: UnitFormTarget) {
  if (target.mode === 'edit') {
    const u = target.unit;
    return { nameVi: u.nameVi, nameEn: u.nameEn, nameFr: u.nameFr, kind: u.kind as string, pillar: u.pillar as string, level: u.level as string };
  }
  // A sub-unit usually shares its parent's pillar and sits one level lower.
  const p = target.parent;
  return { nameVi: '', nameEn: '', nameFr: '', kind: '', pillar: p.pillar as string, level: nextLevel[p.level] as string };
}

interface Props {
  target: UnitFormTarget;
  onClose: () => void;
  onSaved: (unit: Unit) => void;
}

/** Mount with a `key` per target so the form starts from that unit's values. */
export function UnitFormModal({ target, onClose, onSaved }: Props) {
  const { t, i18n } = useTranslation();
  const options = useOptions();
  const invalidate = useInvalidateUnits();
  const form = useApiForm({
    initialValues: initialValues(target),
    validate: { nameVi: required, nameEn: required, nameFr: required, kind: required, pillar: required, level: required },
  });
  const mutation = useMutation({
    mutationFn: (v: ReturnType<typeof initialValues>) => {
      const body: UnitFields = {
        nameVi: v.nameVi.trim(),
        nameEn: v.nameEn.trim(),
        nameFr: v.nameFr.trim(),
        kind: v.kind as UnitKind,
        pillar: v.pillar as Pillar,
        level: v.level as Level,
      };
      return target.mode === 'create' ? createUnit({ ...body, parentId: target.parent.id }) : updateUnit(target.unit.id, body);
    },
    onSuccess: async (unit) => {
      await invalidate();
      notifications.show({ color: 'green', message: t(target.mode === 'create' ? 'units.created' : 'units.saved') });
      onSaved(unit);
    },
    onError: form.setServerError,
  });

  const title = target.mode === 'create' ? t('units.createTitle') : t('units.editTitle');
  return (
    <Modal opened onClose={onClose} title={title} size="lg">
      <form onSubmit={form.onSubmit((v) => mutation.mutate(v))} noValidate>
        <Stack>
          {target.mode === 'create' && (
            <Text size="sm" c="dimmed">
              {t('units.parentIs', { name: unitName(target.parent, i18n.language) })}
            </Text>
          )}
          <ErrorAlert error={form.formError} details={form.extraFieldErrors} />
          <TextInput label={t('fields.nameVi')} lang="vi" required data-autofocus {...form.getInputProps('nameVi')} />
          <TextInput label={t('fields.nameEn')} lang="en" required {...form.getInputProps('nameEn')} />
          <TextInput label={t('fields.nameFr')} lang="fr" required {...form.getInputProps('nameFr')} />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select label={t('fields.kind')} data={options.kinds} required allowDeselect={false} comboboxProps={{ withinPortal: true }} {...form.selectProps('kind')} />
            <Select label={t('fields.pillar')} data={options.pillars} required allowDeselect={false} {...form.selectProps('pillar')} />
            <Select label={t('fields.level')} data={options.levels} required allowDeselect={false} {...form.selectProps('level')} />
          </SimpleGrid>
          <FormButtons submitLabel={target.mode === 'create' ? t('common.create') : t('common.save')} onCancel={onClose} loading={mutation.isPending} mt="sm" />
        </Stack>
      </form>
    </Modal>
  );
}
