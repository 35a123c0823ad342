import type ClientRepresentation from "@keycloak/keycloak-admin-client/lib/defs/clientRepresentation";
import {
  Alert,
  Button,
  CodeBlock,
  CodeBlockCode,
  Form,
  FormGroup,
  FormHelperText,
  FormSelect,
  FormSelectOption,
  HelperText,
  HelperTextItem,
  TextInput,
} from "@patternfly/react-core";
import { useState } from "react";
import { useChatAccess } from "./useChatAccess";
import { useLoad } from "./useLoad";

/** A claim of our format: an object with the format version and the realm's revision. */
function findChatClaims(token: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(token).filter(
      ([, value]) =>
        value !== null && typeof value === "object" && "v" in value && "rev" in value,
    ),
  );
}

/**
 * The user's chat claim as a chosen client would get it in an access token, from Keycloak's own
 * client scope evaluation (the console's "Evaluate" tab): it runs the client's mappers, ours
 * included, without signing anyone in.
 */
export const ClaimPreview = ({ userId }: { userId: string }) => {
  const { adminClient, realm, t, notifyError, canViewClients } = useChatAccess();
  const clients = useLoad(
    () =>
      canViewClients
        ? adminClient.clients.find({ realm, first: 0, max: 200 })
        : Promise.resolve([] as ClientRepresentation[]),
    [adminClient, realm, canViewClients],
    (error) => notifyError(t("chatLoadClients"), error),
  );
  const [clientId, setClientId] = useState("");
  const [scope, setScope] = useState("openid chat");
  const [claims, setClaims] = useState<Record<string, unknown>>();

  const preview = async () => {
    try {
      const token = await adminClient.clients.evaluateGenerateAccessToken({
        realm,
        id: clientId,
        userId,
        scope: scope.trim(),
      } as Parameters<typeof adminClient.clients.evaluateGenerateAccessToken>[0]);
      setClaims(findChatClaims(token));
    } catch (error) {
      notifyError(t("chatPreviewFailed"), error);
    }
  };

  if (!canViewClients) {
    return <Alert variant="info" isInline isPlain title={t("chatPreviewNeedsClients")} />;
  }
  const choices = (clients.data ?? []).filter((c) => c.protocol !== "saml" && !c.bearerOnly);
  return (
    <>
      <Form isHorizontal onSubmit={(event) => event.preventDefault()}>
        <FormGroup label={t("chatClient")} fieldId="chat-preview-client">
          <FormSelect
            id="chat-preview-client"
            data-testid="chat-preview-client"
            value={clientId}
            onChange={(_e, v) => {
              setClientId(v);
              setClaims(undefined);
            }}
          >
            <FormSelectOption value="" label={t("chatChooseClient")} isPlaceholder />
            {choices.map((c) => (
              <FormSelectOption key={c.id} value={c.id!} label={c.clientId!} />
            ))}
          </FormSelect>
        </FormGroup>
        <FormGroup label={t("chatPreviewScope")} fieldId="chat-preview-scope">
          <TextInput
            id="chat-preview-scope"
            data-testid="chat-preview-scope"
            value={scope}
            onChange={(_e, v) => setScope(v)}
          />
          <FormHelperText>
            <HelperText>
              <HelperTextItem>{t("chatPreviewScopeHelp")}</HelperTextItem>
            </HelperText>
          </FormHelperText>
        </FormGroup>
        <FormGroup fieldId="chat-preview-run">
          <Button
            id="chat-preview-run"
            data-testid="chat-preview-run"
            variant="secondary"
            isDisabled={!clientId}
            onClick={() => void preview()}
          >
            {t("chatPreview")}
          </Button>
        </FormGroup>
      </Form>
      {claims &&
        (Object.keys(claims).length === 0 ? (
          <Alert
            className="pf-v5-u-mt-md"
            variant="info"
            isInline
            title={t("chatPreviewNoClaim")}
            data-testid="chat-preview-none"
          />
        ) : (
          <CodeBlock className="pf-v5-u-mt-md" data-testid="chat-preview-claim">
            <CodeBlockCode>{JSON.stringify(claims, null, 2)}</CodeBlockCode>
          </CodeBlock>
        ))}
    </>
  );
};
