import { Button, Menu } from '@mantine/core';
import { IconCheck, IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from './types';

interface Props {
  value: string;
  onChange: (lang: Language) => void;
}

/** Language names are shown in their own language, as users look for their own. */
export function LanguageMenu({ value, onChange }: Props) {
  const { t } = useTranslation();
  const current = t(`languages.${value}`);
  return (
    <Menu position="bottom-end" withinPortal shadow="md">
      <Menu.Target>
        <Button
          variant="subtle"
          color="gray"
          leftSection={<IconLanguage size={18} aria-hidden />}
          aria-label={`${t('language.label')}: ${current}`}
        >
          {current}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('language.label')}</Menu.Label>
        {LANGUAGES.map((lng) => (
          <Menu.Item
            key={lng}
            lang={lng}
            onClick={() => onChange(lng)}
            rightSection={lng === value ? <IconCheck size={16} aria-hidden /> : null}
            aria-current={lng === value ? 'true' : undefined}
          >
            {t(`languages.${lng}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
