// Building blocks of the engagement form: its sections, its field rules, focus after a refused save.
import type { Rules } from '../../ui/useForm';
import { required } from '../../ui/validators';
import type { EngagementFormValues } from './formModel';
import { amountRule, currencyRule, dateRule, endAfterStart, maxLength, onlineUrlRule, oneTitle, timeRule, timeZoneRule, type RowErrors } from './formRules';

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

const title500 = maxLength(500);
export const rules: Rules<EngagementFormValues> = {
  kind: required,
  titleVi: [oneTitle, title500],
  titleEn: [oneTitle, title500],
  titleFr: [oneTitle, title500],
  startDate: dateRule,
  startTime: timeRule,
  endDate: [dateRule, endAfterStart],
  endTime: timeRule,
  timeZone: timeZoneRule,
  onlineUrl: onlineUrlRule,
  city: maxLength(200),
  venue: maxLength(500),
  organiserUnitId: required,
  purpose: maxLength(20_000),
  budgetAmount: amountRule,
  budgetCurrency: currencyRule,
  ownerUnitId: required,
  visibility: required,
};
