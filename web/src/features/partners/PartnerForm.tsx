import { Radio, Select, SimpleGrid, Stack, TagsInput, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ApiError } from '../../ui/api';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { FormButtons } from '../../ui/FormButtons';
import { FormSection } from '../../ui/FormSection';
import { useApiForm } from '../../ui/useApiForm';
import { required } from '../../ui/validators';
import { UnitSelect } from '../units/UnitSelect';
import { checkDuplicates, createPartner, updatePartner, useInvalidatePartners, usePartnerFacets } from './api';
import { ContactsEditor } from './ContactsEditor';
import { DuplicatesModal } from './DuplicatesModal';
import {
  changedInput,
  needsDuplicateCheck,
  oneName,
  splitServerFields,
  toInput,
  validateContacts,
  website,
  type ContactErrors,
  type ContactField,
  type PartnerFormValues,
} from './formModel';
import { useEnumOptions, useLabels, VISIBILITY_LABELS } from './labels';
import { CountrySelect, FieldsSelect, LanguagesSelect } from './selects';
import type { DuplicateCandidate, Partner, Visibility } from './types';

interface Props {
  /** Absent: a new partner. */
  partner?: Partner;
  initialValues: PartnerFormValues;
}

const dropField = (errors: ContactErrors, key: string, field: ContactField): ContactErrors => {
  if (!errors[key]?.[field]) return errors;
  const row = { ...errors[key] };
  delete row[field];
  return { ...errors, [key]: row };
};

