import {
  Alert,
  MultiSelect,
  Paper,
  Radio,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { DatePickerInput, TimeInput } from '@mantine/dates';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ApiError } from '../../ui/api';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { FormButtons } from '../../ui/FormButtons';
import { FormSection } from '../../ui/FormSection';
import { unitName } from '../../ui/unitName';
import { useApiForm } from '../../ui/useApiForm';
import { useMe } from '../auth/api';
import { useLabels as usePartnerLabels, VISIBILITY_LABELS } from '../partners/labels';
import { CountrySelect, FieldsSelect, foldFilter } from '../partners/selects';
import type { Visibility } from '../partners/types';
import { useUnitTree } from '../units/api';
import { buildTree, flatten } from '../units/tree';
import { UnitSelect } from '../units/UnitSelect';
import { checkClashes, createEngagement, engagementsKey, updateEngagement, useInvalidateEngagements } from './api';
import { ClashList } from './ClashList';
import { changedInput, clashKey, CURRENCIES, toInput, type EngagementFormValues } from './formModel';
import { ownerUnitExclusions, splitServerFields, validateParticipants, validateSessions, type ParticipantField, type RowErrors, type SessionField } from './formRules';
import { useEngagementLabels, useEngagementOptions } from './labels';
import { dropField, focusFirstError, rules } from './formParts';
import { ParticipantsEditor } from './ParticipantsEditor';
import { PartnersPicker } from './PartnersPicker';
import { SessionsEditor } from './SessionsEditor';
import { TimeZoneSelect } from './TimeZoneSelect';
import type { Engagement, EngagementInput } from './types';

interface Props {
  /** Absent: a new engagement. */
  engagement?: Engagement;
  initialValues: EngagementFormValues;
}

