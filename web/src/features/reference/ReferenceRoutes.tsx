import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { PageHeader } from '../../ui/PageHeader';
import { CountriesPage } from './CountriesPage';
import { ReferenceListPage } from './ReferenceListPage';

const TABS = [
  { value: 'countries', label: 'reference.countries' },
  { value: 'groups', label: 'reference.groups' },
  { value: 'fields', label: 'reference.fields' },
] as const;

/** Reference data: countries, relationship groups and cooperation fields, one tab (and URL) each. */
export function ReferenceRoutes() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const current = TABS.find((tab) => pathname.startsWith(`/reference/${tab.value}`))?.value ?? 'countries';
  const title = t(TABS.find((tab) => tab.value === current)!.label);
  return (
    <>
      <PageHeader title={`${t('reference.title')} · ${title}`} description={t('reference.intro')} />
      <Tabs value={current} onChange={(v) => v && void navigate(`/reference/${v}`)} keepMounted={false}>
        <Tabs.List mb="md">
          {TABS.map((tab) => (
            <Tabs.Tab key={tab.value} value={tab.value}>
              {t(tab.label)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {/* Only the current tab's panel is mounted; the URL decides which page it shows. */}
        {TABS.map((tab) => (
          <Tabs.Panel key={tab.value} value={tab.value}>
            <Routes>
              <Route index element={<Navigate to="countries" replace />} />
              <Route path="countries" element={<CountriesPage />} />
              <Route path="groups" element={<ReferenceListPage key="groups" kind="groups" />} />
              <Route path="fields" element={<ReferenceListPage key="fields" kind="fields" />} />
              <Route path="*" element={<Navigate to="countries" replace />} />
            </Routes>
          </Tabs.Panel>
        ))}
      </Tabs>
    </>
  );
}
