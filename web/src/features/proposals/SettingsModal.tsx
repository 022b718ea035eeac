import { Alert, Button, Modal, NumberInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../ui/api';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { FormButtons } from '../../ui/FormButtons';
import { Spinner } from '../../ui/Spinner';
import { proposalsKey, saveProposalSettings, useProposalSettings } from './api';
import { settingsErrors } from './rules';

/** The unit's answer deadline (SLA) and reopen window; without its own they come from the unit above (or the defaults). */
export function SettingsModal({ unitId, onClose }: { unitId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const settings = useProposalSettings(unitId);
  const [sla, setSla] = useState<number | string>('');
  const [reopen, setReopen] = useState<number | string>('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  useEffect(() => {
    if (settings.data) {
      setSla(settings.data.slaDays);
      setReopen(settings.data.reopenDays);
    }
  }, [settings.data]);
  const save = useMutation({
    mutationFn: (inherit: boolean) =>
      saveProposalSettings(unitId, inherit ? { slaDays: Number(sla), reopenDays: Number(reopen), inherited: true } : { slaDays: Number(sla), reopenDays: Number(reopen) }),
    onSuccess: async () => {
      notifications.show({ color: 'green', message: t('proposals.settings.saved') });
      await qc.invalidateQueries({ queryKey: [...proposalsKey, 'settings'] });
      onClose();
    },
  });
  const server = save.error instanceof ApiError ? save.error.fields : {};
  const submit = (inherit: boolean) => {
    const errs = inherit ? {} : settingsErrors({ slaDays: sla, reopenDays: reopen });
    setErrors(errs);
    if (Object.keys(errs).length === 0) save.mutate(inherit);
  };

  return (
    <Modal opened onClose={onClose} title={t('proposals.settings.title')} centered>
      {settings.isError ? (
        <ErrorAlert error={settings.error} />
      ) : !settings.data ? (
        <Spinner small />
      ) : (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            submit(false);
          }}
        >
          <Stack>
            <Text size="sm" c="dimmed">
              {t('proposals.settings.intro')}
            </Text>
            {settings.data.inherited && (
              <Alert color="gray" variant="light">
                {t('proposals.settings.inherited')}
              </Alert>
            )}
            <ErrorAlert error={save.error && !(save.error instanceof ApiError && (server.slaDays || server.reopenDays)) ? save.error : null} />
            <NumberInput
              label={t('proposals.settings.slaDays')}
              description={t('proposals.settings.slaHint')}
              required
              min={1}
              max={365}
              allowDecimal={false}
              value={sla}
              onChange={(v) => {
                setSla(v);
                setErrors((e) => ({ ...e, slaDays: '' }));
              }}
              error={errors.slaDays ? t(errors.slaDays) : server.slaDays}
            />
            <NumberInput
              label={t('proposals.settings.reopenDays')}
              description={t('proposals.settings.reopenHint')}
              required
              min={0}
              max={90}
              allowDecimal={false}
              value={reopen}
              onChange={(v) => {
                setReopen(v);
                setErrors((e) => ({ ...e, reopenDays: '' }));
              }}
              error={errors.reopenDays ? t(errors.reopenDays) : server.reopenDays}
            />
            {!settings.data.inherited && (
              <Button variant="subtle" size="compact-sm" onClick={() => submit(true)} style={{ alignSelf: 'flex-start' }}>
                {t('proposals.settings.inherit')}
              </Button>
            )}
            <FormButtons submitLabel={t('common.save')} onCancel={onClose} loading={save.isPending} />
          </Stack>
        </form>
      )}
    </Modal>
  );
}
