import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconGitMerge, IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { unitName } from '../../ui/unitName';
import { PRIORITY_COLORS, STATUS_COLORS, useLabels, VISIBILITY_COLORS } from './labels';
import { partnerName, partnerSecondaryName, refName } from './names';
import type { Partner } from './types';

interface Props {
  partner: Partner;
  countryName: (code: string | null) => string;
  onDelete: () => void;
}

/** Names, classification badges and the actions the server allows (`can`). */
export function PartnerHeader({ partner: p, countryName, onDelete }: Props) {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  const name = partnerName(p, i18n.language);
  const secondary = partnerSecondaryName(p, i18n.language);
  useDocumentTitle(`${name} · Amity`);
  const country = p.country ? refName(p.country, i18n.language, p.country.code) : countryName(p.countryCode);
  return (
    <Stack gap="xs" mb="lg">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <div>
          <Title order={1} fz={26} fw={650}>
            {name}
          </Title>
          {secondary && (
            <Text c="dimmed" size="md" lang="">
              {secondary}
            </Text>
          )}
        </div>
        <Group gap="sm">
          {p.can.merge && (
            <Button component={Link} to={`/partners/merge?survivor=${p.id}`} variant="default" leftSection={<IconGitMerge size={16} aria-hidden />}>
              {t('partners.merge.action')}
            </Button>
          )}
          {p.can.delete && (
            <Button variant="default" color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={onDelete}>
              {t('common.delete')}
            </Button>
          )}
          {p.can.update && (
            <Button component={Link} to={`/partners/${p.id}/edit`} leftSection={<IconPencil size={16} aria-hidden />}>
              {t('common.edit')}
            </Button>
          )}
        </Group>
      </Group>
      <Group gap="xs" aria-label={t('partners.detail.summary')} role="list">
        <Badge role="listitem" variant="filled" color="blue" tt="none">
          {labels.type(p.type)}
        </Badge>
        {country && (
          <Badge role="listitem" variant="light" color="indigo" tt="none">
            {p.city ? `${country} · ${p.city}` : country}
          </Badge>
        )}
        <Badge role="listitem" variant="light" color={PRIORITY_COLORS[String(p.priority)] ?? 'gray'} tt="none">
          {t('partners.fields.priority')}: {labels.priority(p.priority)}
        </Badge>
        <Badge role="listitem" variant="dot" color={STATUS_COLORS[p.status] ?? 'gray'} tt="none">
          {labels.status(p.status)}
        </Badge>
        <Badge role="listitem" variant="outline" color={VISIBILITY_COLORS[p.visibility] ?? 'gray'} tt="none">
          {labels.visibility(p.visibility)}
        </Badge>
        {p.ownerUnit && (
          <Badge role="listitem" variant="outline" color="gray" tt="none">
            {t('partners.fields.ownerUnit')}: {unitName(p.ownerUnit, i18n.language)}
          </Badge>
        )}
        {p.tags.map((tag) => (
          <Badge role="listitem" key={tag} variant="outline" color="gray" tt="none" radius="sm">
            #{tag}
          </Badge>
        ))}
      </Group>
    </Stack>
  );
}
