import { useCallback, useMemo, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from './api';

/** A client rule answers an i18n key (re-translated on language change); the server answers text. */
type StoredError = { key: string; values?: Record<string, unknown> } | { text: string };
export type Rule<V, K extends keyof V> = (value: V[K], values: V) => string | null;
export type Rules<V> = { [K in keyof V]?: Rule<V, K> | Rule<V, K>[] };

export interface UseFormOptions<V> {
  initialValues: V;
  validate?: Rules<V>;
  /** Server field path (e.g. `admin.password`) of a form field when it differs from the field name. */
  fieldPaths?: Partial<Record<keyof V & string, string>>;
}

export function useForm<V extends Record<string, unknown>>(opts: UseFormOptions<V>) {
  const { t } = useTranslation();
  const [values, setValues] = useState<V>(opts.initialValues);
  const [stored, setStored] = useState<Partial<Record<keyof V, StoredError>>>({});
  // Server error not attached to a visible field; shown as an alert.
  const [formError, setFormError] = useState<unknown>(null);
  const [extraFieldErrors, setExtraFieldErrors] = useState<string[]>([]);
  const { validate: rules, fieldPaths } = opts;

  const setFieldValue = useCallback(<K extends keyof V>(key: K, value: V[K]) => {
    setValues((prev) => ({ ...prev, [key]: value }));
    setStored((prev) => {
      if (!prev[key]) return prev;
      const next = { ...prev };
      delete next[key];
      return next;
    });
  }, []);

  const validate = useCallback((): boolean => {
    const next: Partial<Record<keyof V, StoredError>> = {};
    for (const key of Object.keys(rules ?? {}) as (keyof V)[]) {
      const r = rules?.[key];
      const list = (Array.isArray(r) ? r : r ? [r] : []) as Rule<V, typeof key>[];
      for (const rule of list) {
        const msg = rule(values[key], values);
        if (msg) {
          next[key] = { key: msg };
          break;
        }
      }
    }
    setStored(next);
    return Object.keys(next).length === 0;
  }, [rules, values]);

  const setServerError = useCallback(
    (err: unknown) => {
      if (!(err instanceof ApiError)) {
        setFormError(err);
        setExtraFieldErrors([]);
        return;
      }
      const byPath = new Map<string, keyof V>();
      for (const key of Object.keys(values) as (keyof V & string)[]) {
        byPath.set(fieldPaths?.[key] ?? key, key);
      }
      const next: Partial<Record<keyof V, StoredError>> = {};
      const extra: string[] = [];
      for (const [path, text] of Object.entries(err.fields)) {
        const key = byPath.get(path);
        if (key !== undefined) next[key] = { text };
        else extra.push(text);
      }
      setStored(next);
      setExtraFieldErrors(extra);
      // Field errors already explain a validation failure; anything else deserves an alert.
      const fullyExplained = Object.keys(next).length > 0 && extra.length === 0;
      setFormError(fullyExplained && err.code === 'validation_failed' ? null : err);
    },
    [values, fieldPaths],
  );

  const errors = useMemo(() => {
    const out: Partial<Record<keyof V, string>> = {};
    for (const [k, e] of Object.entries(stored) as [keyof V, StoredError][]) {
      out[k] = 'text' in e ? e.text : t(e.key, e.values);
    }
    return out;
  }, [stored, t]);

  const textProps = <K extends keyof V>(key: K) => ({
    value: (values[key] ?? '') as string,
    onChange: (e: ChangeEvent<HTMLInputElement>) => setFieldValue(key, e.currentTarget.value as V[K]),
    error: errors[key],
  });

  const selectProps = <K extends keyof V>(key: K) => ({
    value: (values[key] ?? null) as string | null,
    onChange: (v: string | null) => setFieldValue(key, (v ?? '') as V[K]),
    error: errors[key],
  });

  const onSubmit = (handler: (values: V) => void) => (e?: FormEvent) => {
    e?.preventDefault();
    setFormError(null);
    setExtraFieldErrors([]);
    if (validate()) handler(values);
  };

  const initialRef = useRef(opts.initialValues);
  const reset = useCallback((next?: V) => {
    setValues(next ?? initialRef.current);
    setStored({});
    setFormError(null);
    setExtraFieldErrors([]);
  }, []);

  return {
    values,
    errors,
    formError,
    extraFieldErrors,
    setFieldValue,
    setServerError,
    textProps,
    selectProps,
    onSubmit,
    validate,
    reset,
  };
}
