import {
  Alert,
  Button,
  Label,
  Modal,
  ModalVariant,
  Text,
  TextContent,
} from "@patternfly/react-core";
import { StarIcon } from "@patternfly/react-icons";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import type { Explanation } from "../api/types";
import { LevelLabel, Loading } from "./common";
import { useChatAccess } from "./useChatAccess";
import { useLoad } from "./useLoad";

type ExplainModalProps = {
  userId: string;
  permission: string;
  inbox: { id: string; key: string };
  onClose: () => void;
};

/** Why a user has their level of one permission in one inbox: every assignment that took part. */
export const ExplainModal = ({ userId, permission, inbox, onClose }: ExplainModalProps) => {
  const { api, t, notifyError } = useChatAccess();
  const { data } = useLoad(
    () =>
      api.get<Explanation>(`/users/${userId}/explain`, { permission, inbox: inbox.id }),
    [api, userId, permission, inbox.id],
    (error) => notifyError(t("chatExplainFailed"), error),
  );

  return (
    <Modal
      variant={ModalVariant.large}
      title={t("chatWhyTitle", { permission, inbox: inbox.key })}
      isOpen
      onClose={onClose}
      data-testid="chat-explain-modal"
      actions={[
        <Button key="close" variant="primary" onClick={onClose} data-testid="chat-explain-close">
          {t("chatClose")}
        </Button>,
      ]}
    >
      {!data ? (
        <Loading />
      ) : (
        <>
          <TextContent className="pf-v5-u-mb-md">
            <Text data-testid="chat-explain-level">
              {t("chatExplainResult", { username: data.username, permission, inbox: inbox.key })}{" "}
              <LevelLabel level={data.level} />
            </Text>
          </TextContent>
          {data.cappedBy && (
            <Alert
              variant="info"
              isInline
              className="pf-v5-u-mb-md"
              data-testid="chat-explain-capped"
              title={t("chatExplainCapped", {
                granted: t(`chatLevel_${data.cappedBy.granted}`),
                prerequisite: data.cappedBy.permission,
                level: t(`chatLevel_${data.cappedBy.level}`),
              })}
            />
          )}
          {data.suspended && (
            <Alert variant="warning" isInline title={t("chatExplainSuspended")} className="pf-v5-u-mb-md" />
          )}
          {data.contributions.length === 0 ? (
            <Alert
              variant="info"
              isInline
              title={t("chatExplainNothing")}
              data-testid="chat-explain-nothing"
            />
          ) : (
            <Table aria-label={t("chatContributions")} variant="compact" data-testid="chat-explain-table">
              <Thead>
                <Tr>
                  <Th screenReaderText={t("chatWinning")} modifier="fitContent" />
                  <Th>{t("chatWhat")}</Th>
                  <Th>{t("chatLevel")}</Th>
                  <Th>{t("chatVia")}</Th>
                  <Th>{t("chatScope")}</Th>
                  <Th>{t("chatDropped")}</Th>
                </Tr>
              </Thead>
              <Tbody>
                {data.contributions.map((c) => (
                  <Tr
                    key={c.assignmentId}
                    data-testid={`chat-contribution-${c.role?.key ?? "grants"}`}
                    className={c.winning ? "chat-access-winning" : undefined}
                  >
                    <Td>
                      {c.winning && (
                        <span title={t("chatWinning")} data-testid="chat-contribution-winning">
                          <StarIcon />
                        </span>
                      )}
                    </Td>
                    <Td dataLabel={t("chatWhat")}>
                      {c.role ? (
                        <>
                          {c.role.name}{" "}
                          <Label isCompact>
                            v{c.version}
                            {c.keptBack ? ` ${t("chatKeptBack")}` : c.pinned ? ` ${t("chatPinned")}` : ""}
                          </Label>
                        </>
                      ) : (
                        t("chatExtraGrants")
                      )}
                    </Td>
                    <Td dataLabel={t("chatLevel")}>
                      <LevelLabel level={c.level} />
                    </Td>
                    <Td dataLabel={t("chatVia")}>
                      {c.via ??
                        `${t(`chatSubjectType_${c.subject.type}`)} ${c.subject.name ?? c.subject.id}`}
                    </Td>
                    <Td dataLabel={t("chatScope")}>{c.scope}</Td>
                    <Td dataLabel={t("chatDropped")}>
                      {c.dropped ? (
                        <Label color="orange" isCompact>
                          {t(`chatDropped_${c.dropped}`)}
                        </Label>
                      ) : (
                        ""
                      )}
                    </Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
          )}
        </>
      )}
    </Modal>
  );
};