export function PartnerForm({ partner, initialValues }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const labels = useLabels();
  const options = useEnumOptions();
  const invalidate = useInvalidatePartners();
  const tagSuggestions = (usePartnerFacets({}).data?.tag ?? []).map((f) => String(f.value));
  const form = useApiForm<PartnerFormValues>({
    initialValues,
    validate: { type: required, name: oneName, website, ownerUnitId: required, visibility: required },
  });
  const [contactErrors, setContactErrors] = useState<ContactErrors>({});
  const [serverContactErrors, setServerContactErrors] = useState<ContactErrors>({});
  const [candidates, setCandidates] = useState<DuplicateCandidate[] | null>(null);
  const v = form.values;

  const onError = (e: unknown) => {
    if (e instanceof ApiError) {
      const { contacts, rest } = splitServerFields(e.fields, form.values.contacts);
      setServerContactErrors(contacts);
      form.setServerError(new ApiError(e.status, e.code, e.message, rest));
    } else form.setServerError(e);
  };

  const save = useMutation({
    mutationFn: (values: PartnerFormValues) =>
      partner ? updatePartner(partner.id, changedInput(initialValues, values)) : createPartner(toInput(values)),
    onSuccess: async (saved) => {
      setCandidates(null);
      await invalidate();
      notifications.show({ color: 'green', message: t(partner ? 'partners.form.saved' : 'partners.form.created') });
      navigate(`/partners/${saved?.id ?? partner?.id}`);
    },
    onError: (e) => {
      setCandidates(null);
      onError(e);
    },
  });

  // Before saving, ask the server whether this partner already exists.
  const check = useMutation({
    mutationFn: (values: PartnerFormValues) => checkDuplicates(toInput(values)),
    onSuccess: (res, values) => {
      const found = (res?.candidates ?? []).filter((c) => c.partner.id !== partner?.id);
      if (found.length) setCandidates(found);
      else save.mutate(values);
    },
    onError,
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    form.setServerError(null);
    setServerContactErrors({});
    const cErrors = validateContacts(v.contacts);
    setContactErrors(cErrors);
    const ok = !form.validate().hasErrors;
    if (!ok || Object.keys(cErrors).length) return;
    if (needsDuplicateCheck(partner ? initialValues : null, v)) check.mutate(v);
    else save.mutate(v);
  };

  const nameError = form.errors.name;
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ErrorAlert error={form.formError} details={form.extraFieldErrors} />
        <FormSection title={t('partners.form.identity')}>
          <Select
            label={t('partners.fields.type')}
            data={options.types}
            required
            allowDeselect={false}
            searchable
            data-autofocus
            {...form.selectProps('type')}
            value={v.type || null}
          />
          <Text size="sm" c="dimmed">
            {t('partners.form.namesHint')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput label={t('partners.fields.nameOriginal')} description={t('partners.form.nameOriginalHint')} {...form.getInputProps('name')} />
            <TextInput label={t('partners.fields.transliteration')} description={t('partners.form.transliterationHint')} {...form.getInputProps('transliteration')} />
            <TextInput label={t('fields.nameVi')} lang="vi" {...form.getInputProps('nameVi')} error={form.errors.nameVi ?? (nameError ? true : undefined)} />
            <TextInput label={t('fields.nameEn')} lang="en" {...form.getInputProps('nameEn')} error={form.errors.nameEn ?? (nameError ? true : undefined)} />
            <TextInput label={t('fields.nameFr')} lang="fr" {...form.getInputProps('nameFr')} error={form.errors.nameFr ?? (nameError ? true : undefined)} />
          </SimpleGrid>
        </FormSection>

        <FormSection title={t('partners.form.location')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <CountrySelect
              label={t('partners.fields.country')}
              placeholder={t('partners.form.countryPlaceholder')}
              {...form.selectProps('countryCode')}
              value={v.countryCode || null}
            />
            <TextInput label={t('partners.fields.city')} {...form.getInputProps('city')} />
          </SimpleGrid>
          <LanguagesSelect
            label={t('partners.fields.languages')}
            placeholder={t('partners.form.languagesPlaceholder')}
            value={v.languages}
            onChange={(x) => form.setFieldValue('languages', x)}
            error={form.errors.languages}
          />
        </FormSection>

        <FormSection title={t('partners.form.classification')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select label={t('partners.fields.priority')} data={options.priorities} allowDeselect={false} {...form.selectProps('priority')} />
            <Select label={t('partners.fields.status')} data={options.statuses} allowDeselect={false} {...form.selectProps('status')} />
          </SimpleGrid>
          <FieldsSelect
            label={t('partners.fields.cooperationFields')}
            value={v.fieldIds}
            onChange={(x) => form.setFieldValue('fieldIds', x)}
            error={form.errors.fieldIds}
          />
          <TagsInput
            label={t('partners.fields.tags')}
            description={t('partners.form.tagsHint')}
            data={tagSuggestions}
            value={v.tags}
            onChange={(x) => form.setFieldValue('tags', x)}
            error={form.errors.tags}
            clearable
          />
        </FormSection>

        <FormSection title={t('partners.form.about')}>
          <TextInput label={t('partners.fields.website')} placeholder="https://" type="url" {...form.getInputProps('website')} />
          <Textarea label={t('partners.fields.description')} autosize minRows={3} maxRows={12} value={form.values.description} onChange={(e) => form.setFieldValue('description', e.currentTarget.value)} error={form.errors.description} />
        </FormSection>

        <FormSection title={t('partners.tabs.contacts')}>
          <ContactsEditor
            rows={v.contacts}
            onChange={(rows) => form.setFieldValue('contacts', rows)}
            clientErrors={contactErrors}
            serverErrors={serverContactErrors}
            onFieldEdited={(key, field) => {
              setContactErrors((e) => dropField(e, key, field));
              setServerContactErrors((e) => dropField(e, key, field));
            }}
          />
        </FormSection>

        <FormSection title={t('partners.form.access')}>
          <Radio.Group label={t('partners.fields.visibility')} required value={v.visibility} onChange={(x) => form.setFieldValue('visibility', x)} error={form.errors.visibility}>
            <Stack gap="xs" mt={6}>
              {(Object.keys(VISIBILITY_LABELS) as Visibility[]).map((vis) => (
                <Radio key={vis} value={vis} label={labels.visibility(vis)} description={labels.visibilityHint(vis)} />
              ))}
            </Stack>
          </Radio.Group>
          <UnitSelect label={t('partners.fields.ownerUnit')} description={t('partners.form.ownerUnitHint')} required {...form.selectProps('ownerUnitId')} />
        </FormSection>

        <FormButtons
          submitLabel={partner ? t('common.save') : t('common.create')}
          onCancel={() => navigate(partner ? `/partners/${partner.id}` : '/partners')}
          loading={check.isPending || (save.isPending && !candidates)}
        />
      </Stack>
      {candidates && (
        <DuplicatesModal
          candidates={candidates}
          saving={save.isPending}
          onSaveAnyway={() => save.mutate(v)}
          onCancel={() => setCandidates(null)}
        />
      )}
    </form>
  );
}
