// Building blocks of the engagement form: its sections, its field rules, focus after a refused save.
import type { Rules } from '../../ui/useApiForm';
import { required } from '../../ui/validators';
import type { EngagementFormValues } from './formModel';
import { amountRule, currencyRule, dateRule, endAfterStart, onlineUrlRule, oneTitle, textRule, timeRule, timeZoneRule, type RowErrors } from './formRules';

/** After a refused save, the first field in error (or the alert) gets the focus, so it is seen and heard. */
export function focusFirstError() {
  window.setTimeout(() => {
    const el = document.querySelector<HTMLElement>('form [aria-invalid="true"], form [role="alert"]');
    el?.scrollIntoView({ block: 'center' });
    el?.focus({ preventScroll: true });
  }, 50);
}

export function dropField<F extends string>(errors: RowErrors<F>, key: string, field: F): RowErrors<F> {
  if (!errors[key]?.[field]) return errors;
  const row = { ...errors[key] };
  delete row[field];
  return { ...errors, [key]: row };
}

export const rules: Rules<EngagementFormValues> = {
  kind: required,
  titleVi: [oneTitle, textRule('titleVi')],
  titleEn: [oneTitle, textRule('titleEn')],
  titleFr: [oneTitle, textRule('titleFr')],
  startDate: dateRule,
  startTime: timeRule,
  endDate: [dateRule, endAfterStart],
  endTime: timeRule,
  timeZone: timeZoneRule,
  onlineUrl: onlineUrlRule,
  city: textRule('city'),
  venue: textRule('venue'),
  organiserUnitId: required,
  purpose: textRule('purpose'),
  budgetAmount: amountRule,
  budgetCurrency: currencyRule,
  ownerUnitId: required,
  visibility: required,
};
