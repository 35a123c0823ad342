import {
  Button,
  Checkbox,
  Form,
  FormGroup,
  InputGroup,
  InputGroupItem,
  Modal,
  ModalVariant,
  TextInput,
} from "@patternfly/react-core";
import { useState } from "react";
import { ProblemError } from "../api/ChatAccessApi";
import type { License, Limits } from "../api/types";
import { Loading } from "./common";
import { channelLabel, FieldHelper, KeyField, TextField } from "./fields";
import { useChatAccess } from "./useChatAccess";
import { isValidKey, useLimits } from "./useLimits";

const CUSTOM = "custom:";

type LicenseModalProps = {
  license?: License;
  onClose: () => void;
  onSaved: (license: License) => void;
};

/**
 * Create or edit a license type: key, name, seat limit (empty = none), channels (none = all), each
 * within the server's limits.
 */
export const LicenseModal = (props: LicenseModalProps) => {
  const { limits, loading } = useLimits();
  return loading ? (
    <Modal
      variant={ModalVariant.medium}
      isOpen
      onClose={props.onClose}
      data-testid="chat-license-modal"
      aria-label="license"
    >
      <Loading />
    </Modal>
  ) : (
    <LicenseForm {...props} limits={limits} />
  );
};

const LicenseForm = ({
  license,
  onClose,
  onSaved,
  limits,
}: LicenseModalProps & { limits?: Limits }) => {
  const { api, t, notifyError } = useChatAccess();
  const [key, setKey] = useState(license?.key ?? "");
  const [name, setName] = useState(license?.name ?? "");
  const [seats, setSeats] = useState(
    license?.seats === null || license?.seats === undefined ? "" : String(license.seats),
  );
  const [channels, setChannels] = useState<string[]>(license?.channels ?? []);
  const [customChannel, setCustomChannel] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [tried, setTried] = useState(false);

  const builtIn = limits?.builtInChannels ?? [];
  // the built-in channels, then the custom ones this license names
  const offered = [...builtIn, ...channels.filter((c) => !builtIn.includes(c))];
  const full = limits !== undefined && channels.length >= limits.licenseChannels;
  const customChars = limits ? limits.channelChars - CUSTOM.length : undefined;

  const seatsError = (value: string) => {
    if (value === "") {
      return undefined;
    }
    const number = /^\d+$/.test(value) ? Number(value) : NaN;
    return Number.isNaN(number) || (limits !== undefined && number > limits.seats)
      ? limits
        ? t("chatSeatsOutOfRange", { max: limits.seats })
        : t("chatSeatsInvalid")
      : undefined;
  };

  const addCustom = () => {
    const value = CUSTOM + customChannel.trim();
    if (customChannel.trim() !== "" && !channels.includes(value) && !full) {
      setChannels([...channels, value]);
    }
    setCustomChannel("");
  };

  const save = async () => {
    setTried(true);
    const trimmed = seats.trim();
    const seatsProblem = seatsError(trimmed);
    if (seatsProblem) {
      setErrors({ seats: seatsProblem });
      return;
    }
    if (!isValidKey(limits, key.trim())) {
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

  const liveSeatsError = seatsError(seats.trim()) ?? errors.seats;

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
        <Button key="cancel" variant="link" data-testid="chat-license-cancel" onClick={onClose}>
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
        <KeyField
          id="chat-license-key"
          value={key}
          onChange={setKey}
          limits={limits}
          hint={t("chatLicenseKeyHelp")}
          serverError={errors.key}
          tried={tried}
        />
        <TextField
          id="chat-license-name"
          label={t("chatName")}
          isRequired
          value={name}
          onChange={setName}
          max={limits?.nameChars}
          error={errors.name}
        />
        <FormGroup label={t("chatSeats")} fieldId="chat-license-seats">
          <TextInput
            id="chat-license-seats"
            data-testid="chat-license-seats"
            type="number"
            min={0}
            max={limits?.seats}
            value={seats}
            onChange={(_e, v) => setSeats(v)}
            validated={liveSeatsError ? "error" : "default"}
            aria-describedby="chat-license-seats-helper"
          />
          <FieldHelper
            id="chat-license-seats"
            error={liveSeatsError}
            hint={limits ? t("chatSeatsHelpMax", { max: limits.seats }) : t("chatSeatsHelp")}
          />
        </FormGroup>
        <FormGroup
          label={t("chatLicenseChannels")}
          fieldId="chat-license-channels"
          role="group"
          isInline
        >
          {offered.map((channel) => (
            <Checkbox
              key={channel}
              id={`chat-license-channel-${channel}`}
              data-testid={`chat-license-channel-${channel}`}
              label={channelLabel(t, channel)}
              isChecked={channels.includes(channel)}
              // at the server's limit, only unchecking is possible
              isDisabled={full && !channels.includes(channel)}
              onChange={(_e, checked) =>
                setChannels(
                  checked
                    ? full
                      ? channels
                      : [...channels, channel]
                    : channels.filter((c) => c !== channel),
                )
              }
            />
          ))}
        </FormGroup>
        <FormGroup fieldId="chat-license-custom-channel">
          <InputGroup>
            <InputGroupItem isFill>
              <TextInput
                id="chat-license-custom-channel"
                data-testid="chat-license-custom-channel"
                aria-label={t("chatChannelCustomName")}
                placeholder={t("chatChannelCustomName")}
                value={customChannel}
                maxLength={customChars}
                isDisabled={full}
                onChange={(_e, v) => setCustomChannel(v)}
                onKeyDown={(event) => {
                  if (event.key === "Enter") {
                    event.preventDefault();
                    addCustom();
                  }
                }}
              />
            </InputGroupItem>
            <InputGroupItem>
              <Button
                variant="control"
                data-testid="chat-license-custom-channel-add"
                isDisabled={full || customChannel.trim() === ""}
                onClick={addCustom}
              >
                {t("chatAddChannel")}
              </Button>
            </InputGroupItem>
          </InputGroup>
          <FieldHelper
            id="chat-license-channels"
            error={errors.channels}
            hint={
              !limits
                ? t("chatLicenseChannelsHelp")
                : full
                  ? t("chatLicenseChannelsFull", { max: limits.licenseChannels })
                  : t("chatLicenseChannelsHelpMax", {
                      used: channels.length,
                      max: limits.licenseChannels,
                    })
            }
          />
        </FormGroup>
      </Form>
    </Modal>
  );
};
