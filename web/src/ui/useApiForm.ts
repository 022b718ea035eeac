// A form of @mantine/form that also shows what the server refused: the API's field errors land on
// their inputs, anything else in an alert (formError, extraFieldErrors). Client rules answer i18n
// keys, shown in the current language (a language change re-translates them).
import { useForm, type FormRulesRecord } from '@mantine/form';
import { createElement, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from './api';

/** A client rule: an i18n key when the value is wrong, else null. */
export type Rule<V, K extends keyof V> = (value: V[K], values: V) => string | null;
export type Rules<V> = { [K in keyof V]?: Rule<V, K> | Rule<V, K>[] };

export interface ApiFormOptions<V> {
  initialValues: V;
  validate?: Rules<V>;
  /** Server field path (e.g. `admin.password`) of a form field when it differs from the field name. */
  fieldPaths?: Partial<Record<keyof V & string, string>>;
}

function Translated({ k }: { k: string }) {
  const { t } = useTranslation();
  return t(k);
}

/** The form's rules as @mantine/form runs them: the first failing rule of a field gives its error. */
function mantineRules<V>(rules: Rules<V> = {}): FormRulesRecord<V> {
  const out: Record<string, (value: unknown, values: V) => unknown> = {};
  for (const [field, r] of Object.entries(rules) as [string, Rule<V, keyof V> | Rule<V, keyof V>[]][]) {
    const list = Array.isArray(r) ? r : [r];
    out[field] = (value, values) => {
      for (const rule of list) {
        const key = rule(value as V[keyof V], values);
        if (key) return createElement(Translated, { k: key });
      }
      return null;
    };
  }
  return out as FormRulesRecord<V>;
}

export function useApiForm<V extends Record<string, unknown>>(opts: ApiFormOptions<V>) {
  // Rules may close over props (the user's unit, the record's id): read each render, as @mantine/form does.
  const form = useForm<V>({ mode: 'controlled', initialValues: opts.initialValues, validate: mantineRules(opts.validate) });
  // A server error no visible field explains: shown as an alert.
  const [formError, setFormError] = useState<unknown>(null);
  const [extraFieldErrors, setExtraFieldErrors] = useState<string[]>([]);
  const clearServerError = () => {
    setFormError(null);
    setExtraFieldErrors([]);
  };

  const setServerError = (err: unknown) => {
    if (!(err instanceof ApiError)) {
      setFormError(err);
      setExtraFieldErrors([]);
      return;
    }
    const byPath = new Map<string, string>();
    for (const key of Object.keys(form.getValues())) byPath.set(opts.fieldPaths?.[key as keyof V & string] ?? key, key);
    const next: Record<string, string> = {};
    const extra: string[] = [];
    for (const [path, text] of Object.entries(err.fields)) {
      const key = byPath.get(path);
      if (key !== undefined) next[key] = text;
      else extra.push(text);
    }
    form.setErrors(next);
    setExtraFieldErrors(extra);
    // Field errors already explain a validation failure; anything else deserves an alert.
    const fullyExplained = Object.keys(next).length > 0 && extra.length === 0;
    setFormError(fullyExplained && err.code === 'validation_failed' ? null : err);
  };

  return {
    ...form,
    formError,
    extraFieldErrors,
    setServerError,
    /** Props of a Select whose value is a string ('' when none is chosen). */
    selectProps: <K extends keyof V & string>(key: K) => ({
      value: (form.values[key] ?? null) as string | null,
      onChange: (v: string | null) => form.setFieldValue(key, (v ?? '') as never),
      error: form.errors[key],
    }),
    onSubmit: (handler: (values: V) => void) => (e?: FormEvent) => {
      clearServerError();
      form.onSubmit(handler)(e as FormEvent<HTMLFormElement> | undefined);
    },
    /** Back to the initial values, or to `next`; errors and the alert go. */
    reset: (next?: V) => {
      form.reset();
      if (next) form.setValues(next);
      clearServerError();
    },
  };
}

export type ApiForm<V extends Record<string, unknown>> = ReturnType<typeof useApiForm<V>>;
