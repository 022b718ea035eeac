import { Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { FormButtons } from '../../ui/FormButtons';
import type { Unit } from '../../ui/types';
import { unitName } from '../../ui/unitName';
import { useApiForm } from '../../ui/useApiForm';
import { required } from '../../ui/validators';
import { moveUnit, useInvalidateUnits } from './api';
import { subtreeIds } from './tree';
import { UnitSelect } from './UnitSelect';

interface Props {
  unit: Unit;
  units: Unit[];
  onClose: () => void;
}

export function MoveUnitModal({ unit, units, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const invalidate = useInvalidateUnits();
  // A unit cannot go under itself or its descendants (the server answers invalid_move too).
  const exclude = useMemo(() => subtreeIds(units, unit.id), [units, unit.id]);
  const form = useApiForm({ initialValues: { parentId: unit.parentId ?? '' }, validate: { parentId: required } });
  const mutation = useMutation({
    mutationFn: (parentId: string) => moveUnit(unit.id, parentId),
    onSuccess: async () => {
      await invalidate();
      notifications.show({ color: 'green', message: t('units.moved') });
      onClose();
    },
    onError: form.setServerError,
  });
  return (
    <Modal opened onClose={onClose} title={t('units.moveTitle', { name: unitName(unit, i18n.language) })}>
      <form onSubmit={form.onSubmit((v) => mutation.mutate(v.parentId))} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            {t('units.moveIntro')}
          </Text>
          <ErrorAlert error={form.formError} details={form.extraFieldErrors} />
          <UnitSelect label={t('fields.newParent')} required exclude={exclude} data-autofocus {...form.selectProps('parentId')} />
          <FormButtons submitLabel={t('units.move')} onCancel={onClose} loading={mutation.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
