import { Label, LabelGroup } from "@patternfly/react-core";
import { useTranslation } from "react-i18next";
import type { Grants } from "../api/types";
import { CHAT_NS } from "../i18n";

/** Grants as compact labels: "conversation.view: all". */
export const GrantLabels = ({ grants, numLabels = 4 }: { grants: Grants | null; numLabels?: number }) => {
  const { t } = useTranslation(CHAT_NS);
  const entries = Object.entries(grants ?? {}).sort(([a], [b]) => a.localeCompare(b));
  if (entries.length === 0) {
    return <span className="chat-access-muted">{t("chatNoGrants")}</span>;
  }
  return (
    <LabelGroup numLabels={numLabels}>
      {entries.map(([permission, level]) => (
        <Label key={permission} isCompact>
          {permission}: {t(`chatLevel_${level}`)}
        </Label>
      ))}
    </LabelGroup>
  );
};
