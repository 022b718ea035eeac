import { Anchor, CloseButton, Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { partnerName } from '../partners/names';
import { PartnerSelect } from '../partners/PartnerSelect';
import type { PartnerPick } from './formModel';

interface Props {
  value: PartnerPick[];
  onChange: (value: PartnerPick[]) => void;
  error?: ReactNode;
}

/** Several partners: the chosen ones listed (each removable), a search box to add another. */
export function PartnersPicker({ value, onChange, error }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap="xs">
      {/* Remounted after each pick so the search box starts empty. */}
      <PartnerSelect
        key={value.length}
        label={t('engagements.fields.partners')}
        description={t('engagements.form.partnersHint')}
        placeholder={t('partners.pick.typeToSearch')}
        value={null}
        excludeIds={value.map((p) => p.id)}
        onChange={(id, p) => {
          if (id && p && !value.some((x) => x.id === id)) onChange([...value, { id, name: partnerName(p, i18n.language) }]);
        }}
        error={error}
      />
      {value.length > 0 && (
        <Paper withBorder p="xs" component="ul" aria-label={t('engagements.form.chosenPartners')} style={{ listStyle: 'none', margin: 0 }}>
          <Stack gap={4}>
            {value.map((p) => (
              <Group key={p.id} component="li" justify="space-between" wrap="nowrap" gap="xs">
                <Anchor component={Link} to={`/partners/${p.id}`} size="sm" target="_blank">
                  {p.name}
                </Anchor>
                <CloseButton size="sm" aria-label={t('engagements.form.removePartner', { name: p.name })} onClick={() => onChange(value.filter((x) => x.id !== p.id))} />
              </Group>
            ))}
          </Stack>
        </Paper>
      )}
      {value.length === 0 && (
        <Text size="xs" c="dimmed">
          {t('engagements.form.noPartners')}
        </Text>
      )}
    </Stack>
  );
}
