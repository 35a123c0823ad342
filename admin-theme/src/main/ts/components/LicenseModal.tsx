import {
  Button,
  Checkbox,
  Form,
  FormGroup,
  FormHelperText,
  HelperText,
  HelperTextItem,
  Modal,
  ModalVariant,
  TextInput,
} from "@patternfly/react-core";
import { useState } from "react";
import { ProblemError } from "../api/ChatAccessApi";
import { BUILT_IN_CHANNELS, License } from "../api/types";
import { useChatAccess } from "./useChatAccess";

type LicenseModalProps = {
  license?: License;
  onClose: () => void;
  onSaved: (license: License) => void;
};

/** Create or edit a license type: key, name, seat limit (empty = none), channels (none = all). */
export const LicenseModal = ({ license, onClose, onSaved }: LicenseModalProps) => {
  const { api, t, notifyError } = useChatAccess();
  const [key, setKey] = useState(license?.key ?? "");
  const [name, setName] = useState(license?.name ?? "");
  const [seats, setSeats] = useState(
    license?.seats === null || license?.seats === undefined ? "" : String(license.seats),
  );
  const [channels, setChannels] = useState<string[]>(license?.channels ?? []);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const save = async () => {
    const trimmed = seats.trim();
    if (trimmed !== "" && !/^\d+$/.test(trimmed)) {
      setErrors({ seats: t("chatSeatsInvalid") });
      return;
    }
    const body = {
      key: key.trim(),
      name: name.trim(),
      seats: trimmed === "" ? null : Number(trimmed),
      channels,
    };
    try {
      onSaved(
        license
          ? await api.put<License>(`/licenses/${license.id}`, body)
          : await api.post<License>("/licenses", body),
      );
    } catch (error) {
      if (error instanceof ProblemError) {
        setErrors(Object.fromEntries(error.errors.map((e) => [e.field, e.message])));
      }
      notifyError(t(license ? "chatSaveLicense" : "chatCreateLicense"), error);
    }
  };

  const helper = (field: string, text?: string) =>
    errors[field] || text ? (
      <FormHelperText>
        <HelperText>
          <HelperTextItem variant={errors[field] ? "error" : "default"}>
            {errors[field] ?? text}
          </HelperTextItem>
        </HelperText>
      </FormHelperText>
    ) : null;

  return (
    <Modal
      variant={ModalVariant.medium}
      title={license ? t("chatEditLicenseTitle", { name: license.name }) : t("chatAddLicense")}
      isOpen
      onClose={onClose}
      data-testid="chat-license-modal"
      actions={[
        <Button key="save" data-testid="chat-license-save" onClick={() => void save()}>
          {license ? t("chatSave") : t("chatCreate")}
        </Button>,
        <Button key="cancel" variant="link" onClick={onClose}>
          {t("chatCancel")}
        </Button>,
      ]}
    >
      <Form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <FormGroup label={t("chatKey")} isRequired fieldId="chat-license-key">
          <TextInput
            id="chat-license-key"
            data-testid="chat-license-key"
            value={key}
            onChange={(_e, v) => setKey(v)}
            validated={errors.key ? "error" : "default"}
          />
          {helper("key", t("chatLicenseKeyHelp"))}
        </FormGroup>
        <FormGroup label={t("chatName")} isRequired fieldId="chat-license-name">
          <TextInput
            id="chat-license-name"
            data-testid="chat-license-name"
            value={name}
            onChange={(_e, v) => setName(v)}
            validated={errors.name ? "error" : "default"}
          />
          {helper("name")}
        </FormGroup>
        <FormGroup label={t("chatSeats")} fieldId="chat-license-seats">
          <TextInput
            id="chat-license-seats"
            data-testid="chat-license-seats"
            type="number"
            min={0}
            value={seats}
            onChange={(_e, v) => setSeats(v)}
            validated={errors.seats ? "error" : "default"}
          />
          {helper("seats", t("chatSeatsHelp"))}
        </FormGroup>
        <FormGroup
          label={t("chatLicenseChannels")}
          fieldId="chat-license-channels"
          role="group"
          isInline
        >
          {BUILT_IN_CHANNELS.map((channel) => (
            <Checkbox
              key={channel}
              id={`chat-license-channel-${channel}`}
              data-testid={`chat-license-channel-${channel}`}
              label={t(`chatChannel_${channel}`)}
              isChecked={channels.includes(channel)}
              onChange={(_e, checked) =>
                setChannels(
                  checked ? [...channels, channel] : channels.filter((c) => c !== channel),
                )
              }
            />
          ))}
          {helper("channels", t("chatLicenseChannelsHelp"))}
        </FormGroup>
      </Form>
    </Modal>
  );
};
