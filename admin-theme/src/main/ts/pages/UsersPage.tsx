import { ViewHeader } from "@keycloak/keycloak-admin-ui";
import type UserRepresentation from "@keycloak/keycloak-admin-client/lib/defs/userRepresentation";
import {
  Button,
  InputGroup,
  InputGroupItem,
  PageSection,
  TextInput,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from "@patternfly/react-core";
import { SearchIcon } from "@patternfly/react-icons";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useState } from "react";
import { Link } from "react-router-dom";
import { EmptyHint, Loading, Pager, pageOf, usePaging } from "../components/common";
import { useChatAccess } from "../components/useChatAccess";
import { useLoad } from "../components/useLoad";
import { toChatPage } from "../routes";

/** Finds a user (Keycloak's user search) to open their chat access view. */
export const UsersPage = () => {
  const { adminClient, realm, t, notifyError } = useChatAccess();
  const [input, setInput] = useState("");
  const [search, setSearch] = useState("");
  const { first, max, setPaging } = usePaging(10);
  const { data, loading } = useLoad(
    () =>
      adminClient.users.find({ realm, search, first, max: max + 1, briefRepresentation: true }),
    [adminClient, realm, search, first, max],
    (error) => notifyError(t("chatSearchUsers"), error),
  );
  const { rows, hasMore } = pageOf<UserRepresentation>(data, max);

  const run = () => {
    setSearch(input.trim());
    setPaging(0, max);
  };

  return (
    <>
      <ViewHeader titleKey={t("chatUsers")} subKey={t("chatUsersIntro")} />
      <PageSection variant="light" className="chat-access-page" data-testid="chat-users-page">
        <Toolbar>
          <ToolbarContent>
            <ToolbarItem className="chat-access-grow">
              <InputGroup>
                <InputGroupItem isFill>
                  <TextInput
                    id="chat-users-search-input"
                    data-testid="chat-users-search-input"
                    aria-label={t("chatSearchUserPlaceholder")}
                    placeholder={t("chatSearchUserPlaceholder")}
                    value={input}
                    onChange={(_e, v) => setInput(v)}
                    onKeyDown={(event) => {
                      if (event.key === "Enter") {
                        event.preventDefault();
                        run();
                      }
                    }}
                  />
                </InputGroupItem>
                <InputGroupItem>
                  <Button
                    variant="control"
                    data-testid="chat-users-search"
                    aria-label={t("chatSearch")}
                    onClick={run}
                  >
                    <SearchIcon />
                  </Button>
                </InputGroupItem>
              </InputGroup>
            </ToolbarItem>
            <ToolbarItem variant="pagination" align={{ default: "alignRight" }}>
              <Pager
                id="chat-users-pager"
                first={first}
                max={max}
                count={rows.length}
                hasMore={hasMore}
                onChange={setPaging}
              />
            </ToolbarItem>
          </ToolbarContent>
        </Toolbar>
        {loading && !data ? (
          <Loading />
        ) : rows.length === 0 ? (
          <EmptyHint
            id="chat-users-empty"
            title={t("chatUsersEmptyTitle")}
            body={t("chatUsersEmptyBody")}
          />
        ) : (
          <Table aria-label={t("chatUsers")} variant="compact" data-testid="chat-user-table">
            <Thead>
              <Tr>
                <Th>{t("chatUsername")}</Th>
                <Th>{t("chatEmail")}</Th>
                <Th>{t("chatFullName")}</Th>
              </Tr>
            </Thead>
            <Tbody>
              {rows.map((user) => (
                <Tr key={user.id} data-testid={`chat-user-${user.username}`}>
                  <Td dataLabel={t("chatUsername")}>
                    <Link
                      to={toChatPage(realm, `users/${user.id}`)}
                      data-testid={`chat-user-link-${user.username}`}
                    >
                      {user.username}
                    </Link>
                  </Td>
                  <Td dataLabel={t("chatEmail")}>{user.email}</Td>
                  <Td dataLabel={t("chatFullName")}>
                    {[user.firstName, user.lastName].filter(Boolean).join(" ")}
                  </Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        )}
      </PageSection>
    </>
  );
};
