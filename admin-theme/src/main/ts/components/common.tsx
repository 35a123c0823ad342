import {
  Alert,
  Button,
  EmptyState,
  EmptyStateActions,
  EmptyStateBody,
  EmptyStateFooter,
  EmptyStateHeader,
  EmptyStateIcon,
  Label,
  Modal,
  ModalVariant,
  Pagination,
  Spinner,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from "@patternfly/react-core";
import { CubesIcon } from "@patternfly/react-icons";
import { ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Level } from "../api/types";
import { CHAT_NS } from "../i18n";

/** first/max paging state; pages ask the server for max + 1 items to know whether more exist. */
export function usePaging(initialMax = 10) {
  const [paging, setPaging] = useState({ first: 0, max: initialMax });
  return { ...paging, setPaging: (first: number, max: number) => setPaging({ first, max }) };
}

/** Cuts a page fetched with max + 1 items into what to show and whether a next page exists. */
export function pageOf<T>(items: T[] | undefined, max: number) {
  const all = items ?? [];
  return { rows: all.slice(0, max), hasMore: all.length > max };
}

type PagerProps = {
  id: string;
  first: number;
  max: number;
  count: number;
  hasMore: boolean;
  onChange: (first: number, max: number) => void;
};

/** The console's style of pager for lists whose total the server does not tell. */
export const Pager = ({ id, first, max, count, hasMore, onChange }: PagerProps) => (
  <Pagination
    widgetId={id}
    data-testid={id}
    isCompact
    itemCount={first + count + (hasMore ? 1 : 0)}
    page={Math.floor(first / max) + 1}
    perPage={max}
    perPageOptions={[
      { title: "10", value: 10 },
      { title: "20", value: 20 },
      { title: "50", value: 50 },
      { title: "100", value: 100 },
    ]}
    onSetPage={(_event, page) => onChange((page - 1) * max, max)}
    onPerPageSelect={(_event, perPage) => onChange(0, perPage)}
    toggleTemplate={({ firstIndex, lastIndex }) => (
      <b>
        {count === 0 ? 0 : firstIndex} - {count === 0 ? 0 : lastIndex}
      </b>
    )}
  />
);

type EmptyHintProps = {
  id: string;
  title: string;
  body: ReactNode;
  action?: ReactNode;
};

/** An empty state that says what to do. */
export const EmptyHint = ({ id, title, body, action }: EmptyHintProps) => (
  <EmptyState variant="sm" data-testid={id}>
    <EmptyStateHeader
      titleText={title}
      headingLevel="h2"
      icon={<EmptyStateIcon icon={CubesIcon} />}
    />
    <EmptyStateBody>{body}</EmptyStateBody>
    {action && (
      <EmptyStateFooter>
        <EmptyStateActions>{action}</EmptyStateActions>
      </EmptyStateFooter>
    )}
  </EmptyState>
);

export const Loading = () => <Spinner size="lg" aria-label="loading" />;

type PagedListProps = {
  loading: boolean;
  empty: boolean;
  emptyHint: EmptyHintProps;
  /** toolbar items left of the pager */
  actions: ReactNode;
  pager: PagerProps;
  /** the list itself, usually a table */
  children: ReactNode;
};

/**
 * The body of a list page: a spinner while loading, an empty state that says what to do, else a
 * toolbar with the page's actions and the pager above the list.
 */
export const PagedList = ({ loading, empty, emptyHint, actions, pager, children }: PagedListProps) =>
  loading ? (
    <Loading />
  ) : empty ? (
    <EmptyHint {...emptyHint} />
  ) : (
    <>
      <Toolbar>
        <ToolbarContent>
          {actions}
          <ToolbarItem variant="pagination" align={{ default: "alignRight" }}>
            <Pager {...pager} />
          </ToolbarItem>
        </ToolbarContent>
      </Toolbar>
      {children}
    </>
  );

/** Shown on every page to admins who may look but not change. */
export const ReadOnlyNotice = ({ show, text }: { show: boolean; text: string }) =>
  show ? (
    <Alert
      variant="info"
      isInline
      isPlain
      title={text}
      data-testid="chat-read-only"
      className="pf-v5-u-mb-md"
    />
  ) : null;

type ConfirmProps = {
  id: string;
  title: string;
  body: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

export const ConfirmModal = ({
  id,
  title,
  body,
  confirmLabel,
  danger,
  onConfirm,
  onCancel,
}: ConfirmProps) => {
  const { t } = useTranslation(CHAT_NS);
  return (
    <Modal
      variant={ModalVariant.small}
      title={title}
      isOpen
      onClose={onCancel}
      data-testid={id}
      actions={[
        <Button
          key="confirm"
          id={`${id}-confirm`}
          data-testid={`${id}-confirm`}
          variant={danger ? "danger" : "primary"}
          onClick={onConfirm}
        >
          {confirmLabel}
        </Button>,
        <Button key="cancel" variant="link" onClick={onCancel}>
          {t("chatCancel")}
        </Button>,
      ]}
    >
      {body}
    </Modal>
  );
};

const LEVEL_COLORS: Record<Level, "grey" | "blue" | "cyan" | "green"> = {
  none: "grey",
  own: "blue",
  department: "cyan",
  all: "green",
};

/** A permission level as a coloured label. */
export const LevelLabel = ({ level }: { level: Level }) => {
  const { t } = useTranslation(CHAT_NS);
  return (
    <Label color={LEVEL_COLORS[level] ?? "grey"} isCompact data-level={level}>
      {t(`chatLevel_${level}`)}
    </Label>
  );
};

export const formatTime = (millis: number | null | undefined) =>
  millis ? new Date(millis).toLocaleString() : "";
