import { HelperText, HelperTextItem, Radio } from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useTranslation } from "react-i18next";
import { Grants, Level, LEVELS, Permission } from "../api/types";
import { CHAT_NS } from "../i18n";

type GrantMatrixProps = {
  id: string;
  permissions: Permission[];
  grants: Grants;
  /** the server's limit of grants in one map: at it, only held permissions can change */
  maxGrants?: number;
  isDisabled?: boolean;
  onChange: (grants: Grants) => void;
};

/**
 * The permission x level matrix: one row per permission of the catalog, one radio per level.
 * Boolean permissions take none or all only. "none" is not stored: it is the absence of a grant.
 */
export const GrantMatrix = ({
  id,
  permissions,
  grants,
  maxGrants,
  isDisabled,
  onChange,
}: GrantMatrixProps) => {
  const { t } = useTranslation(CHAT_NS);
  const full = maxGrants !== undefined && Object.keys(grants).length >= maxGrants;
  const set = (permission: string, level: Level) => {
    const next = { ...grants };
    if (level === "none") {
      delete next[permission];
    } else {
      next[permission] = level;
    }
    onChange(next);
  };
  /** What a prerequisite does to this role's grant: an unconditional note, or the cap it bites with. */
  const capNote = (prerequisite: string, current: Level, prerequisiteLevel: Level, yesNo: boolean) => {
    const bites =
      current !== "none" &&
      (prerequisiteLevel === "none" || (!yesNo && LEVELS.indexOf(prerequisiteLevel) < LEVELS.indexOf(current)));
    return bites
      ? t("chatRequiresCapped", { prerequisite, level: t(`chatLevel_${prerequisiteLevel}`) })
      : t("chatRequires", { prerequisite });
  };
  return (
    <>
    {full && (
      <HelperText data-testid={`${id}-full`}>
        <HelperTextItem variant="warning">{t("chatGrantsFull", { max: maxGrants })}</HelperTextItem>
      </HelperText>
    )}
    <Table aria-label={t("chatPermissionMatrix")} variant="compact" data-testid={id} className="chat-access-matrix">
      <Thead>
        <Tr>
          <Th>{t("chatPermission")}</Th>
          {LEVELS.map((level) => (
            <Th key={level} textCenter>
              {t(`chatLevel_${level}`)}
            </Th>
          ))}
        </Tr>
      </Thead>
      <Tbody>
        {permissions.map((permission) => {
          const current = grants[permission.key] ?? "none";
          return (
            <Tr key={permission.key} data-testid={`${id}-row-${permission.key}`}>
              <Td dataLabel={t("chatPermission")}>
                <code>{permission.key}</code>
                {permission.requires && (
                  <div className="chat-access-muted" data-testid={`${id}-requires-${permission.key}`}>
                    {capNote(
                      permission.requires,
                      current,
                      grants[permission.requires] ?? "none",
                      permission.kind === "boolean",
                    )}
                  </div>
                )}
                {permission.description && (
                  <div className="chat-access-muted">{permission.description}</div>
                )}
              </Td>
              {LEVELS.map((level) => {
                const possible =
                  permission.kind === "scoped" || level === "none" || level === "all";
                return (
                  <Td key={level} textCenter dataLabel={t(`chatLevel_${level}`)}>
                    {possible ? (
                      <Radio
                        id={`${id}-${permission.key}-${level}`}
                        data-testid={`${id}-${permission.key}-${level}`}
                        name={`${id}-${permission.key}`}
                        aria-label={`${permission.key} ${t(`chatLevel_${level}`)}`}
                        isChecked={current === level}
                        isDisabled={
                          isDisabled || (full && current === "none" && level !== "none")
                        }
                        onChange={() => set(permission.key, level)}
                      />
                    ) : (
                      <span className="chat-access-muted" aria-hidden>
                        -
                      </span>
                    )}
                  </Td>
                );
              })}
            </Tr>
          );
        })}
      </Tbody>
    </Table>
    </>
  );
};
