import { Grid, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { FormButtons } from '../../ui/FormButtons';
import { FormSection } from '../../ui/FormSection';
import { PageBreadcrumbs } from '../../ui/PageBreadcrumbs';
import { PageHeader } from '../../ui/PageHeader';
import { useApiForm } from '../../ui/useApiForm';
import { useMe } from '../auth/api';
import { useCooperationFields, useRefNames } from '../partners/referenceData';
import { UnitSelect } from '../units/UnitSelect';
import { createProposal, updateProposal, useInvalidateProposals, useProposal } from './api';
import { Spinner } from '../../ui/Spinner';
import { useProposalOptions } from './labels';
import { BODY_MAX, bodyRule, emptyProposal, proposalBody, proposalPatch, targetRule, TITLE_MAX, titleRule } from './rules';
import { SimilarPanel } from './SimilarPanel';

/**
 * A locality's new proposal, or (at /proposals/:id/edit) its correction while still `submitted`; similar
 * existing ones show beside it while it is written. Files are attached once it exists.
 */
export function ProposalFormPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id } = useParams();
  const existing = useProposal(id ?? '');
  const me = useMe();
  const options = useProposalOptions();
  const fields = useRefNames(useCooperationFields().data);
  const invalidate = useInvalidateProposals();
  const ownUnitId = me.data?.user.unitId;
  const exclude = useMemo(() => new Set(ownUnitId ? [ownUnitId] : []), [ownUnitId]);
  const form = useApiForm({
    initialValues: emptyProposal(),
    validate: { title: titleRule, body: bodyRule, targetUnitId: targetRule(ownUnitId) },
  });
  const loaded = id ? existing.data : undefined;
  useEffect(() => {
    if (loaded) form.reset({ title: loaded.title, body: loaded.body, fieldId: loaded.fieldId ?? '', urgency: loaded.urgency, targetUnitId: loaded.targetUnitId });
    // Once per proposal loaded: later refetches must not overwrite what is being typed.
  }, [loaded?.id]);
  const save = useMutation({
    mutationFn: () => (id ? updateProposal(id, proposalPatch(form.values)) : createProposal(proposalBody(form.values))),
    onSuccess: async (p) => {
      notifications.show({ color: 'green', message: t(id ? 'proposals.form.saved' : 'proposals.form.submitted', { code: p.code }) });
      await invalidate();
      navigate(`/proposals/${encodeURIComponent(p.id)}`);
    },
    onError: (e) => form.setServerError(e),
  });
  const v = form.values;
  if (id && existing.isLoading) return <Spinner />;
  if (id && !existing.data) return <ErrorAlert error={existing.error} />;
  const heading = id ? t('proposals.form.editTitle', { code: existing.data?.code ?? '' }) : t('proposals.new');

  return (
    <>
      <PageBreadcrumbs trail={[{ to: '/proposals', label: t('proposals.title') }, ...(id ? [{ to: `/proposals/${encodeURIComponent(id)}`, label: existing.data?.code ?? '' }] : [])]} current={heading} />
      <PageHeader title={heading} description={id ? undefined : t('proposals.form.intro')} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <form noValidate onSubmit={form.onSubmit(() => save.mutate())}>
            <Stack>
              <ErrorAlert error={form.formError} details={form.extraFieldErrors} />
              <FormSection title={t('proposals.form.content')}>
                <TextInput label={t('proposals.fields.title')} required maxLength={TITLE_MAX} {...form.getInputProps('title')} />
                <Textarea
                  label={t('proposals.fields.body')}
                  description={t('proposals.form.bodyHint')}
                  autosize
                  minRows={6}
                  maxRows={20}
                  maxLength={BODY_MAX}
                  value={v.body}
                  onChange={(e) => form.setFieldValue('body', e.currentTarget.value)}
                  error={form.errors.body}
                />
              </FormSection>
              <FormSection title={t('proposals.form.routing')}>
                <UnitSelect label={t('proposals.fields.targetUnit')} required disabled={!!id} exclude={exclude} {...form.selectProps('targetUnitId')} value={v.targetUnitId || null} />
                <Select label={t('proposals.fields.topic')} data={fields.options} searchable clearable {...form.selectProps('fieldId')} value={v.fieldId || null} />
                <Select label={t('proposals.fields.urgency')} data={options.urgencies} allowDeselect={false} {...form.selectProps('urgency')} value={v.urgency || 'normal'} />
                <Text size="sm" c="dimmed">
                  {t('proposals.form.filesLater')}
                </Text>
              </FormSection>
              <FormButtons
                submitLabel={id ? t('proposals.form.save') : t('proposals.form.submit')}
                onCancel={() => navigate(id ? `/proposals/${encodeURIComponent(id)}` : '/proposals')}
                loading={save.isPending}
              />
            </Stack>
          </form>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <SimilarPanel title={v.title} body={v.body} targetUnitId={v.targetUnitId} excludeId={id} />
        </Grid.Col>
      </Grid>
    </>
  );
}
