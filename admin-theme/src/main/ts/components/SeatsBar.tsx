import { Progress, ProgressMeasureLocation, ProgressVariant } from "@patternfly/react-core";
import { useTranslation } from "react-i18next";
import type { License } from "../api/types";
import { CHAT_NS } from "../i18n";

/** Seats used of a license type: a bar when there is a limit, a count when there is none. */
export const SeatsBar = ({ license }: { license: License }) => {
  const { t } = useTranslation(CHAT_NS);
  if (license.seats === null || license.seats === undefined) {
    return (
      <span data-testid={`chat-seats-${license.key}`}>
        {t("chatSeatsUnlimited", { used: license.seatsUsed })}
      </span>
    );
  }
  const percent = license.seats === 0 ? 100 : (100 * license.seatsUsed) / license.seats;
  return (
    <Progress
      data-testid={`chat-seats-${license.key}`}
      value={percent}
      aria-label={t("chatSeatsUsed")}
      size="sm"
      measureLocation={ProgressMeasureLocation.outside}
      label={t("chatSeatsOf", { used: license.seatsUsed, seats: license.seats })}
      valueText={t("chatSeatsOf", { used: license.seatsUsed, seats: license.seats })}
      variant={
        license.seatsUsed >= license.seats
          ? ProgressVariant.danger
          : percent >= 80
            ? ProgressVariant.warning
            : undefined
      }
    />
  );
};
