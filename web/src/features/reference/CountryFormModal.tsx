import { Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { FormButtons } from '../../ui/FormButtons';
import { useApiForm } from '../../ui/useApiForm';
import { localName, updateCountry, useInvalidateReference, useReferenceList, type Country, type CountryPatch } from './api';

interface Props {
  country: Country;
  onClose: () => void;
}

const LANGS = [
  { field: 'overrideVi', name: 'nameVi', lang: 'vi', label: 'reference.overrideVi' },
  { field: 'overrideEn', name: 'nameEn', lang: 'en', label: 'reference.overrideEn' },
  { field: 'overrideFr', name: 'nameFr', lang: 'fr', label: 'reference.overrideFr' },
] as const;

/** An administrator's names for a country (blank = the standard name) and its relationship group. */
export function CountryFormModal({ country, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const groups = useReferenceList('groups');
  const invalidate = useInvalidateReference();
  const form = useApiForm({
    initialValues: {
      overrideVi: country.overrideVi ?? '',
      overrideEn: country.overrideEn ?? '',
      overrideFr: country.overrideFr ?? '',
      relationshipGroupId: country.relationshipGroupId ?? '',
    },
  });
  const save = useMutation({
    mutationFn: (v: typeof form.values) => {
      // Send only what changed; a blank name clears the override.
      const body: CountryPatch = {};
      for (const { field } of LANGS) {
        const next = v[field].trim() || null;
        if (next !== country[field]) body[field] = next;
      }
      const group = v.relationshipGroupId || null;
      if (group !== country.relationshipGroupId) body.relationshipGroupId = group;
      return updateCountry(country.code, body);
    },
    onSuccess: async () => {
      await invalidate();
      notifications.show({ color: 'green', message: t('reference.saved') });
      onClose();
    },
    onError: form.setServerError,
  });

  const groupOptions = (groups.data ?? []).map((g) => ({ value: g.id, label: localName(g, i18n.language) }));
  return (
    <Modal opened onClose={onClose} title={t('reference.editCountry', { name: localName(country, i18n.language), code: country.code })} size="lg">
      <form onSubmit={form.onSubmit((v) => save.mutate(v))} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            {t('reference.overrideHint')}
          </Text>
          <ErrorAlert error={form.formError ?? groups.error} details={form.extraFieldErrors} />
          {LANGS.map(({ field, name, lang, label }, i) => (
            <TextInput
              key={field}
              label={t(label)}
              lang={lang}
              data-autofocus={i === 0 || undefined}
              // Without an override the effective name is the standard one: show it as the placeholder.
              placeholder={country[field] ? undefined : country[name]}
              {...form.getInputProps(field)}
            />
          ))}
          <Select
            label={t('reference.group')}
            placeholder={t('reference.noGroup')}
            data={groupOptions}
            clearable
            searchable
            value={form.values.relationshipGroupId || null}
            onChange={(v) => form.setFieldValue('relationshipGroupId', v ?? '')}
            error={form.errors.relationshipGroupId}
          />
          <FormButtons submitLabel={t('common.save')} onCancel={onClose} loading={save.isPending} mt="sm" />
        </Stack>
      </form>
    </Modal>
  );
}