export function EngagementForm({ engagement, initialValues }: Props) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const me = useMe().data;
  const options = useEngagementOptions();
  const labels = useEngagementLabels();
  const partnerLabels = usePartnerLabels();
  const invalidate = useInvalidateEngagements();
  const tree = useUnitTree();
  const form = useApiForm<EngagementFormValues>({ initialValues, validate: rules });
  const v = form.values;
  const [participantErrors, setParticipantErrors] = useState<RowErrors<ParticipantField>>({});
  const [serverParticipantErrors, setServerParticipantErrors] = useState<RowErrors<ParticipantField>>({});
  const [sessionErrors, setSessionErrors] = useState<RowErrors<SessionField>>({});
  const [serverSessionErrors, setServerSessionErrors] = useState<RowErrors<SessionField>>({});

  const unitOptions = useMemo(
    () => flatten(buildTree(tree.data ?? [])).map((n) => ({ value: n.unit.id, label: unitName(n.unit, i18n.language) })),
    [tree.data, i18n.language],
  );
  const ownerExclude = useMemo(
    () => ownerUnitExclusions(me?.user.role, me?.user.unitId, tree.data ?? [], engagement?.ownerUnitId),
    [me, tree.data, engagement?.ownerUnitId],
  );

  // Clash warnings follow the dates, place, partners and people, a moment after they stop changing.
  const key = clashKey(v, engagement?.id);
  const [debouncedKey] = useDebouncedValue(key, 600);
  const clashes = useQuery({
    queryKey: [...engagementsKey, 'clash-check', debouncedKey],
    queryFn: ({ signal }) => checkClashes(JSON.parse(debouncedKey) as EngagementInput, signal),
    enabled: debouncedKey !== '' && debouncedKey === key,
    select: (d) => d.clashes,
    staleTime: 30_000,
    retry: false,
  });

  const save = useMutation({
    mutationFn: (values: EngagementFormValues) => {
      if (!engagement) return createEngagement(toInput(values));
      const changes = changedInput(initialValues, values);
      // Nothing changed: nothing to send (the server refuses an empty update).
      return Object.keys(changes).length ? updateEngagement(engagement.id, changes) : Promise.resolve(undefined);
    },
    onSuccess: async (saved) => {
      await invalidate();
      notifications.show({ color: 'green', message: t(engagement ? 'engagements.form.saved' : 'engagements.form.created') });
      const id = saved?.engagement?.id ?? engagement?.id;
      navigate(`/engagements/${id}`, { state: { clashes: saved?.clashes ?? [] } });
    },
    onError: (e) => {
      if (e instanceof ApiError) {
        const split = splitServerFields(e.fields, form.values.participants, form.values.sessions);
        setServerParticipantErrors(split.participants);
        setServerSessionErrors(split.sessions);
        form.setServerError(new ApiError(e.status, e.code, e.message, split.rest));
      } else form.setServerError(e);
      focusFirstError();
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    form.setServerError(null);
    setServerParticipantErrors({});
    setServerSessionErrors({});
    const pErr = validateParticipants(v.participants);
    const sErr = validateSessions(v.sessions);
    setParticipantErrors(pErr);
    setSessionErrors(sErr);
    const ok = !form.validate().hasErrors;
    if (!ok || Object.keys(pErr).length || Object.keys(sErr).length) {
      focusFirstError();
      return;
    }
    // Clash warnings never block saving; the answer carries them again for the detail page.
    save.mutate(v);
  };

  const setKind = (kind: string) => {
    form.setFieldValue('kind', kind);
    if (kind === 'online_meeting' && !v.countryCode && !v.city.trim() && !v.venue.trim()) form.setFieldValue('mode', 'online');
  };
  const setStartDate = (d: string) => {
    form.setFieldValue('startDate', d);
    if (d && (!v.endDate || v.endDate < d)) form.setFieldValue('endDate', d);
  };
  const day = (d: unknown) => (d ? String(d).slice(0, 10) : '');
  const titleError = (k: 'titleVi' | 'titleEn' | 'titleFr') => form.errors[k];

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ErrorAlert error={form.formError} details={form.extraFieldErrors} />
        {engagement?.state === 'approved' && (
          <Alert color="yellow" variant="light">
            {t('engagements.form.approvedWarning')}
          </Alert>
        )}

        <FormSection title={t('engagements.form.what')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select
              label={t('engagements.fields.kind')}
              data={options.kinds}
              required
              searchable
              allowDeselect={false}
              data-autofocus
              value={v.kind || null}
              onChange={(x) => setKind(x ?? '')}
              error={form.errors.kind}
            />
            <Select label={t('engagements.fields.level')} data={options.levels} clearable {...form.selectProps('level')} value={v.level || null} />
          </SimpleGrid>
          <Text size="sm" c="dimmed">
            {t('engagements.form.titlesHint')}
          </Text>
          <TextInput label={t('engagements.fields.titleVi')} lang="vi" {...form.getInputProps('titleVi')} error={titleError('titleVi')} />
          <TextInput label={t('engagements.fields.titleEn')} lang="en" {...form.getInputProps('titleEn')} error={titleError('titleEn')} />
          <TextInput label={t('engagements.fields.titleFr')} lang="fr" {...form.getInputProps('titleFr')} error={titleError('titleFr')} />
          <FieldsSelect
            label={t('engagements.fields.fields')}
            value={v.fieldIds}
            onChange={(x) => form.setFieldValue('fieldIds', x)}
            error={form.errors.fieldIds}
          />
          <Textarea
            label={t('engagements.fields.purpose')}
            autosize
            minRows={3}
            maxRows={12}
            value={v.purpose}
            onChange={(e) => form.setFieldValue('purpose', e.currentTarget.value)}
            error={form.errors.purpose}
          />
        </FormSection>

        <FormSection title={t('engagements.form.when')}>
          <Switch label={t('engagements.fields.allDay')} checked={v.allDay} onChange={(e) => form.setFieldValue('allDay', e.currentTarget.checked)} />
          <SimpleGrid cols={{ base: 1, sm: v.allDay ? 2 : 4 }} spacing="sm">
            <DatePickerInput
              label={t('engagements.fields.startDate')}
              required
              value={v.startDate || null}
              onChange={(d) => setStartDate(day(d))}
              error={form.errors.startDate}
            />
            {!v.allDay && (
              <TimeInput
                label={t('engagements.fields.startTime')}
                required
                value={v.startTime}
                onChange={(e) => form.setFieldValue('startTime', e.currentTarget.value)}
                error={form.errors.startTime}
              />
            )}
            <DatePickerInput
              label={t(v.allDay ? 'engagements.fields.lastDay' : 'engagements.fields.endDate')}
              required
              value={v.endDate || null}
              minDate={v.startDate || undefined}
              onChange={(d) => form.setFieldValue('endDate', day(d))}
              error={form.errors.endDate}
            />
            {!v.allDay && (
              <TimeInput
                label={t('engagements.fields.endTime')}
                required
                value={v.endTime}
                onChange={(e) => form.setFieldValue('endTime', e.currentTarget.value)}
                error={form.errors.endTime}
              />
            )}
          </SimpleGrid>
          <TimeZoneSelect
            label={t('engagements.fields.timeZone')}
            description={t(v.allDay ? 'engagements.form.timeZoneAllDayHint' : 'engagements.form.timeZoneHint')}
            required
            value={v.timeZone || null}
            onChange={(x) => form.setFieldValue('timeZone', x ?? '')}
            error={form.errors.timeZone}
          />
        </FormSection>

        <FormSection title={t('engagements.form.where')}>
          <SegmentedControl
            aria-label={t('engagements.form.placeMode')}
            value={v.mode}
            onChange={(x) => form.setFieldValue('mode', x as EngagementFormValues['mode'])}
            data={[
              { value: 'in_person', label: t('engagements.form.inPerson') },
              { value: 'online', label: t('engagements.form.online') },
            ]}
            w="fit-content"
          />
          {v.mode === 'in_person' ? (
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <CountrySelect label={t('engagements.fields.country')} {...form.selectProps('countryCode')} value={v.countryCode || null} />
              <TextInput label={t('engagements.fields.city')} {...form.getInputProps('city')} />
              <TextInput label={t('engagements.fields.venue')} {...form.getInputProps('venue')} />
            </SimpleGrid>
          ) : (
            <TextInput label={t('engagements.fields.onlineUrl')} placeholder="https://" type="url" required {...form.getInputProps('onlineUrl')} />
          )}
        </FormSection>

        <FormSection title={t('engagements.form.who')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <UnitSelect label={t('engagements.fields.organiserUnit')} required {...form.selectProps('organiserUnitId')} />
            <MultiSelect
              label={t('engagements.fields.coUnits')}
              data={unitOptions.filter((o) => o.value !== v.organiserUnitId)}
              searchable
              clearable
              filter={foldFilter}
              nothingFoundMessage={t('common.noResults')}
              value={v.coUnitIds.filter((id) => id !== v.organiserUnitId)}
              onChange={(x) => form.setFieldValue('coUnitIds', x)}
              error={form.errors.coUnitIds}
            />
          </SimpleGrid>
          <PartnersPicker value={v.partners} onChange={(x) => form.setFieldValue('partners', x)} error={form.errors.partners} />
          <Title order={3} fz="md" mt="xs">
            {t('engagements.fields.participants')}
          </Title>
          <ParticipantsEditor
            rows={v.participants}
            onChange={(rows) => form.setFieldValue('participants', rows)}
            partners={v.partners}
            clientErrors={participantErrors}
            serverErrors={serverParticipantErrors}
            onFieldEdited={(k, f) => {
              setParticipantErrors((e) => dropField(e, k, f));
              setServerParticipantErrors((e) => dropField(e, k, f));
            }}
          />
        </FormSection>

        <FormSection title={t('engagements.fields.agenda')}>
          <SessionsEditor
            rows={v.sessions}
            onChange={(rows) => form.setFieldValue('sessions', rows)}
            firstDay={v.startDate}
            lastDay={v.endDate}
            timeZone={v.timeZone}
            clientErrors={sessionErrors}
            serverErrors={serverSessionErrors}
            onFieldEdited={(k, f) => {
              setSessionErrors((e) => dropField(e, k, f));
              setServerSessionErrors((e) => dropField(e, k, f));
            }}
          />
        </FormSection>

        <FormSection title={t('engagements.fields.budget')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput label={t('engagements.fields.budgetAmount')} inputMode="decimal" description={t('engagements.form.amountHint')} {...form.getInputProps('budgetAmount')} />
            <Select
              label={t('engagements.fields.budgetCurrency')}
              data={CURRENCIES.includes(v.budgetCurrency) || !v.budgetCurrency ? CURRENCIES : [v.budgetCurrency, ...CURRENCIES]}
              searchable
              {...form.selectProps('budgetCurrency')}
              value={v.budgetCurrency || null}
            />
          </SimpleGrid>
        </FormSection>

        <FormSection title={t('engagements.form.access')}>
          <Radio.Group label={t('engagements.fields.visibility')} required value={v.visibility} onChange={(x) => form.setFieldValue('visibility', x)} error={form.errors.visibility}>
            <Stack gap="xs" mt={6}>
              {(Object.keys(VISIBILITY_LABELS) as Visibility[]).map((vis) => (
                <Radio key={vis} value={vis} label={partnerLabels.visibility(vis)} description={labels.visibilityHint(vis)} />
              ))}
            </Stack>
          </Radio.Group>
          <UnitSelect
            label={t('engagements.fields.ownerUnit')}
            description={t('engagements.form.ownerUnitHint')}
            required
            exclude={ownerExclude}
            {...form.selectProps('ownerUnitId')}
          />
        </FormSection>

        <Paper withBorder p="md" component="section" aria-label={t('engagements.clashes.section')}>
          <Stack gap="sm">
            {clashes.isError ? (
              <ErrorAlert error={clashes.error} />
            ) : (
              <ClashList clashes={key ? clashes.data : undefined} checking={key !== '' && (clashes.isFetching || key !== debouncedKey)} showNone />
            )}
            {!key && (
              <Text size="sm" c="dimmed">
                {t('engagements.clashes.needDates')}
              </Text>
            )}
            <FormButtons
              submitLabel={engagement ? t('common.save') : t('common.create')}
              onCancel={() => navigate(engagement ? `/engagements/${engagement.id}` : '/engagements')}
              loading={save.isPending}
            />
          </Stack>
        </Paper>
      </Stack>
    </form>
  );
}
