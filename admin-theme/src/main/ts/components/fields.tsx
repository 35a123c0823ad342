import {
  FormGroup,
  FormHelperText,
  HelperText,
  HelperTextItem,
  TextArea,
  TextInput,
} from "@patternfly/react-core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Limits } from "../api/types";
import { CHAT_NS } from "../i18n";
import { isValidKey } from "./useLimits";

type FieldHelperProps = {
  /** the field's id: the helper is {@code <id>-helper}, the counter {@code <id>-count} */
  id: string;
  hint?: ReactNode;
  error?: string;
  /** with max: a counter "12 of <max> characters" */
  value?: string;
  max?: number;
};

/** Below a field: its error (the server's or our own check), a hint, and a character counter. */
export const FieldHelper = ({ id, hint, error, value, max }: FieldHelperProps) => {
  const { t } = useTranslation(CHAT_NS);
  const counter = max !== undefined && value !== undefined;
  if (!hint && !error && !counter) {
    return null;
  }
  return (
    <FormHelperText>
      <HelperText id={`${id}-helper`} data-testid={`${id}-helper`}>
        {error && <HelperTextItem variant="error">{error}</HelperTextItem>}
        {hint && <HelperTextItem>{hint}</HelperTextItem>}
        {counter && (
          <HelperTextItem data-testid={`${id}-count`}>
            {t("chatCharCount", { used: value.length, max })}
          </HelperTextItem>
        )}
      </HelperText>
    </FormHelperText>
  );
};

type KeyFieldProps = {
  id: string;
  value: string;
  onChange: (value: string) => void;
  limits: Limits | undefined;
  /** what the key is for */
  hint: string;
  /** the server's field error of the last save */
  serverError?: string;
  /** a save was tried: an empty key counts as invalid too */
  tried: boolean;
  isDisabled?: boolean;
};

/** A key (node, license, role): checked against the server's pattern while typing, which it shows. */
export const KeyField = ({
  id,
  value,
  onChange,
  limits,
  hint,
  serverError,
  tried,
  isDisabled,
}: KeyFieldProps) => {
  const { t } = useTranslation(CHAT_NS);
  const key = value.trim();
  const invalid = (key !== "" || tried) && !isValidKey(limits, key);
  const error = invalid ? t("chatKeyInvalid", { pattern: limits?.keyPattern }) : serverError;
  return (
    <FormGroup label={t("chatKey")} isRequired fieldId={id}>
      <TextInput
        id={id}
        data-testid={id}
        value={value}
        maxLength={limits?.keyChars}
        isDisabled={isDisabled}
        onChange={(_e, v) => onChange(v)}
        validated={error ? "error" : "default"}
        aria-describedby={`${id}-helper`}
      />
      <FieldHelper
        id={id}
        error={error}
        hint={
          limits
            ? `${hint} ${t("chatKeyPattern", { pattern: limits.keyPattern, max: limits.keyChars })}`
            : hint
        }
      />
    </FormGroup>
  );
};

type TextFieldProps = {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** the server's limit for this field (nameChars, descriptionChars, ...) */
  max: number | undefined;
  error?: string;
  hint?: string;
  isRequired?: boolean;
  isDisabled?: boolean;
  /** a text area instead of a line */
  multiline?: boolean;
};

/** A name, description or reason: at most the server's number of characters, with a counter. */
export const TextField = ({
  id,
  label,
  value,
  onChange,
  max,
  error,
  hint,
  isRequired,
  isDisabled,
  multiline,
}: TextFieldProps) => (
  <FormGroup label={label} isRequired={isRequired} fieldId={id}>
    {multiline ? (
      <TextArea
        id={id}
        data-testid={id}
        value={value}
        maxLength={max}
        isDisabled={isDisabled}
        onChange={(_e, v) => onChange(v)}
        validated={error ? "error" : "default"}
        resizeOrientation="vertical"
        aria-describedby={`${id}-helper`}
      />
    ) : (
      <TextInput
        id={id}
        data-testid={id}
        value={value}
        maxLength={max}
        isDisabled={isDisabled}
        onChange={(_e, v) => onChange(v)}
        validated={error ? "error" : "default"}
        aria-describedby={`${id}-helper`}
      />
    )}
    <FieldHelper id={id} error={error} hint={hint} value={value} max={max} />
  </FormGroup>
);

/** A channel as the admin reads it: the built-in ones by their label, others as they are. */
export const channelLabel = (
  t: (key: string, options?: Record<string, unknown>) => string,
  channel: string,
) => t(`chatChannel_${channel}`, { defaultValue: channel });
