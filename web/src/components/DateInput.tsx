// The one date field of the app: typed and shown day/month/year (31/8/2025) whatever the browser's
// locale would draw for <input type="date">, handing the page the calendar date the API takes
// (2025-08-31), or '' while it is empty or unreadable (and then the form will not submit).
import { TextInput, type TextInputProps } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { parseDateInput, showDateInput } from '../../../src/domain/date-input.ts';
import { useI18n } from '../i18n.tsx';

export type DateInputProps = Omit<TextInputProps, 'value' | 'onChange' | 'type' | 'defaultValue'> & {
  /** yyyy-mm-dd, or '' */
  value: string;
  onChange: (iso: string) => void;
};

export function DateInput({ value, onChange, error, onBlur, ...rest }: DateInputProps) {
  const { t } = useI18n();
  const [text, setText] = useState(() => showDateInput(value));
  const [touched, setTouched] = useState(false);
  const ref = useRef<HTMLInputElement>(null);
  const parsed = parseDateInput(text);
  const wrong = parsed === null ? t('dateInvalid') : '';

  // A value set from outside (a reset, a filter cleared, a record loaded) replaces what was typed.
  useEffect(() => {
    if (value !== (parseDateInput(text) ?? '')) setText(showDateInput(value));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);
  // The browser refuses to submit the form while the text is not a date, as it would for type="date".
  useEffect(() => ref.current?.setCustomValidity(wrong), [wrong]);

  return (
    <TextInput
      {...rest}
      ref={ref}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      placeholder={rest.placeholder ?? t('datePlaceholder')}
      value={text}
      error={error ?? (touched && wrong ? wrong : undefined)}
      onChange={(e) => {
        const next = e.currentTarget.value;
        setText(next);
        const iso = parseDateInput(next);
        onChange(iso ?? '');
      }}
      onBlur={(e) => {
        setTouched(true);
        if (parsed) setText(showDateInput(parsed));
        onBlur?.(e);
      }}
    />
  );
}
