import { MultiSelect, Select, type ComboboxParsedItem, type MultiSelectProps, type OptionsFilter, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { foldText } from '../../ui/unitName';
import { languageOptions } from './languages';
import { useCooperationFields, useCountries, useRefNames } from './referenceData';

/** Typing "phap" finds "Pháp", "lao" finds "Tiếng Lào"; short codes ("FR", "lo") match too, ids do not. */
export const foldFilter: OptionsFilter = ({ options, search }) => {
  const q = foldText(search.trim());
  if (!q) return options;
  return options.filter(
    (o: ComboboxParsedItem) => 'label' in o && foldText(o.value.length <= 3 ? `${o.label} ${o.value}` : o.label).includes(q),
  );
};

export function CountrySelect(props: Omit<SelectProps, 'data'>) {
  const { t } = useTranslation();
  const countries = useCountries();
  return (
    <Select
      searchable
      clearable
      filter={foldFilter}
      limit={300}
      nothingFoundMessage={t('common.noResults')}
      data={countries.options}
      {...props}
    />
  );
}

export function LanguagesSelect(props: Omit<MultiSelectProps, 'data'>) {
  const { t, i18n } = useTranslation();
  const data = useMemo(() => languageOptions(i18n.language), [i18n.language]);
  return <MultiSelect searchable clearable filter={foldFilter} nothingFoundMessage={t('common.noResults')} data={data} {...props} />;
}

export function FieldsSelect(props: Omit<MultiSelectProps, 'data'>) {
  const { t } = useTranslation();
  const fields = useRefNames(useCooperationFields().data);
  return <MultiSelect searchable clearable filter={foldFilter} nothingFoundMessage={t('common.noResults')} data={fields.options} {...props} />;
}
