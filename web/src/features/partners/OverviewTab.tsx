import { Anchor, Badge, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DetailField } from '../../ui/DetailField';
import { formatDateTime } from '../../ui/format';
import { FieldBadges } from './FieldBadges';
import { languageName } from './languages';
import type { Partner } from './types';

function Item(props: { label: string; children: ReactNode }) {
  const { t } = useTranslation();
  return <DetailField none={t('partners.detail.none')} {...props} />;
}

/** Only http(s) websites become links (the value is user input). */
const safeHref = (url: string) => (/^https?:\/\//i.test(url) ? url : undefined);

export function OverviewTab({ partner: p }: { partner: Partner }) {
  const { t, i18n } = useTranslation();
  const names: [string, string][] = [
    [t('partners.fields.nameOriginal'), p.name],
    [t('fields.nameVi'), p.nameVi],
    [t('fields.nameEn'), p.nameEn],
    [t('fields.nameFr'), p.nameFr],
    [t('partners.fields.transliteration'), p.transliteration],
  ];
  return (
    <Stack gap="lg">
      <Item label={t('partners.fields.description')}>
        {p.description ? (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {p.description}
          </Text>
        ) : null}
      </Item>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        <Item label={t('partners.fields.website')}>
          {p.website ? (
            <Anchor href={safeHref(p.website)} target="_blank" rel="noopener noreferrer" size="sm">
              {p.website}
            </Anchor>
          ) : null}
        </Item>
        <Item label={t('partners.fields.languages')}>
          {p.languages.length ? (
            <Group gap={4}>
              {p.languages.map((code) => (
                <Badge key={code} variant="light" color="gray" tt="none">
                  {languageName(code, i18n.language)}
                </Badge>
              ))}
            </Group>
          ) : null}
        </Item>
        <Item label={t('partners.fields.cooperationFields')}>
          {p.fieldIds.length ? <FieldBadges ids={p.fieldIds} /> : null}
        </Item>
        <Item label={t('partners.fields.aliases')}>
          {p.aliases.length ? (
            <Stack gap={2}>
              {p.aliases.map((a) => (
                <Text key={a} size="sm" lang="">
                  {a}
                </Text>
              ))}
            </Stack>
          ) : null}
        </Item>
      </SimpleGrid>
      <div>
        <Title order={2} fz="md" mb="xs">
          {t('partners.detail.names')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
          {names.map(([label, value]) => (
            <Item key={label} label={label}>
              {value ? (
                <Text size="sm" lang="">
                  {value}
                </Text>
              ) : null}
            </Item>
          ))}
        </SimpleGrid>
      </div>
      <Text size="xs" c="dimmed">
        {t('partners.detail.createdUpdated', {
          created: formatDateTime(p.createdAt, i18n.language),
          updated: formatDateTime(p.updatedAt, i18n.language),
        })}
      </Text>
    </Stack>
  );
}
