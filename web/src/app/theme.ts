import { createTheme, type MantineThemeOverride } from '@mantine/core';
import type { TFunction } from 'i18next';

/**
 * Some Mantine controls ship untranslated or missing aria-labels (password toggle,
 * clear and close buttons, calendar arrows); the theme gives them translated ones.
 */
export function makeTheme(t: TFunction): MantineThemeOverride {
  const close = { 'aria-label': t('common.close') };
  const clear = { 'aria-label': t('common.clear') };
  return createTheme({
    primaryColor: 'blue',
    primaryShade: 7,
    defaultRadius: 'md',
    fontFamily:
      'Inter, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji"',
    headings: { fontWeight: '650' },
    components: {
      Modal: {
        defaultProps: { radius: 'md', closeButtonProps: close, overlayProps: { backgroundOpacity: 0.4, blur: 1 } },
        styles: { title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } },
      },
      Notification: { defaultProps: { closeButtonProps: close } },
      PasswordInput: {
        defaultProps: {
          visibilityToggleButtonProps: { 'aria-label': t('common.togglePassword') },
          // Hint under the field keeps side-by-side password inputs aligned.
          inputWrapperOrder: ['label', 'input', 'description', 'error'],
        },
      },
      Select: { defaultProps: { clearButtonProps: clear } },
      DatePickerInput: {
        defaultProps: {
          clearButtonProps: clear,
          ariaLabels: {
            monthLevelControl: t('calendar.chooseMonth'),
            yearLevelControl: t('calendar.chooseYear'),
            nextMonth: t('calendar.nextMonth'),
            previousMonth: t('calendar.previousMonth'),
            nextYear: t('calendar.nextYear'),
            previousYear: t('calendar.previousYear'),
            nextDecade: t('calendar.nextDecade'),
            previousDecade: t('calendar.previousDecade'),
          },
        },
      },
    },
  });
}
