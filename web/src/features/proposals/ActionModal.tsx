import { Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, isApiError } from '../../ui/api';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { FormButtons } from '../../ui/FormButtons';
import { useUnitTree } from '../units/api';
import { subtreeIds } from '../units/tree';
import { UnitSelect } from '../units/UnitSelect';
import { transitionProposal, useInvalidateProposals, useProposalSettings, useUnitUsers } from './api';
import { slaDueOn, todayInVietnam } from './due';
import { useProposalLabels } from './labels';
import { BODY_MAX, serverFieldOf, textNeed, transitionBody, transitionErrors, TEXT_MAX } from './rules';
import type { Proposal, ProposalAction } from './types';

const HINTS: Record<ProposalAction, string> = {
  accept: 'proposals.transition.hints.accept',
  answer: 'proposals.transition.hints.answer',
  reject: 'proposals.transition.hints.reject',
  close: 'proposals.transition.hints.close',
  reopen: 'proposals.transition.hints.reopen',
  comment: 'proposals.transition.hints.comment',
};
const TEXT_LABELS = { answer: 'proposals.fields.answer', reason: 'proposals.fields.rejectReason', comment: 'proposals.transition.comment' } as const;
const COLORS: Partial<Record<ProposalAction, string>> = { reject: 'red', accept: 'blue', answer: 'teal' };

interface Props {
  proposal: Proposal;
  action: ProposalAction;
  onClose: () => void;
}

/** One workflow step with what it asks for: accept (handling unit, handler, due date), answer, reject (reason), close, reopen or comment. */
export function ActionModal({ proposal: p, action, onClose }: Props) {
  const { t } = useTranslation();
  const labels = useProposalLabels();
  const invalidate = useInvalidateProposals();
  const tree = useUnitTree();
  const today = todayInVietnam();
  const settings = useProposalSettings(action === 'accept' ? p.targetUnitId : null);
  const [text, setText] = useState('');
  const [handlingUnitId, setHandlingUnitId] = useState(p.targetUnitId);
  const [handlerUserId, setHandlerUserId] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [touchedDue, setTouchedDue] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  // The due date defaults to the target unit's SLA (the server's own default), until the user picks one.
  useEffect(() => {
    if (action === 'accept' && !touchedDue) setDueOn(slaDueOn(today, settings.data?.slaDays));
  }, [settings.data, action]);
  // The handling unit is the target or a unit below it.
  const exclude = useMemo(() => {
    const all = tree.data ?? [];
    const below = subtreeIds(all, p.targetUnitId);
    return new Set(all.filter((u) => !below.has(u.id)).map((u) => u.id));
  }, [tree.data, p.targetUnitId]);
  const users = useUnitUsers(handlingUnitId, action === 'accept');
  const need = textNeed(action);
  const run = useMutation({
    mutationFn: () => transitionProposal(p.id, transitionBody(action, { text, handlingUnitId, handlerUserId, dueOn })),
    onSuccess: async (res) => {
      notifications.show({ color: 'green', message: t('proposals.transition.done', { state: labels.state(res?.proposal?.state ?? p.state) }) });
      onClose();
      await invalidate();
    },
    onError: (e) => {
      // Moved on by someone else meanwhile: show the current state.
      if (isApiError(e, 'invalid_transition')) void invalidate();
    },
  });
  const server: Record<string, string> = {};
  if (run.error instanceof ApiError) for (const [k, v] of Object.entries(run.error.fields)) server[serverFieldOf(k)] = v;
  const shown = new Set(['text', ...(action === 'accept' ? ['handlingUnitId', 'handlerUserId', 'dueOn'] : [])]);
  const extra = Object.entries(server)
    .filter(([k]) => !shown.has(k))
    .map(([, v]) => v);
  const explained = Object.keys(server).length > 0 && extra.length === 0 && isApiError(run.error, 'validation_failed');
  const err = (k: string) => (errors[k] ? t(errors[k]!) : server[k]);

  const submit = () => {
    const found = transitionErrors(action, { text, handlingUnitId, handlerUserId, dueOn }, today);
    setErrors(found);
    if (Object.keys(found).length === 0) run.mutate();
  };

  return (
    <Modal opened onClose={onClose} title={labels.action(action)} size="lg">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack>
          <Text size="sm" fw={600}>
            {p.code} · {p.title}
          </Text>
          <Text size="sm" c="dimmed">
            {t(HINTS[action])}
          </Text>
          <ErrorAlert error={explained ? null : run.error} details={extra} />
          {action === 'accept' && (
            <>
              <UnitSelect
                label={t('proposals.fields.handlingUnit')}
                required
                exclude={exclude}
                allowDeselect={false}
                value={handlingUnitId || null}
                onChange={(v) => {
                  setHandlingUnitId(v ?? '');
                  setHandlerUserId('');
                }}
                error={err('handlingUnitId')}
              />
              <Select
                label={t('proposals.fields.handler')}
                placeholder={t('proposals.transition.noHandler')}
                data={(users.data ?? []).map((x) => ({ value: x.id, label: x.displayName }))}
                searchable
                clearable
                value={handlerUserId || null}
                onChange={(v) => setHandlerUserId(v ?? '')}
                error={err('handlerUserId')}
              />
              <DatePickerInput
                label={t('proposals.fields.dueOn')}
                description={settings.data ? t('proposals.transition.slaDefault', { count: settings.data.slaDays }) : undefined}
                required
                minDate={today}
                value={dueOn || null}
                onChange={(d) => {
                  setTouchedDue(true);
                  setDueOn(d ? String(d).slice(0, 10) : '');
                }}
                error={err('dueOn')}
              />
            </>
          )}
          {need && (
            <Textarea
              label={t(TEXT_LABELS[need.field])}
              description={need.required ? undefined : t('proposals.transition.optional')}
              required={need.required}
              autosize
              minRows={need.field === 'answer' ? 6 : 3}
              maxRows={16}
              maxLength={need.field === 'answer' ? BODY_MAX : TEXT_MAX}
              data-autofocus
              value={text}
              onChange={(e) => {
                setText(e.currentTarget.value);
                setErrors((x) => ({ ...x, text: '' }));
              }}
              error={err('text')}
            />
          )}
          <FormButtons submitLabel={labels.action(action)} onCancel={onClose} loading={run.isPending} color={COLORS[action]} />
        </Stack>
      </form>
    </Modal>
  );
}
