import type UserRepresentation from "@keycloak/keycloak-admin-client/lib/defs/userRepresentation";
import {
  Button,
  InputGroup,
  InputGroupItem,
  Menu,
  MenuContent,
  MenuItem,
  MenuList,
  TextInput,
} from "@patternfly/react-core";
import { SearchIcon } from "@patternfly/react-icons";
import { useState } from "react";
import { useChatAccess } from "./useChatAccess";

type UserSearchProps = {
  id: string;
  placeholder: string;
  isDisabled?: boolean;
  onSelect: (user: UserRepresentation) => void;
};

/** Searches the realm's users (Keycloak's own user search) and offers the matches to pick. */
export const UserSearch = ({ id, placeholder, isDisabled, onSelect }: UserSearchProps) => {
  const { adminClient, realm, t, notifyError } = useChatAccess();
  const [search, setSearch] = useState("");
  const [results, setResults] = useState<UserRepresentation[]>();

  const run = async () => {
    try {
      setResults(
        await adminClient.users.find({ realm, search: search.trim(), first: 0, max: 20 }),
      );
    } catch (error) {
      notifyError(t("chatSearchUsers"), error);
    }
  };

  return (
    <div className="chat-access-user-search">
      <InputGroup>
        <InputGroupItem isFill>
          <TextInput
            id={`${id}-input`}
            data-testid={`${id}-input`}
            aria-label={placeholder}
            placeholder={placeholder}
            value={search}
            isDisabled={isDisabled}
            onChange={(_event, value) => setSearch(value)}
            onKeyDown={(event) => {
              if (event.key === "Enter") {
                event.preventDefault();
                void run();
              }
            }}
          />
        </InputGroupItem>
        <InputGroupItem>
          <Button
            id={`${id}-search`}
            data-testid={`${id}-search`}
            variant="control"
            aria-label={t("chatSearch")}
            isDisabled={isDisabled}
            onClick={() => void run()}
          >
            <SearchIcon />
          </Button>
        </InputGroupItem>
      </InputGroup>
      {results && (
        <Menu isPlain isScrollable className="chat-access-user-results">
          <MenuContent maxMenuHeight="240px">
            <MenuList data-testid={`${id}-results`}>
              {results.length === 0 && (
                <MenuItem isDisabled>{t("chatNoUsersFound")}</MenuItem>
              )}
              {results.map((user) => (
                <MenuItem
                  key={user.id}
                  data-testid={`${id}-result-${user.username}`}
                  description={[user.firstName, user.lastName, user.email]
                    .filter(Boolean)
                    .join(" ")}
                  onClick={() => {
                    setResults(undefined);
                    setSearch("");
                    onSelect(user);
                  }}
                >
                  {user.username}
                </MenuItem>
              ))}
            </MenuList>
          </MenuContent>
        </Menu>
      )}
    </div>
  );
};
